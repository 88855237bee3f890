/**
 * Word scanning shared by statistics and replacement, so both see the same
 * words at the same offsets.
 */

/** One word: its surface form (apostrophes made straight), offsets, and whether a hard break precedes it. */
export interface Word {
  /** Surface form with `’`/`ʼ` folded to `'`. */
  form: string
  /** UTF-16 offset of the first character in the input. */
  start: number
  /** UTF-16 offset after the last character. */
  end: number
  /** Whether punctuation other than spaces, quotes and hyphens separates this word from the previous one. */
  breakBefore: boolean
}

// A URL is skipped whole (its slug is not prose); an acronym keeps its
// periods (`U.S.`); a word keeps inner apostrophes (`China's`, `O'Brien`).
// Each alternative starts with a distinct literal or class and every repeated
// group starts with a character the previous part cannot match: linear time.
const TOKEN =
  /(?:https?:\/\/|www\.)[^\s<>()[\]]*|(?:\p{Lu}\.){2,}|[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu
const CURLY_APOSTROPHE = /[’ʼ]/g
const DIGIT_OR_LETTER = /[\p{L}\p{M}\p{N}]/u

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
export function scanWords(text: string, onWord: (word: Word) => void): void {
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
    const glued =
      (start > 0 && DIGIT_OR_LETTER.test(text.charAt(start - 1))) ||
      (end < text.length && DIGIT_OR_LETTER.test(text.charAt(end)))
    if (isUrl || glued) {
      broken = true
      previousEnd = end
      continue
    }
    const breakBefore = broken || !isSoftGap(text, previousEnd, start)
    broken = false
    previousEnd = end
    onWord({
      form: raw.includes('’') || raw.includes('ʼ') ? raw.replace(CURLY_APOSTROPHE, "'") : raw,
      start,
      end,
      breakBefore
    })
  }
}
