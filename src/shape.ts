/**
 * The shape of a line, in any script: how long it is in words, whether it
 * ends a sentence, whether it reads as a headline. Edge detection, runs,
 * widget blocks and rejoining all ask these questions here, so that a rule
 * about "short" or "finished" means the same for English, Japanese, Khmer,
 * Hindi, Armenian or Amharic.
 */

// Scripts written without spaces between words (or with spaces between
// phrases only): Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan and the Tai
// scripts, Javanese, Balinese, Yi; and Ethiopic, whose older texts part words
// with `፡` instead of spaces. A line with one of these is measured with
// `Intl.Segmenter`; every other line by its spaces alone.
const unspaced =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}\p{sc=Tai_Tham}\p{sc=Tai_Le}\p{sc=New_Tai_Lue}\p{sc=Tai_Viet}\p{sc=Javanese}\p{sc=Balinese}\p{sc=Yi}\p{sc=Ethiopic}]/u
// Scripts of one syllable (or morpheme) a character, where a word is about two characters long.
const syllabic = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Yi}]/u
// A segment the segmenter could not split (a script it has no dictionary for)
// counts one word per this many code units: roughly a word's length there.
const runPerWord = 6
const syllablesPerWord = 2
const longRun = 2 * runPerWord

/** Words in a run of unspaced script the segmenter left whole (or had no segmenter for), estimated from its length. */
function estimatedWords(run: string): number {
  return Math.max(1, Math.round(run.length / (syllabic.test(run) ? syllablesPerWord : runPerWord)))
}

let segmenter: Intl.Segmenter | null | undefined

function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('und', {granularity: 'word'}) : null
  }
  return segmenter
}

/** Words in a line by its spaces: one more than its runs of spaces, counted up to `limit`. */
function spacedWords(text: string, limit: number): number {
  let count = 1
  for (let index = text.indexOf(' '); index !== -1 && count < limit; index = text.indexOf(' ', index + 1)) {
    if (text.charCodeAt(index - 1) !== 32) count++
  }
  return count
}

/** Words in a line with unspaced script in it, up to `limit`. */
function segmentedWords(text: string, limit: number): number {
  const words = wordSegmenter()
  let count = 0
  if (words) {
    for (const {segment, isWordLike} of words.segment(text)) {
      if (!isWordLike) continue
      count += segment.length > longRun && unspaced.test(segment) ? estimatedWords(segment) : 1
      if (count >= limit) return count
    }
    return count
  }
  // No segmenter (an old browser): estimate from lengths.
  for (const token of text.split(/[ ፡]/)) {
    if (token === '') continue
    count += unspaced.test(token) ? estimatedWords(token) : 1
    if (count >= limit) return count
  }
  return count
}

/**
 * How many words a trimmed line has, in any script, counted up to `limit` (callers
 * that need "at least n words" stop reading there). A line of spaced script
 * is counted by its spaces, without allocating; a line with Chinese,
 * Japanese, Thai, Khmer, Burmese or another unspaced script in it is counted
 * with `Intl.Segmenter`.
 *
 * @example
 * wordCount('The storm moved east') // => 4
 * wordCount('嵐は東へ移動した') // => 6 (嵐|は|東|へ|移動|した, as the segmenter splits it)
 */
export function wordCount(text: string, limit = Number.POSITIVE_INFINITY): number {
  const spaced = spacedWords(text, limit)
  if (spaced >= limit || !hasUnspacedScript(text)) return spaced
  return segmentedWords(text, limit)
}

// Every unspaced script lies at or above U+0E00: a line of Latin, Cyrillic or Arabic is ruled out by one native scan.
const fromThai = /[\u0E00-\uFFFF]/

/** Whether a line holds a character of a script written without spaces between words. */
function hasUnspacedScript(text: string): boolean {
  return fromThai.test(text) && unspaced.test(text)
}

// Sentence terminals of every script (Unicode's Sentence_Terminal: . ! ? 。 ！ ？ । ॥ ۔ ؟ ։ ။ ። ។ ᠃ ꓿ …), the
// ellipsis, and marks Unicode leaves out: the Georgian paragraph separator and the Tibetan shad.
const terminalChar = /[\p{Sentence_Terminal}…‥჻།༎]/u
// What may close a sentence after its terminal: quotes, brackets, emphasis markers.
const closers = new Set(Array.from('"\'”’»›)]}」』》〉】〕）＂＇*_', (char) => char.charCodeAt(0)))

// Emoji after the last word ("See you soon! 🙂") close a line as quotes do.
const pictograph = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)$/u

/** The index just past the last character of `text` that is not a space, a closer or an emoji, or 0. */
function coreEnd(text: string): number {
  let end = text.length
  while (end > 0) {
    const code = text.charCodeAt(end - 1)
    if (code === 32 || code === 9 || code === 160 || closers.has(code)) {
      end--
    } else if ((code & 0xfc00) === 0xdc00 || code === 0xfe0f || code === 0x200d) {
      // An emoji (or its modifier or joiner): skip it, unless it is a terminal (‼ is both).
      const from = (code & 0xfc00) === 0xdc00 && end >= 2 ? end - 2 : end - 1
      const char = text.slice(from, end)
      if (!pictograph.test(char) || terminalChar.test(char)) break
      end = from
    } else if (code >= 0x2000 && code < 0x2c00 && pictograph.test(text[end - 1]!) && !terminalChar.test(text[end - 1]!)) {
      end--
    } else {
      break
    }
  }
  return end
}

/**
 * Whether a line ends a sentence, in any script: its last character, before
 * closing quotes and brackets, is a sentence terminal (`.` `!` `?` `…` `。`
 * `！` `？` `।` `॥` `۔` `؟` `։` `။` `።` `។` `།` `᠃` `჻` …).
 *
 * @example
 * endsSentence('He left.') // => true
 * endsSentence('Մարդիկ ծնվում են ազատ։') // => true
 * endsSentence('«Он ушёл.»') // => true
 * endsSentence('Most read') // => false
 */
export function endsSentence(text: string): boolean {
  if (endsInTerminal(text)) return true
  // A short note in brackets after the sentence ("… he said. (AP)", "…。（注）") leaves it finished.
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--
  const last = text.charCodeAt(end - 1)
  if (last !== 41 && last !== 0xff09) return false
  const trimmed = text.slice(0, end)
  const open = Math.max(trimmed.lastIndexOf('('), trimmed.lastIndexOf('（'))
  return open > 0 && trimmed.length - open <= maxNote && endsInTerminal(trimmed.slice(0, open))
}

const maxNote = 60

/** Whether the last character of `text`, before closers and emoji, is a sentence terminal. */
function endsInTerminal(text: string): boolean {
  const end = coreEnd(text)
  if (end === 0) return false
  // Most lines end in ASCII: answer those without a regex.
  const code = text.charCodeAt(end - 1)
  if (code < 128) return code === 46 || code === 33 || code === 63
  // A terminal outside the BMP is a surrogate pair: test the whole code point.
  const from = end >= 2 && (text.charCodeAt(end - 1) & 0xfc00) === 0xdc00 ? end - 2 : end - 1
  return terminalChar.test(text.slice(from, end))
}

// Terminals that ask or exclaim: a button ("Why subscribe?", "Sorry!") may end in one, prose ends in a stop.
const askOrExclaim = /[?!‼‽⁇⁈⁉？！؟;;]/u

/**
 * Whether a line ends in a full stop of any script (`.` `。` `।` `։` `။` `።`
 * `។` `۔` …), not in an ellipsis, a question or an exclamation mark: prose,
 * however short ("Kö."), where interface text ends bare or asks.
 *
 * @example
 * endsInFullStop('Kö.') // => true
 * endsInFullStop('Loading...') // => false
 * endsInFullStop('Why subscribe?') // => false
 */
export function endsInFullStop(text: string): boolean {
  const end = coreEnd(text)
  if (end === 0) return false
  const from = end >= 2 && (text.charCodeAt(end - 1) & 0xfc00) === 0xdc00 ? end - 2 : end - 1
  const last = text.slice(from, end)
  if (!terminalChar.test(last) || askOrExclaim.test(last) || last === '…' || last === '‥') return false
  // Two stops in a row are an ellipsis.
  return !(last === '.' && text.charCodeAt(from - 1) === 46)
}

/**
 * Whether a line ends in a colon (`:` `：`), as a line that introduces a list
 * or a quote does.
 *
 * @example
 * endsInColon('Here is what changed:') // => true
 */
export function endsInColon(text: string): boolean {
  const end = coreEnd(text)
  const code = text.charCodeAt(end - 1)
  return code === 58 || code === 0xff1a
}

/**
 * A finished sentence of three words or more, in any script.
 *
 * @example
 * isSentence('See you at the fair.') // => true
 * isSentence('Good.') // => false
 */
export function isSentence(text: string): boolean {
  return endsSentence(text) && wordCount(text, 3) >= 3
}

/** Most words a headline has; a line without a final stop that is longer reads as prose. */
export const maxHeadlineWords = 16
const minHeadlineWords = 4
// Where a headline starts: a capital (title or sentence case), a letter of a script without case, or a digit,
// after opening quotes. A line in brackets is a note ("(Graphic: …)"), not a headline.
const headlineStart = /^["'“‘«‹¿¡]*(?:\p{Lu}|\p{Lt}|\p{Lo}|\p{N})/u

/**
 * Whether a line is shaped like a headline: 4 to 16 words, starting with a
 * capital (or a digit, or a letter of a script without case), with no final
 * stop or colon. A run of such lines after the story is a list of links to
 * other stories.
 *
 * @example
 * isHeadline('Storm floods roads and cuts power across the region') // => true
 * isHeadline('Heavy rain swept across the region on Tuesday.') // => false
 */
export function isHeadline(text: string): boolean {
  if (text.length > 200 || !headlineStart.test(text) || endsSentence(text) || endsInColon(text)) return false
  const words = wordCount(text, maxHeadlineWords + 1)
  return words >= minHeadlineWords && words <= maxHeadlineWords
}
