import {assertString} from '../options.js'
import {wellFormed} from '../well-formed.js'

const ligatures = /[\uFB00-\uFB06]/g
const ligature = /[\uFB00-\uFB06]/
const ligatureLetters = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st']

/**
 * Spell out Latin typographic ligatures (`ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ`), which PDF and
 * OCR extraction leave in text and which break search (`ﬁnance` ≠ `finance`).
 *
 * @example
 * foldLigatures('ﬁnancial ﬂows') // => 'financial flows'
 */
export function foldLigatures(input: string): string {
  assertString(input, 'input')
  return wellFormed(ligaturesFolded(input))
}

/** @internal {@link foldLigatures} without the argument check. */
export function ligaturesFolded(input: string): string {
  return ligature.test(input) ? input.replace(ligatures, (character) => ligatureLetters[character.charCodeAt(0) - 0xfb00]!) : input
}

const fullwidth = /[\uFF01-\uFF5E]+/g
const fullwidthCharacter = /[\uFF01-\uFF5E]/
// Scripts written in full-width cells, and their punctuation: there,
// full-width digits and punctuation (`第１条`, `，`) are the norm, not damage.
const wideScript = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}\p{sc=Yi}\u3000-\u303F\uFF61-\uFF9F]/u

/** @internal Whether the character at `index` is of a script written in full-width cells (see {@link foldFullwidth}). */
export function isWideAt(text: string, index: number): boolean {
  return wideScript.test(text.charAt(index))
}

/**
 * Fold fullwidth ASCII (`Ｔｏｋｙｏ　２０２０！`, U+FF01–U+FF5E) to ASCII,
 * except next to Chinese, Japanese, Korean or Yi text, which writes its
 * digits and punctuation full-width (`第１条`, `自由，平等`). The ideographic
 * space is left to {@link normalizeWhitespace}.
 *
 * @example
 * foldFullwidth('Ｔｏｋｙｏ ２０２０') // => 'Tokyo 2020'
 * foldFullwidth('第１条，自由') // => '第１条，自由'
 */
export function foldFullwidth(input: string): string {
  assertString(input, 'input')
  return wellFormed(fullwidthFolded(input))
}

// Whether the nearest character from `index` in direction `step`, past
// digits and spaces (`條1：`), is of a script written in full-width cells.
function inWideText(text: string, index: number, step: number): boolean {
  let at = index
  for (let seen = 0; seen < 8 && at >= 0 && at < text.length && digitOrSpace.test(text.charAt(at)); seen++) at += step
  return isWideAt(text, at)
}

const digitOrSpace = /[\d ]/

/** @internal {@link foldFullwidth} without the argument check. */
export function fullwidthFolded(input: string): string {
  if (!fullwidthCharacter.test(input)) return input
  return input.replace(fullwidth, (run: string, offset: number) => {
    if (inWideText(input, offset - 1, -1) || inWideText(input, offset + run.length, 1)) return run
    let ascii = ''
    for (let index = 0; index < run.length; index++) ascii += String.fromCharCode(run.charCodeAt(index) - 0xfee0)
    return ascii
  })
}
