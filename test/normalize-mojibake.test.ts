import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fixMojibake} from '../src/index.js'
import {upperHalves} from '../src/normalize/codepages.js'
import fixtures from './fixtures/normalize/mojibake.json' with {type: 'json'}
import {misread, naturalText} from './fixtures/normalize/helpers.js'

describe('fixMojibake', () => {
  it.each(fixtures.repaired)('repairs %j (%#)', (damaged, expected) => {
    expect(fixMojibake(damaged!)).toBe(expected)
  })

  it.each(fixtures.untouched)('leaves %j alone', (text) => {
    expect(fixMojibake(text)).toBe(text)
  })

  it.each([
    ['windows-1252', 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚', 'привет'],
    ['macintosh', 'Jos√©', 'José'],
    ['cp437', 'caf├⌐', 'café']
  ] as const)('can be limited to %s', (page, damaged, expected) => {
    expect(fixMojibake(damaged, {encodings: [page]})).toBe(expected)
    const others = (['windows-1252', 'macintosh', 'cp437'] as const).filter((other) => other !== page)
    expect(fixMojibake(damaged, {encodings: others})).toBe(damaged)
  })

  it('repairs mojibake mixed into good text, and only it', () => {
    expect(fixMojibake('Café “ok” — Moscowâ€™s naïve cafÃ© 日本 ðŸ˜€')).toBe('Café “ok” — Moscow’s naïve café 日本 😀')
  })

  it('leaves the seed corpus (real news text) alone', () => {
    const directory = new URL('../seeds/', import.meta.url)
    for (const name of readdirSync(directory).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(new URL(name, directory), 'utf8')
      expect(fixMojibake(text)).toBe(text)
      expect(fixMojibake(misread(text, 'windows-1252'))).toBe(text)
    }
  })

  it('rejects bad arguments with a clear error', () => {
    expect(() => fixMojibake(42 as unknown as string)).toThrow(new TypeError('Expected `input` to be a string, got number 42'))
    expect(() => fixMojibake('x', null as never)).toThrow(TypeError)
    expect(() => fixMojibake('x', {encodings: 'cp437' as never})).toThrow(/`options.encodings` to be an array/)
    expect(() => fixMojibake('x', {encodings: ['utf-16' as never]})).toThrow(RangeError)
  })

  it('is linear on long hostile runs', () => {
    const runs = ['Ã'.repeat(200_000), 'â€'.repeat(100_000), 'Ã©'.repeat(100_000), '√π'.repeat(100_000), 'Ã¢â‚¬'.repeat(40_000)]
    for (const run of runs) expect(fixMojibake(run).length).toBeLessThanOrEqual(run.length)
    expect(fixMojibake('Ã©'.repeat(100_000))).toBe('é'.repeat(100_000))
  })

  it('leaves correct text in any script unchanged (property)', () => {
    fc.assert(
      fc.property(naturalText, (text) => fixMojibake(text) === text),
      {numRuns: 2000}
    )
  })

  it('leaves arbitrary well-formed Unicode without C1 controls unchanged (property)', () => {
    const text = fc
      .string({unit: 'binary', maxLength: 60})
      .filter((value) => (value as string & {isWellFormed(): boolean}).isWellFormed() && !/[\u0080-\u009F]/.test(value))
    fc.assert(
      fc.property(text, (value) => fixMojibake(value) === value),
      {numRuns: 5000}
    )
  })

  it.each(['windows-1252', 'latin1', 'macintosh', 'cp437'] as const)('undoes a %s misreading (property)', (page) => {
    fc.assert(
      fc.property(naturalText, (text) => fixMojibake(misread(text, page)) === text),
      {numRuns: 1000}
    )
  })

  it('undoes a Windows-1252 misreading applied twice (property)', () => {
    fc.assert(
      fc.property(naturalText, (text) => fixMojibake(misread(misread(text, 'windows-1252'), 'windows-1252')) === text),
      {numRuns: 1000}
    )
  })

  it('is idempotent (property)', () => {
    const text = fc.oneof(
      naturalText,
      naturalText.map((value) => misread(value, 'windows-1252')),
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

describe('code pages', () => {
  it('match the WHATWG Mac OS Roman index', () => {
    const bytes = Uint8Array.from({length: 128}, (_, index) => 0x80 + index)
    expect(upperHalves.macintosh).toBe(new TextDecoder('macintosh').decode(bytes))
  })

  it('have 128 distinct characters each', () => {
    for (const half of Object.values(upperHalves)) expect(new Set(half).size).toBe(128)
  })

  it.each([
    ['windows-1252', 0x80, '€'],
    ['windows-1252', 0x92, '’'],
    ['windows-1252', 0x9f, 'Ÿ'],
    ['windows-1252', 0x81, '\u0081'],
    ['windows-1252', 0xe9, 'é'],
    ['cp437', 0x80, 'Ç'],
    ['cp437', 0xb0, '░'],
    ['cp437', 0xc9, '╔'],
    ['cp437', 0xe0, 'α'],
    ['cp437', 0xfb, '√'],
    ['cp437', 0xff, '\u00A0']
  ] as const)('%s 0x%s is %j', (page, byte, character) => {
    expect(upperHalves[page].charAt(byte - 0x80)).toBe(character)
  })

  it('Windows-1252 upper quarter is Latin-1', () => {
    for (let byte = 0xa0; byte <= 0xff; byte++) expect(upperHalves['windows-1252'].charCodeAt(byte - 0x80)).toBe(byte)
  })
})
