import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clean, defaultRules, looksLikeMarkdown, normalize, rejoinParagraphs, stripBoilerplate, type CleanResult, type Removal} from '../src/index.js'

const numRuns = 1000

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
  '\\'
]
const unit = fc.oneof(
  {weight: 6, arbitrary: fc.string({unit: 'grapheme-ascii', maxLength: 12})},
  {weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 6})},
  {weight: 1, arbitrary: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))},
  {weight: 3, arbitrary: fc.constantFrom(...nasty)}
)
const line = fc.oneof(
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
const text = fc.oneof(
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 200})},
  {weight: 1, arbitrary: fc.array(unit).map((parts) => parts.join(''))},
  {weight: 4, arbitrary: document}
)

const property = (predicate: (input: string) => void) => fc.assert(fc.property(text, predicate), {numRuns})

// ── helpers ─────────────────────────────────────────────────────────────────
const whitespace = /\s+/gu
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
/** Non-whitespace characters, lone surrogates as U+FFFD (the output has no lone surrogates). */
const ink = (value: string) => value.replace(loneSurrogate, '\uFFFD').replace(whitespace, '')

/** The input cut at every removal: the pieces in order, each kept or removed. */
function pieces(input: string, removed: readonly Removal[]): Array<{text: string; kept: boolean}> {
  const parts: Array<{text: string; kept: boolean}> = []
  let last = 0
  for (const removal of removed) {
    parts.push({text: input.slice(last, removal.start), kept: true}, {text: removal.text, kept: false})
    last = removal.end
  }
  parts.push({text: input.slice(last), kept: true})
  return parts
}

function checkRemovals(input: string, result: CleanResult): void {
  let end = 0
  for (const removal of result.removed) {
    expect(input.slice(removal.start, removal.end)).toBe(removal.text)
    expect(removal.start).toBeGreaterThanOrEqual(end)
    expect(removal.end).toBeGreaterThan(removal.start)
    end = removal.end
  }
}

// ── properties ──────────────────────────────────────────────────────────────
describe('properties', () => {
  it('no public function throws on any string', () => {
    property((input) => {
      clean(input)
      clean(input, {format: 'markdown'})
      stripBoilerplate(input)
      normalize(input)
      rejoinParagraphs(input)
      looksLikeMarkdown(input)
    })
  })

  // Plain text in, plain text out: every option at its default but the format.
  const asText = {format: 'text'} as const

  it('clean is idempotent on text', () => {
    property((input) => {
      const once = clean(input, asText).text
      expect(clean(once, asText).text).toBe(once)
    })
  })

  it('stripBoilerplate is idempotent on text', () => {
    property((input) => {
      const once = stripBoilerplate(input, asText).text
      expect(stripBoilerplate(once, asText).text).toBe(once)
    })
  })

  it("clean's output is plain text: cleaning it again as text changes nothing", () => {
    property((input) => {
      const once = clean(input).text
      expect(clean(once, asText).text).toBe(once)
    })
  })

  it('stripBoilerplate is idempotent, markdown or not', () => {
    property((input) => {
      const once = stripBoilerplate(input).text
      expect(stripBoilerplate(once).text).toBe(once)
    })
  })

  it('normalize is idempotent', () => {
    property((input) => {
      const once = normalize(input)
      expect(normalize(once)).toBe(once)
    })
  })

  it('is deterministic: the same input gives the same result, whatever ran before', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const first = clean(a)
        clean(b, {format: 'markdown'})
        stripBoilerplate(b)
        expect(clean(a)).toEqual(first)
        expect(normalize(a)).toBe(normalize(a))
      }),
      {numRuns}
    )
  })

  it('every removal slices the input to its text; removals are in order and do not overlap', () => {
    property((input) => {
      checkRemovals(input, clean(input))
      checkRemovals(input, clean(input, {format: 'markdown'}))
      checkRemovals(input, stripBoilerplate(input))
    })
  })

  it('output has no lone surrogates', () => {
    property((input) => {
      for (const output of [clean(input).text, stripBoilerplate(input).text, rejoinParagraphs(input)]) {
        expect(output.replace(loneSurrogate, '')).toBe(output)
      }
    })
  })

  // Nothing lost, stated against what the API promises for plain text: the
  // output is the normalized kept source, and the kept and removed pieces
  // together are the whole normalized input — every non-whitespace character, in order.
  it('clean loses nothing: output + removals account for every character of the normalized input', () => {
    property((input) => {
      const result = clean(input, {format: 'text'})
      const parts = pieces(input, result.removed)
      const normalized = parts.map((part) => ({...part, ink: ink(normalize(part.text))}))
      expect(ink(result.text)).toBe(
        normalized
          .filter((part) => part.kept)
          .map((part) => part.ink)
          .join('')
      )
      expect(normalized.map((part) => part.ink).join('')).toBe(ink(normalize(input)))
    })
  })

  it('stripBoilerplate loses nothing: output + removals are the input', () => {
    property((input) => {
      const result = stripBoilerplate(input, {format: 'text'})
      const parts = pieces(input, result.removed)
      // Lines blank once normalized (a lone NUL) are dropped, so compare normalized.
      expect(ink(normalize(result.text))).toBe(
        ink(
          normalize(
            parts
              .filter((part) => part.kept)
              .map((part) => part.text)
              .join('\n')
          )
        )
      )
    })
  })

  it('rejoinParagraphs only moves line breaks', () => {
    property((input) => {
      expect(ink(rejoinParagraphs(input))).toBe(ink(input))
    })
  })
})
