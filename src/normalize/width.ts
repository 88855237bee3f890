import {assertString} from '../options.js'

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
  if (!ligature.test(input)) return input
  return input.replace(ligatures, (character) => ligatureLetters[character.charCodeAt(0) - 0xfb00]!)
}

const fullwidth = /[\uFF01-\uFF5E]+/g
const fullwidthCharacter = /[\uFF01-\uFF5E]/

/**
 * Fold fullwidth ASCII (`Ｔｏｋｙｏ　２０２０！`, U+FF01–U+FF5E) to ASCII. The
 * ideographic space is left to {@link normalizeWhitespace}.
 *
 * @example
 * foldFullwidth('Ｔｏｋｙｏ ２０２０') // => 'Tokyo 2020'
 */
export function foldFullwidth(input: string): string {
  assertString(input, 'input')
  if (!fullwidthCharacter.test(input)) return input
  return input.replace(fullwidth, (run) => {
    let ascii = ''
    for (let index = 0; index < run.length; index++) ascii += String.fromCharCode(run.charCodeAt(index) - 0xfee0)
    return ascii
  })
}
