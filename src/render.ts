import type {Analysis} from './analyze.js'
import {rejoinBlocks, type Block} from './paragraphs.js'
import type {Removal} from './types.js'
import {wellFormed} from './well-formed.js'

/**
 * @internal Turn an analysis into output blocks, one at a time: kept
 * segments, with a blank line wherever one stood in the input (removed
 * segments included).
 */
export function* keptBlocks(analysis: Analysis, textOf: (index: number, suffixStart?: number) => string): Generator<Block> {
  const {segments, verdicts} = analysis
  let blank = false
  let first = true
  for (let index = 0; index < segments.count; index++) {
    blank ||= segments.blankBefore(index)
    const suffixStart = verdicts.suffixStart(index)
    if (verdicts.has(index) && suffixStart === undefined) continue
    const text = textOf(index, suffixStart)
    if (text.trim() === '') continue
    yield {text, blankBefore: blank && !first}
    blank = false
    first = false
  }
}

/** A block and its position in the window {@link render} rejoins. */
interface WindowBlock extends Block {
  at: number
}

const windowSize = 4096

/**
 * @internal Serialize blocks, rejoining broken paragraphs when asked; lone
 * surrogates become U+FFFD. Paragraphs are rejoined a window of blocks at a
 * time, so that no object per block lives until the end: every paragraph of
 * a window but the last is final, and the last is read again, from its first
 * block, with the next window (a paragraph's joins depend on its own blocks
 * only). A window grows while one paragraph fills it, so the cost stays linear.
 */
export function render(blocks: Iterable<Block>, rejoin: boolean): string {
  // One join of all the pieces: the output is built once, flat, with no chain of partial strings.
  const pieces: string[] = []
  const add = (block: Block) => {
    if (pieces.length > 0) pieces.push(block.blankBefore ? '\n\n' : '\n')
    pieces.push(block.text)
  }
  if (!rejoin) {
    for (const block of blocks) add(block)
    return wellFormed(pieces.join(''))
  }
  let window: WindowBlock[] = []
  let size = windowSize
  for (const {text, blankBefore} of blocks) {
    window.push({text, blankBefore, at: window.length})
    if (window.length < size) continue
    const paragraphs = rejoinBlocks(window)
    // Paragraphs are copies of their first block, so `at` tells where the last one starts.
    const open = (paragraphs.at(-1) as Partial<WindowBlock> | undefined)?.at
    if (open === undefined || open === 0) {
      size *= 2
      continue
    }
    for (let index = 0; index < paragraphs.length - 1; index++) add(paragraphs[index]!)
    window = window.slice(open).map((block, at) => ({text: block.text, blankBefore: block.blankBefore, at}))
    size = Math.max(windowSize, window.length * 2)
  }
  for (const paragraph of rejoinBlocks(window)) add(paragraph)
  return wellFormed(pieces.join(''))
}

// What may stand before a removed block on its line: indentation, quote
// markers, a list bullet or number. Such a line goes whole, marker included.
const lineMarkup = /^[ \t>]*(?:(?:[-*+•]|\d{1,9}[.)])[ \t]+)?$/
// Matches start only where a run of spaces starts: a long run that ends in
// text is then read once, not once from each of its spaces.
const blankRuns = /(?<![ \t])(?:[ \t]*\r?\n){3,}/g

/**
 * The input with the removed ranges cut out, and nothing else changed but the
 * blank lines they leave: a removed line goes with its line break and any
 * markdown marker before it (`- `, `> `), so markdown stays markdown.
 *
 * Linear in the input: each cut looks back no further than the previous cut
 * and ahead no further than its line's blank rest, and the kept pieces are
 * joined once, so many cuts (one per widget line, or many on one long line)
 * never re-read the text kept so far.
 */
export function cutRemovals(input: string, removed: readonly Removal[]): string {
  const kept: string[] = []
  let position = 0
  for (const removal of removed) {
    let {start, end} = removal
    let lineStart = start
    while (lineStart > position && input.charCodeAt(lineStart - 1) !== 10) lineStart--
    let wholeLine = lineStart >= position && (lineStart === 0 || input.charCodeAt(lineStart - 1) === 10) && lineMarkup.test(input.slice(lineStart, start))
    if (wholeLine) {
      let lineEnd = end
      while (lineEnd < input.length && isLineRest(input.charCodeAt(lineEnd))) lineEnd++
      wholeLine = lineEnd === input.length || input.charCodeAt(lineEnd) === 10
      if (wholeLine) {
        start = lineStart
        end = Math.min(lineEnd + 1, input.length)
      }
    }
    kept.push(input.slice(position, start))
    // A cut that ends a line (a hashtag tail) leaves no space dangling before it.
    if (wholeLine || end >= input.length || input.charCodeAt(end) === 10) trimTrailingSpace(kept)
    position = end
  }
  kept.push(input.slice(position))
  return kept.join('').replace(blankRuns, '\n\n').trim()
}

/** Space, tab or carriage return: what may follow a removed block on its line. */
function isLineRest(code: number): boolean {
  return code === 32 || code === 9 || code === 13
}

/** Drop the spaces and tabs that end the kept pieces (as `/[ \t]+$/` would on their concatenation). */
function trimTrailingSpace(pieces: string[]): void {
  for (let last = pieces.at(-1); last !== undefined; last = pieces.at(-1)) {
    let end = last.length
    while (end > 0 && (last.charCodeAt(end - 1) === 32 || last.charCodeAt(end - 1) === 9)) end--
    if (end > 0) {
      pieces[pieces.length - 1] = last.slice(0, end)
      return
    }
    pieces.pop()
  }
}
