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
    while (cut < text.length && !isAsciiSpace(text.charCodeAt(cut))) cut++
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

// A long text is folded in pieces cut before white space: a regex replacement
// keeps every match of one huge string alive until it ends, and that garbage
// made 4x the text cost 10x the time. White space ends a digit run, is a
// separator itself and breaks the context of a final sigma, so the cut
// changes nothing.
const pieceLength = 4096

function foldPiece(text: string): string {
  return text.toLowerCase().replace(digits, '0').replace(separators, ' ')
}

function isAsciiSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13
}
