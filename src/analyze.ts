import {classify, type ClassifyLines, type Verdicts} from './boilerplate/classify.js'
import type {StripSettings} from './boilerplate/settings.js'
import type {NormalizeOptions} from './normalize/index.js'
import {readLines} from './read.js'
import type {SegmentTable} from './segments.js'
import type {Removal} from './types.js'

/** @internal What the pipeline knows of a document once it is classified: its lines, their verdicts and the removals. */
export interface Analysis {
  segments: SegmentTable
  verdicts: Verdicts
  removed: Removal[]
}

/**
 * @internal The middle of the pipeline: read `input` into normalized lines,
 * classify them, and turn the verdicts into removals, each a slice of the input.
 */
export function analyze(input: string, settings: StripSettings, normalizeOptions: NormalizeOptions | false): Analysis {
  const segments = readLines(input, settings.format, normalizeOptions)
  const lines: ClassifyLines = {
    count: segments.count,
    text: (index) => segments.text(index),
    // Trailing spaces trimmed, as in the output, so a suffix rule anchored with `$` fires the same on a second pass.
    // Where markup makes the text differ from its source, a suffix is looked for in the text (as a second pass,
    // reading the output as text, will) and cut only where the source ends with it too.
    raw: (index) => (segments.verbatim(index) ? input.slice(segments.start(index), segments.end(index)) : segments.text(index)).trimEnd()
  }
  const verdicts = classify(lines, settings.rules, settings.keep, settings.context)
  const removed: Removal[] = []
  for (let index = 0; index < segments.count; index++) {
    const verdict = verdicts.get(index)
    if (!verdict) continue
    const end = segments.end(index)
    let start = segments.start(index)
    if (verdict.suffixStart !== undefined) {
      if (segments.verbatim(index)) {
        start += verdict.suffixStart
      } else {
        const suffix = segments.text(index).trimEnd().slice(verdict.suffixStart)
        const sourceEnd = start + input.slice(start, end).trimEnd().length
        if (sourceEnd - suffix.length <= start || !input.startsWith(suffix, sourceEnd - suffix.length)) {
          verdicts.clear(index)
          continue
        }
        start = sourceEnd - suffix.length
      }
    }
    removed.push({kind: verdict.kind, rule: verdict.rule, reason: verdict.reason, text: input.slice(start, end), start, end})
  }
  return {segments, verdicts, removed}
}
