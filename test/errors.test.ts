import {describe, expect, it} from 'vitest'
import {clean, defaultRules, isBoilerplateKind, looksLikeMarkdown, rejoinParagraphs, stripBoilerplate, type CleanOptions, type Rule} from '../src/index.js'

/** Public functions whose first argument is the text, called with one value. */
const textFunctions: Array<[string, (value: unknown) => unknown]> = [
  ['clean', (value) => clean(value as string)],
  ['stripBoilerplate', (value) => stripBoilerplate(value as string)],
  ['rejoinParagraphs', (value) => rejoinParagraphs(value as string)],
  ['looksLikeMarkdown', (value) => looksLikeMarkdown(value as string)]
]

/** Non-strings, and the words the error must use to name what it got. */
const notStrings: Array<[unknown, RegExp]> = [
  [undefined, /undefined/],
  [null, /null/],
  [42, /number 42/],
  [true, /boolean true/],
  [Symbol('text'), /symbol/],
  [{text: 'a'}, /an object/],
  [['a'], /an array/],
  // A boxed string is not a string: it would be read with `String()`, not rejected, by a sloppier check.
  [new String('a'), /an object/],
  [() => 'a', /function/]
]

describe('a non-string input', () => {
  for (const [name, call] of textFunctions) {
    for (const [value, type] of notStrings) {
      it(`${name}(${typeof value === 'symbol' ? 'Symbol' : (JSON.stringify(value) ?? String(value))}) throws a TypeError naming \`input\` and the type`, () => {
        expect(() => call(value)).toThrow(TypeError)
        expect(() => call(value)).toThrow(/`input`/)
        expect(() => call(value)).toThrow(type)
      })
    }
    it(`${name} accepts the empty string and a string (look-alike)`, () => {
      expect(() => call('')).not.toThrow()
      expect(() => call('Log in\n\nStory text here.')).not.toThrow()
    })
  }

  it('isBoilerplateKind takes any value and answers false for non-kinds', () => {
    for (const [value] of notStrings) expect(isBoilerplateKind(value)).toBe(false)
    expect(isBoilerplateKind('byline')).toBe(true)
  })
})

const rule: Rule = {name: 'mine', kind: 'widget', description: 'Mine', pattern: /^Mine$/}

/** Bad options shared by clean and stripBoilerplate: [what, options, error type, message]. */
const badStripOptions: Array<[string, unknown, typeof TypeError | typeof RangeError, RegExp]> = [
  ['options a string', 'text', TypeError, /`options`.*'text'/],
  ['options null', null, TypeError, /`options`.*null/],
  ['options an array', [], TypeError, /`options`.*an array/],
  ['an unknown option', {keeps: ['byline']}, TypeError, /`keeps`.*keep/],
  ['keep not an array', {keep: 'byline'}, TypeError, /`options.keep`.*'byline'/],
  ['an unknown kind in keep', {keep: ['byline', 'bylines']}, RangeError, /`options.keep\[1\]`.*byline, dateline.*'bylines'/],
  ['a non-string kind in keep', {keep: [1]}, RangeError, /`options.keep\[0\]`.*number 1/],
  ['format unknown', {format: 'html'}, RangeError, /`options.format`.*'text', 'markdown', 'auto'.*'html'/],
  ['defaultRules not a boolean', {defaultRules: 'no'}, TypeError, /`options.defaultRules`.*boolean.*'no'/],
  ['rules not an array', {rules: rule}, TypeError, /`options.rules`.*an object/],
  ['a rule that is not an object', {rules: [null]}, TypeError, /`options.rules\[0\]`.*null/],
  ['a rule without a pattern', {rules: [{...rule, pattern: undefined}]}, TypeError, /`options.rules\[0\].pattern`.*RegExp.*undefined/],
  ['a rule with a string pattern', {rules: [rule, {...rule, pattern: '^Mine$'}]}, TypeError, /`options.rules\[1\].pattern`.*RegExp/],
  ['a rule without a name', {rules: [{...rule, name: ''}]}, TypeError, /`options.rules\[0\].name`.*non-empty string/],
  ['a rule with an unknown kind', {rules: [{...rule, kind: 'junk'}]}, RangeError, /`options.rules\[0\].kind`.*widget.*'junk'/],
  ['a rule with an unknown scope', {rules: [{...rule, scope: 'body'}]}, RangeError, /`options.rules\[0\].scope`.*'line', 'head'.*'body'/],
  ['a rule with a string maxLength', {rules: [{...rule, maxLength: '80'}]}, TypeError, /`options.rules\[0\].maxLength`.*number.*'80'/],
  ['a rule with a negative maxLength', {rules: [{...rule, maxLength: -1}]}, RangeError, /`options.rules\[0\].maxLength`.*non-negative.*-1/],
  ['a rule with NaN maxLength', {rules: [{...rule, maxLength: Number.NaN}]}, RangeError, /`options.rules\[0\].maxLength`.*NaN/],
  ['a rule with triggers that are not an array', {rules: [{...rule, triggers: 'log in'}]}, TypeError, /`options.rules\[0\].triggers`.*array/],
  ['a rule with a two-character trigger', {rules: [{...rule, triggers: ['ok']}]}, RangeError, /`options.rules\[0\].triggers\[0\]`.*'ok'/],
  ['a rule with a numeric description', {rules: [{...rule, description: 1}]}, TypeError, /`options.rules\[0\].description`.*string/]
]

/** The look-alikes: valid options one step from the bad ones. */
const goodStripOptions: unknown[] = [
  undefined,
  {},
  {keep: []},
  {keep: ['byline', 'widget']},
  {format: 'text'},
  {format: 'markdown'},
  {defaultRules: false},
  {rules: []},
  {rules: [rule]},
  {rules: [{...rule, description: undefined, scope: 'run', maxLength: 0}]},
  {rules: [{...rule, pattern: /mine$/giy, scope: 'suffix'}]},
  {rules: [...defaultRules]}
]

describe('bad options', () => {
  const functions: Array<[string, (options: unknown) => unknown]> = [
    ['clean', (options) => clean('Mine\n\nStory text here.', options as never)],
    ['stripBoilerplate', (options) => stripBoilerplate('Mine\n\nStory text here.', options as never)]
  ]
  for (const [name, call] of functions) {
    for (const [what, options, type, message] of badStripOptions) {
      it(`${name} with ${what} throws a ${type.name} naming the option`, () => {
        expect(() => call(options)).toThrow(type)
        expect(() => call(options)).toThrow(message)
      })
    }
    it(`${name} accepts valid options (look-alikes)`, () => {
      for (const options of goodStripOptions) expect(() => call(options), JSON.stringify(options)).not.toThrow()
    })
  }

  it('checks options before reading the input, so empty input does not hide a mistake', () => {
    expect(() => clean('', {format: 'html' as never})).toThrow(RangeError)
    expect(() => stripBoilerplate('', {rules: [{...rule, pattern: undefined as never}]})).toThrow(TypeError)
    expect(() => clean('', {normalize: 'yes' as never})).toThrow(TypeError)
  })

  const badCleanOptions: Array<[string, unknown, RegExp]> = [
    ['rejoin not a boolean', {rejoin: 'no'}, /`options.rejoin`.*boolean.*'no'/],
    ['normalize true', {normalize: true}, /`options.normalize`.*object or false.*boolean true/],
    ['normalize null', {normalize: null}, /`options.normalize`.*null/],
    ['normalize an array', {normalize: []}, /`options.normalize`.*an array/],
    ['normalize in explain mode', {normalize: {explain: true}}, /`explain`.*`options.normalize`/],
    ['an option only stripBoilerplate lacks, misspelt', {rejion: false}, /`rejion`.*rejoin/]
  ]
  for (const [what, options, message] of badCleanOptions) {
    it(`clean with ${what} throws a TypeError naming the option`, () => {
      expect(() => clean('Story text here.', options as never)).toThrow(TypeError)
      expect(() => clean('Story text here.', options as never)).toThrow(message)
    })
  }

  it('clean accepts its own valid options (look-alikes)', () => {
    const valid: CleanOptions[] = [{rejoin: false}, {normalize: false}, {normalize: {}}, {normalize: {quotes: 'keep'}}]
    for (const options of valid) {
      expect(() => clean('Story text here.', options)).not.toThrow()
    }
  })

  it('stripBoilerplate rejects the options only clean has', () => {
    expect(() => stripBoilerplate('Story text here.', {rejoin: false} as never)).toThrow(/`rejoin`/)
    expect(() => stripBoilerplate('Story text here.', {normalize: false} as never)).toThrow(/`normalize`/)
  })
})
