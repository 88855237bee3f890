import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fixMojibake, normalize, type NormalizeOptions, type NormalizeResult} from '../src/index.js'
import {misread, naturalText, table} from './fixtures/normalize/helpers.js'

describe('normalize', () => {
  table(
    normalize,
    [
      ['Moscowâ€™s &ldquo;war&rdquo;\u00A0–\u00A0Kyiv', 'Moscow\'s "war" — Kyiv'],
      ['It&amp;rsquo;s a cafÃ© in MÃ¼nchen', "It's a café in München"],
      ['Price:\u00A0Â£100\u2026  ', 'Price: £100...'],
      ['\uFEFF\u001B[1mBreaking:\u001B[0m ﬁrst Ｔｏｋｙｏ report\r', 'Breaking: first Tokyo report\n'],
      ['don\u0092t say &#147;never&#148;', 'don\'t say "never"'],
      ['Cafe\u0301 ‚Äôs', "Café 's"],
      ['ÐŸÑ€Ð¸Ð²ÐµÑ‚ â€” ä¸­æ–‡ ðŸ˜€', 'Привет — 中文 😀'],
      ['ItÃ¢â‚¬â„¢s', "It's"]
    ],
    [
      'AT&T and R&D, &not html',
      'SÃO PAULO, NÃO, Âmbito',
      'Prix : 10 €, 5€, €5',
      'x ≈ π, √2, a ≤ b, ±5 °C, 10 × 3 ÷ 2',
      'Tiếng Việt, Hà Nội; Pinyin: Běijīng, nǚ',
      '中文 日本語 한국어 Привет Ελληνικά مرحبا नमस्ते 😀',
      'em — dash, range 1990–95',
      'plain ASCII with \'quotes\' and "doubles" -- fine'
    ]
  )

  it('can turn every step off', () => {
    const text = '&amp; Ã© \u0007 e\u0301 ﬁ Ａ \u00A0 “q” \u2212 …'
    const off: NormalizeOptions = {
      entities: false,
      mojibake: false,
      controls: false,
      unicode: false,
      ligatures: false,
      fullwidth: false,
      whitespace: false,
      quotes: 'keep',
      dashes: false,
      ellipsis: false
    }
    expect(normalize(text, off)).toBe(text)
    expect(normalize(text, {...off, entities: true})).toBe(text.replace('&amp;', '&'))
    expect(normalize(text, {...off, mojibake: true})).toBe(text.replace('Ã©', 'é'))
    expect(normalize(text, {...off, controls: true})).toBe(text.replace('\u0007', ''))
    expect(normalize(text, {...off, unicode: 'NFC'})).toBe(text.replace('e\u0301', 'é'))
    expect(normalize(text, {...off, ligatures: true})).toBe(text.replace('ﬁ', 'fi'))
    expect(normalize(text, {...off, fullwidth: true})).toBe(text.replace('Ａ', 'A'))
    expect(normalize(text, {...off, whitespace: true})).toBe(text.replace('\u00A0', ' '))
    expect(normalize(text, {...off, quotes: 'straight'})).toBe(text.replace('“q”', '"q"'))
    expect(normalize(text, {...off, dashes: true})).toBe(text.replace('\u2212', '-'))
    expect(normalize(text, {...off, ellipsis: true})).toBe(text.replace('…', '...'))
  })

  it('curls quotes on request', () => {
    expect(normalize('"It\'s" &ldquo;ok&rdquo;', {quotes: 'curly'})).toBe('“It’s” “ok”')
  })

  it('explains which steps changed something', () => {
    expect(normalize('It&amp;rsquo;s', {explain: true})).toEqual({text: "It's", steps: ['entities', 'quotes']})
    expect(normalize('Itâ€™s\u00A0ok', {explain: true})).toEqual({text: "It's ok", steps: ['mojibake', 'mojibake:windows-1252', 'whitespace', 'quotes']})
    expect(normalize('plain', {explain: true})).toEqual({text: 'plain', steps: []})
    expect(normalize('café', {explain: true})).toEqual({text: 'café', steps: []})
  })

  it('rejects bad arguments with errors naming them', () => {
    expect(() => normalize(undefined as unknown as string)).toThrow(new TypeError('Expected `input` to be a string, got undefined'))
    expect(() => normalize('x', 'NFC' as never)).toThrow(/`options` to be an object, got 'NFC'/)
    expect(() => normalize('x', {quotes: 'smart' as never})).toThrow(
      new RangeError("Expected `options.quotes` to be one of 'straight', 'curly', 'keep', got 'smart'")
    )
    expect(() => normalize('x', {unicode: 'NFD' as never})).toThrow(/`options.unicode`/)
    expect(() => normalize('x', {dashes: 'no' as never})).toThrow(new TypeError("Expected `options.dashes` to be a boolean, got 'no'"))
  })

  it('normalizes the seed corpus to straight quotes, idempotently, line by line', () => {
    const directory = new URL('../seeds/', import.meta.url)
    for (const name of readdirSync(directory).filter((file) => file.endsWith('.txt'))) {
      for (const line of readFileSync(new URL(name, directory), 'utf8').split('\n')) {
        const once = normalize(line)
        expect(once).not.toMatch(/[“”‘’\n]/)
        expect(normalize(once)).toBe(once)
      }
    }
  })

  it('copes with 200 KB of hostile input', () => {
    const hostile = ['&amp;'.repeat(40_000), 'Ã©\u200B'.repeat(60_000), ' '.repeat(200_000) + 'x', '\'"'.repeat(100_000), '\u001B['.repeat(100_000)]
    for (const text of hostile) {
      const once = normalize(text, {quotes: 'curly'})
      expect(normalize(once, {quotes: 'curly'})).toBe(once)
    }
  })
})

// Text with every kind of damage, in pieces that can combine in unlucky ways.
const damaged = fc
  .array(
    fc.oneof(
      fc.constantFrom('&', 'amp;', '#146;', '#38;', 'rsquo;', 'lt;', '&#10;', 'Ã', '©', 'â€', '™', 'Â', '\u00A0', '\u200B', '\u00AD'),
      fc.constantFrom(' ', '  ', '\n', '\r\n', '\u2028', '\u0085', '\t', '\u001B[1m', '\u0007', '\u0092', '"', "'", '’', '“', '–', ' – ', '…'),
      fc.constantFrom('ﬁ', 'Ａ', '＆', 'e\u0301', 'a', 'É', '5', '90s', 'em', '中', 'п', '😀', '‚Äô', 'ΓÇÖ', '√', 'π'),
      naturalText,
      naturalText.map((text) => misread(text, 'windows-1252'))
    ),
    {maxLength: 20}
  )
  .map((parts) => parts.join(''))

describe('normalize properties', () => {
  it.each(['straight', 'curly', 'keep'] as const)('is idempotent with quotes: %s', (quotes) => {
    fc.assert(
      fc.property(fc.oneof(damaged, fc.string({unit: 'binary'})), (text) => {
        const once = normalize(text, {quotes})
        return normalize(once, {quotes}) === once
      }),
      {numRuns: 3000}
    )
  })

  it('is idempotent with NFKC', () => {
    fc.assert(
      fc.property(fc.oneof(damaged, fc.string({unit: 'binary'})), (text) => {
        const once = normalize(text, {unicode: 'NFKC'})
        return normalize(once, {unicode: 'NFKC'}) === once
      }),
      {numRuns: 2000}
    )
  })

  it('leaves printable ASCII without `&` or trailing spaces unchanged', () => {
    const ascii = fc.string({unit: 'grapheme-ascii', maxLength: 200}).filter((text) => !text.includes('&') && !text.endsWith(' '))
    fc.assert(
      fc.property(ascii, (text) => normalize(text) === text && normalize(text, {quotes: 'keep'}) === text),
      {numRuns: 3000}
    )
  })

  it('never adds a line break to a line', () => {
    const line = fc.oneof(damaged, fc.string({unit: 'binary'})).map((text) => text.replace(/[\n\r\u2028\u2029\u0085]/g, ''))
    fc.assert(
      fc.property(line, (text) => !normalize(text).includes('\n')),
      {numRuns: 3000}
    )
  })

  it('normalizes a document as it normalizes each of its lines', () => {
    const line = damaged.map((text) => text.replace(/[\n\r\u2028\u2029\u0085]/g, ''))
    fc.assert(
      fc.property(fc.array(line, {maxLength: 8}), fc.constantFrom('\n', '\r\n'), (lines, lineBreak) => {
        const expected = lines
          .map((text) => normalize(text))
          .join('\n')
          .replace(/\n{3,}/g, '\n\n')
        return normalize(lines.join(lineBreak)) === expected
      }),
      {numRuns: 1000}
    )
  })

  it('explains the line-level whitespace work of a document', () => {
    expect(normalize('a\r\nb', {explain: true})).toEqual({text: 'a\nb', steps: ['whitespace']})
    expect(normalize('“a”\n\n\n\nb&amp;', {explain: true})).toEqual({text: '"a"\n\nb&', steps: ['entities', 'whitespace', 'quotes']})
  })

  it('keeps the number of lines, bar collapsed blank lines', () => {
    fc.assert(
      fc.property(
        fc.array(
          naturalText.filter((text) => text !== ''),
          {minLength: 1, maxLength: 6}
        ),
        (lines) => {
          const text = lines.map((line) => misread(line, 'windows-1252')).join('\r\n')
          return normalize(text).split('\n').length === lines.length
        }
      ),
      {numRuns: 500}
    )
  })
})

describe('normalize types', () => {
  it('returns a string for plain options and a result with explain: true', () => {
    const options: NormalizeOptions = {quotes: 'curly'}
    const text: string = normalize('"x"', options)
    const result: NormalizeResult = normalize('"x"', {...options, explain: true})
    expect(text).toBe('“x”')
    expect(result.text).toBe(text)
  })
})

describe('normalize regressions', () => {
  it('settles when turning an ellipsis into dots makes mojibake repairable', () => {
    // `…` (Windows-1252 0x85) inside a mojibake run blocks its repair until it becomes `...`.
    // `ï¬` is `ﬁ` (EF AC 81) that lost the 0x81 Windows-1252 leaves undefined: U+FFFD.
    const once = normalize('â€™…ï¬ï¬')
    expect(once).toBe("'...\uFFFD\uFFFD")
    expect(normalize(once)).toBe(once)
  })

  it('does not turn a curly quote next to mojibake into characters of two rare scripts', () => {
    // `’â€™` read as bytes once decoded to Armenian + Arabic (`Չ۪`): two scripts side by side are a misreading.
    expect(normalize('&rsquo;â€™0')).toBe("''0")
    expect(fixMojibake('Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©')).toBe('العربية')
    expect(fixMojibake('Õ°Õ¡ÕµÕ¥Ö€Õ¥Õ¶')).toBe('հայերեն')
  })
})
