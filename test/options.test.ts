import {describe, expect, it} from 'vitest'
import {
  applySpellings,
  clean,
  cleanStream,
  decodeEntities,
  findCanonicalSpellings,
  fixMojibake,
  learnBoilerplate,
  normalize,
  normalizeQuotes,
  normalizeUnicode,
  stripBoilerplate
} from '../src/index.js'

/**
 * Every public function that takes options, called with one options value.
 * `misspelt` is a real key with one typo, `valid` the option it meant: the
 * misspelling must be a `TypeError` naming it, the valid key must pass.
 */
const functions: Array<{name: string; call: (options: unknown) => unknown; misspelt: string; valid: Record<string, unknown>}> = [
  {name: 'normalize', call: (options) => normalize('x', options as never), misspelt: 'qoutes', valid: {quotes: 'curly'}},
  {name: 'fixMojibake', call: (options) => fixMojibake('x', options as never), misspelt: 'encoding', valid: {encodings: ['cp437']}},
  {name: 'decodeEntities', call: (options) => decodeEntities('x', options as never), misspelt: 'maxdepth', valid: {maxDepth: 2}},
  {name: 'normalizeQuotes', call: (options) => normalizeQuotes('x', options as never), misspelt: 'quote', valid: {quotes: 'keep'}},
  {name: 'normalizeUnicode', call: (options) => normalizeUnicode('x', options as never), misspelt: 'from', valid: {form: 'NFKC'}},
  {name: 'findCanonicalSpellings', call: (options) => findCanonicalSpellings(['x'], options as never), misspelt: 'lexicons', valid: {lexicon: ['x']}},
  {name: 'applySpellings', call: (options) => applySpellings('x', [], options as never), misspelt: 'carrycase', valid: {carryCase: false}},
  {name: 'clean', call: (options) => clean('x', options as never), misspelt: 'rejoyn', valid: {rejoin: false}},
  {name: 'clean (options.normalize)', call: (options) => clean('x', {normalize: options as never}), misspelt: 'elipsis', valid: {ellipsis: false}},
  {name: 'stripBoilerplate', call: (options) => stripBoilerplate('x', options as never), misspelt: 'edge', valid: {edges: false}},
  {name: 'learnBoilerplate', call: (options) => learnBoilerplate(['x'], options as never), misspelt: 'minDocument', valid: {minDocuments: 2}},
  {name: 'cleanStream', call: (options) => cleanStream(options as never), misspelt: 'fields', valid: {field: 'body'}}
]

describe('options', () => {
  for (const {name, call, misspelt, valid} of functions) {
    describe(name, () => {
      it(`a misspelt option (\`${misspelt}\`) is a TypeError naming it and the known keys`, () => {
        expect(() => call({[misspelt]: true})).toThrow(TypeError)
        expect(() => call({[misspelt]: true})).toThrow(new RegExp(`Unknown option \`${misspelt}\`.*expected one of: .*${Object.keys(valid)[0]}`))
      })

      it('the option it meant is accepted (look-alike)', () => {
        expect(() => call(valid)).not.toThrow()
        expect(() => call(undefined)).not.toThrow()
        expect(() => call({})).not.toThrow()
      })

      it('options that are not an object are a TypeError', () => {
        // normalizeUnicode also takes a form as a string: another string is a RangeError there.
        for (const bad of [null, 42, [valid]]) expect(() => call(bad)).toThrow(TypeError)
        expect(() => call('x')).toThrow(name === 'normalizeUnicode' ? RangeError : TypeError)
      })

      it('an inherited key does not count as an option', () => {
        const inherited = Object.create({[misspelt]: true}) as object
        expect(() => call(inherited)).not.toThrow()
      })
    })
  }

  it('normalize: a misspelt option no longer runs with its default', () => {
    expect(() => normalize('"quoted"', {qoutes: 'curly'} as never)).toThrow(/`qoutes`/)
    expect(normalize('"quoted"', {quotes: 'curly'})).toBe('“quoted”')
  })

  it('normalizeUnicode: `from` is not `form`', () => {
    expect(() => normalizeUnicode('ﬁ', {from: 'NFKC'} as never)).toThrow(/Unknown option `from`/)
    expect(normalizeUnicode('ﬁ', {form: 'NFKC'})).toBe('fi')
    expect(normalizeUnicode('ﬁ', 'NFKC')).toBe('fi')
    expect(() => normalizeUnicode('ﬁ', 'NFD' as never)).toThrow(RangeError)
  })

  it('clean: `explain` is unknown in options.normalize (clean returns text)', () => {
    expect(() => clean('x', {normalize: {explain: true} as never})).toThrow(/Unknown option `explain` in `options.normalize`/)
    expect(normalize('x', {explain: true})).toEqual({text: 'x', steps: []})
  })

  it('every message has one format: Expected `name` to be …, got …', () => {
    const messages = [
      () => normalize('x', {dashes: 'no' as never}),
      () => fixMojibake('x', {encodings: ['utf-16' as never]}),
      () => decodeEntities('x', {maxDepth: 0}),
      () => findCanonicalSpellings(['x'], {maxDistance: 3}),
      () => applySpellings('x', [], {carryCase: 1 as never}),
      () => clean('x', {format: 'html' as never}),
      () => learnBoilerplate(['x'], {similarity: 2})
    ].map((call) => {
      try {
        call()
      } catch (error) {
        return (error as Error).message
      }
      return 'did not throw'
    })
    for (const message of messages) expect(message).toMatch(/^Expected `options\.[\w.[\]]+` to be .+, got .+$/)
  })
})
