import {streamSafe} from '../normalize/unicode.js'
/**
 * Word scanning shared by statistics and replacement, so both see the same
 * words at the same offsets.
 */

/**
 * Receives each word: its surface form (`’`/`ʼ` folded to `'`), UTF-16
 * offsets into the input, and whether punctuation other than spaces, quotes
 * and hyphens separates it from the previous word. Positional arguments keep
 * the hot loop free of allocations.
 */
export type OnWord = (form: string, start: number, end: number, breakBefore: boolean) => void

// A URL is skipped whole (its slug is not prose); an acronym keeps its
// periods (`U.S.`); a word keeps inner apostrophes (`China's`, `O'Brien`).
// Each alternative starts with a distinct literal or class and every repeated
// group starts with a character the previous part cannot match: linear time.
const TOKEN = /(?:https?:\/\/|www\.)[^\s<>()[\]]*|(?:\p{Lu}\.){2,}|[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu
const CURLY_APOSTROPHE = /[’ʼ]/g
const NON_ASCII = /[^\x00-\x7f]/
const DIGIT_OR_LETTER = /[\p{L}\p{M}\p{N}]/u

/** Whether the character at `index` is a letter, mark or digit (ASCII fast path). */
function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  return DIGIT_OR_LETTER.test(text.charAt(index))
}

/** Characters that may sit between two words of one phrase. */
function isSoftGap(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    // space, tab, nbsp, quotes, hyphen, asterisk/underscore (markdown emphasis)
    if (
      code === 0x20 ||
      code === 0x09 ||
      code === 0xa0 ||
      code === 0x22 ||
      code === 0x27 ||
      code === 0x2d ||
      code === 0x2a ||
      code === 0x5f ||
      (code >= 0x2018 && code <= 0x201f)
    ) {
      continue
    }
    return false
  }
  return true
}

/**
 * Scan the words of `text` in order, calling `onWord` for each. Words glued
 * to digits (`69th`, `B52s`) and URLs are skipped: they are not spellings.
 */
export function scanWords(text: string, onWord: OnWord): void {
  TOKEN.lastIndex = 0
  let previousEnd = 0
  let broken = true
  let match: RegExpExecArray | null
  while ((match = TOKEN.exec(text)) !== null) {
    const raw = match[0]
    const start = match.index
    const end = start + raw.length
    const first = raw.charCodeAt(0)
    const isUrl = (first === 0x68 || first === 0x77) && (raw.startsWith('http') || raw.startsWith('www.'))
    const glued = (start > 0 && isWordCharacter(text, start - 1)) || (end < text.length && isWordCharacter(text, end))
    if (isUrl || glued) {
      broken = true
      previousEnd = end
      continue
    }
    const breakBefore = broken || !isSoftGap(text, previousEnd, start)
    broken = false
    previousEnd = end
    // One spelling, one form: straight apostrophes, composed characters.
    const form = NON_ASCII.test(raw) ? streamSafe(raw.replace(CURLY_APOSTROPHE, "'")).normalize('NFC') : raw
    onWord(form, start, end, breakBefore)
  }
}
