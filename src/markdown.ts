import type {Nodes, Root, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {segmentText, type Segment} from './segments.js'

// Strong signals only: link syntax, autolinks, backslash escapes, ATX headings,
// fences, bold. Each is a literal or anchored, so the sniff is linear.
const markdownSignal = /\]\(|<https?:\/\/|\\[!-/:-@[-`{-~]|^#{1,6} \S|^(?:```|~~~)|\*\*\S/m

/**
 * Whether `input` looks like markdown: a cheap sniff so that remark-parse (which
 * is much slower than the rest of copydesk) only runs where it is needed.
 *
 * @example
 * looksLikeMarkdown('By [AFP](#)') // => true
 * looksLikeMarkdown('By AFP') // => false
 */
export function looksLikeMarkdown(input: string): boolean {
  return markdownSignal.test(input)
}

// Built on first use, so bundles that never read markdown can drop unified.
let parser: ReturnType<typeof createParser> | undefined

function createParser() {
  return unified().use(remarkParse)
}

// remark-parse matches link brackets in time quadratic in their number within
// one paragraph: 300 KB of "[a]" takes minutes. No real paragraph has this many.
const maxBrackets = 1000
const paragraphBreak = /^(?:[ \t]*$|[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]|[ \t]{0,3}#{1,6}(?:[ \t]|$)|[ \t]{0,3}(?:```|~~~))/

/** Whether some paragraph of `input` holds more link brackets than the parser can match in reasonable time. */
function bracketFlood(input: string): boolean {
  let brackets = 0
  let start = 0
  while (start <= input.length) {
    let end = input.indexOf('\n', start)
    if (end < 0) end = input.length
    const line = input.slice(start, end)
    if (paragraphBreak.test(line)) brackets = 0
    for (let index = line.indexOf('['); index !== -1; index = line.indexOf('[', index + 1)) {
      if (++brackets > maxBrackets) return true
    }
    start = end + 1
  }
  return false
}

/**
 * Parse markdown into block segments whose `text` has no markup and whose
 * offsets point at the block's source. Input with a paragraph of more than a
 * thousand `[` is read line by line instead, as plain text.
 */
export function segmentMarkdown(input: string): Segment[] {
  if (bracketFlood(input)) return segmentText(input)
  parser ??= createParser()
  const tree = parser.parse(input) as Root
  const segments: Segment[] = []
  visitBlocks(tree.children, segments, input, {spread: true, blankFirst: true, prefix: ''})
  return segments
}

interface Context {
  /** Blank lines between sibling blocks (false in a tight list). */
  spread: boolean
  /** Whether the first block starts after a blank line. */
  blankFirst: boolean
  /** Bullet for the first block of a list item. */
  prefix: string
}

function visitBlocks(nodes: RootContent[], segments: Segment[], input: string, context: Context): void {
  let first = true
  for (const node of nodes) {
    const blankBefore = first ? context.blankFirst : context.spread
    const prefix = first ? context.prefix : ''
    switch (node.type) {
      case 'list': {
        let firstItem = true
        for (const item of node.children) {
          const spread = node.spread === true
          visitBlocks(item.children, segments, input, {spread, blankFirst: firstItem ? blankBefore : spread, prefix: '• '})
          firstItem = false
        }
        break
      }
      case 'blockquote': {
        visitBlocks(node.children, segments, input, {spread: true, blankFirst: blankBefore, prefix: ''})
        break
      }
      case 'thematicBreak': {
        break
      }
      case 'definition': {
        push(segments, input, node, node.url, blankBefore)
        break
      }
      case 'code':
      case 'html': {
        push(segments, input, node, node.value, blankBefore)
        break
      }
      default: {
        push(segments, input, node, prefix + inlineText(node), blankBefore)
      }
    }
    first = false
  }
}

function push(segments: Segment[], input: string, node: Nodes, text: string, blankBefore: boolean): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || text.trim() === '') return
  segments.push({start, end, text, blankBefore: blankBefore && segments.length > 0, verbatim: text === input.slice(start, end)})
}

function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html': {
      return node.value
    }
    case 'break': {
      return '\n'
    }
    case 'image':
    case 'imageReference': {
      return node.alt ?? ''
    }
    default: {
      if (!('children' in node)) return ''
      let text = ''
      for (const child of node.children) text += inlineText(child as Nodes)
      return text
    }
  }
}
