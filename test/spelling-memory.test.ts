import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {describe, expect, it} from 'vitest'
import {addDocument, createSpellingStats} from '../src/index.js'

// Statistics outlive the documents counted into them. V8 keeps a long
// substring as a view into its parent string, so a long word or context kept
// as is would keep its whole document alive for as long as the statistics.
describe('spelling statistics and memory', () => {
  it('keep no reference to a document once it is counted', () => {
    setFlagsFromString('--expose_gc')
    const gc = runInNewContext('gc') as () => void
    const stats = createSpellingStats()
    const count = (filler: number) => {
      const text = `The Antidisestablishmentarianism movement grew in Internationalisation circles. ${'word '.repeat(filler)} Antidisestablishmentarianism again, Counterrevolutionaries said.`
      addDocument(stats, text)
    }
    count(10)
    gc()
    const before = process.memoryUsage().heapUsed
    // A 30 MB document (one byte per character).
    count(6_000_000)
    gc()
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(8_000_000)
    expect(stats.documents).toBe(2)
  })
})
