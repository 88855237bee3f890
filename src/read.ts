import {looksLikeMarkdown, segmentMarkdown} from './markdown.js'
import {normalize, type NormalizeOptions} from './normalize/index.js'
import {forEachLine, SegmentTable} from './segments.js'
import type {InputFormat} from './types.js'

/**
 * @internal The first steps of the pipeline: read `input` into segments
 * (lines of plain text, or the lines of markdown blocks with their markup
 * read off) and normalize each, dropping the ones that are blank once
 * normalized. What `classify` judges, and what `learnBoilerplate` counts, so
 * learned lines are read exactly as `clean` reads them.
 */
export function readLines(input: string, format: InputFormat, normalizeOptions: NormalizeOptions | false): SegmentTable {
  const table = new SegmentTable(input)
  const normalizeLine = lineNormalizer(normalizeOptions)
  const markdown = format === 'markdown' || (format === 'auto' && looksLikeMarkdown(input))
  let pendingBlank = false
  const add = (start: number, end: number, text: string, blankBefore: boolean, verbatim: boolean) => {
    let normalized = normalizeLine(text)
    // Markdown reading drops the spaces that start and end a line; normalizing can make
    // some (a no-break space), which a second reading would drop: drop them now.
    if (markdown) normalized = normalized.trim()
    // Most lines start with a printable ASCII character: no trimmed copy.
    const code = normalized.charCodeAt(0)
    if (!(code > 32 && code < 127) && normalized.trim() === '') {
      pendingBlank ||= blankBefore
      return
    }
    // The table keeps a text only where it is not the source.
    table.push(start, end, pendingBlank || blankBefore, verbatim, verbatim && normalized === text ? undefined : normalized)
    pendingBlank = false
  }
  if (markdown) {
    let length = 0
    segmentMarkdown(readable(input, normalizeOptions), {
      get length() {
        return length
      },
      push(start, end, text, blankBefore, verbatim) {
        length++
        add(start, end, text, blankBefore, verbatim)
      }
    })
  } else {
    forEachLine(input, (start, end, blankBefore) => {
      add(start, end, input.slice(start, end), blankBefore, true)
    })
  }
  return table
}

const unchanged = (text: string) => text

/** @internal How the pipeline normalizes a line: not at all, with the defaults, or with `options`. */
export function lineNormalizer(options: NormalizeOptions | false): (text: string) => string {
  if (options === false) return unchanged
  // `normalize` checks an options object against the last one on every call: the defaults need no check.
  const given = Object.keys(options).length === 0 ? undefined : options
  return (text) => normalize(text, given)
}

/**
 * The input as the markdown parser is given it. CommonMark reads NUL as
 * U+FFFD, which normalizing keeps, where reading text drops it with the other
 * control characters: another control character of the same length reads
 * through the parser and goes the same way.
 */
function readable(input: string, normalizeOptions: NormalizeOptions | false): string {
  if (normalizeOptions === false || normalizeOptions.controls === false || !input.includes('\0')) return input
  return input.replaceAll('\0', '\u0001')
}
