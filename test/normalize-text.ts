// Shared arbitraries and helpers for the normalize tests.
import {expect, it} from 'vitest'
import fc from 'fast-check'
import {upperHalves, type CodePage} from '../src/normalize/codepages.js'

/** Encode text as UTF-8 and read the bytes back with a single-byte code page (or Latin-1). */
export function misread(text: string, page: CodePage | 'latin1'): string {
  let result = ''
  for (const byte of new TextEncoder().encode(text)) {
    result += byte < 0x80 || page === 'latin1' ? String.fromCharCode(byte) : upperHalves[page].charAt(byte - 0x80)
  }
  return result
}

const letters = (from: number, to: number, skip: readonly number[] = []): string[] => {
  const list: string[] = []
  for (let code = from; code <= to; code++) if (!skip.includes(code)) list.push(String.fromCodePoint(code))
  return list
}

const ascii = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
const asciiWord = fc.array(ascii, {minLength: 1, maxLength: 8}).map((list) => list.join(''))
// Latin words as they are written: an accented letter is followed by a plain one.
const accented = fc.constantFrom(...letters(0xc0, 0xff, [0xd7, 0xf7]), ...letters(0x100, 0x17f))
const latinWord = fc
  .array(fc.tuple(fc.option(accented, {nil: ''}), ascii), {minLength: 1, maxLength: 6})
  .map((pairs) => pairs.map(([a, b]) => a + b).join(''))
const scriptWord = (list: string[]) =>
  fc.array(fc.constantFrom(...list), {minLength: 2, maxLength: 8}).map((characters) => characters.join(''))
const words = [
  asciiWord,
  latinWord,
  scriptWord(letters(0x430, 0x44f)), // Russian
  scriptWord(letters(0x3b1, 0x3c9)), // Greek
  scriptWord(letters(0x5d0, 0x5ea)), // Hebrew
  scriptWord(letters(0x627, 0x64a)), // Arabic
  scriptWord(letters(0x905, 0x939).concat(letters(0x93e, 0x94d))), // Devanagari
  scriptWord(letters(0xe01, 0xe2e)), // Thai
  scriptWord(letters(0x4e00, 0x4e80)), // CJK
  scriptWord(letters(0x3041, 0x3093)), // Hiragana
  scriptWord(letters(0xac00, 0xac80)), // Hangul
  scriptWord(letters(0x1f600, 0x1f64f).concat(letters(0x1f300, 0x1f320))), // emoji
  // Math, written between operands.
  fc
    .array(fc.tuple(fc.constantFrom(...'∀∈ℝ≤≥≈√∞±×÷πΣ∫²°'), ascii), {minLength: 1, maxLength: 4})
    .map((pairs) => pairs.map(([a, b]) => a + b).join(''))
]
const separator = fc.constantFrom(' ', ', ', '. ', ' — ', ' “', '” ', ' (', ') ', ': ', ' €', '’')

/**
 * Correct text in many scripts, written the way people write it. Words in
 * other scripts have two letters or more: a lone two-byte character misread
 * as Mac OS Roman or cp437, with nothing else to repair around it, is
 * indistinguishable from math (`≈π`) and is left alone by design.
 */
export const naturalText = fc
  .array(fc.tuple(fc.oneof(...words), separator), {minLength: 1, maxLength: 12})
  .map((parts) => parts.map(([word, gap]) => word + gap).join('').trim())

/**
 * Register a table-driven pair of tests for a transform: each `[input,
 * expected]` in `changed` is transformed as expected, and each text in
 * `unchanged` (its look-alikes) comes back as is.
 */
export function table(
  transform: (input: string) => string,
  changed: ReadonlyArray<readonly [string, string]>,
  unchanged: readonly string[] = []
): void {
  if (changed.length > 0) {
    it.each(changed)('turns %j into %j', (input, expected) => {
      expect(transform(input)).toBe(expected)
    })
  }
  if (unchanged.length > 0) {
    it.each(unchanged)('leaves %j alone', (input) => {
      expect(transform(input)).toBe(input)
    })
  }
}
