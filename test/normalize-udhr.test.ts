// The Universal Declaration of Human Rights in 532 languages: correct text
// nobody here wrote. Negatives: every line, as written and as a headline
// sets it, must come back from the repairs as it was. Positives: a sample of
// the lines misread through each code page must come back (bench/mojibake.ts
// measures every line and prints the rates).
import {describe, expect, it} from 'vitest'
import {fixMojibake, normalize} from '../src/index.js'
import {upperHalf} from '../src/normalize/codepages.js'
import {misreadExactly, readings} from './fixtures/normalize/damage.js'
import {correctForms} from './fixtures/normalize/forms.js'
import {declarationLines} from './fixtures/udhr/index.mjs'

const lines = declarationLines()
// A few lines hold real C1 controls (`qui\x92ê`, Windows-1252 read as Latin-1): repairing those is right.
const c1 = /[\u0080-\u009F]/
const variants = correctForms

describe.each(Object.entries(variants))('udhr, every line %s', (_, variant) => {
  const texts = lines.map((line) => variant(line.text)).filter((text) => text !== '' && !c1.test(text))

  it('comes back unchanged from fixMojibake()', () => {
    const changed = texts.filter((text) => fixMojibake(text) !== text)
    expect(changed).toEqual([])
  })

  it('comes back unchanged but for NFC from normalize(x, {style: false})', () => {
    const changed = texts.filter((text) => normalize(text, {style: false}) !== text.normalize('NFC'))
    expect(changed).toEqual([])
  })
})

describe('udhr, every line with real C1 controls', () => {
  it('has only its C1 controls repaired, as Windows-1252 characters', () => {
    const windows1252 = upperHalf('windows-1252')!
    const texts = lines.map((line) => line.text).filter((text) => c1.test(text))
    expect(texts.length).toBeGreaterThan(0)
    for (const text of texts) expect(fixMojibake(text)).toBe(text.replace(/[\u0080-\u009F]/g, (control) => windows1252.charAt(control.charCodeAt(0) - 0x80)))
  })
})

describe('udhr, every line as written, house style', () => {
  it('changes nothing but quotes, dashes, ellipses, NFC and real C1 controls', () => {
    const kinds = new Set<string>()
    for (const line of lines) for (const step of normalize(line.text, {explain: true}).steps) kinds.add(step)
    expect([...kinds].sort()).toEqual(['c1-controls', 'dashes', 'ellipsis', 'mojibake', 'quotes', 'unicode'])
  })
})

describe('udhr, every tenth line misread through each code page', () => {
  const sample = lines.filter((_, index) => index % 10 === 0).filter((line) => !c1.test(line.text))
  it.each(readings)('comes back through %s, once, for at least 88% of the lines', (reading) => {
    let total = 0
    let repaired = 0
    for (const line of sample) {
      const damaged = misreadExactly(line.text, reading)
      if (damaged === undefined || damaged === line.text) continue
      total++
      if (fixMojibake(damaged) === line.text) repaired++
    }
    expect(total).toBeGreaterThan(1500)
    expect(repaired / total).toBeGreaterThanOrEqual(0.88)
  })
})
