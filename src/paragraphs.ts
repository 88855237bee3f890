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
const lastWord = /([\p{L}']+)[,]?$/u
const finished = /[.!?…:;"'”’)\]]$/
const startsLower = /^\p{Ll}/u
const listItem = /^(?:[•·▪◦*-]|\d{1,3}[.)]) /
// Joined paragraphs grow; the end tests look at this much of the tail, so rejoining stays linear.
const tailWindow = 100

/** Whether `text` has at least `count` words, stopping as soon as it knows. */
function hasWords(text: string, count: number): boolean {
  let words = 1
  for (let index = text.indexOf(' '); index !== -1 && words < count; index = text.indexOf(' ', index + 1)) words++
  return words >= count
}

/** What the join test needs of a paragraph: its start, its last characters, and whether it has six words. */
interface Open {
  first: string
  end: string
  long: boolean
}

function tailOf(text: string): string {
  return text.length > tailWindow ? text.slice(-tailWindow) : text
}

function joins(open: Open, next: string): boolean {
  if (finished.test(open.end) || listItem.test(open.first) || listItem.test(next) || !open.long) return false
  if (startsLower.test(next)) return true
  const word = lastWord.exec(open.end)?.[1]
  return word !== undefined && (open.end.endsWith(',') || dangling.has(word))
}

/**
 * Whether `next` continues the sentence that `previous` left unfinished:
 * `previous` is prose-length, has no closing punctuation, and either ends on a
 * word no sentence ends on (`of`, `the`) or is followed by a lowercase start.
 */
export function continues(previous: string, next: string): boolean {
  return joins({first: previous, end: tailOf(previous), long: hasWords(previous, 6)}, next)
}

/**
 * Rejoin blocks that a blank line or line break split mid-sentence.
 */
export function rejoinBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = []
  // Parts are joined once per paragraph: re-reading a growing string at every join would be quadratic.
  let open: (Open & {parts: string[]; blankBefore: boolean}) | undefined
  for (const block of blocks) {
    if (open && joins(open, block.text)) {
      open.parts.push(block.text)
      open.end = tailOf(`${open.end} ${block.text}`)
      continue
    }
    if (open) out.push({text: open.parts.join(' '), blankBefore: open.blankBefore})
    open = {parts: [block.text], blankBefore: block.blankBefore, first: block.text, end: tailOf(block.text), long: hasWords(block.text, 6)}
  }
  if (open) out.push({text: open.parts.join(' '), blankBefore: open.blankBefore})
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
  if (typeof input !== 'string') throw new TypeError(`Expected \`input\` to be a string, got ${typeof input}`)
  const blocks: Block[] = []
  let blankBefore = false
  for (const line of input.split('\n')) {
    if (line.trim() === '') {
      blankBefore = blocks.length > 0
      continue
    }
    blocks.push({text: line, blankBefore})
    blankBefore = false
  }
  return joinBlocks(rejoinBlocks(blocks))
}

/** Serialize blocks: a blank line where one stood, a line break elsewhere. */
export function joinBlocks(blocks: readonly Block[]): string {
  let text = ''
  for (const [index, block] of blocks.entries()) {
    if (index > 0) text += block.blankBefore ? '\n\n' : '\n'
    text += block.text
  }
  return text
}
