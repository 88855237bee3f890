// What the playground shows, computed from copydesk's public API only: the
// input cut into kept text and removals, and the cleaned text cut into
// unchanged text and repairs. No DOM here, so tests can run it in Node.
import {diffArrays} from 'diff'
import type {CleanResult, normalize, Removal} from '../src/index.js'

/** A piece of the input: kept text, or a removal. */
export interface InputPiece {
  text: string
  removal?: Removal
}

/** A piece of the cleaned text: unchanged, or a repair of `from`. */
export interface OutputPiece {
  text: string
  repair?: {from: string; reason: string}
}

interface Api {
  normalize: typeof normalize
  /** Whether clean() read the input as markdown. */
  markdown: boolean
}

/**
 * The input as pieces in order: kept text, and each removal with its text.
 * Every removal gives exactly one piece, so the page highlights as many as
 * `clean()` reports.
 */
export function inputPieces(input: string, removed: readonly Removal[]): InputPiece[] {
  const pieces: InputPiece[] = []
  let at = 0
  for (const removal of [...removed].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, removal.start)
    if (start > at) pieces.push({text: input.slice(at, start)})
    pieces.push({text: input.slice(start, Math.max(start, removal.end)), removal})
    at = Math.max(at, removal.end)
  }
  if (at < input.length) pieces.push({text: input.slice(at)})
  return pieces
}

// Tokens a repair is made of: a character reference, a run of letters,
// marks and digits, a run of whitespace, or any other single character.
const token = /&#?[A-Za-z0-9]{1,32};|[\p{L}\p{M}\p{N}]+|\s+|[\s\S]/gu
const lineBreak = /[\n\r\u2028\u2029\u0085]/
const spaces = /^[ \t]+$/
const whitespace = /^\s+$/
const blank = /^\s*$/
// Whitespace that only lays text out; other spaces (no-break, thin, ideographic) are normalized.
const layout = /^[ \t\n\r]*$/

// Layout is not a repair: line breaks left by a removed line, or collapsed
// blank lines, are equal to any other line break; spaces to spaces.
function sameToken(a: string, b: string): boolean {
  if (a === b) return true
  if (!whitespace.test(a) || !whitespace.test(b)) return false
  return (lineBreak.test(a) && lineBreak.test(b)) || (spaces.test(a) && spaces.test(b))
}

/**
 * The cleaned text as pieces in order: unchanged text, and each repair (text
 * that differs from the kept input) with what it was and why. The reason is
 * the normalize steps that change the old text (`normalize(old, {explain:
 * true})`), or a paragraph rejoined, or markdown read. `complete` is false
 * when there were too many changes to mark.
 */
export function outputPieces(input: string, result: CleanResult, {normalize, markdown}: Api): {pieces: OutputPiece[]; complete: boolean} {
  // The input without its removals, a line break where each was.
  let kept = ''
  for (const piece of inputPieces(input, result.removed)) kept += piece.removal ? '\n' : piece.text
  const before = kept.match(token) ?? []
  const after = result.text.match(token) ?? []
  // Myers' diff is quadratic in the number of differences: past this many, show the text unmarked.
  const changes = diffArrays(before, after, {comparator: sameToken, maxEditLength: 4000})
  if (!changes) return {pieces: [{text: result.text}], complete: false}
  const pieces: OutputPiece[] = []
  let from = ''
  const flush = (to: string) => {
    const reason = from === '' && to === '' ? undefined : reasonFor(from, to, normalize, markdown)
    if (reason) pieces.push({text: to, repair: {from, reason}})
    else if (to !== '') pieces.push({text: to})
    from = ''
  }
  for (const change of changes) {
    const text = change.value.join('')
    if (change.removed) from += text
    else if (change.added) flush(text)
    else {
      // Text removed with nothing in its place (a control character, a soft hyphen) is a zero-width repair.
      flush('')
      pieces.push({text})
    }
  }
  flush('')
  return {pieces, complete: true}
}

// Why `from` became `to`, or undefined when only layout changed (spaces,
// line breaks around a removal).
function reasonFor(from: string, to: string, normalize: Api['normalize'], markdown: boolean): string | undefined {
  if (blank.test(from) && blank.test(to)) {
    // A line break that became a space; line breaks that went with a removal are layout.
    if (to !== '' && lineBreak.test(from) && !lineBreak.test(to)) return 'paragraph rejoined'
    if (layout.test(from)) return undefined
  }
  const {steps} = normalize(from, {explain: true})
  if (steps.length > 0) return `normalize: ${steps.join(', ')}`
  return markdown ? 'read as markdown' : 'changed'
}
