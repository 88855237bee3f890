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

const lineBreak = /\r\n?|[\n\u0085\u2028\u2029]/g
const blank = /^[\s\u200B\u2060\uFEFF\u00AD]*$/

/**
 * Split plain text into line segments, skipping blank lines.
 */
export function segmentText(input: string): Segment[] {
  const segments: Segment[] = []
  let blankBefore = false
  let start = 0
  lineBreak.lastIndex = 0
  for (;;) {
    const match = lineBreak.exec(input)
    const end = match ? match.index : input.length
    const line = input.slice(start, end)
    if (blank.test(line)) {
      blankBefore = segments.length > 0
    } else {
      segments.push({start, end, text: line, blankBefore, verbatim: true})
      blankBefore = false
    }
    if (!match) break
    start = match.index + match[0].length
  }
  return segments
}
