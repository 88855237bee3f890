import {assertString} from './options.js'
import {wellFormed} from './well-formed.js'
import {endsSentence, wordCount} from './shape.js'

/** A paragraph or line of output, with whether a blank line precedes it. */
export interface Block {
  text: string
  blankBefore: boolean
}

// Words a finished sentence does not end on: a paragraph ending in one was cut.
const dangling = new Set(
  'a an the of to in on at by for from with without within into onto about above below between against among during under over after before since until via per than as and or nor but yet so if when where while because although though that which who whom whose his her their its our your my this these those is are was were be been being has have had will would could should can may might must not no'.split(
    ' '
  )
)
// The longest dangling word: a longer last word is never read whole, so a
// line of a million letters costs nothing.
const maxDangling = 8
// Closing punctuation, by char code: most paragraphs end in one, and this test runs first
// (other scripts' sentence terminals are asked of the line shape).
const finished = new Set(Array.from('.!?…:;"\'”’)]', (char) => char.charCodeAt(0)))
const startsLower = /^\p{Ll}/u
const listItem = /^(?:[•·▪◦*-]|\d{1,3}[.)]) /
// From a line's start: the line is white space only (as `String#trim` counts it).
const blankLine = /[^\S\n]*(?:\n|$)/y

// A letter or apostrophe before the ASCII end of a line makes its last word one no dangling word is.
const wordChar = /[\p{L}']/u

/** The last word of `text` when it may be a dangling word (ASCII letters, eight at most), else undefined. */
function endWord(text: string): string | undefined {
  let start = text.length
  while (start > 0) {
    const code = text.charCodeAt(start - 1) | 32
    if (code < 97 || code > 122) break
    start--
    if (text.length - start > maxDangling) return undefined
  }
  if (start === text.length || (start > 0 && wordChar.test(text[start - 1]!))) return undefined
  return text.slice(start)
}

/**
 * Whether a paragraph that starts with `first`, ends with `last` (its last
 * joined block) and has `count` words (counted up to six) is left unfinished
 * and continued by `next`. Only the ends are read, so a paragraph grown by
 * many joins costs nothing more to test.
 */
function unfinished(first: string, last: string, count: number, next: string): boolean {
  const end = last.charCodeAt(last.length - 1)
  if (count < 6 || finished.has(end) || (end > 127 && endsSentence(last)) || listItem.test(first) || listItem.test(next)) return false
  if (startsLower.test(next)) return true
  // After a comma only a lowercase word continues: "…next year," and "Officials said…" are two paragraphs.
  if (last.endsWith(',')) return false
  const word = endWord(last)
  return word !== undefined && dangling.has(word)
}

/**
 * @internal A reader of blocks in order that tells, for each, whether it continues the
 * open paragraph (given, optionally, the block's word count). It keeps the paragraph's first and last block and its word
 * count (up to six), so that no test reads (or flattens) the whole, growing
 * paragraph.
 */
export function paragraphReader(): (text: string, words?: number) => boolean {
  let first: string | undefined
  let last = ''
  let count = 0
  // `words`: the block's word count when the caller has it (six or more may be capped), so it is not counted twice.
  return (text, words) => {
    const continues = first !== undefined && unfinished(first, last, count, text)
    if (continues) {
      if (count < 6) count += words ?? wordCount(text, 6)
    } else {
      first = text
      count = words ?? wordCount(text, 6)
    }
    last = text
    return continues
  }
}

/**
 * Rejoin blocks that a blank line or line break split mid-sentence.
 */
export function rejoinBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = []
  const continues = paragraphReader()
  for (const block of blocks) {
    const previous = out.at(-1)
    if (continues(block.text) && previous) previous.text = `${previous.text} ${block.text}`
    else out.push({...block})
  }
  return out
}

/**
 * Rejoin paragraphs that a blank line or line break split mid-sentence.
 *
 * @example
 * rejoinParagraphs('It was their second call since Putin launched his invasion of\n\nUkraine on Feb. 24.')
 * // => 'It was their second call since Putin launched his invasion of Ukraine on Feb. 24.'
 */
export function rejoinParagraphs(input: string): string {
  assertString(input, 'input')
  // One pass over the lines, as rejoinBlocks over blocks, but the output is
  // copied from the input in spans: only a join or a collapsed blank run
  // starts a new piece, so 100k short lines that stay as they are cost one
  // slice, not an object and a string per line that live until the end.
  const pieces: string[] = []
  const continues = paragraphReader()
  let spanStart = -1
  let spanEnd = -1
  let blankBefore = false
  for (let lineStart = 0; lineStart <= input.length; ) {
    let lineEnd = input.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = input.length
    blankLine.lastIndex = lineStart
    if (blankLine.test(input)) {
      blankBefore = spanStart !== -1
    } else {
      const separator = continues(input.slice(lineStart, lineEnd)) ? ' ' : blankBefore ? '\n\n' : '\n'
      // The input between the two lines is the separator: keep copying.
      if (spanStart === -1) {
        spanStart = lineStart
      } else if (separator !== '\n' || lineStart !== spanEnd + 1) {
        pieces.push(input.slice(spanStart, spanEnd), separator)
        spanStart = lineStart
      }
      spanEnd = lineEnd
      blankBefore = false
    }
    lineStart = lineEnd + 1
  }
  if (spanStart !== -1) pieces.push(input.slice(spanStart, spanEnd))
  return wellFormed(pieces.join(''))
}
