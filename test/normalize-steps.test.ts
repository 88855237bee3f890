import {describe, expect, it} from 'vitest'
import {
  decodeEntities,
  foldFullwidth,
  foldLigatures,
  normalizeDashes,
  normalizeEllipsis,
  normalizeQuotes,
  normalizeUnicode,
  normalizeWhitespace,
  removeControlCharacters
} from '../src/index.js'
import {table} from './fixtures/normalize/helpers.js'

describe('decodeEntities', () => {
  table(
    decodeEntities,
    [
      ['Moscow&rsquo;s', 'Moscow’s'],
      ['Moscow&amp;rsquo;s', 'Moscow’s'],
      ['&amp;amp;rsquo;', '’'],
      ['&amp;amp;amp;lt;b&gt;', '<b>'],
      ['&#38;rsquo; &#x26;amp;eacute;', '’ é'],
      ['&#146;quoted&#148; &#150; &#133;', '’quoted” – …'],
      ['&#x92; &#X2019; &#8217;', '’ ’ ’'],
      ['&EURO;5, &EACUTE;T&EACUTE;, &NBSP;', '€5, ÉTÉ, \u00A0'],
      ['&AMP; &COPY; &Aacute; &aacute;', '& © Á á'],
      ['&#0; &#xD800; &#1114112;', '\uFFFD \uFFFD \uFFFD'],
      ['AT&amp;T', 'AT&T'],
      ['&amp;', '&'],
      ['&amp;amp;', '&'],
      ['&amp;foo;', '&foo;'],
      // HTML5-only names, one outside the BMP, and one that decodes to two code points.
      ['&apos;s &bigstar; &Afr; &NotEqualTilde; &hellip;', "'s ★ \u{1D504} \u2242\u0338 …"],
      ['&notin; &not;', '∉ ¬']
    ],
    [
      'AT&T',
      'R&D',
      '&not html',
      'Q&A: Tom & Jerry',
      'M&M’s',
      '&foo;',
      '&;',
      '&#;',
      '&#x;',
      'a&b;c',
      '&amp',
      '&copy 2024',
      '&#12345678901;',
      '&nbsp',
      'x &lt y',
      '&notit;',
      '&Bigstar;',
      '&hasOwnProperty;',
      '&constructor;'
    ]
  )

  it('turns references to line breaks into spaces on request', () => {
    expect(decodeEntities('a&#10;b&#13;c&NewLine;d&#x2028;e')).toBe('a\nb\rc\nd\u2028e')
    expect(decodeEntities('a&#10;b&#13;c&NewLine;d&#x2028;e', {lineBreaks: 'space'})).toBe('a b c d e')
  })

  it('undoes at most `maxDepth` layers', () => {
    expect(decodeEntities('&amp;amp;rsquo;', {maxDepth: 1})).toBe('&amp;rsquo;')
    expect(decodeEntities('&amp;amp;rsquo;', {maxDepth: 2})).toBe('&rsquo;')
    expect(decodeEntities('&amp;amp;rsquo;', {maxDepth: 3})).toBe('’')
  })

  it('rejects bad arguments', () => {
    expect(() => decodeEntities(null as unknown as string)).toThrow(new TypeError('Expected `input` to be a string, got null'))
    expect(() => decodeEntities('x', {maxDepth: 0})).toThrow(RangeError)
    expect(() => decodeEntities('x', {maxDepth: 1.5})).toThrow(/`options.maxDepth`/)
    expect(() => decodeEntities('x', {lineBreaks: 'drop' as never})).toThrow(/`options.lineBreaks`/)
  })

  it('is linear on hostile input', () => {
    expect(decodeEntities('&amp;'.repeat(100_000))).toBe('&'.repeat(100_000))
    expect(decodeEntities('&' + 'amp;'.repeat(100_000) + 'rsquo;')).toBe('’')
    expect(decodeEntities('&' + 'amp;'.repeat(100_000))).toBe('&')
    const ampersands = '&'.repeat(200_000)
    expect(decodeEntities(ampersands)).toBe(ampersands)
    const name = '&' + 'a'.repeat(200_000) + ';'
    expect(decodeEntities(name)).toBe(name)
  })
})

describe('normalizeQuotes', () => {
  table(
    normalizeQuotes,
    [
      ['China’s “no limits” tie', 'China\'s "no limits" tie'],
      ['„Anführung“ and ‚einfach‘', '"Anführung" and \'einfach\''],
      ['«Bonjour» ‹oui›', '"Bonjour" \'oui\''],
      ['‟reversed” ‛reversed’', '"reversed" \'reversed\''],
      ['5′10″ and ‵x‵ ‶y‶', '5\'10" and \'x\' "y"'],
      ['＂full＂ ＇width＇ 〝CJK〞', '"full" \'width\' "CJK"'],
      ['donʼt and don´t', "donʼt and don't"]
    ],
    ['plain \'ascii\' "quotes"', "`backticks` and ``TeX''", 'acute ´ alone, café´', 'prime-free 5 ft']
  )

  table(
    (input: string) => normalizeQuotes(input, {quotes: 'curly'}),
    [
      ['"It\'s the \'90s," she said', '“It’s the ’90s,” she said'],
      ['He said, "She told me \'no\' twice."', 'He said, “She told me ‘no’ twice.”'],
      ["'Tis the season, rock 'n' roll, 'em", '’Tis the season, rock ’n’ roll, ’em'],
      ['5\'10" tall', '5′10″ tall'],
      ["the students' books ('quoted')", 'the students’ books (‘quoted’)'],
      ['—"dash" and "end"', '—“dash” and “end”']
    ],
    ['“already” ‘curly’', 'no quotes at all']
  )

  it('keeps everything in keep mode', () => {
    expect(normalizeQuotes('“x” "y"', {quotes: 'keep'})).toBe('“x” "y"')
  })

  it('rejects an unknown style', () => {
    expect(() => normalizeQuotes('x', {quotes: 'smart' as never})).toThrow(RangeError)
    expect(() => normalizeQuotes(1 as unknown as string)).toThrow(TypeError)
  })

  it('is linear on hostile input', () => {
    expect(normalizeQuotes("'".repeat(200_000), {quotes: 'curly'})).toHaveLength(200_000)
    expect(normalizeQuotes('’'.repeat(200_000))).toBe("'".repeat(200_000))
  })
})

describe('normalizeDashes and normalizeEllipsis', () => {
  table(
    normalizeDashes,
    [
      ['non\u2010breaking\u2011hyphen \u2012 \u2043', 'non-breaking-hyphen - -'],
      ['\u221240 °C, \uFE63, \uFF0D', '-40 °C, -, -'],
      ['Xi \u2015 Putin \uFE58 \u2E3A \u2E3B', 'Xi — Putin — — —'],
      ['Xi \u2013 and Putin', 'Xi — and Putin'],
      // Spaced en dashes side by side share a space: each one is folded, in one call.
      ['a \u2013 \u2013 b \u2013 \u2013 \u2013 c', 'a — — b — — — c']
    ],
    ['1990–95, pp. 3–7', 'em—dash and — spaced', 'ASCII -- double - single', 'a–b']
  )

  it('spells out the ellipsis character only', () => {
    expect(normalizeEllipsis('world… it…')).toBe('world... it...')
    expect(normalizeEllipsis('midline ⋯ and two-dot ‥')).toBe('midline ⋯ and two-dot ‥')
  })
})

describe('normalizeWhitespace', () => {
  table(
    normalizeWhitespace,
    [
      ['a\u00A0b\u2009c\u200Ad\u3000e\u202Ff', 'a b c d e f'],
      ['zero\u200Bwidth, soft\u00ADhyphen, \uFEFFBOM, word\u2060joiner', 'zerowidth, softhyphen, BOM, wordjoiner'],
      ['a\r\nb\rc\u2028d\u2029e\u0085f', 'a\nb\nc\nd\ne\nf'],
      ['trailing  \t\nspaces \u00A0', 'trailing\nspaces'],
      ['a\n\n\n\nb\n \n\t\nc', 'a\n\nb\n\nc']
    ],
    ['family 👨\u200D👩\u200D👧', 'می\u200Cخواهم', 'tab\tinside', '  indented', 'one\n\nblank line']
  )

  it('is linear on hostile input', () => {
    expect(normalizeWhitespace(' '.repeat(200_000) + 'x')).toBe(' '.repeat(200_000) + 'x')
    expect(normalizeWhitespace('x' + ' \t'.repeat(100_000))).toBe('x')
    expect(normalizeWhitespace('\n'.repeat(200_000))).toBe('\n\n')
  })
})

describe('normalizeUnicode, removeControlCharacters, foldLigatures, foldFullwidth', () => {
  it('composes to NFC by default, NFKC on request', () => {
    expect(normalizeUnicode('Cafe\u0301')).toBe('Café')
    expect(normalizeUnicode('ﬁve² ½')).toBe('ﬁve² ½')
    expect(normalizeUnicode('ﬁve² ½', {form: 'NFKC'})).toBe('five2 1⁄2')
    expect(normalizeUnicode('ﬁ', 'NFKC')).toBe('fi')
    expect(() => normalizeUnicode('x', {form: 'NFD' as never})).toThrow(RangeError)
  })

  it.each([
    ['a\u0007b\u0000c\u007Fd', 'abcd'],
    ['\u001B[1;31mred\u001B[0m', 'red'],
    ['\u001B]0;title\u0007text', 'text'],
    ['C1\u0080\u009B\u009Fgone', 'C1gone'],
    ['lone \u001B escape', 'lone  escape']
  ])('removes controls from %j', (input, expected) => {
    expect(removeControlCharacters(input)).toBe(expected)
  })

  it('keeps tab, line feed and the line breaks CR and NEL', () => {
    const text = 'a\tb\nc\rd\u0085e'
    expect(removeControlCharacters(text)).toBe(text)
  })

  it('is linear on hostile escapes', () => {
    expect(removeControlCharacters('\u001B[' + '0'.repeat(200_000))).toBe('[' + '0'.repeat(200_000))
    expect(removeControlCharacters('\u001B]'.repeat(100_000))).toBe(']'.repeat(100_000))
  })

  it('folds ligatures and fullwidth ASCII, nothing else', () => {
    expect(foldLigatures('ﬁnancial ﬂows, ﬀ ﬃ ﬄ ﬅ ﬆ')).toBe('financial flows, ff ffi ffl st st')
    expect(foldFullwidth('Ｔｏｋｙｏ ２０２０！（ａ，ｂ）')).toBe('Tokyo 2020!(a,b)')
    expect(foldLigatures('æ œ Ĳ')).toBe('æ œ Ĳ')
    expect(foldFullwidth('ｶﾀｶﾅ 東京、〜')).toBe('ｶﾀｶﾅ 東京、〜')
  })
})
