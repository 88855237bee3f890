/** Unicode normalization form for {@link normalizeUnicode}. */
export type UnicodeForm = 'NFC' | 'NFKC'

// C0 and C1 controls except tab and line feed (CR and NEL are line breaks, handled by whitespace).
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g
// ANSI escape sequences (CSI ... final byte) left behind by terminal logs.
const ansi = /\u001B\[[0-?]*[ -/]*[@-~]/g

/**
 * Remove ANSI escape sequences and control characters other than tab and line breaks.
 *
 * @example
 * removeControlCharacters('a\u0007b') // => 'ab'
 */
export function removeControlCharacters(input: string): string {
  return input.replace(ansi, '').replace(controls, '')
}

/**
 * Normalize to a Unicode normalization form (NFC by default), so `é` written
 * as `e` + combining accent equals the precomposed `é`.
 *
 * @example
 * normalizeUnicode('Cafe\u0301') // => 'Café'
 */
export function normalizeUnicode(input: string, form: UnicodeForm = 'NFC'): string {
  return input.normalize(form)
}
