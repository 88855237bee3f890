import {assertOptions, assertString, typeName} from './assert.js'
import {normalizeDashes, normalizeEllipsis} from './dashes.js'
import {decodeEntities, type DecodeEntitiesOptions} from './entities.js'
import {fixMojibake} from './mojibake.js'
import {normalizeQuotes, type NormalizeQuotesOptions, type QuoteStyle} from './quotes.js'
import {normalizeUnicode, removeControlCharacters, type UnicodeForm} from './unicode.js'
import {normalizeWhitespace} from './whitespace.js'
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
  /** Return `{text, steps}` instead of the text. @default false */
  explain?: boolean
}

/** A step of {@link normalize}, named as its option. */
export type NormalizeStep =
  | 'entities'
  | 'mojibake'
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
  /** The steps that changed something, in the order they ran. */
  steps: NormalizeStep[]
}

interface Settings {
  entities: boolean
  mojibake: boolean
  controls: boolean
  unicode: UnicodeForm | false
  ligatures: boolean
  fullwidth: boolean
  whitespace: boolean
  quotes: NormalizeQuotesOptions
  dashes: boolean
  ellipsis: boolean
}

const switches = ['entities', 'mojibake', 'controls', 'ligatures', 'fullwidth', 'whitespace', 'dashes', 'ellipsis', 'explain'] as const
const quoteOptions: Record<QuoteStyle, NormalizeQuotesOptions> = {
  straight: {quotes: 'straight'},
  curly: {quotes: 'curly'},
  keep: {quotes: 'keep'}
}
const defaults: Settings = {
  entities: true,
  mojibake: true,
  controls: true,
  unicode: 'NFC',
  ligatures: true,
  fullwidth: true,
  whitespace: true,
  quotes: quoteOptions.straight,
  dashes: true,
  ellipsis: true
}
// One line is one line: character references to line breaks become spaces.
const entityOptions: DecodeEntitiesOptions = {lineBreaks: 'space'}
// Printable ASCII without `&`: nothing for any step to do (bar trailing spaces and curly quotes).
const notPlain = /[^\u0020-\u0025\u0027-\u007E]/
const straightQuote = /['"]/
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
 * normalize('Moscowâ€™s &ldquo;war&rdquo;\u00A0–\u00A0Kyiv') // => 'Moscow\'s "war" - Kyiv'
 * normalize('It&amp;rsquo;s', {explain: true}) // => {text: "It's", steps: ['entities', 'quotes']}
 */
export function normalize(input: string, options: NormalizeOptions & {explain: true}): NormalizeResult
export function normalize(input: string, options?: NormalizeOptions & {explain?: false}): string
export function normalize(input: string, options?: NormalizeOptions): string | NormalizeResult
export function normalize(input: string, options?: NormalizeOptions): string | NormalizeResult {
  assertString(input, 'normalize')
  const settings = options === undefined ? defaults : settingsFrom(options)
  const explain = options?.explain === true
  if (
    !notPlain.test(input) &&
    input.charCodeAt(input.length - 1) !== 0x20 &&
    (settings.quotes.quotes !== 'curly' || !straightQuote.test(input))
  ) {
    return explain ? {text: input, steps: []} : input
  }

  const steps: NormalizeStep[] | undefined = explain ? [] : undefined
  let text = input
  for (let round = 0; round < maxRounds; round++) {
    const next = normalizeOnce(text, settings, steps)
    if (next === text) break
    text = next
  }
  return steps ? {text, steps} : text
}

function normalizeOnce(input: string, settings: Settings, steps: NormalizeStep[] | undefined): string {
  let text = input
  const apply = (step: NormalizeStep, next: string): void => {
    if (next === text) return
    text = next
    if (steps && !steps.includes(step)) steps.push(step)
  }
  if (settings.entities) apply('entities', decodeEntities(text, entityOptions))
  if (settings.mojibake) apply('mojibake', fixMojibake(text))
  if (settings.controls) apply('controls', removeControlCharacters(text))
  if (settings.unicode) apply('unicode', normalizeUnicode(text, settings.unicode))
  if (settings.ligatures) apply('ligatures', foldLigatures(text))
  if (settings.fullwidth) apply('fullwidth', foldFullwidth(text))
  if (settings.whitespace) apply('whitespace', normalizeWhitespace(text))
  apply('quotes', normalizeQuotes(text, settings.quotes))
  if (settings.dashes) apply('dashes', normalizeDashes(text))
  if (settings.ellipsis) apply('ellipsis', normalizeEllipsis(text))
  return text
}

function settingsFrom(options: NormalizeOptions): Settings {
  assertOptions(options, 'normalize')
  for (const name of switches) {
    const value = options[name]
    if (value !== undefined && typeof value !== 'boolean') {
      throw new TypeError(`normalize: expected \`${name}\` to be a boolean, got ${typeName(value)}`)
    }
  }
  const unicode = options.unicode ?? 'NFC'
  if (unicode !== false && unicode !== 'NFC' && unicode !== 'NFKC') {
    throw new RangeError(`normalize: expected \`unicode\` to be 'NFC', 'NFKC' or false, got ${String(unicode)}`)
  }
  const quotes = options.quotes ?? 'straight'
  if (quotes !== 'straight' && quotes !== 'curly' && quotes !== 'keep') {
    throw new RangeError(`normalize: expected \`quotes\` to be 'straight', 'curly' or 'keep', got ${String(quotes)}`)
  }
  return {
    entities: options.entities !== false,
    mojibake: options.mojibake !== false,
    controls: options.controls !== false,
    unicode,
    ligatures: options.ligatures !== false,
    fullwidth: options.fullwidth !== false,
    whitespace: options.whitespace !== false,
    quotes: quoteOptions[quotes],
    dashes: options.dashes !== false,
    ellipsis: options.ellipsis !== false
  }
}
