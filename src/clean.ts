import {analyze, checkStripOptions, keptBlocks, render, type CleanResult, type StripBoilerplateOptions} from './boilerplate/strip.js'
import {normalize, type NormalizeOptions} from './normalize/index.js'
import {assertBoolean, assertOptions, assertString, describe} from './options.js'

/** Options for {@link clean}. */
export interface CleanOptions extends StripBoilerplateOptions {
  /** Options for the normalization step, or `false` to skip it. @default {} */
  normalize?: NormalizeOptions | false
  /** Rejoin paragraphs broken mid-sentence. @default true */
  rejoin?: boolean
}

const cleanKeys = ['keep', 'rules', 'defaultRules', 'format', 'model', 'edges', 'normalize', 'rejoin'] as const

/**
 * Clean scraped text in one call: read it (plain text or markdown), normalize
 * characters, strip boilerplate and rejoin paragraphs broken mid-sentence.
 * Every removal is reported with its kind, rule, reason, source text and
 * UTF-16 offsets into `input`.
 *
 * @example
 * const {text, removed} = clean('By AFP\n\nXi backs Russia’s “sovereignty”, state media said.\n\nBack to Top')
 * text // => 'Xi backs Russia\'s "sovereignty", state media said.'
 * removed.map((r) => r.kind) // => ['byline', 'navigation']
 */
export function clean(input: string, options: CleanOptions = {}): CleanResult {
  assertString(input, 'input')
  assertOptions(options, cleanKeys)
  checkStripOptions(options)
  assertBoolean(options.rejoin, 'options.rejoin')
  const normalizeOptions = options.normalize === undefined ? {} : options.normalize
  if (normalizeOptions !== false) {
    if (normalizeOptions === null || typeof normalizeOptions !== 'object' || Array.isArray(normalizeOptions)) {
      throw new TypeError(`Expected \`options.normalize\` to be an object or false, got ${describe(normalizeOptions)}`)
    }
    // normalize() returns an object in explain mode; clean() needs its text.
    if ((normalizeOptions as {explain?: unknown}).explain !== undefined) {
      throw new TypeError('Unknown option `explain` in `options.normalize`: clean() reports removals, call normalize() for its steps')
    }
    // Check the options now, not on the first line (there may be none).
    normalize('', normalizeOptions)
  }
  const analysis = analyze(input, options, normalizeOptions)
  const {segments} = analysis
  const blocks = keptBlocks(analysis, (index, suffixStart) => {
    if (suffixStart === undefined) return segments.text(index)
    // A suffix found in text that is not its source (markdown) is cut from the text.
    if (!segments.verbatim(index)) return segments.text(index).trimEnd().slice(0, suffixStart).trimEnd()
    const kept = input.slice(segments.start(index), segments.start(index) + suffixStart)
    return (normalizeOptions === false ? kept : normalize(kept, normalizeOptions)).trimEnd()
  })
  return {text: render(blocks, options.rejoin !== false), removed: analysis.removed}
}
