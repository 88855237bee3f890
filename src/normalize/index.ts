import {assertString, booleanOption, checkOptions, choiceOption, type OptionKeys} from '../options.js'
import {wellFormed} from '../well-formed.js'
import {dashesNormalized, ellipsisNormalized} from './dashes.js'
import {decodeEntities, type DecodeEntitiesOptions} from './entities.js'
import {isMojibakeNel, type MojibakeRepair, repairMojibake, repairNames} from './mojibake.js'
import {type QuoteStyle, quotesNormalized} from './quotes.js'
import {needs, scan, whitespaceNeeds} from './scan.js'
import {controlsRemoved, type UnicodeForm, unicodeNormalized} from './unicode.js'
import {normalizeWhitespaceParts} from './whitespace.js'
import {fullwidthFolded, ligaturesFolded} from './width.js'

/**
 * Options for {@link normalize}. Every step is on by default; `style: false`
 * turns the house style off in one word.
 */
export interface NormalizeOptions {
  /**
   * House style for English news copy: fold ligatures, fullwidth ASCII,
   * exotic and invisible spaces, quotes, dashes and ellipses, and trim line
   * ends and runs of blank lines. With `false`, `normalize` only repairs:
   * entities, mojibake, control characters, lone surrogates, NFC and line
   * breaks. It sets the defaults of `ligatures`, `fullwidth`, `whitespace`
   * (line breaks alone are still converted), `quotes` (`'keep'`), `dashes`
   * and `ellipsis`; any of them given explicitly wins.
   * @default true
   */
  style?: boolean
  /** Decode HTML character references, however deeply escaped (see {@link decodeEntities}). @default true */
  entities?: boolean
  /** Repair mojibake: UTF-8 misread through a single-byte code page (see {@link fixMojibake}). @default true */
  mojibake?: boolean
  /** Remove control characters and ANSI escapes (see {@link removeControlCharacters}). @default true */
  controls?: boolean
  /** Unicode normalization form, or `false` to skip (see {@link normalizeUnicode}). @default 'NFC' */
  unicode?: UnicodeForm | false
  /** Spell out Latin ligatures such as `ﬁ` (see {@link foldLigatures}). @default true with `style` */
  ligatures?: boolean
  /** Fold fullwidth ASCII such as `Ａ`, outside Chinese, Japanese and Korean text (see {@link foldFullwidth}). @default true with `style` */
  fullwidth?: boolean
  /** Normalize spaces and line breaks (see {@link normalizeWhitespace}); without `style`, only line breaks. @default true */
  whitespace?: boolean
  /** Quote style (see {@link normalizeQuotes}). @default 'straight' with `style`, else 'keep' */
  quotes?: QuoteStyle
  /** Fold dash and hyphen look-alikes (see {@link normalizeDashes}). @default true with `style` */
  dashes?: boolean
  /** Replace `…` with `...` (see {@link normalizeEllipsis}). @default true with `style` */
  ellipsis?: boolean
}

/** {@link NormalizeOptions} plus `explain`: with `explain: true`, {@link normalize} returns `{text, steps}`. */
export interface NormalizeExplainOptions extends NormalizeOptions {
  /** Return `{text, steps}` instead of the text. @default false */
  explain?: boolean
}

/**
 * What {@link normalize} did: a step, named as its option, or one of the
 * repairs the mojibake step made (see {@link MojibakeRepair}:
 * `'mojibake:windows-1251'`, `'lossy'`…), or `'lone-surrogates'` (lone
 * UTF-16 surrogates replaced by U+FFFD).
 */
export type NormalizeStep =
  | 'lone-surrogates'
  | 'entities'
  | 'mojibake'
  | MojibakeRepair
  | 'controls'
  | 'unicode'
  | 'ligatures'
  | 'fullwidth'
  | 'whitespace'
  | 'quotes'
  | 'dashes'
  | 'ellipsis'

/** What {@link normalize} returns with `explain: true`. */
export interface NormalizeResult {
  /** The normalized text. */
  text: string
  /**
   * The steps that changed something, in the order they ran; after
   * `'mojibake'`, the repairs it made (`'mojibake:windows-1252'`, `'lossy'`…).
   */
  steps: NormalizeStep[]
}

/** @internal {@link normalize}'s options, resolved. */
export interface NormalizeSettings {
  /** The {@link needs} bits of the steps that are on. */
  enabled: number
  unicode: UnicodeForm
  quotes: QuoteStyle
}

interface Step {
  name: NormalizeStep
  bit: number
  // Whether a change can call for an earlier-listed kind of work (new `&`,
  // quotes, trailing spaces…), so the text must be scanned again.
  rescan: boolean
  // Whether a change can never call for any work at all, so no further round is needed.
  settles?: (settings: NormalizeSettings, mask: number) => boolean
  run: (text: string, settings: NormalizeSettings, mask: number, steps: NormalizeStep[] | undefined) => string
}

// One line is one line: character references to line breaks become spaces.
const entityOptions: DecodeEntitiesOptions = {lineBreaks: 'space'}
// Every code page.
const allPages = -1

const pipeline: readonly Step[] = [
  // Lone surrogates are never text: U+FFFD, whatever the options.
  {name: 'lone-surrogates', bit: needs.surrogates, rescan: false, run: wellFormed},
  {name: 'entities', bit: needs.entities, rescan: true, run: (text) => decodeEntities(text, entityOptions)},
  {
    name: 'mojibake',
    bit: needs.mojibake,
    rescan: true,
    run: (text, _settings, _mask, steps) => {
      const {text: repaired, report} = repairMojibake(text, allPages)
      if (steps && repaired !== text) for (const name of repairNames(report)) if (!steps.includes(name)) steps.push(name)
      return repaired
    }
  },
  {name: 'controls', bit: needs.controls, rescan: true, run: controlsRemoved},
  {name: 'unicode', bit: needs.unicode | needs.nonAscii, rescan: true, run: (text, settings) => unicodeNormalized(text, settings.unicode)},
  {name: 'ligatures', bit: needs.ligatures, rescan: false, run: ligaturesFolded},
  {name: 'fullwidth', bit: needs.fullwidth, rescan: true, run: fullwidthFolded},
  {
    name: 'whitespace',
    bit: whitespaceNeeds,
    rescan: false,
    // Spaces and line breaks are ASCII: they can only matter to mojibake
    // repair (`Â` before a space); removed invisible characters join their neighbours.
    settles: (_, mask) => (mask & (needs.mojibake | needs.invisible)) === 0,
    run: (text, settings, mask) => normalizeWhitespaceParts(text, mask, (settings.enabled & needs.lineEnds) !== 0)
  },
  {
    name: 'quotes',
    bit: needs.quotes | needs.straightQuotes,
    rescan: false,
    // Straight quotes are ASCII, so they only ever split runs of other
    // characters: that matters only to mojibake repair, which looks at runs.
    settles: (settings, mask) => settings.quotes === 'straight' && (mask & needs.mojibake) === 0,
    run: (text, settings) => quotesNormalized(text, settings.quotes)
  },
  // Dashes become `-` or `—`, which only matter to mojibake repair (`—` is a
  // Windows-1252 byte).
  {name: 'dashes', bit: needs.dashes, rescan: false, settles: (_, mask) => (mask & needs.mojibake) === 0, run: dashesNormalized},
  // `…` is a Windows-1252 byte (0x85) inside a mojibake run; as `...` it splits
  // the run, which can make the rest repairable: another round then.
  {name: 'ellipsis', bit: needs.ellipsis, rescan: false, settles: (_, mask) => (mask & needs.mojibake) === 0, run: ellipsisNormalized}
]

const normalizeKeys = {
  style: true,
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
const quoteBits: Record<QuoteStyle, number> = {straight: needs.quotes, curly: needs.straightQuotes, keep: 0}
const allBits =
  needs.surrogates |
  needs.entities |
  needs.mojibake |
  needs.controls |
  needs.unicode |
  needs.ligatures |
  needs.fullwidth |
  whitespaceNeeds |
  needs.dashes |
  needs.ellipsis
const defaults: NormalizeSettings = {enabled: allBits | needs.quotes, unicode: 'NFC', quotes: 'straight'}
// A change by one step can, rarely, expose work for an earlier one (`&am&#112;;`,
// a zero-width space inside `Ã©`); rerunning until nothing changes makes
// `normalize` idempotent. Real text settles in one or two rounds.
const maxRounds = 4

/**
 * Normalize characters, in this order: replace lone surrogates with U+FFFD,
 * decode HTML entities, repair mojibake, remove control characters and ANSI
 * escapes, apply Unicode normalization (NFC), spell out ligatures, fold
 * fullwidth ASCII, normalize whitespace and line breaks, fold quotes, dashes
 * and ellipses. Every step can be turned off, and `style: false` turns off
 * all but the repairs. Correct text in any language comes back unchanged by
 * the repairs; the house style keeps what other scripts write on purpose
 * (full-width punctuation in Chinese, `ʼ` as a letter, zero-width spaces
 * between Thai words). The result is idempotent; line breaks are only ever
 * converted (CR, CRLF, U+2028, U+2029, NEL → `\n`) or collapsed (runs of
 * blank lines, in the house style), never added. Printable ASCII without
 * `&` or trailing spaces comes back as is, at almost no cost.
 *
 * With `explain: true`, returns `{text, steps}` naming the steps that
 * changed something and the repairs they made.
 *
 * @example
 * normalize('Moscowâ€™s &ldquo;war&rdquo;\u00A0–\u00A0Kyiv') // => 'Moscow\'s "war" — Kyiv'
 * normalize('Moscowâ€™s “war” – Kyiv…', {style: false}) // => 'Moscow’s “war” – Kyiv…'
 * normalize('It&amp;rsquo;s', {explain: true}) // => {text: "It's", steps: ['entities', 'quotes']}
 * normalize('РџСЂРёРІРµС‚', {explain: true}) // => {text: 'Привет', steps: ['mojibake', 'mojibake:windows-1251']}
 */
export function normalize(input: string, options: NormalizeOptions & {explain: true}): NormalizeResult
export function normalize(input: string, options?: NormalizeOptions & {explain?: false}): string
export function normalize(input: string, options?: NormalizeExplainOptions): string | NormalizeResult
export function normalize(input: string, options?: NormalizeExplainOptions): string | NormalizeResult {
  assertString(input, 'input')
  const settings = options === undefined ? defaults : cachedSettings(options)
  const steps: NormalizeStep[] | undefined = options?.explain === true ? [] : undefined
  let text = input
  // One scan tells a line from a document, and what the line needs.
  const mask = scan(input, settings.quotes === 'curly', true)
  if ((mask & needs.lineFeeds) !== 0 || (mask & needs.lineBreaks & settings.enabled) !== 0) text = normalizeDocument(input, settings, steps)
  else if ((mask & settings.enabled) !== 0) text = normalizeLine(input, mask, settings, steps)
  if (!steps) return text
  return finish(text, steps)
}

// Text with line breaks. Every line break becomes a line feed first, so each
// line is repaired alone, as a second pass would see it (NEL inside mojibake
// is no line break).
function normalizeDocument(input: string, settings: NormalizeSettings, steps: NormalizeStep[] | undefined): string {
  // A line of CRLF text split at its line feeds (`…\r`), the common case: the line, then a line feed.
  const last = input.length - 1
  if (input.indexOf('\r') === last && !input.includes('\n') && !otherBreak.test(input.slice(0, last))) {
    if (steps && !steps.includes('whitespace')) steps.push('whitespace')
    return lineThenBreak(input.slice(0, -1), settings, steps)
  }
  let text = input
  if ((settings.enabled & needs.lineBreaks) !== 0 && otherBreak.test(input)) {
    text = input.includes('\u0085')
      ? input.replace(otherBreaks, (lineBreak: string, offset: number) => (lineBreak === '\u0085' && isMojibakeNel(input, offset) ? lineBreak : '\n'))
      : input.replace(otherBreaks, '\n')
    if (steps && text !== input && !steps.includes('whitespace')) steps.push('whitespace')
  }
  const lineFeed = text.indexOf('\n')
  if (lineFeed === -1) {
    const mask = scan(text, settings.quotes === 'curly')
    return (mask & settings.enabled) !== 0 ? normalizeLine(text, mask, settings, steps) : text
  }
  // One line with a line break at its end (`…\u2028`): the line, then the break.
  if (lineFeed === text.length - 1) return lineThenBreak(text.slice(0, -1), settings, steps)
  return normalizeLines(text, settings, steps)
}

// A line without line breaks, normalized, then a line feed.
function lineThenBreak(line: string, settings: NormalizeSettings, steps: NormalizeStep[] | undefined): string {
  const mask = scan(line, settings.quotes === 'curly')
  return ((mask & settings.enabled) !== 0 ? normalizeLine(line, mask, settings, steps) : line) + '\n'
}

function finish(text: string, steps: NormalizeStep[] | undefined): string | NormalizeResult {
  if (!steps) return text
  steps.sort((a, b) => stepRank(a) - stepRank(b))
  return {text, steps}
}

// Steps in pipeline order, each followed by the repairs it names.
const stepNames: readonly string[] = pipeline.map((step) => step.name)
const repairOrder: readonly string[] = repairNames(-1)

function stepRank(step: NormalizeStep): number {
  const index = stepNames.indexOf(step)
  return index >= 0 ? index * 64 : stepNames.indexOf('mojibake') * 64 + 1 + repairOrder.indexOf(step)
}

// A document, one line at a time: each line gets only the steps it needs,
// which is much faster than running every step over the whole text. Nothing
// but whitespace ever spans lines: CRLF and runs of blank lines are handled here.
function normalizeLines(input: string, settings: NormalizeSettings, steps: NormalizeStep[] | undefined): string {
  const lines = input.split('\n')
  const curly = settings.quotes === 'curly'
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
  let text = changed ? lines.join('\n') : input
  if ((settings.enabled & needs.lineEnds) !== 0 && text.includes('\n\n\n')) {
    text = text.replace(blankRuns, '\n\n')
    spaced = true
  }
  if (spaced && steps && !steps.includes('whitespace')) steps.push('whitespace')
  return text
}

const blankRuns = /\n{3,}/g
const otherBreak = /[\r\u0085\u2028\u2029]/
const otherBreaks = /\r\n?|[\u0085\u2028\u2029]/g

// One line (or any text without line feeds), round after round until stable.
function normalizeLine(input: string, scanned: number, settings: NormalizeSettings, steps: NormalizeStep[] | undefined): string {
  const curly = settings.quotes === 'curly'
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

// The bits of each step and every step before it.
const bitsThrough: readonly number[] = pipeline.map((_, index) => pipeline.slice(0, index + 1).reduce((bits, step) => bits | step.bit, 0))

// One round of the pipeline; also tells whether every change it made settles.
function normalizeOnce(input: string, scanned: number, settings: NormalizeSettings, steps: NormalizeStep[] | undefined): [text: string, settled: boolean] {
  let text = input
  let settled = true
  let mask = scanned & settings.enabled
  for (let index = 0; index < pipeline.length; index++) {
    const step = pipeline[index]!
    if ((mask & step.bit) === 0) continue
    const next = step.run(text, settings, mask, steps)
    if (next === text) continue
    text = next
    if (steps && !steps.includes(step.name)) steps.push(step.name)
    if (step.rescan) {
      // The text is scanned again: the later steps of this round get its
      // work, and another round is needed only for work of this step or an
      // earlier one (a repair that left `&amp;`, or more mojibake).
      mask = scan(text, settings.quotes === 'curly') & settings.enabled
      settled = (mask & bitsThrough[index]!) === 0
    } else if (settled && !step.settles?.(settings, mask)) settled = false
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
  const style = booleanOption(given.style, `${name}.style`, true)
  const on = (key: Exclude<keyof NormalizeExplainOptions, 'unicode' | 'quotes' | 'style'>, fallback = true): boolean =>
    booleanOption(given[key], `${name}.${key}`, key !== 'explain' && fallback)
  const unicode = choiceOption<UnicodeForm | false>(given.unicode, ['NFC', 'NFKC', false], `${name}.unicode`, 'NFC')
  const quotes = choiceOption<QuoteStyle>(given.quotes, ['straight', 'curly', 'keep'], `${name}.quotes`, style ? 'straight' : 'keep')
  let enabled = quoteBits[quotes] | needs.surrogates
  if (on('entities')) enabled |= needs.entities
  if (on('mojibake')) enabled |= needs.mojibake
  if (on('controls')) enabled |= needs.controls
  if (unicode === 'NFC') enabled |= needs.unicode
  if (unicode === 'NFKC') enabled |= needs.unicode | needs.nonAscii
  if (on('ligatures', style)) enabled |= needs.ligatures
  if (on('fullwidth', style)) enabled |= needs.fullwidth
  // Without the house style, line breaks are still converted: that is a repair.
  if (given.whitespace === undefined) enabled |= style ? whitespaceNeeds : needs.lineBreaks
  else if (on('whitespace')) enabled |= whitespaceNeeds
  if (on('dashes', style)) enabled |= needs.dashes
  if (on('ellipsis', style)) enabled |= needs.ellipsis
  on('explain')
  return {enabled, unicode: unicode || 'NFC', quotes}
}
