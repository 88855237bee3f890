import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {clean, normalize, stripBoilerplate} from '../src/index.js'

interface Labelled {
  kind: string
  line: string
}
interface Labels {
  kinds: string[]
  documents: Record<string, {boilerplate: Labelled[]; optional: Labelled[]; joined?: Array<{text: string}>}>
}

const seeds = new URL('../seeds/', import.meta.url)
const labels = JSON.parse(readFileSync(new URL('labels.json', seeds), 'utf8')) as Labels
const files = readdirSync(seeds).filter((name) => name.endsWith('.txt'))

/** Words of a line, markup and punctuation aside, so content can be found after normalization. */
function words(text: string): string {
  return (
    normalize(text)
      .replace(/\]\([^)]*\)/g, ' ')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ')
}

describe('seed corpus', () => {
  it('has a label entry for every seed file', () => {
    expect(Object.keys(labels.documents).sort()).toEqual(files.sort())
  })

  for (const file of files) {
    describe(file, () => {
      const input = readFileSync(new URL(file, seeds), 'utf8')
      const label = labels.documents[file]!
      const result = clean(input)
      const optional = new Set(label.optional.map((entry) => entry.line))
      const boilerplate = new Set(label.boilerplate.map((entry) => entry.line))

      it('removes every labelled boilerplate line with its kind', () => {
        const pool = result.removed.map((removal) => ({kind: removal.kind, text: removal.text}))
        for (const entry of label.boilerplate) {
          const found = pool.findIndex((removal) => removal.text === entry.line)
          expect(found, `not removed: ${entry.line}`).toBeGreaterThanOrEqual(0)
          expect(pool[found]!.kind, entry.line).toBe(entry.kind)
          pool.splice(found, 1)
        }
      })

      it('removes nothing but labelled boilerplate', () => {
        for (const removal of result.removed) {
          expect(boilerplate.has(removal.text) || optional.has(removal.text), `removed content: ${removal.text}`).toBe(true)
        }
      })

      it('keeps every content line', () => {
        const output = ` ${words(result.text)} `
        const content = input.split('\n').filter((line) => line.trim() !== '' && !boilerplate.has(line) && !optional.has(line))
        expect(content.length).toBeGreaterThan(0)
        for (const line of content) expect(output, line).toContain(` ${words(line)} `)
      })

      it('reports offsets that slice the input to the removed text', () => {
        for (const removal of result.removed) expect(input.slice(removal.start, removal.end)).toBe(removal.text)
      })

      it('joins paragraphs broken mid-sentence', () => {
        const lines = new Set(result.text.split('\n'))
        for (const joined of label.joined ?? []) expect(lines.has(normalize(joined.text)), joined.text).toBe(true)
      })

      it('leaves no markdown syntax behind', () => {
        expect(result.text).not.toMatch(/\]\(|\\[$*_[\]#]|<https?:/)
      })

      it('is idempotent', () => {
        const again = clean(result.text)
        expect(again.text).toBe(result.text)
        expect(again.removed).toEqual([])
      })

      it('strips the same lines without normalizing', () => {
        const stripped = stripBoilerplate(input)
        expect(stripped.removed).toEqual(result.removed)
      })
    })
  }
})
