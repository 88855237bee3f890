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
const wordBreak = / /g

function words(text: string): number {
  let count = 1
  wordBreak.lastIndex = 0
  while (wordBreak.exec(text)) count++
  return count
}

/**
 * Whether `next` continues the sentence that `previous` left unfinished:
 * `previous` is prose-length, has no closing punctuation, and either ends on a
 * word no sentence ends on (`of`, `the`) or is followed by a lowercase start.
 */
export function continues(previous: string, next: string): boolean {
  if (finished.test(previous) || listItem.test(previous) || listItem.test(next)) return false
  if (words(previous) < 6) return false
  if (startsLower.test(next)) return true
  const word = lastWord.exec(previous)?.[1]
  return word !== undefined && (previous.endsWith(',') || dangling.has(word))
}

/**
 * Rejoin blocks that a blank line or line break split mid-sentence.
 */
export function rejoinBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = []
  for (const block of blocks) {
    const previous = out.at(-1)
    if (previous && continues(previous.text, block.text)) {
      previous.text = `${previous.text} ${block.text}`
    } else {
      out.push({...block})
    }
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
