import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {inputPieces, outputPieces} from '../playground/annotate.js'
import {clean, looksLikeMarkdown, normalize} from '../src/index.js'
import {declarationLines} from './fixtures/udhr/index.mjs'

// What the playground shows must be what clean() returns: every removal one
// highlight with its own text, the panes put together give back the input and
// the cleaned text, and every marked repair says why.
const seeds = readdirSync(new URL('../seeds', import.meta.url))
  .filter((file) => file.endsWith('.txt'))
  .map((file) => readFileSync(new URL(`../seeds/${file}`, import.meta.url), 'utf8'))
const {pages} = JSON.parse(readFileSync(new URL('../bench/aeb-dev/pages.json', import.meta.url), 'utf8')) as {
  pages: Record<string, {articleBody: string; extracted: Record<string, string>}>
}
const extracted = Object.values(pages).flatMap((page) => Object.values(page.extracted))

function check(input: string) {
  const result = clean(input)
  const pieces = inputPieces(input, result.removed)
  expect(pieces.map((piece) => piece.text).join('')).toBe(input)
  const removals = pieces.filter((piece) => piece.removal)
  expect(removals.map((piece) => piece.removal)).toEqual(result.removed)
  for (const piece of removals) expect(piece.text).toBe(piece.removal!.text)
  const output = outputPieces(input, result, {normalize, markdown: looksLikeMarkdown(input)})
  expect(output.pieces.map((piece) => piece.text).join('')).toBe(result.text)
  for (const piece of output.pieces) if (piece.repair) expect(piece.repair.reason).not.toBe('')
  return output
}

describe('the playground', () => {
  it('shows every removal once and puts the input and the cleaned text back together (seeds, aeb-dev)', () => {
    for (const input of [...seeds, ...extracted.filter((_, index) => index % 4 === 0)]) check(input)
  })

  it('marks a repair where normalize changed the text, naming the step', () => {
    // Damage made from correct text: curly quotes and an accent escaped as references.
    const correct = 'The minister’s “reform” passed in Zürich on Tuesday, after a long debate in the chamber.'
    const damaged = correct.replace('’', '&rsquo;').replace('ü', '&uuml;')
    const {pieces} = check(damaged)
    const repairs = pieces.filter((piece) => piece.repair)
    // A reference inside a word marks the word it repaired.
    expect(repairs.map((piece) => [piece.repair!.from, piece.text])).toEqual(
      expect.arrayContaining([
        ['&rsquo;', "'"],
        ['Z&uuml;rich', 'Zürich']
      ])
    )
    for (const piece of repairs) expect(piece.repair!.reason).toMatch(/^normalize: .*(?:entities|quotes)/)
  })

  it('marks nothing in correct text in any language (UDHR lines)', () => {
    const lines = declarationLines().filter((_, index) => index % 97 === 0)
    expect(lines.length).toBeGreaterThan(400)
    for (const {text} of lines.filter((line) => normalize(line.text) === line.text)) {
      const {pieces} = check(text)
      expect(pieces.filter((piece) => piece.repair)).toEqual([])
    }
  })

  it('holds on any text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('\n\n', 'By AFP', '&amp;', '“', 'Â©', 'Share this article', '\u00a0')), {maxLength: 30}),
        (parts) => {
          check(parts.join(''))
        }
      ),
      {numRuns: 200}
    )
  })
})
