// Arbitraries for the property tests: documents made of real boilerplate and
// prose lines, hashtag tails, menus above broken sentences and hostile characters.
import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {defaultRules} from '../src/index.js'

// ── arbitraries that reach the interesting code ─────────────────────────────
const seeds = new URL('../seeds/', import.meta.url)
const labels = JSON.parse(readFileSync(new URL('labels.json', seeds), 'utf8')) as {
  documents: Record<string, {boilerplate: Array<{line: string}>}>
}
const boilerplateLines = new Set(Object.values(labels.documents).flatMap((document) => document.boilerplate.map((entry) => entry.line)))
// The quoted examples in each rule's description: "Back to Top", "Log In", …
for (const rule of defaultRules) {
  for (const match of rule.description.matchAll(/"([^"]{2,120})"/g)) {
    for (const example of match[1]!.split(/", "|…/)) if (example.trim()) boilerplateLines.add(example.trim())
  }
}
const proseLines = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(new URL(name, seeds), 'utf8').split('\n'))
  .filter((line) => line.split(' ').length >= 8 && !boilerplateLines.has(line))

/** Characters that trip up segmenting, normalizing and markdown reading. */
const nasty = [
  '\u0000',
  '\u001B[31m',
  '\uFEFF',
  '\u2028',
  '\u2029',
  '\u0085',
  '\r',
  '\t',
  '\u00A0',
  '\u200B',
  '\uD800',
  '\uDC00',
  '&amp;',
  '&#',
  '&rsquo;',
  '“',
  '”',
  '’',
  ' -- ',
  '–',
  '…',
  'Ã©',
  'â€™',
  'e\u0301',
  '# ',
  '[',
  '](',
  '**',
  '> ',
  '- ',
  '```',
  '<',
  '\\',
  // Markdown-like punctuation in plain text: inside numbers and names, escaped, as entities.
  '2*3*4',
  '__init__',
  '_',
  '*',
  '*em* ',
  '**bold** ',
  '[a](b)',
  '\\*',
  '`',
  '~~~',
  '<https://e.com/x>',
  '1989. ',
  '2014) ',
  '&#10;',
  '&#13;',
  '&NewLine;',
  '&#32;',
  '&#35;'
]
const unit = fc.oneof(
  {weight: 6, arbitrary: fc.string({unit: 'grapheme-ascii', maxLength: 12})},
  {weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 6})},
  {weight: 1, arbitrary: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))},
  {weight: 3, arbitrary: fc.constantFrom(...nasty)}
)
/** A hashtag, written as sites write them. */
const hashtag = fc
  .tuple(fc.constantFrom('#', '#', '＃', '&#35;'), fc.constantFrom('news', 'Ukraine', 'war', 'world_cup', 'café', '2024election', 'Москва', '東京'))
  .map(([sign, word]) => sign + word)
/** A sentence with hashtags after it, and what may stand between and after them. */
const hashtagTail = fc
  .tuple(
    fc.constantFrom(...proseLines),
    fc.constantFrom(' ', '\u00A0', '&#32;', '” ', '" ', ') ', '  ', '\t'),
    fc.array(hashtag, {minLength: 1, maxLength: 5}),
    fc.constantFrom(' ', ', ', '\u00A0'),
    fc.constantFrom('', '', '\u200B', ' ', '\u00A0', '”', '.')
  )
  .map(([prose, before, tags, between, after]) => prose + before + tags.join(between) + after)
/** Words a menu is made of. */
const menuItem = fc.constantFrom('Menu', 'Home', 'World', 'Politics', 'Business', 'Sport', 'Search', 'Sign in', 'Subscribe', 'Video', 'More', '☰', 'Español')
/** A sentence broken over two to four lines (or paragraphs), as extractors break them. */
const brokenSentence = fc
  .tuple(fc.constantFrom(...proseLines), fc.array(fc.nat(), {minLength: 1, maxLength: 3}), fc.constantFrom('\n', '\n\n', '\r\n'))
  .map(([prose, cuts, join]) => {
    const words = prose.split(' ')
    const at = [...new Set(cuts.map((cut) => 1 + (cut % (words.length - 1))))].sort((a, b) => a - b)
    return at
      .map((cut, index) => words.slice(index === 0 ? 0 : at[index - 1], cut).join(' '))
      .concat(words.slice(at.at(-1)).join(' '))
      .join(join)
  })
/** A menu above a story whose first sentence is broken over lines. */
const menuAboveBrokenSentence = fc
  .tuple(fc.array(menuItem, {minLength: 1, maxLength: 6}), brokenSentence, fc.constantFrom('\n', '\n\n'))
  .map(([items, sentence, join]) => items.join('\n') + join + sentence)

const line = fc.oneof(
  {weight: 2, arbitrary: hashtagTail},
  {weight: 1, arbitrary: brokenSentence},
  {weight: 1, arbitrary: menuAboveBrokenSentence},
  {weight: 4, arbitrary: fc.constantFrom(...boilerplateLines)},
  {weight: 4, arbitrary: fc.constantFrom(...proseLines)},
  {weight: 2, arbitrary: fc.array(unit, {maxLength: 8}).map((parts) => parts.join(''))},
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...proseLines), fc.constantFrom(...nasty), fc.constantFrom(...boilerplateLines)).map((parts) => parts.join(''))
  }
)
const separator = fc.constantFrom('\n', '\n\n', '\r\n', '\u2028', '\n\n\n', ' \n', '\n \n')
/** A document: real boilerplate and prose lines, random lines, random separators. */
const document = fc.array(fc.tuple(line, separator), {maxLength: 24}).map((pairs) => pairs.map(([text, join]) => text + join).join(''))
/** Any string at all, or a generated document. */
export const text = fc.oneof(
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 200})},
  {weight: 1, arbitrary: fc.array(unit).map((parts) => parts.join(''))},
  {weight: 4, arbitrary: document}
)
