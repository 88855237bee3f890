import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {firstChars} from '../src/boilerplate/first.js'
import {defaultRules} from '../src/boilerplate/rules.js'

function starts(pattern: RegExp): string | undefined {
  const table = firstChars(pattern)
  if (!table) return undefined
  let out = ''
  for (let code = 0; code < 128; code++) if (table[code]) out += String.fromCharCode(code)
  return out + (table[128] ? '<non-ascii>' : '')
}

describe('firstChars', () => {
  const cases: Array<[RegExp, string | undefined]> = [
    [/^abc/, 'a'],
    [/^(?:by|at) x/, 'ab'],
    [/^b?c/, 'bc'],
    [/^(?:x|y)*z/, 'xyz'],
    [/^[a-c]d/, 'abc'],
    [/^[-–]x/, '-<non-ascii>'],
    [/^\d{1,3} min/, '0123456789'],
    [/^x|^y/, 'xy'],
    [/^By/i, 'Bb<non-ascii>'],
    [/^(?=.*\d)a/, 'a'],
    [/^\bword/, 'w'],
    [/^(?<name>q)r/, 'q'],
    // "could start with anything": no table
    [/abc/, undefined],
    [/^a|b/, undefined],
    [/^\p{Lu}x/u, undefined],
    [/^[^a]b/, undefined],
    [/^.x/, undefined],
    [/^\s*x/, undefined],
    [/^(a)\1/, undefined],
    [/^a?/, undefined],
    [/^x/m, undefined]
  ]
  for (const [pattern, expected] of cases) {
    it(`${pattern} starts with ${expected ?? 'anything'}`, () => {
      expect(starts(pattern)).toBe(expected)
    })
  }

  it('never rejects a first character a rule can start a match with', () => {
    // Every built-in rule: any line the pattern matches starts with an allowed character.
    const samples = fc.sample(fc.string({unit: 'grapheme-ascii', maxLength: 40}), 3000)
    for (const rule of defaultRules) {
      const table = firstChars(rule.pattern)
      if (!table) continue
      for (const sample of samples) {
        for (const line of [sample, `${sample.slice(0, 1)}${rule.name}`, rule.name.replace(/-/g, ' ')]) {
          if (line && rule.pattern.test(line)) {
            const code = line.charCodeAt(0)
            expect(table[code < 128 ? code : 128], `${rule.name}: ${line}`).toBe(1)
          }
        }
      }
    }
  })
})
