import {describe, expect, it} from 'vitest'
import {addDocument, createSpellingStats, findCanonicalSpellings, foldLine, rejoinParagraphs, spellingStatsToJSON, stripBoilerplate} from '../src/index.js'

// Regression tests for inputs bench/linear.mjs found super-linear. Each is
// large enough that the quadratic version took seconds to minutes; they
// assert what comes out, never how long it took.
const story = 'The council voted on the budget today.'

describe('stripBoilerplate on hostile input', () => {
  const unchanged: Array<[string, string]> = [
    ['200 KB of spaces between two letters', `x${' '.repeat(200_000)}x`],
    ['200 KB of tabs between two letters', `x${'\t'.repeat(200_000)}x`],
    ['200 KB of spaces and tabs then a line break', `x${' \t'.repeat(100_000)}\nx`]
  ]
  for (const [name, input] of unchanged) {
    for (const format of ['text', 'markdown'] as const) {
      it(`keeps ${name} (${format})`, () => {
        expect(stripBoilerplate(input, {format})).toEqual({text: input, removed: []})
      })
    }
  }

  it('collapses 100k lines of spaces to one blank line', () => {
    expect(stripBoilerplate(`a${' \n'.repeat(100_000)}b`).text).toBe('a\n\nb')
  })

  it('cuts 20k widget lines between kept lines', () => {
    const input = `${story}\nLog in\n`.repeat(20_000)
    const result = stripBoilerplate(input)
    expect(result.removed).toHaveLength(20_000)
    expect(result.removed.every((removal) => removal.text === 'Log in')).toBe(true)
    expect(result.text).toBe(Array.from({length: 20_000}, () => story).join('\n'))
  })

  it('cuts 20k widget paragraphs and keeps the space before each cut line', () => {
    const input = `${story} \nShare this article\n\n`.repeat(20_000)
    const result = stripBoilerplate(input)
    expect(result.removed).toHaveLength(20_000)
    expect(result.text).toBe(
      Array.from({length: 20_000}, () => `${story} `)
        .join('\n\n')
        .trim()
    )
  })
})

describe('rejoinParagraphs on hostile input', () => {
  it('keeps 100k short lines as they are', () => {
    const input = 'Log in\n'.repeat(100_000)
    expect(rejoinParagraphs(input)).toBe(input.slice(0, -1))
  })

  it('joins 20k lowercase continuations into one paragraph', () => {
    const line = 'the council voted to approve the new budget plan'
    expect(rejoinParagraphs(`${line}\n`.repeat(20_000))).toBe(Array.from({length: 20_000}, () => line).join(' '))
  })

  it('collapses runs of blank lines between 50k paragraphs', () => {
    const input = 'Story one ends here.\n \n\t\n\u00A0\n'.repeat(50_000)
    expect(rejoinParagraphs(input)).toBe(Array.from({length: 50_000}, () => 'Story one ends here.').join('\n\n'))
  })
})

describe('spelling statistics on hostile input', () => {
  it('count 100k short lines of widget words', () => {
    const stats = addDocument(createSpellingStats(), 'Log in\n'.repeat(100_000))
    expect(spellingStatsToJSON(stats).forms).toEqual([
      ['Log', 100_000, 1, [], {und: 100_000}, [0, 100_000]],
      ['in', 100_000, 1, [], {und: 100_000}, [0, 100_000]]
    ])
  })

  it('keep the contexts of the last words after 100k lines', () => {
    const text = `${'Log in\n'.repeat(100_000)}Talks in the northern Chinese city of Heihe. Visits to the city of Heihe. The northern city of Hehe`
    expect(findCanonicalSpellings([text])).toEqual([
      {
        variant: 'Hehe',
        canonical: 'Heihe',
        variantCount: 1,
        canonicalCount: 2,
        distance: 1,
        evidence: ['document', 'context'],
        language: 'en',
        contexts: ['city of ___']
      }
    ])
  })
})

describe('foldLine on hostile input', () => {
  const cases: Array<[string, string, string]> = [
    ['100k lines of widget words', 'Log in\n'.repeat(100_000), Array.from({length: 100_000}, () => 'log in').join(' ')],
    ['separator runs across every cut', 'A  --  B\t\t'.repeat(40_000), Array.from({length: 40_000}, () => 'a b').join(' ')],
    ['digit runs and final sigmas', 'ΟΔΟΣ 12 345, '.repeat(20_000), Array.from({length: 20_000}, () => 'οδος 0 0').join(' ')],
    ['a sigma before a case-ignorable period', 'ΑΣ.Α '.repeat(50_000), Array.from({length: 50_000}, () => 'ασ α').join(' ')],
    // No white space to cut at: pieces end between punctuation and a letter or digit, never after a case-ignorable one.
    ['a line with no spaces', 'x&#10;'.repeat(50_000), Array.from({length: 50_000}, () => 'x 0').join(' ')],
    ['sigmas in a line with no spaces', 'ΑΣ.A;ΑΣ;A.'.repeat(20_000), Array.from({length: 20_000}, () => 'ασ a ας a').join(' ')]
  ]
  for (const [name, input, output] of cases) {
    it(`folds ${name} as one line`, () => {
      expect(foldLine(input)).toBe(output)
    })
  }

  it('rejects a non-string by name', () => {
    expect(() => foldLine(5 as never)).toThrow(new TypeError('Expected `text` to be a string, got number 5'))
    expect(() => foldLine({length: 10_000} as never)).toThrow(TypeError)
  })
})
