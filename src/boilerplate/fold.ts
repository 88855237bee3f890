import {assertString} from '../options.js'

const digits = /\p{N}+/gu
const separators = /[\p{P}\p{S}\p{Z}\s]+/gu

/**
 * Fold a line for counting: lower case, every run of digits → `0`,
 * punctuation, symbols and spaces → one space, trimmed. Lines that differ
 * only in counters, dates or punctuation fold to the same key.
 *
 * @example
 * foldLine('12 Comments »') // => '0 comments'
 * foldLine('SHARE: Facebook | Twitter') // => 'share facebook twitter'
 */
export function foldLine(text: string): string {
  assertString(text, 'text')
  if (text.length <= 2 * pieceLength) return foldPiece(text).trim()
  const pieces: string[] = []
  let endsInSpace = false
  for (let start = 0; start < text.length; ) {
    let cut = Math.min(start + pieceLength, text.length)
    while (cut < text.length && !isCut(text.charCodeAt(cut - 1), text.charCodeAt(cut))) cut++
    let piece = foldPiece(text.slice(start, cut))
    // The separator run that the cut split is one space.
    if (endsInSpace && piece.charCodeAt(0) === 32) piece = piece.slice(1)
    if (piece.length > 0) {
      pieces.push(piece)
      endsInSpace = piece.charCodeAt(piece.length - 1) === 32
    }
    start = cut
  }
  return pieces.join('').trim()
}

// A long text is folded in pieces: a regex replacement keeps every match of
// one huge string alive until it ends, and that garbage made 4x the text cost
// 10x the time. A piece is cut before white space, or between ASCII
// punctuation and an ASCII letter or digit (a line with no spaces:
// `x&#10;x&#10;…`). Either way the cut ends a digit run and a separator run,
// and the context of a final sigma stops at it (the punctuation is not one
// that case mapping skips, as `.` and `'` are), so it changes nothing.
const pieceLength = 4096

function foldPiece(text: string): string {
  return text.toLowerCase().replace(digits, '0').replace(separators, ' ')
}

/** Whether a piece may end between characters `before` and `after`. */
function isCut(before: number, after: number): boolean {
  if (after === 32 || after === 10 || after === 9 || after === 13) return true
  return isAsciiPunctuation(before) && isAsciiAlphanumeric(after)
}

// ASCII punctuation and symbols but the case-ignorable ones (`'` `.` `:` `^` `` ` ``).
function isAsciiPunctuation(code: number): boolean {
  if (code === 0x27 || code === 0x2e || code === 0x3a || code === 0x5e || code === 0x60) return false
  return (code > 32 && code < 48) || (code > 57 && code < 65) || (code > 90 && code < 97) || (code > 122 && code < 127)
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
