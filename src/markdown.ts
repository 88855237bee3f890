import type {Emphasis, ListItem, Nodes, Root, RootContent, Strong} from 'mdast'
import {remarkParse, unified} from './markdown-parser.js'
import {isMojibakeNel} from './normalize/mojibake.js'
import {assertString} from './options.js'
import {segmentText, type SegmentSink} from './segments.js'

// Strong signals only: link syntax, autolinks, backslash escapes of markdown
// punctuation (not of quotes, which plain text has: `\\'`), ATX headings,
// fences, bold. Each is a literal or anchored, so the sniff is linear.
// A backslash before `…`, a dash or fullwidth punctuation counts too: normalizing
// turns those into ASCII (`\\...`), which a second pass would read as an escape.
const markdownSignal =
  /\]\(|<https?:\/\/|\\[!#$%&()*+,./:;<=>?@[\]^_`{|}~\u2010-\u2015\u2026\u2212\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF5E-]|^#{1,6} \S|^(?:```|~~~)|\*\*\S/m

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
// A line of a paragraph whose text is easy to read off: it starts nothing (a
// heading, quote, list item, fence, rule, setext underline, HTML, indented
// code), has no white space at its ends (a hard break, stripped spaces), and
// holds no inline syntax (plain) or only escapes, autolinks, links with
// plain text, ampersands that start no character reference and brackets (simple; brackets are read as such only in a chunk
// with no link definitions). A paragraph's later lines may be indented: the
// indent is not part of the text.
const blockStart = /^(?:[>+*=_~`-]|#(?:[#\s]|$)|<(?!https?:\/\/)|\d+[.)]|\s)|\s$/
const plainChars = /^[^\\&<*_[\]`\0-\x1F]*$/
const inlineToken =
  /[^\\&<*_[\]`\0-\x1F!]+|!(?!\[)|&(?!#|[A-Za-z\d]+;)|\\([!-/:-@[-`{-~])|<(https?:\/\/[^\s<>\\&\0-\x1F]*)>|\[([^\\&<*_[\]`\0-\x1F!]+)\]\([^\s()<>\\&\0-\x1F]*\)|\[[^\\&<*_[\]`\0-\x1F!]+\](?![(:[])/y
const leadingSpaces = /^ */

/**
 * Parse markdown into block segments whose `text` has no markup and whose
 * offsets point at the block's source, pushed to `segments` in order.
 */
export function segmentMarkdown(raw: string, segments: SegmentSink): void {
  // CommonMark knows only CR and LF as line endings; plain text reading (and
  // normalize) also breaks at U+2028, U+2029 and NEL. Each is one code unit,
  // as is the LF put in its place, so offsets into `raw` stay exact.
  const input = withoutBreakReferences(
    otherBreak.test(raw)
      ? raw.replace(otherBreaks, (lineBreak: string, offset: number) => (lineBreak === '\u0085' && isMojibakeNel(raw, offset) ? lineBreak : '\n'))
      : raw
  )
  let chunkStart = 0
  let blockStart = 0
  let delimiters = 0
  let lineStart = 0
  // Whether every line of the block so far is simple, its text when not its
  // source, and where its last non-blank line ends.
  let plain = true
  let plainText: string | undefined
  let contentEnd = -1
  // Simple paragraphs of the current chunk, as start and end offsets, and
  // their texts: they are not parsed (see parseChunk).
  let plainBlocks: number[] = []
  let plainTexts: Array<string | undefined> = []
  for (;;) {
    const newline = input.indexOf('\n', lineStart)
    const next = newline === -1 ? input.length : newline + 1
    const line = input.slice(lineStart, newline === -1 ? input.length : newline)
    delimiters += countDelimiters(line) + (containerDepth(line) > maxDepth ? maxDelimiters + 1 : 0)
    if (!blankLine.test(line)) {
      if (plain) {
        const text = contentEnd < 0 ? simpleText(line, false) : contentEnd === lineStart - 1 ? simpleText(line, true) : undefined
        if (text === undefined) plain = false
        else if (plainText !== undefined) plainText += '\n' + text
        else if (text !== line) plainText = input.slice(blockStart, lineStart) + text
      }
      contentEnd = lineStart + line.length
    }
    // A block ends at a blank line before an unindented line
    // (so a list item and its indented continuation stay together).
    if (newline === -1 || (blankLine.test(line) && !indent.test(input.slice(next, next + 1)))) {
      if (delimiters > maxDelimiters || next - blockStart > maxBlock) {
        parseChunk(input, chunkStart, blockStart, segments, plainBlocks, plainTexts)
        for (const [index, segment] of segmentText(input.slice(blockStart, next)).entries()) {
          const blankBefore = segments.length > 0 && (segment.blankBefore || index === 0)
          segments.push(segment.start + blockStart, segment.end + blockStart, segment.text, blankBefore, true)
        }
        chunkStart = next
        plainBlocks = []
        plainTexts = []
      } else {
        if (next - chunkStart > maxChunk && blockStart > chunkStart) {
          parseChunk(input, chunkStart, blockStart, segments, plainBlocks, plainTexts)
          chunkStart = blockStart
          plainBlocks = []
          plainTexts = []
        }
        if (plain && contentEnd > blockStart) {
          plainBlocks.push(blockStart, contentEnd)
          plainTexts.push(plainText)
        }
      }
      blockStart = next
      delimiters = 0
      plain = true
      plainText = undefined
      contentEnd = -1
    }
    if (newline === -1) break
    lineStart = next
  }
  parseChunk(input, chunkStart, input.length, segments, plainBlocks, plainTexts)
}

// Character references the parser would decode to a line break (LF, VT, FF,
// CR, U+2028, U+2029), within the digits micromark reads (7 decimal, 6 hex).
// Plain text reading makes each a space (one line is one line), so the
// parser is given a reference to a space of the same length: offsets stay exact.
const breakReference = /&(?:#(?:0{0,5}1[0-3]|0{0,3}823[23])|#[xX](?:0{0,5}[a-dA-D]|0{0,2}202[89])|NewLine);/g

function withoutBreakReferences(input: string): string {
  if (!input.includes('&')) return input
  return input.replace(breakReference, (reference) => `&#${'32'.padStart(reference.length - 3, '0')};`)
}

/** The text markdown reads in a simple line (see `blockStart`), or `undefined` for any other line. */
function simpleText(source: string, continuation: boolean): string | undefined {
  const line = continuation ? source.slice(leadingSpaces.exec(source)![0].length) : source
  if (blockStart.test(line)) return undefined
  if (plainChars.test(line)) return line
  let text = ''
  inlineToken.lastIndex = 0
  while (inlineToken.lastIndex < line.length) {
    const match = inlineToken.exec(line)
    if (!match) return undefined
    text += match[1] ?? match[2] ?? match[3] ?? match[0]
  }
  return escapeBackslashes(text)
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

/**
 * Parse `input` from `start` to `end`. Simple paragraphs (`plain`: start and
 * end offsets; `texts`: their texts where not their source) are not parsed:
 * remark-parse costs time and garbage for every block and character it
 * reads, and their text is read off already. Each run of them, with only blank lines between, stands in the
 * parsed text as one one-letter paragraph, so the blocks around read as
 * before. Should a stand-in not come back as a top-level paragraph of its own
 * (inside an HTML block that spans blank lines, say), the chunk is parsed
 * again whole.
 */
function parseChunk(
  input: string,
  start: number,
  end: number,
  segments: SegmentSink,
  plain: readonly number[],
  texts: ReadonlyArray<string | undefined>
): void {
  if (end <= start || (plain.length === 0 && blank.test(input.slice(start, end)))) return
  // A bracket may be a reference to a definition: read such paragraphs only where there is none.
  if (plain.length > 0 && input.slice(start, end).includes(']:')) {
    const kept: number[] = []
    const keptTexts: Array<string | undefined> = []
    for (let index = 0; index < plain.length; index += 2) {
      if (input.slice(plain[index], plain[index + 1]).includes('[')) continue
      kept.push(plain[index]!, plain[index + 1]!)
      keptTexts.push(texts[index / 2])
    }
    plain = kept
    texts = keptTexts
  }
  if (plain.length > 0) {
    const offsets = new Offsets(input, afterMark(input, start), plain, texts)
    const pieces: string[] = []
    let from = start
    for (let run = 0; run < offsets.runs; run++) {
      pieces.push(input.slice(from, offsets.runStart(run)), 'x')
      from = offsets.runEnd(run)
    }
    pieces.push(input.slice(from, end))
    if (offsets.runs === 1 && blank.test(pieces[0]!) && blank.test(pieces[2]!)) {
      // Nothing but plain paragraphs: nothing to parse.
      offsets.pushRun(0, segments, true)
      return
    }
    parser ??= createParser()
    const tree = parser.parse(pieces.join('')) as Root
    if (offsets.standsIn(tree.children)) {
      visitBlocks(tree.children, segments, input, offsets)
      return
    }
  }
  parser ??= createParser()
  const tree = parser.parse(start === 0 && end === input.length ? input : input.slice(start, end)) as Root
  visitBlocks(tree.children, segments, input, new Offsets(input, afterMark(input, start), [], []))
}

// micromark drops a byte order mark at the start of what it parses: its offsets begin after it.
function afterMark(input: string, start: number): number {
  return input.charCodeAt(start) === 0xfeff ? start + 1 : start
}

// Blank lines only, as markdown counts them.
const blank = /^[ \t\r\n]*$/

/**
 * The runs of plain paragraphs of a chunk, and the map from offsets in its
 * parsed text, where each run stands as one letter, to offsets in the input.
 */
class Offsets {
  // Per run: the index in `plain` of its first and last paragraph's start.
  private readonly first: number[] = []
  private readonly last: number[] = []
  // Where each run's stand-in is in the parsed text.
  private readonly standIns: number[] = []

  constructor(
    private readonly input: string,
    private readonly start: number,
    private readonly plain: readonly number[],
    private readonly texts: ReadonlyArray<string | undefined>
  ) {
    let length = 0
    let from = start
    for (let index = 0; index < plain.length; index += 2) {
      const runs = this.first.length
      if (runs > 0 && blank.test(this.between(index))) {
        this.last[runs - 1] = index
        from = plain[index + 1]!
        continue
      }
      length += plain[index]! - from
      this.standIns.push(length)
      length++
      this.first.push(index)
      this.last.push(index)
      from = plain[index + 1]!
    }
  }

  get runs(): number {
    return this.first.length
  }

  runStart(run: number): number {
    return this.plain[this.first[run]!]!
  }

  runEnd(run: number): number {
    return this.plain[this.last[run]! + 1]!
  }

  /** Push the segments of the paragraphs of `run`. */
  pushRun(run: number, segments: SegmentSink, blankBefore: boolean): void {
    for (let index = this.first[run]!; index <= this.last[run]!; index += 2) {
      const start = this.plain[index]!
      const end = this.plain[index + 1]!
      // Every paragraph but the first follows a blank line at the top level.
      pushLines(segments, this.input, start, end, this.texts[index / 2] ?? this.input.slice(start, end), index === this.first[run] ? blankBefore : true)
    }
  }

  /** The input offset of `offset` in the parsed text. */
  map(offset: number): number {
    // The runs whose stand-in ends at or before `offset`.
    let low = 0
    let high = this.standIns.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.standIns[middle]! + 1 <= offset) low = middle + 1
      else high = middle
    }
    return low === 0 ? this.start + offset : this.runEnd(low - 1) + (offset - this.standIns[low - 1]! - 1)
  }

  /** Whether every run's stand-in is a top-level paragraph of its own among `nodes`. */
  standsIn(nodes: readonly RootContent[]): boolean {
    let found = 0
    for (const node of nodes) if (node.type === 'paragraph' && this.standIn(node) >= 0) found++
    return found === this.standIns.length
  }

  /** The run whose stand-in is `node` (a top-level paragraph), or -1. */
  standIn(node: Nodes): number {
    const start = node.position?.start.offset
    if (start === undefined || node.position?.end.offset !== start + 1) return -1
    let low = 0
    let high = this.standIns.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.standIns[middle]! < start) low = middle + 1
      else high = middle
    }
    return this.standIns[low] === start ? low : -1
  }

  // The input between plain paragraph `index` (an index into `plain`) and the one before.
  private between(index: number): string {
    return this.input.slice(this.plain[index - 1], this.plain[index])
  }
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
function visitBlocks(nodes: RootContent[], segments: SegmentSink, input: string, offsets: Offsets): void {
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
          const item = node.children[index]!
          // Numbers are content (years, steps, ranks): they stay as written; bullets are markup.
          const prefix = node.ordered ? `${listNumber(input, offsets, item)} ` : '• '
          const context = {spread, blankFirst: index === 0 ? blankBefore : spread, prefix}
          stack.push({nodes: item.children, index: 0, context})
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
        push(segments, input, offsets, node, node.url, blankBefore)
        break
      }
      case 'html': {
        // Raw HTML stays as written, judged line by line as text is (a second pass may read it as text).
        const {position} = node
        if (position?.start.offset !== undefined && position.end.offset !== undefined) {
          pushLines(segments, input, offsets.map(position.start.offset), offsets.map(position.end.offset), node.value, blankBefore)
        }
        break
      }
      default: {
        const standIn = node.type === 'paragraph' && stack.length === 1 ? offsets.standIn(node) : -1
        if (standIn >= 0) offsets.pushRun(standIn, segments, blankBefore)
        else if (node.position) {
          const start = offsets.map(node.position.start.offset!)
          const end = offsets.map(node.position.end.offset!)
          pushLines(
            segments,
            input,
            start,
            end,
            (first ? frame.context.prefix : '') + inlineText(node, input, offsets),
            blankBefore,
            node.type === 'heading' ? withoutUnderline(input, start, end) : end
          )
        }
      }
    }
  }
}

const orderedMarker = /\d{1,9}[.)]/y

/** An ordered list item's number and delimiter, as written (`1989.`, `3)`). */
function listNumber(input: string, offsets: Offsets, item: ListItem): string {
  const start = item.position?.start.offset
  if (start === undefined) return ''
  orderedMarker.lastIndex = offsets.map(start)
  return orderedMarker.exec(input)?.[0] ?? ''
}

function push(segments: SegmentSink, input: string, offsets: Offsets, node: Nodes, text: string, blankBefore: boolean): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  pushText(segments, input, offsets.map(start), offsets.map(end), text, blankBefore)
}

function pushText(segments: SegmentSink, input: string, start: number, end: number, text: string, blankBefore: boolean): void {
  if (text.trim() === '') return
  // A segment is one line, as the output has it and a second pass reads it: line breaks inside it are spaces.
  const line = text.includes('\n') || text.includes('\r') ? text.replace(lineEndings, ' ') : text
  segments.push(start, end, line, blankBefore && segments.length > 0, line === input.slice(start, end))
}

// Matches start only where a run of spaces starts, so a long run is read once.
const lineEndings = /(?<![ \t])[ \t]*(?:\r\n?|\n)[ \t]*/g

const lineEnding = /\r\n?|\n/

// A paragraph's lines are judged one by one, as plain text's are: a byline
// hard-wrapped onto the story's first line is the same line either way, and
// a second pass over the output (plain text by then) sees the same lines.
// `linesEnd` is where the lines of text end in the source: before a setext heading's underline, which goes with the last line.
function pushLines(segments: SegmentSink, input: string, start: number, end: number, text: string, blankBefore: boolean, linesEnd = end): void {
  if (!lineEnding.test(text)) {
    pushText(segments, input, start, end, text, blankBefore)
    return
  }
  // Most paragraphs are their source: then its lines are read off the input, with nothing split.
  const lines = text === input.slice(start, linesEnd) ? undefined : text.split(lineEnding)
  // Line breaks inside raw HTML or a link's text can make the text and its source disagree: judge the block whole then.
  if (lines && lines.length !== countLines(input, start, linesEnd)) {
    pushText(segments, input, start, end, text, blankBefore)
    return
  }
  sourceBreak.lastIndex = start
  let lineStart = start
  let index = 0
  let first = true
  // A blank line inside the block (raw HTML may hold some) stands between the lines around it, as in text.
  let blank = blankBefore
  for (;;) {
    const found = sourceBreak.exec(input)
    const lineEnd = found && found.index < linesEnd ? found.index : linesEnd
    const line = lines ? lines[index++]! : input.slice(lineStart, lineEnd)
    if (line.trim() === '') blank = true
    else {
      // Continuation lines carry the block's container markers (`> `, indentation) in the source.
      let contentStart = lineStart
      if (!first) while (contentStart < lineEnd && isContainerMarker(input.charCodeAt(contentStart))) contentStart++
      // `text` lacks the line's trailing spaces (or hard break): the segment does too, so it can be verbatim.
      let contentEnd = lineEnd
      while (contentEnd > contentStart && isSpace(input.charCodeAt(contentEnd - 1))) contentEnd--
      const last = lineEnd === linesEnd
      const verbatim = !(last && linesEnd < end) && line.length === contentEnd - contentStart && input.startsWith(line, contentStart)
      segments.push(contentStart, last ? (verbatim ? contentEnd : end) : verbatim ? contentEnd : lineEnd, line, blank && segments.length > 0, verbatim)
      first = false
      blank = false
    }
    if (lineEnd === linesEnd) break
    lineStart = lineEnd + found![0].length
  }
}

const sourceBreak = /\r\n?|\n/g
const underline = /^[ \t]*(?:=+|-+)[ \t]*$/

// A setext heading's source ends with its underline, which its text lacks.
function withoutUnderline(input: string, start: number, end: number): number {
  const lastBreak = Math.max(input.lastIndexOf('\n', end - 1), input.lastIndexOf('\r', end - 1))
  if (lastBreak < start || !underline.test(input.slice(lastBreak + 1, end))) return end
  return input.charCodeAt(lastBreak) === 10 && input.charCodeAt(lastBreak - 1) === 13 ? lastBreak - 1 : lastBreak
}

function countLines(input: string, start: number, end: number): number {
  let count = 1
  sourceBreak.lastIndex = start
  for (let found = sourceBreak.exec(input); found && found.index < end; found = sourceBreak.exec(input)) count++
  return count
}

function isContainerMarker(code: number): boolean {
  return code === 32 || code === 9 || code === 62 /* > */
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 12 || code === 11
}

const backslashBeforePunctuation = /\\(?=[^\p{L}\p{N}\s]|[\r\n])/gu
const startsWithPunctuation = /^[^\p{L}\p{N}\s]/u

// A backslash in decoded text was written `\\` (or stood before `”` or `…`,
// which normalizing makes ASCII): where it stands before punctuation or ends
// a line, keep it escaped, or a second pass would read it as an escape or a
// hard line break and drop it.
function escapeBackslashes(value: string): string {
  return value.includes('\\') ? value.replace(backslashBeforePunctuation, '\\\\') : value
}

// Iterative too: emphasis can nest as deep as the input is long.
function inlineText(node: Nodes, input: string, offsets: Offsets): string {
  let text = ''
  // Whether `text` ends with a decoded backslash: the piece after it decides whether it needs escaping.
  let openBackslash = false
  const append = (piece: string, decoded: boolean) => {
    if (piece === '') return
    if (openBackslash && startsWithPunctuation.test(piece)) text += '\\'
    text += decoded ? escapeBackslashes(piece) : piece
    openBackslash = decoded && piece.endsWith('\\')
  }
  // Nodes to read, and the markers of emphasis kept as written (strings), in reverse order.
  const stack: Array<Nodes | string> = [node]
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (typeof current === 'string') {
      append(current, false)
      continue
    }
    switch (current.type) {
      case 'text':
      case 'inlineCode': {
        append(current.value, true)
        break
      }
      case 'html': {
        append(current.value, false)
        break
      }
      case 'break': {
        append('\n', false)
        break
      }
      case 'image':
      case 'imageReference': {
        append(current.alt ?? '', true)
        break
      }
      default: {
        if (!('children' in current)) break
        const markers = current.type === 'emphasis' || current.type === 'strong' ? keptMarkers(current, input, offsets) : undefined
        if (markers) stack.push(markers[1])
        for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as Nodes)
        if (markers) append(markers[0], false)
      }
    }
  }
  // The block's last line ends here: a backslash there would read as a hard line break.
  return openBackslash ? `${text}\\` : text
}

const wordCharacter = /[\p{L}\p{N}]/u
const identifier = /^[\p{L}\p{N}](?:[\p{L}\p{N}_]*[\p{L}\p{N}])?$/u

/**
 * The opening and closing markers of an emphasis that encloses no prose, as
 * written, or `undefined` for one that does. Markers inside a number or a word
 * (`2*3*4`, `foo*bar*baz`) and double underscores around a name (`__init__`)
 * are part of the text; scraped markdown marks emphasis with `*`, `**` or a
 * single `_` around words.
 */
function keptMarkers(node: Emphasis | Strong, input: string, offsets: Offsets): [string, string] | undefined {
  const {position} = node
  if (position?.start.offset === undefined || position.end.offset === undefined) return undefined
  const start = offsets.map(position.start.offset)
  const end = offsets.map(position.end.offset)
  const size = node.type === 'strong' ? 2 : 1
  if (end - start <= 2 * size) return undefined
  const intraword = wordCharacter.test(input.charAt(start - 1)) || wordCharacter.test(input.charAt(end))
  const dunder =
    node.type === 'strong' &&
    input.charCodeAt(start) === 0x5f &&
    input.charCodeAt(start - 1) !== 0x5f &&
    input.charCodeAt(end) !== 0x5f &&
    identifier.test(input.slice(start + size, end - size))
  return intraword || dunder ? [input.slice(start, start + size), input.slice(end - size, end)] : undefined
}
