import {describe, expect, it} from 'vitest'
import {clean, looksLikeMarkdown, normalize, rejoinParagraphs, stripBoilerplate} from '../src/index.js'

const story = 'Beijing is Moscow’s largest trading partner, with trade last year hitting $147 billion.'
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Broken input: [what, input]. Each has a widget line ("Back to Top") and a story line. */
const broken: Array<[string, string]> = [
  ['a lone high surrogate', `Back to Top\uD800\n\n${story}`],
  ['a lone low surrogate', `\uDC00Back to Top\n\n${story}\uDC00`],
  ['a reversed pair', `Back to Top\n\n${story}\uDC00\uD800`],
  ['a high surrogate at the very end', `${story}\n\nBack to Top\uD83D`],
  ['NUL characters', `Back\u0000 to Top\n\n${story}\u0000`],
  ['a NUL line', `\u0000\n\n${story}\n\nBack to Top`],
  ['ANSI colour escapes', `\u001B[1mBack to Top\u001B[0m\n\n\u001B[31m${story}\u001B[0m`],
  ['an unterminated ANSI escape', `Back to Top\n\n${story}\u001B[38;5`],
  ['a BOM', `\uFEFFBack to Top\n\n${story}`],
  ['BOMs inside lines', `Back to\uFEFF Top\n\n${story}\uFEFF`],
  ['U+2028 and U+2029 as line breaks', `Back to Top\u2028${story}\u2029Back to Top`],
  ['NEL as a line break', `Back to Top\u0085${story}`],
  ['CR line breaks', `Back to Top\r\r${story}\r`],
  ['only broken characters', '\uD800\u0000\u001B[0m\uFEFF\u2028\u2029\uDC00']
]

describe('broken Unicode', () => {
  for (const [what, input] of broken) {
    describe(what, () => {
      it('never throws', () => {
        expect(() => clean(input)).not.toThrow()
        expect(() => clean(input, {format: 'markdown'})).not.toThrow()
        expect(() => stripBoilerplate(input)).not.toThrow()
        expect(() => normalize(input)).not.toThrow()
        expect(() => rejoinParagraphs(input)).not.toThrow()
        expect(() => looksLikeMarkdown(input)).not.toThrow()
      })

      it('leaves no lone surrogates in the output', () => {
        expect(clean(input).text).not.toMatch(loneSurrogate)
        expect(stripBoilerplate(input).text).not.toMatch(loneSurrogate)
        expect(rejoinParagraphs(input)).not.toMatch(loneSurrogate)
      })

      it('clean leaves no NUL, escape, BOM or U+2028/U+2029 behind', () => {
        expect(clean(input).text).not.toMatch(/[\u0000\u001B\uFEFF\u2028\u2029\u0085\r]/)
      })

      it('reports offsets that slice the input to each removal', () => {
        for (const removal of [...clean(input).removed, ...stripBoilerplate(input).removed]) {
          expect(input.slice(removal.start, removal.end)).toBe(removal.text)
        }
      })
    })
  }

  // A lone surrogate becomes U+FFFD, a visible character, so its line is no longer a bare widget.
  it('still finds boilerplate behind invisible broken characters, and keeps the story (look-alike)', () => {
    for (const [what, input] of broken.slice(0, -1).filter(([, input]) => !/[\uD800-\uDFFF]/.test(input))) {
      const result = clean(input)
      expect(result.text, what).toContain('largest trading partner')
      expect(result.text, what).not.toContain('Back to Top')
      expect(
        result.removed.some((removal) => removal.kind === 'navigation'),
        what
      ).toBe(true)
    }
  })

  it('replaces a lone surrogate with U+FFFD and keeps a valid pair', () => {
    expect(clean(`${story} \uD800`).text).toBe(`${story.replace('’', "'")} \uFFFD`)
    expect(clean(`${story} \uD83D\uDE00`).text).toBe(`${story.replace('’', "'")} \uD83D\uDE00`)
    expect(rejoinParagraphs('a\uDC00')).toBe('a\uFFFD')
  })
})
