import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clean, defaultRules, rejoinParagraphs, type InputFormat} from '../src/index.js'
import {expectConsistent} from './removals.js'

const seeds = new URL('../seeds/', import.meta.url)
const page = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, seeds), 'utf8'))
  .join('\n\n')
// Rules that judge a line on its own: they fire on a line wherever it stands.
const lineRules = new Set(defaultRules.filter((rule) => (rule.scope ?? 'line') === 'line').map((rule) => rule.name))

describe('large input', () => {
  // The seed pages 150 times (~2.7 MB), read as text and as markdown.
  const copies = 150
  const input = `${page}\n\n`.repeat(copies)
  const stride = page.length + 2

  it.each<InputFormat>(['text', 'markdown'])('%s: removals slice the input, and a line rule fires in every copy where it fires in one', (format) => {
    const single = clean(page, {format}).removed.filter((removal) => lineRules.has(removal.rule))
    expect(single.length).toBeGreaterThan(3)
    const result = clean(input, {format})
    expect(input.length).toBeGreaterThan(2_500_000)
    expectConsistent(input, result)
    const found = new Set(result.removed.map((removal) => `${removal.start}:${removal.end}:${removal.rule}`))
    for (let copy = 0; copy < copies; copy++) {
      for (const removal of single) {
        expect(found.has(`${removal.start + copy * stride}:${removal.end + copy * stride}:${removal.rule}`)).toBe(true)
      }
    }
  })

  it('rejoins paragraphs across any number of blocks, as rejoinParagraphs does', () => {
    // Lines ending in a dangling word join the next one: runs of 1 to 20,000
    // lines make paragraphs that span the windows clean() rejoins in.
    const run = (length: number) => Array.from({length}, (_, index) => `Line ${index} of a sentence that goes on and`).join('\n') + '\nends here.'
    const lengths = [1, 2, 4095, 4096, 4097, 20_000, 3, 9000]
    const text = lengths.map((length) => run(length)).join('\n\n')
    const joined = clean(text, {format: 'text'}).text
    expect(joined).toBe(rejoinParagraphs(clean(text, {format: 'text', rejoin: false}).text))
    expect(joined.split('\n\n')).toHaveLength(lengths.length)
  })

  it('rejoins as rejoinParagraphs does, whatever the lines (property)', () => {
    const line = fc.constantFrom(
      'It was their call since',
      'and',
      'the talks went on.',
      'Back to Top',
      'a short one',
      'Ukraine on Feb. 24.',
      '',
      '',
      'he said,'
    )
    fc.assert(
      fc.property(fc.array(line, {minLength: 4000, maxLength: 9000}), (lines) => {
        const text = lines.join('\n')
        expect(clean(text, {format: 'text'}).text).toBe(rejoinParagraphs(clean(text, {format: 'text', rejoin: false}).text))
      }),
      {numRuns: 8}
    )
  })
})

// Paragraphs with no markup, or only links, autolinks, escapes, brackets and
// bare ampersands, are read without remark-parse; each case has a look-alike
// that must still be parsed.
const markdownOptions = {format: 'markdown', defaultRules: false, edges: false, rejoin: false, normalize: false} as const
const markdownCases: Array<[string, string, string]> = [
  ['links', 'By [AFP](#) and [Reuters](https://example.com/a)\n\nSecond paragraph.', 'By AFP and Reuters\n\nSecond paragraph.'],
  ['an image, not a link', '![alt](img.png) caption\n\nok', 'alt caption\n\nok'],
  ['an autolink', 'See <https://example.com/a_b> now\n\nok', 'See https://example.com/a_b now\n\nok'],
  ['escapes', 'It cost \\$147 \\*billion\\*\n\nok', 'It cost $147 *billion*\n\nok'],
  ['emphasis, not an escape', 'a *b* c\n\nok', 'a b c\n\nok'],
  ['brackets', 'China backed [to Russia] on issues\n\nok', 'China backed [to Russia] on issues\n\nok'],
  [
    'brackets a definition makes a link',
    'China backed [to Russia] on issues\n\n[to russia]: https://example.com',
    'China backed to Russia on issues\n\nhttps://example.com'
  ],
  ['bare ampersands', 'Bits & Bytes and R&D\n\nok', 'Bits & Bytes and R&D\n\nok'],
  ['character references', 'Bits &amp; Bytes &copy; 2022\n\nok', 'Bits & Bytes © 2022\n\nok'],
  ['indented continuation lines', 'Select the fields\n   Image\n   Rating\nClick to hide', 'Select the fields\nImage\nRating\nClick to hide'],
  ['a list item inside a paragraph', 'Select the fields\n   - Image\n   Rating', 'Select the fields\n\n• Image\nRating'],
  ['hashtags', '#Chinese #President backs\n\nok', '#Chinese #President backs\n\nok'],
  ['a heading', '# Heading\n\nok', 'Heading\n\nok'],
  ['a setext heading', 'Title\n===\n\nok', 'Title\n\nok'],
  ['plain text inside an HTML comment', '<!--\n\nhidden text\n\n-->\n\nshown', '<!--\n\nhidden text\n\n-->\n\nshown'],
  ['a paragraph between code blocks', '    code line\n\nplain after code\n\n    more code', 'code line\n\nplain after code\n\nmore code'],
  ['a paragraph between lists', '- item\n\nplain after list\n\n- item two', '• item\n\nplain after list\n\n• item two']
]

describe('markdown paragraphs read without the parser', () => {
  it.each(markdownCases)('%s', (_, input, expected) => {
    expect(clean(input, markdownOptions).text).toBe(expected)
    // A block read as it is in a short document reads the same in one long
    // enough to be parsed in chunks (unless it needs another block: a definition, a comment's end).
    if (input.includes(']:') || input.includes('<!--')) return
    const long = Array.from({length: 2000}, () => input).join('\n\n')
    expect(clean(long, markdownOptions).text).toBe(Array.from({length: 2000}, () => expected).join('\n\n'))
  })
})
