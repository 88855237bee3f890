import {describe, expect, it} from 'vitest'
import {clean, rejoinParagraphs, stripBoilerplate} from '../src/index.js'
import {expectConsistent} from './removals.js'

// Each input is large enough (≥ 200 KB) that a super-linear pattern would
// blow the 60 s test timeout; the assertions are about behaviour, not time.
const cases: Array<[string, string]> = [
  ['"#a " repeated on one line', '#a '.repeat(100_000)],
  ['a sentence then a huge hashtag tail', `The end. ${'#tag '.repeat(60_000)}#last`],
  ['sentence ends between hashtags', 'x. #a '.repeat(50_000)],
  ['"](" repeated', ']('.repeat(150_000)],
  ['"[" repeated', '['.repeat(300_000)],
  ['"[a](b)" paragraphs', '[a](b)\n\n'.repeat(25_000)],
  ['"[a](" repeated', '[a]('.repeat(80_000)],
  ['"[a]" repeated', '[a]'.repeat(80_000)],
  ['"[a](b)" lines in one paragraph', '[a](b)\n'.repeat(40_000)],
  ['a 1 MB line of "a"', 'a'.repeat(1_000_000)],
  ['100k lines of "Log in"', 'Log in\n'.repeat(100_000)],
  ['"By " repeated', 'By '.repeat(100_000)],
  ['"By A" lines', 'By A\n'.repeat(60_000)],
  ['digits', '1'.repeat(400_000)],
  ['digits and colons', '12:'.repeat(100_000)],
  ['date tokens', 'June 15, 2022 '.repeat(20_000)],
  ['"((((" ', '('.repeat(300_000)],
  ['"(A/" repeated', '(A/'.repeat(100_000)],
  ['"/ / /"', '/ '.repeat(150_000)],
  ['"> " breadcrumbs', 'Home > '.repeat(40_000)],
  ['spaced quotes', 'a " '.repeat(80_000)],
  ['"@" and dots', 'a.'.repeat(100_000) + '@' + 'b.'.repeat(100_000)],
  ['"http://" repeated', 'http://'.repeat(40_000)],
  ['"Credit..." repeated', 'Credit...'.repeat(30_000)],
  ['"$1 " repeated', '$1 '.repeat(100_000)],
  ['"you " repeated', 'you '.repeat(60_000)],
  ['"Photo: " repeated', 'Photo: '.repeat(40_000)],
  ['"Share " repeated', 'Share '.repeat(50_000)],
  ['many short widget lines', 'Close\nEmail\n• Price\n'.repeat(30_000)],
  ['"*" and "_"', '*_'.repeat(150_000)],
  ['backslashes', '\\'.repeat(300_000)],
  ['"# " headings', '# a\n'.repeat(50_000)],
  ['lines that each end mid-sentence (one paragraph once rejoined)', 'Officials said the storm would reach the\n'.repeat(40_000)],
  ['long lines ending on a function word', `${'(A a a a a a '.repeat(45)}\n`.repeat(1_000)]
]

// remark-parse matches link labels in time quadratic in the number of "[" in
// one paragraph; these also run with the text reading to test the rules alone.
const textOnly: Array<[string, string]> = [
  ['"[a](" repeated', '[a]('.repeat(80_000)],
  ['"[a]" repeated', '[a]'.repeat(80_000)]
]

describe('hostile input', () => {
  for (const [name, input, format] of [
    ...cases.map(([name, input]) => [name, input, 'auto'] as const),
    ...textOnly.map(([name, input]) => [name, input, 'text'] as const)
  ]) {
    it(`${name} (${format}): completes with valid, ordered offsets and is idempotent`, async () => {
      // Yield first: these tests block for seconds, and vitest's worker must answer its RPC in between.
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(input.length).toBeGreaterThanOrEqual(200_000)
      const result = clean(input, {format})
      expectConsistent(input, result)
      expect(rejoinParagraphs(result.text)).toBe(result.text)
      // The output is plain text: read again as text, it is stable.
      const again = clean(result.text, {format: 'text'})
      expect(clean(again.text, {format: 'text'}).text).toBe(again.text)
      const stripped = stripBoilerplate(input, {format})
      expect(stripped.removed.map((removal) => [removal.start, removal.end])).toEqual(result.removed.map((removal) => [removal.start, removal.end]))
    })
  }
})
