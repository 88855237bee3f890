// The tables generated from Unicode CLDR (scripts/letter-commonness.mjs,
// scripts/letter-languages.mjs) must be what the scripts write from the
// installed data, and say what the data behind them says.
import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {commonness} from '../src/normalize/commonness.js'
import {writersOfBoth, writtenTogether} from '../src/normalize/letter-languages.js'

const of = (character: string): number => commonness(character.codePointAt(0)!)

describe('commonness', () => {
  it('is what scripts/letter-commonness.mjs writes from the installed CLDR data', () => {
    expect(() => execFileSync(process.execPath, ['scripts/letter-commonness.mjs', '--check'], {stdio: 'pipe'})).not.toThrow()
  })

  it.each([
    ['ñ', 'ù'],
    ['ü', 'ß'],
    ['š', 'ť'],
    ['á', 'å'],
    ['õ', 'þ'],
    ['ع', '\u061A'],
    ['Ц', 'Ќ'],
    ['ी', 'ॠ'],
    ['ठ', 'ॠ'],
    ['ọ', 'ṹ'],
    ['ỹ', 'ẁ']
  ])('%s is written more widely than %s', (common, rare) => {
    expect(of(common)).toBeGreaterThan(of(rare))
  })

  it('is 0 outside U+0080–U+0FFF and U+1E00–U+1EFF and for characters no language lists', () => {
    expect(of('a')).toBe(0)
    expect(of('中')).toBe(0)
    expect(of('ა')).toBe(0)
    expect(of('\u0080')).toBe(0)
    expect(of('\u0E7F')).toBe(0)
    expect(of('\u1DFF')).toBe(0)
    expect(of('ṹ')).toBe(0)
    expect(of('é')).toBeGreaterThan(250)
    expect(of('क')).toBeGreaterThan(250)
    // Vietnamese, about a hundred million people (CLDR).
    expect(of('ế')).toBeGreaterThan(190)
  })
})

describe('writtenTogether', () => {
  it('is what scripts/letter-languages.mjs writes from the installed CLDR data', () => {
    expect(() => execFileSync(process.execPath, ['scripts/letter-languages.mjs', '--check'], {stdio: 'pipe'})).not.toThrow()
  })

  const together = (pair: string): boolean => writtenTogether(pair.codePointAt(0)!, pair.codePointAt(1)!)
  it.each(['řá', 'ÆØ', 'æð', 'äß', 'ñá', 'ƠỚ'.normalize('NFD').slice(0, 1) + 'ơ', 'ŵŷ', 'şă', 'ğü'])('%s: one language writes both', (pair) => {
    expect(together(pair)).toBe(true)
  })
  it.each(['Ăł', 'ĂŤ', 'Ăą', 'ƒç'])('%s: no language writes both', (pair) => {
    expect(together(pair)).toBe(false)
  })
  it('tells nothing about a letter no language lists, or outside U+00C0–U+024F', () => {
    expect(together('aĂ')).toBe(true)
    expect(writtenTogether(0x1d00, 0x0103)).toBe(true)
  })
})

describe('writersOfBoth', () => {
  const writers = (pair: string): number => writersOfBoth(pair.codePointAt(0)!, pair.codePointAt(1)!)
  it.each([
    ['éè', 'ÄŒ'],
    ['áž', 'Ãš'],
    ['Ãš', 'ÄŒ'],
    ['ÓŁ', 'ÂŠ']
  ])('more people write both of %s than both of %s', (many, few) => {
    expect(writers(many)).toBeGreaterThan(writers(few))
  })
  it('is 0 where no language writes both, 100 × log10(1 + millions) where some do', () => {
    expect(writers('Ăł')).toBe(0)
    // Colognian alone writes `Ä` and `Œ`: about a quarter of a million people (CLDR).
    expect(writers('ÄŒ')).toBeGreaterThan(100 * Math.log10(1.1))
    expect(writers('ÄŒ')).toBeLessThan(100 * Math.log10(1.5))
  })
  it('tells nothing (Infinity) about a letter no language lists, or outside U+00C0–U+024F', () => {
    expect(writers('aĂ')).toBe(Number.POSITIVE_INFINITY)
    expect(writersOfBoth(0x1d00, 0x0103)).toBe(Number.POSITIVE_INFINITY)
  })
})
