import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {defaultRules} from '../src/boilerplate/rules.js'
import {findTriggers, triggerTable, triggerWindows} from '../src/boilerplate/triggers.js'

/** The slots whose words `text` holds, read the slow way: every word searched for in the lowercased windows. */
function expected(words: ReadonlyArray<readonly string[]>, text: string): number[] {
  const lower = triggerWindows(text).toLowerCase()
  return words.flatMap((list, slot) => (list.some((word) => lower.includes(word)) ? [slot] : []))
}

function found(words: ReadonlyArray<readonly string[]>, text: string, table = triggerTable(words)): number[] {
  const mask = new Int32Array(table.width)
  findTriggers(table, text, mask)
  return words.flatMap((_, slot) => ((mask[slot >>> 5]! & (1 << (slot & 31))) !== 0 ? [slot] : []))
}

const builtIn = defaultRules.filter((rule) => rule.triggers).map((rule) => rule.triggers!.map((word) => word.toLowerCase()))
// Characters whose lowercase form in a line is not their own alone, or that case maps onto ASCII.
const tricky = ['İ', 'Σ', 'σ', 'ς', 'K', 'ſ', 'ẞ', 'ß', '𐐀', '𐐨', '😀', '\uD800', '\uDC00', '\n', 'Ǆ', 'ǅ', 'ǆ']

describe('findTriggers', () => {
  const cases: Array<[string, string[]]> = [
    ['Subscribe to our NEWSLETTER', ['newsletter', 'paywall']],
    ['Photo: AP', ['caption-credit-parenthetical', 'caption-label', 'related-prefix', 'cms-field']],
    ['The storm moved east on Tuesday', []],
    // Read as `toLowerCase` reads a line: `İ` is `i` and a dot above, so "İnbox" holds no "inbox".
    ['Check your İnbox', []],
    ['Check your INBOX', ['newsletter']],
    // Looked for in the first 320 and last 160 characters only.
    [`${'x'.repeat(300)} cookie ${'y'.repeat(300)}`, ['legal-links', 'cookie-banner']],
    [`${'x'.repeat(330)} cookie ${'y'.repeat(300)}`, []],
    [`${'x'.repeat(318)}cookie${'y'.repeat(300)}`, []]
  ]
  for (const [text, rules] of cases) {
    it(`finds ${rules.join(', ') || 'no rule'} in ${JSON.stringify(text.slice(0, 40))}`, () => {
      const names = defaultRules.filter((rule) => rule.triggers).map((rule) => rule.name)
      expect(found(builtIn, text).map((slot) => names[slot])).toEqual(rules)
    })
  }

  // Words, a line, and whether the line holds one of them, ignoring case as `toLowerCase` does.
  const lowercase: Array<[string[], string, boolean]> = [
    [['λόγος'], 'ΛΌΓΟΣ', true],
    [['λόγοσ'], 'ΛΌΓΟΣ', false],
    [['σας'], 'ΣΑΣ', true],
    [['sub'], 'İSUB', true],
    [['i'], 'İ', true],
    [['kilo'], '\u212Ailo', true],
    [['sale'], '\u017Fale', false],
    [['𐐨𐐩'], 'x𐐀𐐁y', true],
    [['𐐨'], '\uD801', false],
    [['ǆ'], 'ǅ', true],
    [['one', 'two'], `${'z'.repeat(318)}on${'z'.repeat(200)}`, false],
    [['z\nz'], `${'z'.repeat(500)}`, true]
  ]
  for (const [words, text, holds] of lowercase) {
    it(`finds ${JSON.stringify(words)} in ${JSON.stringify(text.slice(0, 12))}: ${holds}`, () => {
      const lists = [['never'], ...Array.from({length: 40}, (_, index) => [`filler${index}`]), words]
      expect(found(lists, text)).toEqual(holds ? [lists.length - 1] : [])
      expect(found([words], text)).toEqual(holds ? [0] : [])
    })
  }

  it('finds what searching each word in the lowercased windows finds, for the built-in rules', () => {
    const words = builtIn.flat()
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((word) => word.toUpperCase()),
      fc.constantFrom(...tricky),
      fc.string()
    )
    const table = triggerTable(builtIn)
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 12}), fc.nat(700), (pieces, pad) => {
        // Pieces at the start, then padding that moves the rest across the window edges.
        const text = `${pieces.slice(0, 6).join('')}${'.'.repeat(pad)}${pieces.slice(6).join('')}`
        expect(found(builtIn, text, table)).toEqual(expected(builtIn, text))
      }),
      {numRuns: 3000}
    )
  })

  it('finds what searching each word finds, for any words of any number of rules', () => {
    const char = fc.oneof(fc.constantFrom(...'abcsσςiß😀'), fc.constantFrom(...tricky))
    const word = fc.oneof(fc.string({unit: char, minLength: 1, maxLength: 4}), fc.string({minLength: 1, maxLength: 3})).map((text) => text.toLowerCase())
    fc.assert(
      fc.property(
        fc.array(fc.array(word, {maxLength: 3}), {minLength: 1, maxLength: 70}),
        fc.array(fc.string({unit: char, maxLength: 30}), {maxLength: 5}),
        (words, texts) => {
          const table = triggerTable(words)
          for (const text of texts) expect(found(words, text, table)).toEqual(expected(words, text))
        }
      ),
      {numRuns: 300}
    )
  })
})
