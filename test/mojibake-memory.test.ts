import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {describe, expect, it} from 'vitest'
import {fixMojibake} from '../src/index.js'

// fixMojibake() keeps nothing of a text once it returns: a cache it reads
// within a call (whether the text was read as Windows-1252 or Latin-1) must
// not hold the last text, which may be a whole 30 MB document.
describe('fixMojibake and memory', () => {
  it('keeps no reference to a text once it returns', () => {
    setFlagsFromString('--expose_gc')
    const gc = runInNewContext('gc') as () => void
    const settle = (): void => {
      // V8 keeps the last subject of any regex alive until another runs (RegExp legacy statics): run one.
      ;/a/.test('a')
      gc()
    }
    // A lead cut short by a dropped byte (`Ä`, whose `ā` lost 0x81), decoded whole elsewhere (`Ä«`).
    // Its first words, copied: a slice of 13 or more characters would be a view that keeps the output alive.
    const repair = (filler: number): string => [...fixMojibake(`tiesÄ«bas cilvÄkam ${'word '.repeat(filler)}`).slice(0, 17)].join('')
    expect(repair(10)).toBe('tiesības cilv\uFFFDkam')
    settle()
    const before = process.memoryUsage().heapUsed
    expect(repair(6_000_000)).toBe('tiesības cilv\uFFFDkam')
    settle()
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(8_000_000)
  })
})
