import type {Nodes, Root, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {assertString} from './options.js'
import {segmentText, type Segment} from './segments.js'

// Strong signals only: link syntax, autolinks, backslash escapes of markdown
// punctuation (not of quotes, which plain text has: `\\'`), ATX headings,
// fences, bold. Each is a literal or anchored, so the sniff is linear.
// A backslash before `…`, a dash or fullwidth punctuation counts too: normalizing
// turns those into ASCII (`\\...`), which a second pass would read as an escape.
const markdownSignal = /\]\(|<https?:\/\/|\\[!#$%&()*+,./:;<=>?@[\]^_`{|}~\u2010-\u2015\u2026\u2212\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF5E-]|^#{1,6} \S|^(?:```|~~~)|\*\*\S/m

/**
 * Whether `input` looks like markdown: a cheap sniff so that remark-parse (which
 * is much slower than the rest of copydesk) only runs where it is needed.
 *
 * @example
 * looksLikeMarkdown('By [AFP](#)') // => true
 * looksLikeMarkdown('By AFP') // => false
 */
export function looksLikeMarkdown(input: string): boolean {
  assertString(input, 'input')
  return markdownSignal.test(input)
}

// Built on first use, so bundles that never read markdown can drop unified.
let parser: ReturnType<typeof createParser> | undefined

// Scraped text is prose: lines indented by four spaces are layout, and a
// stray fence is debris, so neither starts a code block (whose content would
// come out verbatim, to be read as markdown again on a second pass).
function createParser() {
  return unified()
    .use(remarkParse)
    .data('micromarkExtensions', [{disable: {null: ['codeFenced', 'codeIndented']}}])
}

// micromark is not linear on hostile input (runs of `*`, nested `[`, unclosed
// code spans cost quadratic or cubic time), and its events for a whole large
// document take much memory. So the input is parsed in chunks of about
// `maxChunk` that end at a blank line, and a block with more than
// `maxDelimiters` of the characters that drive those costs, or longer than
// `maxBlock`, is read as plain text lines instead: its content is all there,
// only its markup stays. Real prose never comes close (a paragraph with a
// hundred links has ~400 of them). Chunks cost one thing: a reference-style
// link whose definition sits in another chunk stays as written.
const otherBreak = /[\u2028\u2029\u0085]/
const otherBreaks = /[\u2028\u2029\u0085]/g
const maxChunk = 32_768
const maxBlock = 16_384
const maxDelimiters = 512
const maxDepth = 32
const blankLine = /^[ \t]*\r?$/
const indent = /^[ \t]/

/**
 * Parse markdown into block segments whose `text` has no markup and whose
 * offsets point at the block's source.
 */
export function segmentMarkdown(raw: string): Segment[] {
  // CommonMark knows only CR and LF as line endings; plain text reading (and
  // normalize) also breaks at U+2028, U+2029 and NEL. Each is one code unit,
  // as is the LF put in its place, so offsets into `raw` stay exact.
  const input = otherBreak.test(raw) ? raw.replace(otherBreaks, '\n') : raw
  const segments: Segment[] = []
  let chunkStart = 0
  let blockStart = 0
  let delimiters = 0
  let lineStart = 0
  for (;;) {
    const newline = input.indexOf('\n', lineStart)
    const next = newline === -1 ? input.length : newline + 1
    const line = input.slice(lineStart, newline === -1 ? input.length : newline)
    delimiters += countDelimiters(line) + (containerDepth(line) > maxDepth ? maxDelimiters + 1 : 0)
    // A block ends at a blank line before an unindented line
    // (so a list item and its indented continuation stay together).
    if (newline === -1 || (blankLine.test(line) && !indent.test(input.slice(next, next + 1)))) {
      if (delimiters > maxDelimiters || next - blockStart > maxBlock) {
        parseChunk(input, chunkStart, blockStart, segments)
        for (const [index, segment] of segmentText(input.slice(blockStart, next)).entries()) {
          const blankBefore = segments.length > 0 && (segment.blankBefore || index === 0)
          segments.push({...segment, start: segment.start + blockStart, end: segment.end + blockStart, blankBefore})
        }
        chunkStart = next
      } else if (next - chunkStart > maxChunk && blockStart > chunkStart) {
        parseChunk(input, chunkStart, blockStart, segments)
        chunkStart = blockStart
      }
      blockStart = next
      delimiters = 0
    }
    if (newline === -1) break
    lineStart = next
  }
  parseChunk(input, chunkStart, input.length, segments)
  return segments
}

// How many list markers and quote markers open the line (`- - > 1. a` is four):
// micromark is super-linear on containers nested thousands deep.
function containerDepth(line: string): number {
  let depth = 0
  let index = 0
  for (;;) {
    while (line[index] === ' ' || line[index] === '\t') index++
    let end = index
    while (end - index < 9 && line.charCodeAt(end) >= 0x30 && line.charCodeAt(end) <= 0x39) end++
    const marker = line[end]
    if (end > index ? marker !== '.' && marker !== ')' : marker !== '-' && marker !== '+' && marker !== '*' && marker !== '>') return depth
    const after = line[end + 1]
    if (marker !== '>' && after !== undefined && after !== ' ' && after !== '\t') return depth
    depth++
    index = end + 1
  }
}

function countDelimiters(line: string): number {
  let count = 0
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index)
    // * _ [ ] ` <
    if (code === 0x2a || code === 0x5f || code === 0x5b || code === 0x5d || code === 0x60 || code === 0x3c) count++
  }
  return count
}

function parseChunk(input: string, start: number, end: number, segments: Segment[]): void {
  if (end <= start) return
  parser ??= createParser()
  const tree = parser.parse(start === 0 && end === input.length ? input : input.slice(start, end)) as Root
  // micromark drops a byte order mark at the start of what it parses: its offsets begin after it.
  visitBlocks(tree.children, segments, input, input.charCodeAt(start) === 0xfeff ? start + 1 : start)
}

interface Context {
  /** Blank lines between sibling blocks (false in a tight list). */
  spread: boolean
  /** Whether the first block starts after a blank line. */
  blankFirst: boolean
  /** Bullet for the first block of a list item. */
  prefix: string
}

interface Frame {
  nodes: RootContent[]
  index: number
  context: Context
}

// Iterative, with an explicit stack: a thousand nested block quotes must not overflow the call stack.
function visitBlocks(nodes: RootContent[], segments: Segment[], input: string, offset: number): void {
  const stack: Frame[] = [{nodes, index: 0, context: {spread: true, blankFirst: true, prefix: ''}}]
  for (let frame = stack.at(-1); frame; frame = stack.at(-1)) {
    const node = frame.nodes[frame.index]
    if (!node) {
      stack.pop()
      continue
    }
    const first = frame.index === 0
    frame.index++
    const blankBefore = first ? frame.context.blankFirst : frame.context.spread
    switch (node.type) {
      case 'list': {
        const spread = node.spread === true
        for (let index = node.children.length - 1; index >= 0; index--) {
          const context = {spread, blankFirst: index === 0 ? blankBefore : spread, prefix: '• '}
          stack.push({nodes: node.children[index]!.children, index: 0, context})
        }
        break
      }
      case 'blockquote': {
        stack.push({nodes: node.children, index: 0, context: {spread: true, blankFirst: blankBefore, prefix: ''}})
        break
      }
      case 'thematicBreak': {
        break
      }
      case 'definition': {
        push(segments, input, offset, node, node.url, blankBefore)
        break
      }
      case 'html': {
        push(segments, input, offset, node, node.value, blankBefore)
        break
      }
      default: {
        pushLines(segments, input, offset, node, (first ? frame.context.prefix : '') + inlineText(node), blankBefore)
      }
    }
  }
}

function push(segments: Segment[], input: string, offset: number, node: Nodes, text: string, blankBefore: boolean): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || text.trim() === '') return
  const source = input.slice(start + offset, end + offset)
  segments.push({start: start + offset, end: end + offset, text, blankBefore: blankBefore && segments.length > 0, verbatim: text === source})
}

const lineEnding = /\r\n?|\n/
const continuation = /^[ \t>]*/

// A paragraph's lines are judged one by one, as plain text's are: a byline
// hard-wrapped onto the story's first line is the same line either way, and
// a second pass over the output (plain text by then) sees the same lines.
function pushLines(segments: Segment[], input: string, offset: number, node: Nodes, text: string, blankBefore: boolean): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || !lineEnding.test(text)) return push(segments, input, offset, node, text, blankBefore)
  const lines = text.split(lineEnding)
  const source = input.slice(start + offset, end + offset).split(lineEnding)
  // Line breaks inside raw HTML or a link's text can make the two disagree: judge the block whole then.
  if (lines.length !== source.length) return push(segments, input, offset, node, text, blankBefore)
  let lineStart = start + offset
  let first = true
  for (const [index, line] of lines.entries()) {
    const raw = source[index]!
    // Continuation lines carry the block's container markers (`> `, indentation) in the source.
    const skip = first ? 0 : continuation.exec(raw)![0].length
    const lineEnd = lineStart + raw.length
    if (line.trim() !== '') {
      // `text` lacks the line's trailing spaces (or hard break): the segment does too, so it can be verbatim.
      const content = raw.slice(skip).trimEnd()
      const verbatim = line === content
      segments.push({
        start: lineStart + skip,
        end: verbatim ? lineStart + skip + content.length : lineEnd,
        text: line,
        blankBefore: first && blankBefore && segments.length > 0,
        verbatim
      })
      first = false
    }
    lineStart = lineEnd + (input.charCodeAt(lineEnd) === 0x0d && input.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1)
  }
}

const backslashBeforePunctuation = /\\(?=[^\p{L}\p{N}\s]|$)/gu

// A backslash before punctuation in decoded text was written `\\` (or stood
// before `”` or `…`, which normalizing makes ASCII): keep it escaped, or a
// second pass would read the `\` as an escape and drop it.
function escapeBackslashes(value: string): string {
  return value.includes('\\') ? value.replace(backslashBeforePunctuation, '\\\\') : value
}

// Iterative too: emphasis can nest as deep as the input is long.
function inlineText(node: Nodes): string {
  let text = ''
  const stack: Nodes[] = [node]
  for (let current = stack.pop(); current; current = stack.pop()) {
    switch (current.type) {
      case 'text':
      case 'inlineCode': {
        text += escapeBackslashes(current.value)
        break
      }
      case 'html': {
        text += current.value
        break
      }
      case 'break': {
        text += '\n'
        break
      }
      case 'image':
      case 'imageReference': {
        text += escapeBackslashes(current.alt ?? '')
        break
      }
      default: {
        if ('children' in current) {
          for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as Nodes)
        }
      }
    }
  }
  return text
}
