import {analyze} from './analyze.js'
import {resolveStripOptions, stripKeys, type StripBoilerplateOptions, type StripSettings} from './boilerplate/settings.js'
import {resolveNormalizeOptions, type NormalizeOptions} from './normalize/index.js'
import {assertString, booleanOption, checkOptions, typeError, type OptionKeys} from './options.js'
import {render} from './render.js'
import type {CleanResult} from './types.js'

/** Options for {@link clean}. */
export interface CleanOptions extends StripBoilerplateOptions {
  /** Options for the normalization step, or `false` to skip it. @default {} */
  normalize?: NormalizeOptions | false
  /** Rejoin paragraphs broken mid-sentence. @default true */
  rejoin?: boolean
}

/** @internal The keys of {@link CleanOptions}, shared with the options that extend them. */
export const cleanKeys = {...stripKeys, normalize: true, rejoin: true} as const satisfies OptionKeys<CleanOptions>

/** @internal {@link clean}'s options, resolved. */
export interface CleanSettings {
  strip: StripSettings
  normalize: NormalizeOptions | false
  rejoin: boolean
}

/**
 * @internal Resolve {@link clean}'s options, throwing a `TypeError` or
 * `RangeError` naming a bad one. `keys` are the keys allowed in `options`
 * (more for functions whose options extend these, such as `cleanStream`).
 */
export function resolveCleanOptions(options: CleanOptions | undefined, keys: OptionKeys<CleanOptions> = cleanKeys): CleanSettings {
  const given = checkOptions(options, keys)
  const normalize = given.normalize === undefined ? {} : given.normalize
  if (normalize !== false) {
    if (normalize === null || typeof normalize !== 'object' || Array.isArray(normalize)) throw typeError('options.normalize', 'an object or false', normalize)
    // Checked now, not on the first line (there may be none); clean() returns text, so `explain` is unknown here.
    resolveNormalizeOptions(normalize, 'options.normalize', false)
  }
  return {strip: resolveStripOptions(given), normalize, rejoin: booleanOption(given.rejoin, 'options.rejoin', true)}
}

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
export function clean(input: string, options?: CleanOptions): CleanResult {
  assertString(input, 'input')
  return cleanWith(input, resolveCleanOptions(options))
}

/** @internal {@link clean} with its options resolved, for callers that clean many texts with one set. */
export function cleanWith(input: string, settings: CleanSettings): CleanResult {
  const analysis = analyze(input, settings.strip, settings.normalize, settings.rejoin)
  return {text: render(analysis), removed: analysis.removed}
}
