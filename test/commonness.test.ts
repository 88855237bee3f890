// The table of how widely each character is written is generated from
// Unicode CLDR (scripts/letter-commonness.mjs): it must be what the script
// writes, and order letters as the populations behind it do.
import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {commonness} from '../src/normalize/commonness.js'

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
    ['Ц', 'Ќ']
  ])('%s is written more widely than %s', (common, rare) => {
    expect(of(common)).toBeGreaterThan(of(rare))
  })

  it('is 0 outside U+0080–U+07FF and for characters no language lists', () => {
    expect(of('a')).toBe(0)
    expect(of('中')).toBe(0)
    expect(of('\u0080')).toBe(0)
    expect(of('é')).toBeGreaterThan(250)
  })
})
