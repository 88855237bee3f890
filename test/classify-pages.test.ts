import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {clean, normalize, type BoilerplateKind} from '../src/index.js'
import {expectConsistent} from './removals.js'

interface Page {
  name: string
  shape: string
  lines: string[]
  kept: string[]
  removed: Array<{text: string; kind?: BoilerplateKind}>
}

const {pages} = JSON.parse(readFileSync(new URL('fixtures/pages/shapes.json', import.meta.url), 'utf8')) as {pages: Page[]}

describe('page shapes', () => {
  for (const page of pages) {
    it(`${page.name}: ${page.shape}`, () => {
      const input = page.lines.join('\n')
      const result = clean(input)
      expectConsistent(input, result)
      const removed = result.removed.map((removal) => removal.text.trim())
      for (const line of page.kept) {
        expect(removed, `removed ${JSON.stringify(line)}`).not.toContain(line)
        expect(result.text, `lost ${JSON.stringify(line)}`).toContain(normalize(line))
      }
      for (const {text, kind} of page.removed) {
        const removal = result.removed.find((candidate) => candidate.text.trim() === text)
        expect(removal, `kept ${JSON.stringify(text)}; removed ${JSON.stringify(removed)}`).toBeDefined()
        if (kind) expect(removal!.kind, text).toBe(kind)
      }
      expect(clean(result.text).text).toBe(result.text)
    })
  }

  it('cover the shapes in several languages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20)
  })
})
