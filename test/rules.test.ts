import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {clean, defaultRules, normalize, type CleanResult, type Rule} from '../src/index.js'
import {declarationLines} from './fixtures/udhr/index.mjs'

type Positive = string | {line: string; removed: string}
interface Fixture {
  positive: Positive[]
  negative: string[]
  neighbour?: string
}

const fixtures = (JSON.parse(readFileSync(new URL('fixtures/rules/default-rules.json', import.meta.url), 'utf8')) as {rules: Record<string, Fixture>}).rules

const headline = 'Storm floods roads and cuts power across the region'
const body = [
  'Heavy rain swept across the region on Tuesday, flooding roads and cutting power to thousands of homes.',
  'Emergency crews worked through the night to clear fallen trees, and schools in three districts stayed closed.',
  'Forecasters said the storm would move east by Thursday, bringing cooler air and clearer skies to the coast.'
]

type Place = 'head' | 'tail' | 'middle' | 'run' | 'suffix'

/** Where a rule's scope lets it fire; 'edge' rules are tried at both ends. */
function placesFor(rule: Rule): Place[] {
  switch (rule.scope ?? 'line') {
    case 'head':
      return ['head']
    case 'tail':
      return ['tail']
    case 'edge':
      return ['head', 'tail']
    case 'run':
      return ['run']
    case 'suffix':
      return ['suffix']
    default:
      return ['middle']
  }
}

/** A document with `line` at `place`, and the offsets of `line` in it. */
function documentWith(line: string, place: Place, neighbour = 'Share this article'): {input: string; start: number} {
  const [b1, b2, b3] = body as [string, string, string]
  const blocks =
    place === 'head'
      ? [headline, line, b1, b2, b3]
      : place === 'tail'
        ? [b1, b2, b3, line]
        : place === 'run'
          ? [b1, b2, neighbour, line, b3]
          : place === 'suffix'
            ? [b1, b2, line]
            : [b1, b2, line, b3]
  const input = blocks.join('\n\n')
  return {input, start: blocks.slice(0, blocks.indexOf(line)).reduce((sum, block) => sum + block.length + 2, 0)}
}

function overlaps(result: CleanResult, start: number, end: number) {
  return result.removed.filter((removal) => removal.start < end && removal.end > start)
}

function expectBodyKept(result: CleanResult, input: string) {
  for (const paragraph of body) {
    const start = input.indexOf(paragraph)
    if (start < 0) continue
    expect(overlaps(result, start, start + paragraph.length), paragraph).toEqual([])
    expect(result.text).toContain(paragraph)
  }
}

describe('fixtures', () => {
  it('cover every default rule with a positive and a negative', () => {
    const missing = defaultRules.filter((rule) => !(fixtures[rule.name]?.positive.length && fixtures[rule.name]?.negative.length)).map((rule) => rule.name)
    expect(missing).toEqual([])
  })

  it('name only rules that exist', () => {
    const names = new Set(defaultRules.map((rule) => rule.name))
    expect(Object.keys(fixtures).filter((name) => !names.has(name))).toEqual([])
  })

  it('match no line of the 532 declarations (correct prose in every script)', () => {
    const matched: string[] = []
    for (const {code, text} of declarationLines()) {
      const line = normalize(text).trim()
      for (const rule of defaultRules) {
        // Run rules are junk only in company: a lone "X" (the Roman numeral ten) is theirs to match.
        if (rule.scope === 'run' || line.length > (rule.maxLength ?? 300)) continue
        if (new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '')).test(line)) matched.push(`${rule.name} ← ${code}: ${line.slice(0, 50)}`)
      }
    }
    expect(matched).toEqual([])
  })

  it('are listed, each with its kind, scope and description, in docs/boilerplate.md (node scripts/rules-table.mjs --write)', () => {
    const docs = readFileSync(new URL('../docs/boilerplate.md', import.meta.url), 'utf8')
    const rows = (/<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(docs)?.[1] ?? '').split('\n').slice(2)
    expect(rows).toEqual(
      defaultRules.map((rule) => `| \`${rule.name}\` | ${rule.kind} | ${rule.scope ?? 'line'} | ${rule.description.replaceAll('|', '\\|')} |`)
    )
  })

  it('have unique rule names', () => {
    expect(new Set(defaultRules.map((rule) => rule.name)).size).toBe(defaultRules.length)
  })
})

// One interface word alone between paragraphs is a subheading (see classify.test.ts): such a
// positive of a line rule is tested where it is a widget, next to other junk.
function soleWord(rule: Rule, line: string): boolean {
  return rule.kind === 'widget' && /^\p{L}\S*$/u.test(line)
}

for (const rule of defaultRules) {
  const fixture = fixtures[rule.name]
  if (!fixture) continue
  describe(`${rule.name} (${rule.scope ?? 'line'})`, () => {
    for (const place of placesFor(rule)) {
      for (const positive of fixture.positive) {
        const line = typeof positive === 'string' ? positive : positive.line
        const where = place === 'middle' && soleWord(rule, line) ? 'run' : place
        it(`removes ${JSON.stringify(line)} (${where})`, () => {
          const {input, start} = documentWith(line, where, fixture.neighbour)
          const result = clean(input)
          const expected = typeof positive === 'string' ? line : positive.removed
          const end = start + line.length
          const found = result.removed.find((removal) => removal.end === end && removal.text === expected)
          expect(found, `not removed; removals: ${JSON.stringify(result.removed.map((r) => [r.rule, r.text]))}`).toBeDefined()
          expect(found!.rule).toBe(rule.name)
          expect(found!.kind).toBe(rule.kind)
          expect(input.slice(found!.start, found!.end)).toBe(found!.text)
          expectBodyKept(result, input)
        })
      }

      for (const negative of fixture.negative) {
        const negativePlace = place === 'run' ? 'middle' : place
        it(`keeps ${JSON.stringify(negative)} (${negativePlace})`, () => {
          const {input, start} = documentWith(negative, negativePlace)
          const result = clean(input)
          expect(overlaps(result, start, start + negative.length)).toEqual([])
          expect(result.text).toContain(normalize(negative))
          expectBodyKept(result, input)
        })
      }
    }
  })
}
