import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {type CodePage, fixMojibake, normalize} from '../src/index.js'
import {codePages, encoderFor, upperHalf} from '../src/normalize/codepages.js'
import {isMojibakeNel} from '../src/normalize/mojibake.js'
import {misread, misreadExactly, type Reading, readings} from './fixtures/normalize/damage.js'
import {naturalText} from './fixtures/normalize/helpers.js'
import lookalikes from './fixtures/normalize/lookalikes.json' with {type: 'json'}
import fixtures from './fixtures/normalize/mojibake.json' with {type: 'json'}

// Correct lines misread through several pages, to stand beside look-alikes.
const misreadNeighbours: Array<[string, Reading]> = [
  ['Każdy człowiek ma prawo do życia, wolności i bezpieczeństwa.', 'windows-1252'],
  ['Nikdo nesmí být mučen nebo podrobován krutému zacházení.', 'windows-1250'],
  ['Каждый человек имеет право на жизнь и на свободу.', 'windows-1251'],
  ['Mọi người đều có quyền sống, tự do và an toàn cá nhân.', 'windows-1252'],
  ['Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι.', 'windows-1253'],
  ['لكل فرد الحق في الحياة والحرية وسلامة شخصه.', 'windows-1254'],
  ['Visi žmonės gimsta laisvi ir lygūs savo orumu.', 'windows-1257'],
  ['Minden emberi lény szabadnak születik.', 'iso-8859-2'],
  ['Toute personne a droit à la vie, à la liberté.', 'macintosh'],
  ['Jeder hat das Recht auf Leben, Freiheit und Sicherheit.', 'cp437']
]

describe('fixMojibake', () => {
  it.each(fixtures.repaired)('repairs %j (%#)', (damaged, expected) => {
    expect(fixMojibake(damaged!)).toBe(expected)
  })

  it.each(fixtures.untouched)('leaves %j alone', (text) => {
    expect(fixMojibake(text)).toBe(text)
  })

  const shapes = Object.entries(lookalikes).filter(([shape]) => shape !== 'about') as Array<[string, string[]]>
  describe.each(shapes)('leaves look-alikes alone: %s', (_, lines) => {
    it('has at least ten of them', () => {
      expect(lines.length).toBeGreaterThanOrEqual(10)
    })
    it.each(lines)('%j', (line) => {
      expect(fixMojibake(line)).toBe(line)
      expect(normalize(line, {style: false})).toBe(line.normalize('NFC'))
    })
    // A document may join lines from different sources: a correct line
    // stays beside a misread one, above or below it, which is repaired.
    it.each(lines)('%j, on a line of its own beside misread lines', (line) => {
      for (const [correct, page] of misreadNeighbours) {
        const damaged = misreadExactly(correct, page)!
        expect(fixMojibake(`${line}\n${damaged}`)).toBe(`${line}\n${correct}`)
        expect(fixMojibake(`${damaged}\n\n${line}`)).toBe(`${correct}\n\n${line}`)
      }
    })
  })

  // normalize() calls fixMojibake only where its scan finds something to
  // read: a capital lead alone inside a lower-case word is such a thing.
  it.each([
    ['L andebiĚdo ten', 'L andebi�do ten'],
    ['ArtykuĹ 5', 'Artyku� 5'],
    ['#ParisÉlections2026', '#ParisÉlections2026']
  ])('normalize(%j, {style: false}) gives %j', (text, expected) => {
    expect(normalize(text, {style: false})).toBe(expected)
  })

  it.each([
    ['windows-1252', 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚', 'привет'],
    ['windows-1251', 'РїСЂРёРІРµС‚', 'привет'],
    ['macintosh', 'Jos√© Mart√≠nez', 'José Martínez'],
    ['cp437', 'caf├⌐ ol├⌐', 'café olé']
  ] as const)('can be limited to %s', (page, damaged, expected) => {
    expect(fixMojibake(damaged, {encodings: [page]})).toBe(expected)
    expect(fixMojibake(damaged, {encodings: codePages.filter((other) => other !== page)})).toBe(damaged)
  })

  it('repairs mojibake mixed into good text, and only it', () => {
    expect(fixMojibake('Café “ok” — Moscowâ€™s naïve cafÃ© 日本 ðŸ˜€')).toBe('Café “ok” — Moscow’s naïve café 日本 😀')
    expect(fixMojibake('Кожны чалавек мае права РЅР° жыццё, на свабоду')).toBe('Кожны чалавек мае права на жыццё, на свабоду')
  })

  it('leaves the seed corpus (real news text) alone, and undoes it misread', () => {
    const directory = new URL('../seeds/', import.meta.url)
    for (const name of readdirSync(directory).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(new URL(name, directory), 'utf8')
      expect(fixMojibake(text)).toBe(text)
      expect(fixMojibake(misread(text, 'windows-1252'))).toBe(text)
    }
  })

  it('replaces lone surrogates with U+FFFD', () => {
    expect(fixMojibake('a\uD800b')).toBe('a\uFFFDb')
    expect(fixMojibake('cafÃ©\uDC00')).toBe('café\uFFFD')
  })

  it('rejects bad arguments with a clear error', () => {
    expect(() => fixMojibake(42 as unknown as string)).toThrow(new TypeError('Expected `input` to be a string, got number 42'))
    expect(() => fixMojibake('x', null as never)).toThrow(TypeError)
    expect(() => fixMojibake('x', {encodings: 'cp437' as never})).toThrow(/`options.encodings` to be an array/)
    expect(() => fixMojibake('x', {encodings: ['utf-16' as never]})).toThrow(RangeError)
    expect(() => fixMojibake('x', {pages: []} as never)).toThrow(/pages/)
  })

  it('is linear on long hostile runs', () => {
    const runs = ['Ã'.repeat(200_000), 'â€'.repeat(100_000), 'Ã©'.repeat(100_000), '√π'.repeat(100_000), 'Ã¢â‚¬'.repeat(40_000), 'Ã '.repeat(100_000)]
    for (const run of runs) expect(fixMojibake(run).length).toBeLessThanOrEqual(run.length)
    expect(fixMojibake('Ã©'.repeat(100_000))).toBe('é'.repeat(100_000))
  })
})

describe('fixMojibake properties', () => {
  it('leaves correct text in any script unchanged', () => {
    fc.assert(
      fc.property(naturalText, (text) => fixMojibake(text) === text),
      {numRuns: 2000}
    )
  })

  it('leaves any well-formed string without C1 controls unchanged', () => {
    const text = fc
      .string({unit: 'binary', maxLength: 60})
      .filter((value) => (value as string & {isWellFormed(): boolean}).isWellFormed() && !/[\u0080-\u009F]/.test(value))
    fc.assert(
      fc.property(text, (value) => fixMojibake(value) === value),
      {numRuns: 5000}
    )
  })

  // Sentences, not a word or two: a lone short word misread through some
  // pages reads as correct text of another kind (`5¬∫` is math as much as a
  // misread `5º`). The repair rates of such cases are measured by bench/mojibake.ts.
  // Text in some language: letters outside ASCII (math alone misread as
  // cp437 is box drawing as much as math).
  const sentence = naturalText.filter((text) => text.split(' ').length >= 4 && /(?![\u0000-\u007F])\p{L}/u.test(text))

  // Windows-1250 and ISO-8859-2, and Windows-1252 and Windows-1254, share
  // characters at different bytes: their misreadings can read validly
  // through the other page, and then the first in the table wins.
  const unambiguous: readonly Reading[] = ['windows-1252', 'latin1', 'windows-1251', 'windows-1253', 'macintosh', 'cp437']

  it.each(unambiguous)('undoes a %s misreading, once and twice', (reading) => {
    fc.assert(
      fc.property(sentence, (text) => {
        const once = misreadExactly(text, reading)
        if (once === undefined) return true
        const twice = misreadExactly(once, reading)
        return fixMojibake(once) === text && (twice === undefined || fixMojibake(twice) === text)
      }),
      {numRuns: 300}
    )
  })

  // The rules look at the characters around a stretch, up to both ends of
  // the text: every short text of the characters they test (`a Ã  ` threw
  // once, reading past the end) comes back as a string, twice the same.
  it.each([
    ['leads, lost bytes and spaces', ['a', 'G', 'Ã', 'Â', 'Å', 'â', '€', '\u00A0', ' ', '?', '\uFFFD']],
    ['capitals glued to punctuation, box drawing, soft hyphens', ['a', '1', ' ', 'É', 'Ã', '\u201D', '\u2013', '\u251C', '\u2561', '\u00AD', '\u203A']]
  ])('returns a string for every text of up to five characters its rules look at (%s)', (_, alphabet) => {
    let texts = ['']
    let checked = 0
    for (let length = 1; length <= 5; length++) {
      texts = texts.flatMap((text) => alphabet.map((character) => text + character))
      for (const text of texts) {
        const once = fixMojibake(text)
        if (typeof once !== 'string' || fixMojibake(once) !== once) expect.fail(`${JSON.stringify(text)} → ${JSON.stringify(once)}`)
        checked++
      }
    }
    expect(checked).toBe(11 + 11 ** 2 + 11 ** 3 + 11 ** 4 + 11 ** 5)
  })

  it('is idempotent', () => {
    const text = fc.oneof(
      naturalText,
      naturalText.map((value) => misread(value, 'windows-1252')),
      fc.tuple(naturalText, fc.constantFrom(...readings)).map(([value, reading]) => misread(value, reading)),
      fc.string({unit: 'binary'})
    )
    fc.assert(
      fc.property(text, (value) => {
        const once = fixMojibake(value)
        return fixMojibake(once) === once
      }),
      {numRuns: 2000}
    )
  })
})

describe('NEL inside mojibake', () => {
  it.each([
    ['Ã\u0085ngström', 1, true],
    ['Ñ\u0085орошо', 1, true],
    ['wait\u0085 what', 4, true],
    ['it\u0092s\u0085next', 4, true],
    ['line one\u0085line two', 8, false],
    ['\u0085', 0, false]
  ] as const)('%j at %i is mojibake: %s', (text, index, expected) => {
    expect(isMojibakeNel(text, index)).toBe(expected)
  })
})

describe('code pages', () => {
  const bytes = Uint8Array.from({length: 128}, (_, index) => 0x80 + index)

  it.each(codePages.filter((page) => page !== 'cp437' && page !== 'windows-1252'))('%s is the WHATWG index, as TextDecoder reads it', (page) => {
    expect(upperHalf(page)).toBe(new TextDecoder(page).decode(bytes))
  })

  it('Windows-1252 is the WHATWG index: Latin-1 above 0x9F, its own characters below', () => {
    const half = upperHalf('windows-1252')!
    for (let byte = 0xa0; byte <= 0xff; byte++) expect(half.charCodeAt(byte - 0x80)).toBe(byte)
    // Windows-1254 shares 0x80–0x9F but for bytes it leaves undefined.
    const turkish = upperHalf('windows-1254')!
    for (let index = 0; index < 32; index++) {
      if (turkish.charCodeAt(index) >= 0xa0 && turkish.charAt(index) !== '\uFFFD') expect(half.charAt(index)).toBe(turkish.charAt(index))
    }
    expect([...half.slice(0, 32)].filter((character) => character.charCodeAt(0) < 0xa0)).toEqual(['\u0081', '\u008D', '\u008F', '\u0090', '\u009D'])
  })

  it.each(codePages)('%s has distinct characters and encodes back to the same bytes', (page: CodePage) => {
    const half = upperHalf(page)!
    const defined = [...half].filter((character) => character !== '\uFFFD')
    expect(new Set(defined).size).toBe(defined.length)
    const encoder = encoderFor(page)
    for (let index = 0; index < 128; index++) if (half.charAt(index) !== '\uFFFD') expect(encoder[half.charCodeAt(index)]).toBe(0x80 + index)
  })

  it.each([
    [0x80, 'Ç'],
    [0xb0, '░'],
    [0xc9, '╔'],
    [0xe0, 'α'],
    [0xfb, '√'],
    [0xff, '\u00A0']
  ] as const)('cp437 0x%s is %j', (byte, character) => {
    expect(upperHalf('cp437')!.charAt(byte - 0x80)).toBe(character)
  })
})
