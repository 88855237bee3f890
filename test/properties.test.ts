import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clean, looksLikeMarkdown, normalize, rejoinParagraphs, stripBoilerplate, type CleanResult, type Removal} from '../src/index.js'
import {text} from './arbitraries.js'

// 1,000 runs in `npm test`; CI runs this file again at 10,000 (FC_RUNS=10000).
const numRuns = Number(process.env.FC_RUNS ?? 1000)

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

  // With `format: 'auto'` a second pass sniffs its input again: text that
  // markdown reading decoded into markdown syntax (an escaped `\[a](b)`, `\*`,
  // a `# ` a NUL stood before) reads as markdown then. Apart from that, clean settles in one pass.
  it('clean is idempotent, markdown or not, unless its output looks like markdown', () => {
    property((input) => {
      const once = clean(input).text
      fc.pre(!looksLikeMarkdown(once))
      expect(clean(once).text).toBe(once)
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
  // A line that rejoining joins is normalized again as the one line it becomes,
  // where a spaced en dash that ended a line is a sentence dash (` — `).
  it('clean loses nothing: output + removals account for every character of the normalized input', () => {
    // Two style choices read their line's context, and rejoining a broken
    // paragraph widens it: a spaced en dash between joined lines becomes an
    // em dash, and a word-initial `‘` whose closing quote was on the next line
    // is a quote (folded to `'`), not a letter as `‘a` in Tongan. Neither loses a character.
    const sameInk = (value: string) => value.replaceAll('\u2013', '\u2014').replaceAll('\u2018', "'")
    property((input) => {
      const result = clean(input, {format: 'text'})
      const parts = pieces(input, result.removed)
      const normalized = parts.map((part) => ({...part, ink: sameInk(ink(normalize(part.text)))}))
      expect(sameInk(ink(result.text))).toBe(
        normalized
          .filter((part) => part.kept)
          .map((part) => part.ink)
          .join('')
      )
      expect(normalized.map((part) => part.ink).join('')).toBe(sameInk(ink(normalize(input))))
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
