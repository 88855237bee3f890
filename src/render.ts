import type {Analysis} from './analyze.js'
import type {Removal} from './types.js'
import {wellFormed} from './well-formed.js'

/**
 * @internal Serialize what an analysis keeps: each kept segment (cut where a
 * suffix went) on its own line, a blank line wherever one stood in the input
 * (removed segments included), and a space instead where rejoining joins a
 * segment to the one before. Lone surrogates become U+FFFD. The output is
 * built once, flat, with no chain of partial strings.
 */
export function render(analysis: Analysis): string {
  const {segments, gone, cuts, joins} = analysis
  const pieces: string[] = []
  // The kept segments of the paragraph being read, when rejoining joined more than one.
  let paragraph: number[] | undefined
  let blank = false
  for (let index = 0; index < segments.count; index++) {
    blank ||= segments.blankBefore(index)
    if (gone[index]) continue
    if (joins?.[index] && pieces.length > 0) {
      paragraph ??= [lastKept(analysis, index)]
      paragraph.push(index)
      blank = false
      continue
    }
    if (paragraph) pieces[pieces.length - 1] = analysis.paragraph(paragraph)
    paragraph = undefined
    // Never blank: reading drops blank lines, and a cut that would leave one takes the line whole.
    const text = (cuts.size > 0 && cuts.get(index)) || segments.text(index)
    if (pieces.length > 0) pieces.push(blank ? '\n\n' : '\n')
    pieces.push(text)
    blank = false
  }
  if (paragraph) pieces[pieces.length - 1] = analysis.paragraph(paragraph)
  return wellFormed(pieces.join(''))
}

/** The kept segment before `index`. */
function lastKept(analysis: Analysis, index: number): number {
  let before = index - 1
  while (analysis.gone[before]) before--
  return before
}

// What may stand before a removed block on its line: indentation, quote
// markers, a list bullet or number. Such a line goes whole, marker included.
const lineMarkup = /^[ \t>]*(?:(?:[-*+•]|\d{1,9}[.)])[ \t]+)?$/
// Three or more line breaks with nothing but spaces between: a stray CR is a
// line break too, as the segmenter reads it, or a second pass would find a
// run the first left. Matches start only where a run of spaces starts: a
// long run that ends in text is then read once, not once from each of its spaces.
const blankRuns = /(?<![ \t])(?:[ \t]*(?:\r\n?|\n)){3,}/g

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
  for (let at = 0; at < removed.length; at++) {
    let {start, end} = removed[at]!
    // Removals that touch (a line judged again once its tail went) are cut as one.
    while (at + 1 < removed.length && removed[at + 1]!.start === end) end = removed[++at]!.end
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
