import {assertString} from '../options.js'
import {wellFormed} from '../well-formed.js'
import {needs, whitespaceNeeds} from './scan.js'

// Spaces that render as a plain space: no-break, Ogham, en/em/thin/hair and
// other typographic spaces, narrow no-break, medium mathematical, ideographic.
const spaces = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
// Characters that render as nothing: zero-width space, word joiner, soft
// hyphen, BOM. Zero-width (non-)joiners stay: emoji and Indic and Persian text need them.
const invisible = /[\u200B\u2060\u00AD\uFEFF]/g
const lineBreaks = /\r\n?|[\u2028\u2029\u0085]/g
// The look-behind anchors each match at the start of a run, so a long run of
// spaces followed by text is scanned once, not once per space.
const trailing = /(?<![ \t])[ \t]+$/gm
const blankRuns = /\n{3,}/g
const anything = /[\r\u2028\u2029\u0085\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\u2060\u00AD\uFEFF]|[ \t]$|[ \t]\n|\n\n\n/

// Scripts written without spaces, which separate words with zero-width spaces.
const unspaced =
  /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}\p{sc=Javanese}\p{sc=Balinese}\p{sc=Sundanese}\p{sc=Buginese}\p{sc=Tai_Tham}\p{sc=New_Tai_Lue}\p{sc=Tai_Le}]/u

// A zero-width space beside a character of a script written without spaces may be a word break: it stays.
function keepsSpace(character: string, text: string, offset: number): boolean {
  return character === '\u200B' && (unspaced.test(text.charAt(offset - 1)) || unspaced.test(text.charAt(offset + 1)))
}

/**
 * Normalize spaces and line breaks: exotic spaces (no-break, thin, hair,
 * ideographic…) become ` `; zero-width spaces, word joiners, soft hyphens and
 * BOMs go, except a zero-width space beside a character of a script written
 * without spaces (Thai, Lao, Khmer, Burmese, Tibetan, Javanese…), where it
 * separates words; CRLF, CR, U+2028, U+2029 and NEL become `\n`; spaces and tabs at
 * the end of a line are trimmed; runs of blank lines become one blank line.
 * Leading indentation and tabs inside a line are kept.
 *
 * @example
 * normalizeWhitespace('a\u00A0b\r\n\r\n\r\nc  ') // => 'a b\n\nc'
 */
export function normalizeWhitespace(input: string): string {
  assertString(input, 'input')
  return wellFormed(anything.test(input) ? normalizeWhitespaceParts(input, whitespaceNeeds, true) : input)
}

/**
 * @internal The work of {@link normalizeWhitespace}, limited to the kinds
 * named by `parts` (whitespace bits of `needs`, as found by `scan`); with
 * `trim`, spaces at line ends go and runs of blank lines collapse.
 */
export function normalizeWhitespaceParts(input: string, parts: number, trim: boolean): string {
  let text = input
  if (parts & needs.lineBreaks) text = text.replace(lineBreaks, '\n')
  if (parts & needs.invisible)
    text = text.replace(invisible, (character: string, offset: number, whole: string) => (keepsSpace(character, whole, offset) ? character : ''))
  if (parts & needs.spaces) text = text.replace(spaces, ' ')
  if (!trim) return text
  // Any of the above can leave a space at the end of a line.
  const end = text.charCodeAt(text.length - 1)
  // A line (the common case) has only its own end to trim, and no line feed
  // to look for spaces before.
  if (!lineTerminator.test(text)) return end === 0x20 || end === 0x09 ? text.slice(0, trailingStart(text)) : text
  if (end === 0x20 || end === 0x09 || text.includes(' \n') || text.includes('\t\n')) text = text.replace(trailing, '')
  return text.includes('\n\n\n') ? text.replace(blankRuns, '\n\n') : text
}

// Where `trailing` matches, or would (`$` in a multiline regex is also before CR, U+2028 and U+2029).
const lineTerminator = /[\n\r\u2028\u2029]/

// Where the spaces and tabs at the end of a line without line breaks start.
function trailingStart(text: string): number {
  let start = text.length
  while (start > 0 && (text.charCodeAt(start - 1) === 0x20 || text.charCodeAt(start - 1) === 0x09)) start--
  return start
}
