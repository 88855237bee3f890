import {streamSafe} from '../normalize/unicode.js'
/** Spelling keys and case patterns. */

/** The case shape of a word: decides which forms may be compared and how case is carried over. */
export type CasePattern = 'lower' | 'title' | 'upper' | 'mixed'

const MARKS = /\p{M}/gu
const KEY_PUNCTUATION = /['.]/g
const ASCII = /^[\x00-\x7f]*$/

/**
 * Fold a form to its spelling key: lower case, no diacritics, no apostrophes
 * or periods. `China's`, `Chinas` and `CHINAS` share a key; so do `naïve` and `naive`.
 *
 * @example
 * spellingKey("China's") // => 'chinas'
 * spellingKey('U.S.') // => 'us'
 */
export function spellingKey(form: string): string {
  return shapeKey(form.toLowerCase())
}

/** Like {@link spellingKey} but keeping case, so `US` and `us`, `dBA` and `dBa` stay apart. */
export function shapeKey(form: string): string {
  const plain = ASCII.test(form) ? form : streamSafe(form).normalize('NFD').replace(MARKS, '').normalize('NFC')
  return plain.replace(KEY_PUNCTUATION, '')
}

/** Case pattern of the letters of `form`. */
export function casePattern(form: string): CasePattern {
  const lower = form.toLowerCase()
  if (form === lower) return 'lower'
  const upper = form.toUpperCase()
  if (form === upper) return lower.length > 1 && countLetters(form) > 1 ? 'upper' : 'title'
  if (form === titleCase(lower)) return 'title'
  return 'mixed'
}

function countLetters(form: string): number {
  let letters = 0
  for (const character of form) if (character.toLowerCase() !== character.toUpperCase()) letters++
  return letters
}

/** Upper-case the first character only. */
export function titleCase(word: string): string {
  const first = word.codePointAt(0)
  if (first === undefined) return word
  const size = first > 0xffff ? 2 : 1
  return word.slice(0, size).toUpperCase() + word.slice(size)
}

/**
 * Spell `canonical` in the case that `found` carries relative to `variant`:
 * `HEHE` for `Hehe` gives `HEIHE`; `Goverment` for `goverment` gives `Government`.
 * Returns `undefined` when `found` is not a case form of `variant`.
 */
export function carryCase(found: string, variant: string, canonical: string): string | undefined {
  if (found === variant) return canonical
  if (found === variant.toUpperCase() && countLetters(found) > 1) return canonical.toUpperCase()
  if (variant === variant.toLowerCase() && found === titleCase(variant)) return titleCase(canonical)
  return undefined
}
