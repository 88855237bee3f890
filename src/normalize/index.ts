import {assertString, booleanOption, checkOptions, choiceOption, type OptionKeys} from '../options.js'
import {normalizeDashes, normalizeEllipsis} from './dashes.js'
import {decodeEntities, type DecodeEntitiesOptions} from './entities.js'
import {fixMojibake} from './mojibake.js'
import {normalizeQuotes, type NormalizeQuotesOptions, type QuoteStyle} from './quotes.js'
import {needs, scan, whitespaceNeeds} from './scan.js'
import {normalizeUnicode, removeControlCharacters, type UnicodeForm} from './unicode.js'
import {normalizeWhitespaceParts} from './whitespace.js'
import {foldFullwidth, foldLigatures} from './width.js'

/** Options for {@link normalize}. Every step is on by default. */
export interface NormalizeOptions {
  /** Decode HTML character references, however deeply escaped (see {@link decodeEntities}). @default true */
  entities?: boolean
  /** Repair UTF-8 misread as Windows-1252, Latin-1, Mac OS Roman or cp437 (see {@link fixMojibake}). @default true */
  mojibake?: boolean
  /** Remove control characters and ANSI escapes (see {@link removeControlCharacters}). @default true */
  controls?: boolean
  /** Unicode normalization form, or `false` to skip (see {@link normalizeUnicode}). @default 'NFC' */
  unicode?: UnicodeForm | false
  /** Spell out Latin ligatures such as `ﬁ` (see {@link foldLigatures}). @default true */
  ligatures?: boolean
  /** Fold fullwidth ASCII such as `Ａ` (see {@link foldFullwidth}). @default true */
  fullwidth?: boolean
  /** Normalize spaces and line breaks (see {@link normalizeWhitespace}). @default true */
  whitespace?: boolean
  /** Quote style (see {@link normalizeQuotes}). @default 'straight' */
  quotes?: QuoteStyle
  /** Fold dash and hyphen look-alikes (see {@link normalizeDashes}). @default true */
  dashes?: boolean
  /** Replace `…` with `...` (see {@link normalizeEllipsis}). @default true */
  ellipsis?: boolean
}

/** {@link NormalizeOptions} plus `explain`: with `explain: true`, {@link normalize} returns `{text, steps}`. */
export interface NormalizeExplainOptions extends NormalizeOptions {
  /** Return `{text, steps}` instead of the text. @default false */
  explain?: boolean
}

/** A step of {@link normalize}, named as its option. */
export type NormalizeStep = 'entities' | 'mojibake' | 'controls' | 'unicode' | 'ligatures' | 'fullwidth' | 'whitespace' | 'quotes' | 'dashes' | 'ellipsis'

/** What {@link normalize} returns with `explain: true`. */
export interface NormalizeResult {
  /** The normalized text. */
  text: string
  /** The steps that changed something, in the order they ran. */
  steps: NormalizeStep[]
}

/** @internal {@link normalize}'s options, resolved. */
export interface NormalizeSettings {
  /** The {@link needs} bits of the steps that are on. */
  enabled: number
  unicode: UnicodeForm
  quotes: NormalizeQuotesOptions
}

interface Step {
  name: NormalizeStep
  bit: number
  // Whether a change can call for an earlier-listed kind of work (new `&`,
  // quotes, trailing spaces…), so the text must be scanned again.
  rescan: boolean
  // Whether a change can never call for any work at all, so no further round is needed.
  settles?: (settings: NormalizeSettings, mask: number) => boolean
  run: (text: string, settings: NormalizeSettings, mask: number) => string
}

// One line is one line: character references to line breaks become spaces.
const entityOptions: DecodeEntitiesOptions = {lineBreaks: 'space'}

const pipeline: readonly Step[] = [
  {name: 'entities', bit: needs.entities, rescan: true, run: (text) => decodeEntities(text, entityOptions)},
  {name: 'mojibake', bit: needs.mojibake, rescan: true, run: (text) => fixMojibake(text)},
  {name: 'controls', bit: needs.controls, rescan: true, run: removeControlCharacters},
  {name: 'unicode', bit: needs.unicode | needs.nonAscii, rescan: true, run: (text, settings) => normalizeUnicode(text, settings.unicode)},
  {name: 'ligatures', bit: needs.ligatures, rescan: false, run: foldLigatures},
  {name: 'fullwidth', bit: needs.fullwidth, rescan: true, run: foldFullwidth},
  {
    name: 'whitespace',
    bit: whitespaceNeeds,
    rescan: false,
    // Spaces and line breaks are ASCII: they can only matter to mojibake
    // repair (`Â` before a space); removed invisible characters join their neighbours.
    settles: (_, mask) => (mask & (needs.mojibake | needs.invisible)) === 0,
    run: (text, _, mask) => normalizeWhitespaceParts(text, mask)
  },
  {
    name: 'quotes',
    bit: needs.quotes | needs.straightQuotes,
    rescan: false,
    // Straight quotes are ASCII, so they only ever split runs of other
    // characters: that matters only to mojibake repair, which looks at runs.
    settles: (settings, mask) => settings.quotes.quotes === 'straight' && (mask & needs.mojibake) === 0,
    run: (text, settings) => normalizeQuotes(text, settings.quotes)
  },
  {name: 'dashes', bit: needs.dashes, rescan: false, run: normalizeDashes},
  // `…` is a Windows-1252 byte (0x85) inside a mojibake run; as `...` it splits
  // the run, which can make the rest repairable: another round then.
  {name: 'ellipsis', bit: needs.ellipsis, rescan: false, settles: (_, mask) => (mask & needs.mojibake) === 0, run: normalizeEllipsis}
]

const normalizeKeys = {
  entities: true,
  mojibake: true,
  controls: true,
  unicode: true,
  ligatures: true,
  fullwidth: true,
  whitespace: true,
  quotes: true,
  dashes: true,
  ellipsis: true
} as const satisfies OptionKeys<NormalizeOptions>
const explainKeys = {...normalizeKeys, explain: true} as const satisfies OptionKeys<NormalizeExplainOptions>
const optionNames = Object.keys(explainKeys) as Array<keyof NormalizeExplainOptions>
const quoteOptions: Record<QuoteStyle, NormalizeQuotesOptions> = {
  straight: {quotes: 'straight'},
  curly: {quotes: 'curly'},
  keep: {quotes: 'keep'}
}
const quoteBits: Record<QuoteStyle, number> = {straight: needs.quotes, curly: needs.straightQuotes, keep: 0}
const allBits =
  needs.entities | needs.mojibake | needs.controls | needs.unicode | needs.ligatures | needs.fullwidth | whitespaceNeeds | needs.dashes | needs.ellipsis
const defaults: NormalizeSettings = {enabled: allBits | needs.quotes, unicode: 'NFC', quotes: quoteOptions.straight}
// A change by one step can, rarely, expose work for an earlier one (`&am&#112;;`,
// a zero-width space inside `Ã©`); rerunning until nothing changes makes
// `normalize` idempotent. Real text settles in one or two rounds.
const maxRounds = 4

/**
 * Normalize characters, in this order: decode HTML entities, repair
 * mojibake, remove control characters and ANSI escapes, apply Unicode
 * normalization (NFC), spell out ligatures, fold fullwidth ASCII, normalize
 * whitespace and line breaks, fold quotes, dashes and ellipses. Every step can
 * be turned off. The result is idempotent; line breaks are only ever
 * converted (CR, CRLF, U+2028, U+2029, NEL → `\n`) or collapsed (runs of
 * blank lines), never added. Printable ASCII without `&` or trailing spaces
 * comes back as is, at almost no cost.
 *
 * With `explain: true`, returns `{text, steps}` naming the steps that changed something.
 *
 * @example
 * normalize('Moscowâ€™s &ldquo;war&rdquo;\u00A0–\u00A0Kyiv') // => 'Moscow\'s "war" — Kyiv'
 * normalize('It&amp;rsquo;s', {explain: true}) // => {text: "It's", steps: ['entities', 'quotes']}
 */
export function normalize(input: string, options: NormalizeOptions & {explain: true}): NormalizeResult
export function normalize(input: string, options?: NormalizeOptions & {explain?: false}): string
export function normalize(input: string, options?: NormalizeExplainOptions): string | NormalizeResult
export function normalize(input: string, options?: NormalizeExplainOptions): string | NormalizeResult {
  assertString(input, 'input')
  const settings = options === undefined ? defaults : cachedSettings(options)
  const explain = options?.explain === true
  const steps: NormalizeStep[] | undefined = explain ? [] : undefined
  let text = input
  if (input.includes('\n')) {
    text = normalizeLines(input, settings, steps)
  } else {
    const mask = scan(input, settings.quotes.quotes === 'curly')
    if ((mask & settings.enabled) !== 0) text = normalizeLine(input, mask, settings, steps)
  }
  if (!steps) return text
  steps.sort((a, b) => stepOrder.indexOf(a) - stepOrder.indexOf(b))
  return {text, steps}
}

const stepOrder: readonly NormalizeStep[] = pipeline.map((step) => step.name)

// A document, one line at a time: each line gets only the steps it needs,
// which is much faster than running every step over the whole text. Nothing
// but whitespace ever spans lines: CRLF and runs of blank lines are handled here.
function normalizeLines(input: string, settings: NormalizeSettings, steps: NormalizeStep[] | undefined): string {
  const lines = input.split('\n')
  const curly = settings.quotes.quotes === 'curly'
  const breaks = (settings.enabled & needs.lineBreaks) !== 0
  let changed = false
  let spaced = false // CRLF or blank lines, which never reach a line's own whitespace step
  for (let index = 0; index < lines.length; index++) {
    const original = lines[index]!
    let line = original
    if (breaks && index < lines.length - 1 && line.endsWith('\r')) {
      line = line.slice(0, -1)
      spaced = true
    }
    const mask = scan(line, curly)
    if ((mask & settings.enabled) !== 0) line = normalizeLine(line, mask, settings, steps)
    if (line === original) continue
    lines[index] = line
    changed = true
  }
  if (!changed) return input
  let text = lines.join('\n')
  if (breaks && text.includes('\n\n\n')) {
    text = text.replace(blankRuns, '\n\n')
    spaced = true
  }
  if (spaced && steps && !steps.includes('whitespace')) steps.push('whitespace')
  return text
}

const blankRuns = /\n{3,}/g

// One line (or any text without line feeds), round after round until stable.
function normalizeLine(input: string, scanned: number, settings: NormalizeSettings, steps: NormalizeStep[] | undefined): string {
  const curly = settings.quotes.quotes === 'curly'
  let text = input
  let mask = scanned
  for (let round = 0; round < maxRounds; round++) {
    const [next, settled] = normalizeOnce(text, mask, settings, steps)
    if (next === text) break
    text = next
    if (settled) break
    mask = scan(text, curly)
    if ((mask & settings.enabled) === 0) break
  }
  return text
}

// One round of the pipeline; also tells whether every change it made settles.
function normalizeOnce(input: string, scanned: number, settings: NormalizeSettings, steps: NormalizeStep[] | undefined): [text: string, settled: boolean] {
  let text = input
  let settled = true
  let mask = scanned & settings.enabled
  for (const step of pipeline) {
    if ((mask & step.bit) === 0) continue
    const next = step.run(text, settings, mask)
    if (next === text) continue
    text = next
    if (steps && !steps.includes(step.name)) steps.push(step.name)
    if (settled && !step.settles?.(settings, mask)) settled = false
    if (step.rescan) mask = scan(text, settings.quotes.quotes === 'curly') & settings.enabled
  }
  return [text, settled]
}

// `clean()` calls `normalize` once per line with the same options object:
// resolve it once, and again only if one of its fields changed.
let lastOptions: NormalizeExplainOptions | undefined
let lastValues: unknown[] = []
let lastSettings: NormalizeSettings = defaults

function cachedSettings(options: NormalizeExplainOptions): NormalizeSettings {
  if (options === lastOptions && optionNames.every((name, index) => options[name] === lastValues[index])) {
    return lastSettings
  }
  const settings = resolveNormalizeOptions(options)
  lastOptions = options
  lastValues = optionNames.map((name) => options[name])
  lastSettings = settings
  return settings
}

/**
 * @internal Resolve {@link normalize}'s options to settings, throwing a
 * `TypeError` or `RangeError` naming a bad option. `name` is how the caller
 * names the options object. `clean()` resolves `options.normalize` with
 * `explain: false`: it returns text, so `explain` is an unknown key there.
 */
export function resolveNormalizeOptions(options: NormalizeExplainOptions | undefined, name = 'options', explain = true): NormalizeSettings {
  const given: NormalizeExplainOptions = explain ? checkOptions(options, explainKeys, name) : checkOptions<NormalizeOptions>(options, normalizeKeys, name)
  const on = (key: Exclude<keyof NormalizeExplainOptions, 'unicode' | 'quotes'>): boolean => booleanOption(given[key], `${name}.${key}`, key !== 'explain')
  const unicode = choiceOption<UnicodeForm | false>(given.unicode, ['NFC', 'NFKC', false], `${name}.unicode`, 'NFC')
  const quotes = choiceOption<QuoteStyle>(given.quotes, ['straight', 'curly', 'keep'], `${name}.quotes`, 'straight')
  let enabled = quoteBits[quotes]
  if (on('entities')) enabled |= needs.entities
  if (on('mojibake')) enabled |= needs.mojibake
  if (on('controls')) enabled |= needs.controls
  if (unicode === 'NFC') enabled |= needs.unicode
  if (unicode === 'NFKC') enabled |= needs.unicode | needs.nonAscii
  if (on('ligatures')) enabled |= needs.ligatures
  if (on('fullwidth')) enabled |= needs.fullwidth
  if (on('whitespace')) enabled |= whitespaceNeeds
  if (on('dashes')) enabled |= needs.dashes
  if (on('ellipsis')) enabled |= needs.ellipsis
  on('explain')
  return {enabled, unicode: unicode || 'NFC', quotes: quoteOptions[quotes]}
}
