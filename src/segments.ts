import {isMojibakeNel} from './normalize/mojibake.js'

/**
 * A unit of a document that boilerplate rules judge: a line of plain text or
 * a block of markdown.
 */
export interface Segment {
  /** UTF-16 offset of the segment's first character in the input. */
  start: number
  /** UTF-16 offset just past the segment's last character in the input. */
  end: number
  /** The segment's text, markup removed (for plain text: the line itself). */
  text: string
  /** Whether a blank line separates this segment from the one before. */
  blankBefore: boolean
  /** Whether `text` is exactly `input.slice(start, end)`, so offsets inside it map 1:1. */
  verbatim: boolean
}

/** Where segments go as they are read, with no object made per segment. */
export interface SegmentSink {
  /** How many segments were pushed. */
  readonly length: number
  push(start: number, end: number, text: string, blankBefore: boolean, verbatim: boolean): void
}

const lineBreak = /\r\n?|[\n\u0085\u2028\u2029]/g
const blank = /^[\s\u200B\u2060\uFEFF\u00AD]*$/

/** Whether `input.slice(start, end)` is blank: white space and invisible characters only. */
function isBlank(input: string, start: number, end: number): boolean {
  // Most lines start with a printable ASCII character: no slice, no regex.
  const code = input.charCodeAt(start)
  if (start < end && code > 32 && code < 127) return false
  return blank.test(input.slice(start, end))
}

/**
 * Call `line` with the offsets of each non-blank line of `input` and whether
 * a blank line stands between it and an earlier non-blank line.
 */
export function forEachLine(input: string, line: (start: number, end: number, blankBefore: boolean) => void): void {
  let blankBefore = false
  let seen = false
  let start = 0
  lineBreak.lastIndex = 0
  for (;;) {
    const match = lineBreak.exec(input)
    // NEL inside mojibake is a Windows-1252 `…`, which normalize repairs: no line break.
    if (match?.[0] === '\u0085' && isMojibakeNel(input, match.index)) continue
    const end = match ? match.index : input.length
    if (isBlank(input, start, end)) {
      blankBefore = seen
    } else {
      line(start, end, blankBefore)
      seen = true
      blankBefore = false
    }
    if (!match) break
    start = match.index + match[0].length
  }
}

/**
 * Split plain text into line segments, skipping blank lines.
 */
export function segmentText(input: string): Segment[] {
  const segments: Segment[] = []
  forEachLine(input, (start, end, blankBefore) => {
    segments.push({start, end, text: input.slice(start, end), blankBefore, verbatim: true})
  })
  return segments
}

const blankBeforeFlag = 1
const verbatimFlag = 2

/**
 * @internal The segments of a document, normalized, as parallel typed arrays:
 * no object or string is kept for a segment whose normalized text is its
 * source, so a document of a million lines costs a few bytes per line on top
 * of itself.
 */
export class SegmentTable {
  count = 0
  private starts = new Uint32Array(16)
  private ends = new Uint32Array(16)
  private flags = new Uint8Array(16)
  // Where a segment's text is kept in `texts`, or -1 when it is `input.slice(start, end)`.
  private textIndex = new Int32Array(16)
  private readonly texts: string[] = []

  constructor(readonly input: string) {}

  /** Add a segment; `text` is its (normalized) text, when not its source. */
  push(start: number, end: number, blankBefore: boolean, verbatim: boolean, text: string | undefined): void {
    if (this.count === this.starts.length) this.grow()
    const index = this.count++
    this.starts[index] = start
    this.ends[index] = end
    this.flags[index] = (blankBefore ? blankBeforeFlag : 0) | (verbatim ? verbatimFlag : 0)
    this.textIndex[index] = text === undefined ? -1 : this.texts.push(text) - 1
  }

  start(index: number): number {
    return this.starts[index]!
  }

  end(index: number): number {
    return this.ends[index]!
  }

  blankBefore(index: number): boolean {
    return (this.flags[index]! & blankBeforeFlag) !== 0
  }

  /** Whether offsets inside the segment's source map 1:1 to its text (before normalization). */
  verbatim(index: number): boolean {
    return (this.flags[index]! & verbatimFlag) !== 0
  }

  /** The segment's normalized text. */
  text(index: number): string {
    const at = this.textIndex[index]!
    return at < 0 ? this.input.slice(this.starts[index], this.ends[index]) : this.texts[at]!
  }

  private grow(): void {
    const size = this.starts.length * 2
    const starts = new Uint32Array(size)
    const ends = new Uint32Array(size)
    const flags = new Uint8Array(size)
    const textIndex = new Int32Array(size)
    starts.set(this.starts)
    ends.set(this.ends)
    flags.set(this.flags)
    textIndex.set(this.textIndex)
    this.starts = starts
    this.ends = ends
    this.flags = flags
    this.textIndex = textIndex
  }
}
