// Spaces that render as a plain space.
const spaces = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
// Characters that render as nothing: zero-width space/joiners, word joiner, soft hyphen, BOM.
const invisible = /[\u200B\u2060\u00AD\uFEFF]/g
const lineBreaks = /\r\n?|[\u2028\u2029\u0085]/g
const trailing = /[ \t]+$/gm
const blankRuns = /\n{3,}/g

/**
 * Normalize spaces and line breaks: exotic spaces become ` `, invisible
 * characters go, CRLF/CR/U+2028/U+2029/NEL become `\n`, trailing spaces are
 * trimmed and runs of blank lines become one blank line.
 *
 * @example
 * normalizeWhitespace('a\u00A0b\r\n\r\n\r\nc  ') // => 'a b\n\nc'
 */
export function normalizeWhitespace(input: string): string {
  return input
    .replace(lineBreaks, '\n')
    .replace(invisible, '')
    .replace(spaces, ' ')
    .replace(trailing, '')
    .replace(blankRuns, '\n\n')
}
