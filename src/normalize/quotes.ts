import {assertString, checkOptions, choiceOption, type OptionKeys} from '../options.js'
import {wellFormed} from '../well-formed.js'
import {isWideAt} from './width.js'

/** Quote style for {@link normalizeQuotes}. */
export type QuoteStyle = 'straight' | 'curly' | 'keep'

/** Options for {@link normalizeQuotes}. */
export interface NormalizeQuotesOptions {
  /**
   * `'straight'` folds typographic quotes to `'` and `"`; `'curly'` turns
   * straight quotes into typographic ones (`“…”`, `‘…’`, `’` for apostrophes);
   * `'keep'` leaves quotes alone.
   * @default 'straight'
   */
  quotes?: QuoteStyle
}

// Double quotes (curly, low-9, high-reversed-9, angle, prime,
// reversed-prime, fullwidth, CJK; see isDoubleQuote) and single ones: curly, low-9, high-reversed-9, single angle,
// prime, reversed-prime, fullwidth apostrophe, modifier letter apostrophe.
const typographicQuotes = /[\u201C-\u201F\u2033\u2036\u00AB\u00BB\uFF02\u301D-\u301F\u2018-\u201B\u2032\u2035\u2039\u203A\uFF07\u02BC]/g

function isDoubleQuote(code: number): boolean {
  return (
    (code >= 0x201c && code <= 0x201f) ||
    code === 0x2033 ||
    code === 0x2036 ||
    code === 0xab ||
    code === 0xbb ||
    code === 0xff02 ||
    (code >= 0x301d && code <= 0x301f)
  )
}
// An acute accent typed as an apostrophe (`don´t`).
const acuteApostrophe = /(?<=\p{L})\u00B4(?=\p{L})/gu

const quoteStyles: readonly QuoteStyle[] = ['straight', 'curly', 'keep']
const optionKeys = {quotes: true} as const satisfies OptionKeys<NormalizeQuotesOptions>

/**
 * Normalize quotes. By default fold typographic quotes and apostrophes to
 * `"` and `'` so copies of one story compare equal: curly `“”‘’`, low-9 `„‚`,
 * reversed `‟‛`, angle `«»‹›`, primes `′″` and reversed primes `‵‶`,
 * fullwidth `＂＇`, CJK `〝〞〟`, a lone `ʼ` and an acute accent between
 * letters (`don´t`). Letters stay: the modifier letter apostrophe `ʼ` next
 * to a letter (Navajo `adaʼ`, Ukrainian `мʼята`), and `‘` where it is no
 * opening quote — after a letter, or starting a word with no closing quote
 * after it (Tongan `‘a e`, Hawaiian `‘ōlelo`). With `quotes: 'curly'`, turn
 * straight quotes into typographic ones instead: apostrophes (`don’t`,
 * `’90s`, `’em`), opening and closing quotes by position, nested quotes,
 * feet and inches (`5′10″`).
 *
 * @example
 * normalizeQuotes('China’s „no limits“ tie') // => 'China\'s "no limits" tie'
 * normalizeQuotes('Diné bizaadʼ') // => 'Diné bizaadʼ'
 * normalizeQuotes('"It\'s the \'90s," she said', {quotes: 'curly'}) // => '“It’s the ’90s,” she said'
 */
export function normalizeQuotes(input: string, options: NormalizeQuotesOptions = {}): string {
  assertString(input, 'input')
  const style = choiceOption(checkOptions(options, optionKeys).quotes, quoteStyles, 'options.quotes', 'straight')
  return wellFormed(quotesNormalized(input, style))
}

/** @internal {@link normalizeQuotes} with a resolved style and no argument check. */
export function quotesNormalized(input: string, style: QuoteStyle): string {
  if (style === 'curly') return curlQuotes(input)
  if (style === 'keep') return input
  // The quotes are found by a regex and replaced in a loop: most lines have a
  // few, and a replace callback per quote costs more than the search.
  // Where the next closing quote is, once looked for (-1: none after the last place looked from).
  let closing = -2
  let text = ''
  let last = 0
  typographicQuotes.lastIndex = 0
  while (typographicQuotes.test(input)) {
    // Every quote is one UTF-16 code unit.
    const offset = typographicQuotes.lastIndex - 1
    const code = input.charCodeAt(offset)
    let folded: string | undefined
    // The left single quote, the modifier letter apostrophe and fullwidth
    // quotes fold or stay by their neighbours; every other quote folds.
    if (code < 0x2018 || (code > 0x2018 && code < 0xff02)) folded = code === 0x2bc ? modifierApostrophe(input, offset) : isDoubleQuote(code) ? '"' : "'"
    else if (code === 0xff02 || code === 0xff07) folded = isWideAt(input, offset - 1) || isWideAt(input, offset + 1) ? undefined : code === 0xff02 ? '"' : "'"
    // Inside a word, or starting one with no closing quote after it, `‘` is a letter (Hawaiian `Hawai‘i`, Tongan `‘a`).
    else if (isFoldedLetterAt(input, offset - 1)) folded = isFoldedLetterAt(input, offset + 1) ? undefined : "'"
    else if (isFoldedLetterAt(input, offset + 1)) {
      if (closing !== -1 && closing <= offset) closing = closingAfter(input, offset)
      folded = closing > offset ? "'" : undefined
    } else folded = "'"
    if (folded === undefined || folded.charCodeAt(0) === code) continue
    text += input.slice(last, offset) + folded
    last = offset + 1
  }
  if (last !== 0) text += input.slice(last)
  else text = input
  return text.includes('\u00B4') ? text.replace(acuteApostrophe, "'") : text
}

// `ʼ` next to a letter is one (Navajo `adaʼ`); alone it is a quote.
function modifierApostrophe(text: string, offset: number): string {
  return isLetterAt(text, offset - 1) || isLetterAt(text, offset + 1) ? '\u02BC' : "'"
}

// Whether the character at `index` is a letter or a combining mark.
function isLetterAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && letterOrMark.test(text.charAt(index))
}

// Whether the character at `index` is a letter once quotes are folded: `ʼ`
// is a modifier letter only where it stays one (beside a letter); where it
// folds to `'` it makes no neighbour a letter, so a quote beside it is read
// the same before and after it folds.
function isFoldedLetterAt(text: string, index: number): boolean {
  if (text.charCodeAt(index) === 0x2bc) return isLetterAt(text, index - 1) || isLetterAt(text, index + 1)
  return isLetterAt(text, index)
}

const letterOrMark = /[\p{L}\p{M}]/u
// Quotes that close something: a single quote ending a word, so after
// something and before no letter or digit. A quote standing alone
// (`fakatupulekina ‘ a e`) closes nothing. Every character that may fold to
// `'` counts (`‘ ’ ‚ ‛ ′ ‵ ‹ › ＇ ʼ`, and `'` itself): each folds in place or
// stays as it is, so the same positions are closings when the output is read
// again, and a second pass changes nothing.
const closingQuote = /(?<=\S)[\u2018\u2019\u201A\u201B\u2032\u2035\u2039\u203A\uFF07\u02BC'](?![\p{L}\p{N}])/gu

// Where the first closing quote after `offset` is, or -1.
function closingAfter(text: string, offset: number): number {
  closingQuote.lastIndex = offset + 1
  return closingQuote.test(text) ? closingQuote.lastIndex - 1 : -1
}

const straight = /['"]/
// Feet and inches: 5'10" (primes, not quotes).
const feetAndInches = /(?<=\d)'(\d{1,2}(?:\.\d+)?)"/g
// A straight quote with what is before it.
const quote = /['"]/g
// Elisions that start with an apostrophe, not an opening quote.
const elision = /^(?:\d\d(?!\d)|(?:em|tis|twas|til|cause|cos|n|nuff|bout)(?![\p{L}\p{N}]))/iu
const wordCharacter = /[\p{L}\p{N}]/u
// After these, a quote opens; after anything else, it closes.
const opener = /[\s([{<\u2014\u2013\u201C\u2018\-/]/

function curlQuotes(input: string): string {
  if (!straight.test(input)) return input
  const text = input.replace(feetAndInches, '\u2032$1\u2033')
  return text.replace(quote, (mark: string, offset: number) => {
    const before = offset === 0 ? ' ' : text.charAt(offset - 1)
    const opens = opener.test(before)
    if (mark === '"') return opens ? '\u201C' : '\u201D'
    const after = text.charAt(offset + 1)
    if (!opens) return wordCharacter.test(before) || !wordCharacter.test(after) ? '\u2019' : '\u2018'
    return elision.test(text.slice(offset + 1, offset + 8)) ? '\u2019' : '\u2018'
  })
}
