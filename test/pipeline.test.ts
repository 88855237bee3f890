import {describe, expect, it} from 'vitest'
import {clean, stripBoilerplate, type Rule} from '../src/index.js'
import {expectConsistent} from './removals.js'

// Regressions of issue #16 (items 9 to 12): each input used to change on a second pass, or to lose a character.

const sentence = 'The president said on Wednesday that the talks would continue next week.'

/** `clean` and `stripBoilerplate` settle in one pass, in every reading, and their removals slice the input. */
function expectSettled(input: string): void {
  for (const format of ['text', 'auto', 'markdown'] as const) {
    const once = clean(input, {format})
    expectConsistent(input, once)
    expect(clean(once.text, {format}).text).toBe(once.text)
    expect(clean(once.text, {format: 'text'}).text).toBe(once.text)
    const stripped = stripBoilerplate(input, {format})
    expectConsistent(input, stripped)
    expect(stripBoilerplate(stripped.text, {format}).text).toBe(stripped.text)
  }
}

describe('suffix rules read the normalized line (item 9)', () => {
  // Each hashtag tail is hidden from the raw line by something normalizing removes or folds.
  const tails: Array<[string, string, string]> = [
    ['a no-break space', `${sentence}\u00A0#news #ukraine #war`, '\u00A0#news #ukraine #war'],
    ['a space written as &#32;', `${sentence}&#32;#news #ukraine #war`, '#news #ukraine #war'],
    ['a closing curly quote', `“${sentence}” #news #ukraine #war`, '#news #ukraine #war'],
    ['fullwidth number signs', `${sentence} ＃news ＃ukraine ＃war`, '＃news ＃ukraine ＃war'],
    ['a trailing zero-width space', `${sentence} #news #ukraine #war\u200B`, '#news #ukraine #war\u200B'],
    ['an entity inside the tail', `${sentence} #news &#35;ukraine #war`, '#news &#35;ukraine #war'],
    ['mojibake before the tail', `Itâ€™s over, the president said on Wednesday in the capital. #news #ukraine #war`, '#news #ukraine #war']
  ]
  for (const [name, input, removed] of tails) {
    it(`cuts a hashtag tail after ${name} on the first pass`, () => {
      const result = clean(input, {format: 'text'})
      expect(result.removed.map((removal) => removal.text.trim())).toEqual([removed.trim()])
      expect(result.text).not.toMatch(/[#＃]/)
      expectSettled(input)
    })
  }
})

describe('idempotence (item 10)', () => {
  it('judges the rest of a line again once a suffix is cut', () => {
    const input = 'Loading comments... #news #ukraine #war'
    const result = clean(input, {format: 'text'})
    expect(result.text).toBe('')
    expect(result.removed.map((removal) => [removal.kind, removal.text])).toEqual([
      ['placeholder', 'Loading comments... '],
      ['hashtags', '#news #ukraine #war']
    ])
    expectSettled(input)
    expect(stripBoilerplate(`${sentence}\n${input}\n${sentence}`).text).toBe(`${sentence}\n${sentence}`)
  })

  it('judges lines as rejoining leaves them: a paragraph it makes is the story', () => {
    const input = 'Menu\nChinese President Xi Jinping said on Wednesday\nthat Beijing would back Moscow.'
    const result = clean(input, {format: 'text'})
    expect(result.text).toBe('Chinese President Xi Jinping said on Wednesday that Beijing would back Moscow.')
    expect(result.removed.map((removal) => removal.text)).toEqual(['Menu'])
    // stripBoilerplate makes the same removals, though it does not rejoin.
    expect(stripBoilerplate(input).removed).toEqual(result.removed)
    expectSettled(input)
  })

  it('without rejoining, judges lines as they stay', () => {
    const input = 'Menu\nChinese President Xi Jinping said on Wednesday\nthat Beijing would back Moscow.'
    const once = clean(input, {rejoin: false}).text
    expect(clean(once, {rejoin: false}).text).toBe(once)
  })
})

describe('user rules (item 11)', () => {
  const word: Rule = {name: 'last-word', kind: 'hashtags', description: 'The last word', pattern: /\w+$/, scope: 'suffix'}
  const empty: Rule = {name: 'x-tail', kind: 'hashtags', description: 'Trailing x', pattern: /x*$/, scope: 'suffix'}

  it('never see a control sequence: no stray "[" in the output', () => {
    for (const format of ['text', 'auto'] as const) {
      const input = 'He said.\u001b[31m'
      const result = clean(input, {rules: [word], format})
      expect(result).toEqual({text: 'He said.', removed: []})
    }
  })

  it('make no removal from an empty match, in any reading', () => {
    for (const format of ['text', 'auto', 'markdown'] as const) {
      for (const input of ['[a](b) He said.', 'He said.', 'He said.  ']) {
        for (const result of [clean(input, {rules: [empty], format}), stripBoilerplate(input, {rules: [empty], format})]) {
          expectConsistent(input, result)
          expect(result.removed).toEqual([])
        }
      }
    }
  })

  it('an empty match does not hide the built-in suffix rules', () => {
    const result = clean(`${sentence} #news #ukraine #war`, {rules: [empty]})
    expect(result.text).toBe(sentence)
  })
})

describe('blank lines (item 12)', () => {
  for (const input of ['a\n\r \n\n\na', 'a\r\r\r\ra', 'a\n\r\n\r\n\r\na', 'a \r\n \r \n\n b']) {
    it(`stripBoilerplate settles ${JSON.stringify(input)} in one pass`, () => {
      const once = stripBoilerplate(input).text
      expect(stripBoilerplate(once).text).toBe(once)
      expectSettled(input)
    })
  }
})
