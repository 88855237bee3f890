import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  clean,
  fixMojibake,
  foldFullwidth,
  foldLigatures,
  normalize,
  normalizeDashes,
  normalizeEllipsis,
  normalizeQuotes,
  normalizeUnicode,
  normalizeWhitespace,
  removeControlCharacters,
  stripBoilerplate
} from '../src/index.js'
import {misread} from './fixtures/normalize/damage.js'
import {table} from './fixtures/normalize/helpers.js'

describe('normalize with style: false (repairs only)', () => {
  table(
    (text) => normalize(text, {style: false}),
    [
      ['Moscowâ€™s &ldquo;war&rdquo;\u00A0–\u00A0Kyiv…', 'Moscow’s “war”\u00A0–\u00A0Kyiv…'],
      ['РџСЂРёРІРµС‚ &amp; ﬁ Ｔｏｋｙｏ', 'Привет & ﬁ Ｔｏｋｙｏ'],
      ['a\u0007b\u001B[1mc', 'abc'],
      ['Cafe\u0301', 'Café'],
      ['a\r\nb\rc\u2028d', 'a\nb\nc\nd'],
      ['lone \uD800 surrogate', 'lone \uFFFD surrogate']
    ],
    ['“Quoted” – dash… ‘single’ — em', 'zero\u200Bwidth and\u00A0no-break', 'trailing spaces  ', 'a\n\n\n\nb', 'ﬁ Ａ ½', '第１条，自由']
  )

  it('lets each style step be turned back on', () => {
    expect(normalize('“q” … ﬁ', {style: false, quotes: 'straight'})).toBe('"q" … ﬁ')
    expect(normalize('“q” … ﬁ', {style: false, ellipsis: true, ligatures: true})).toBe('“q” ... fi')
    expect(normalize('a\u00A0b  ', {style: false, whitespace: true})).toBe('a b')
    expect(normalize('a\r\nb', {style: false, whitespace: false})).toBe('a\r\nb')
  })

  it('rejects a style that is not a boolean', () => {
    expect(() => normalize('x', {style: 'off' as never})).toThrow(new TypeError("Expected `options.style` to be a boolean, got 'off'"))
  })
})

describe('house style', () => {
  describe('keeps full-width punctuation and digits in Chinese, Japanese, Korean and Yi text, and modifier letters and Tongan ‘ that are letters', () => {
    table(
      normalize,
      [
        ['Ｔｏｋｙｏ ２０２０！', 'Tokyo 2020!'],
        ['ＡＢＣ and ｘｙｚ', 'ABC and xyz'],
        ['‘Hello,’ she said', "'Hello,' she said"],
        ['das ‚einfach‘ Wort', "das 'einfach' Wort"],
        ['a ʼ b', "a ' b"]
      ],
      [
        '第１条，人人生而自由：在尊严和权利上一律平等；',
        '條1：（一）',
        '東京２０２０！',
        'iPhone，然后',
        'Diné bizaadʼ, kʼé',
        'мʼята і пʼять',
        'ko e ‘uhinga ‘o e lao',
        'Hawai‘i'
      ]
    )
  })

  it('reads a quote standing alone the same in both passes, so `‘` used as a letter before it stays (Tongan)', () => {
    const line = 'Peako e me’a ‘i he fu’u fiema’u ke paotoloaki mo fakatupulekina ‘ a e ‘ulungaanga fakakaume’a ‘i he vaha’a ‘o e ngaahi pule’anga,'
    const once = normalize(line)
    expect(once).toBe("Peako e me'a ‘i he fu'u fiema'u ke paotoloaki mo fakatupulekina ' a e ‘ulungaanga fakakaume'a ‘i he vaha'a ‘o e ngaahi pule'anga,")
    expect(normalize(once)).toBe(once)
    // A closing quote after a word still makes `‘` an opening quote (look-alike).
    expect(normalize('‘Hello,’ she said')).toBe("'Hello,' she said")
    expect(normalize('he said ‘yes’ twice')).toBe("he said 'yes' twice")
  })

  it("folds quotes to a fixed point: every single quote that folds to `'` closes in both passes", () => {
    // `‚ ‛ ′ ‵ ‹ › ＇` fold to `'` on the first pass; a `‘` before one of them
    // must be read the same way then as on the second pass, where it is `'`.
    const single = ['\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u2039', '\u203A', '\uFF07', '\u02BC', "'"]
    const piece = fc.oneof(fc.constantFrom(...single), fc.constantFrom('a', 'word', 'é', ' ', ',', '.', '1', '中'))
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 12}), (pieces) => {
        const once = normalizeQuotes(pieces.join(''))
        expect(normalizeQuotes(once)).toBe(once)
      }),
      {numRuns: 3000}
    )
    expect(normalize(normalize('He said ‘hello‚ there'))).toBe(normalize('He said ‘hello‚ there'))
  })

  it('keeps zero-width spaces that separate words in scripts written without spaces', () => {
    const thai = 'ภาษา\u200Bไทย'
    const khmer = 'ភាសា\u200Bខ្មែរ'
    const javanese = 'ꦤꦸꦁꦱ꧈\u200Bꦩꦸꦗꦸ'
    for (const text of [thai, khmer, javanese]) expect(normalize(text)).toBe(text)
    expect(normalize('zero\u200Bwidth')).toBe('zerowidth')
  })

  it('collapses runs of blank lines whether or not a line changed', () => {
    expect(normalize('é\n\n\n\nb')).toBe('é\n\nb')
    expect(normalize('a’\n\n\n\nb')).toBe("a'\n\nb")
    expect(normalize('a\n\n\n\nb')).toBe('a\n\nb')
    expect(normalize('a\r\n\r\n\r\n\r\nb')).toBe('a\n\nb')
  })
})

describe('lone surrogates', () => {
  const steps: Array<[string, (text: string) => string]> = [
    ['normalize', (text) => normalize(text)],
    ['normalize, style: false', (text) => normalize(text, {style: false})],
    [
      'normalize, every step off',
      (text) => normalize(text, {style: false, entities: false, mojibake: false, controls: false, unicode: false, whitespace: false})
    ],
    ['fixMojibake', fixMojibake],
    ['normalizeQuotes', normalizeQuotes],
    ['normalizeDashes', normalizeDashes],
    ['normalizeEllipsis', normalizeEllipsis],
    ['normalizeWhitespace', normalizeWhitespace],
    ['normalizeUnicode', normalizeUnicode],
    ['removeControlCharacters', removeControlCharacters],
    ['foldLigatures', foldLigatures],
    ['foldFullwidth', foldFullwidth]
  ]

  it.each(steps)('%s replaces them with U+FFFD', (_, step) => {
    expect(step('a\uD800b \uDC00 “c”')).toMatch(/^a\uFFFDb \uFFFD /)
    fc.assert(
      fc.property(
        fc.string({unit: 'binary', maxLength: 40}),
        (text) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(step(text))
      ),
      {numRuns: 300}
    )
  })

  it('keeps surrogate pairs', () => {
    expect(normalize('😀 \uD83D\uDE00')).toBe('😀 😀')
  })
})

describe('explain names each repair', () => {
  it.each([
    ['РџСЂРёРІРµС‚', ['mojibake', 'mojibake:windows-1251']],
    ['Itâ€™s', ['mojibake', 'mojibake:windows-1252', 'quotes']],
    ['Jos√© and ‚ÄúQ‚Äù', ['mojibake', 'mojibake:macintosh', 'quotes']],
    ['caf├⌐', ['mojibake', 'mojibake:cp437']],
    ['tĹ™etĂ­ den', ['mojibake', 'mojibake:windows-1250']],
    [misread('Καλημέρα κόσμε', 'windows-1253'), ['mojibake', 'mojibake:windows-1253']],
    [misread('Lietuvos žmonės įdomiai gyvena', 'windows-1257'), ['mojibake', 'mojibake:windows-1257']],
    // Misread through one page, then through another: both are named.
    [misread(misread('Declaración Universal', 'windows-1251'), 'windows-1252'), ['mojibake', 'mojibake:windows-1252', 'mojibake:windows-1251']],
    [misread(misread('Всеобщая декларация', 'windows-1252'), 'windows-1251'), ['mojibake', 'mojibake:windows-1252', 'mojibake:windows-1251']],
    ['ARTÃ\uFFFDCULO 3', ['mojibake', 'mojibake:windows-1252', 'lossy']],
    ['Great news í\u00A0½í¸€', ['mojibake', 'mojibake:windows-1252', 'surrogates']],
    ['don\u0092t', ['mojibake', 'c1-controls', 'quotes']],
    ['a\uD800', ['lone-surrogates']]
  ])('%j', (text, steps) => {
    expect(normalize(text, {explain: true}).steps).toEqual(steps)
  })
})

describe('clean() repairs before it splits lines', () => {
  // NEL (U+0085) is Windows-1252's `…` read as Latin-1, and inside mojibake a byte of a sequence.
  const text = 'Ð\u009fÑ\u0080Ð¸Ð²ÐµÑ\u0082 Ñ\u0085Ð¾Ñ\u0080Ð¾Ñ\u0088Ð¾, Ã\u0085ngström.\n\nThe story goes on\u0085 for a while.'

  it.each(['text', 'markdown'] as const)('as %s', (format) => {
    expect(clean(text, {format}).text).toBe('Привет хорошо, Ångström.\n\nThe story goes on... for a while.')
  })

  it('keeps removal offsets on the input', () => {
    const input = 'Ñ\u0085орошо и Ã\u0085ngström\nBack to Top\nMore text of the story here.'
    const {removed} = stripBoilerplate(input)
    expect(removed.length).toBeGreaterThan(0)
    for (const removal of removed) expect(input.slice(removal.start, removal.end)).toBe(removal.text)
  })

  it('still splits at a NEL that is a line break', () => {
    expect(normalize('line one\u0085line two')).toBe('line one\nline two')
  })
})
