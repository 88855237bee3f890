import {assertString, checkOptions, choiceOption, type OptionKeys} from '../options.js'
import {wellFormed} from '../well-formed.js'

/** Unicode normalization form for {@link normalizeUnicode}. */
export type UnicodeForm = 'NFC' | 'NFKC'

/** Options for {@link normalizeUnicode}. */
export interface NormalizeUnicodeOptions {
  /**
   * `'NFC'` composes characters (`e` + combining acute → `é`) and changes
   * nothing else; `'NFKC'` also folds compatibility characters (`ﬁ` → `fi`,
   * `²` → `2`, `½` → `1⁄2`, `™` → `TM`), which loses information.
   * @default 'NFC'
   */
  form?: UnicodeForm
}

// C0 and C1 controls except tab and line feed (CR and NEL are line breaks, handled by whitespace).
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g
const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/
// Terminal escapes left behind by logs: CSI sequences (colours, cursor moves)
// and OSC sequences (titles, links). The classes are disjoint, so each match
// is linear; of an unterminated OSC only the ESC goes.
const ansi = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B\n]*(?:\u0007|\u001B\\)/g
const nonAscii = /[^\u0000-\u007F]/

/**
 * Remove ANSI terminal escape sequences and control characters (C0, DEL, C1),
 * keeping tab, line feed and the line breaks CR and NEL, which
 * {@link normalizeWhitespace} turns into `\n`.
 *
 * @example
 * removeControlCharacters('\u001B[31mred\u001B[0m a\u0007b') // => 'red ab'
 */
export function removeControlCharacters(input: string): string {
  assertString(input, 'input')
  return wellFormed(controlsRemoved(input))
}

/** @internal {@link removeControlCharacters} without the argument check. */
export function controlsRemoved(input: string): string {
  return control.test(input) ? input.replace(ansi, '').replace(controls, '') : input
}

/**
 * Normalize to a Unicode normalization form, NFC by default, so `é` written
 * as `e` + combining accent equals the precomposed `é`.
 *
 * @example
 * normalizeUnicode('Cafe\u0301') // => 'Café'
 * normalizeUnicode('ﬁve²', {form: 'NFKC'}) // => 'five2'
 */
export function normalizeUnicode(input: string, options: NormalizeUnicodeOptions | UnicodeForm = {}): string {
  assertString(input, 'input')
  return unicodeNormalized(wellFormed(input), resolveNormalizeUnicodeOptions(options))
}

/** @internal {@link normalizeUnicode} with a resolved form and no argument check. */
export function unicodeNormalized(input: string, form: UnicodeForm): string {
  if (!nonAscii.test(input)) return input
  const normalized = streamSafe(input).normalize(form)
  return normalized === input ? input : normalized
}

// UAX #15's Stream-Safe Text Format: a combining grapheme joiner after every
// 30 non-starters. ICU's normalization is quadratic in the length of a run of
// combining marks; no real text has more than a handful in a row.
const longMarkRun = /(?:(?!\u034F)\p{Mn}){30}(?=(?!\u034F)\p{Mn})/gu

/**
 * @internal Break runs of more than 30 combining marks with U+034F so that
 * `String.prototype.normalize` stays linear. Text without such runs is returned as is.
 */
export function streamSafe(input: string): string {
  longMarkRun.lastIndex = 0
  return longMarkRun.test(input) ? input.replace(longMarkRun, '$&\u034F') : input
}

const forms: readonly UnicodeForm[] = ['NFC', 'NFKC']
const optionKeys = {form: true} as const satisfies OptionKeys<NormalizeUnicodeOptions>

/** @internal Resolve {@link normalizeUnicode}'s options (or a form given as is) to a form. */
function resolveNormalizeUnicodeOptions(options: NormalizeUnicodeOptions | UnicodeForm | undefined): UnicodeForm {
  if (typeof options === 'string') return choiceOption(options, forms, 'options', 'NFC')
  return choiceOption(checkOptions(options, optionKeys).form, forms, 'options.form', 'NFC')
}
