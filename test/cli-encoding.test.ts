// Issue #16, item 3: input decoding is never silent. A BOM picks UTF-8,
// UTF-16LE or UTF-16BE; --encoding takes any WHATWG label; bytes the encoding
// does not allow are reported with the file and byte offset, counted, and
// stop the run with --strict. The texts are the UDHR in many scripts,
// encoded through each code page here (the inverse of TextDecoder's table).
import {execFile} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {promisify} from 'node:util'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readBatches} from '../src/cli/batches.js'
import {main} from '../src/cli/main.js'
import {sink} from './cli-io.js'
import {clean, normalize} from '../src/index.js'
import {upperHalf} from '../src/normalize/codepages.js'
import {declarations} from './fixtures/udhr/index.mjs'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'copydesk-encoding-'))
const cli = new URL('../dist/cli.js', import.meta.url).pathname

/** Run the CLI in-process with `stdin` as bytes, cut into chunks of `chunk` bytes. */
async function copydesk(args: string[], stdin: Uint8Array = new Uint8Array(0), chunk = 1 << 16): Promise<{code: number; stdout: string; stderr: string}> {
  const stdout = sink()
  const stderr = sink()
  const chunks: Buffer[] = []
  for (let at = 0; at < stdin.length; at += chunk) chunks.push(Buffer.from(stdin.subarray(at, at + chunk)))
  const code = await main(args, {stdin: Readable.from(chunks), stdout: stdout.stream, stderr: stderr.stream})
  return {code, stdout: stdout.text(), stderr: stderr.text()}
}

const udhr = declarations()
const texts = (code: string): string[] => udhr.find((declaration) => declaration.code === code)!.blocks.map((block) => block.text)

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const utf16le = (text: string): Uint8Array => Buffer.from(text, 'utf16le')
const utf16be = (text: string): Uint8Array => Buffer.from(text, 'utf16le').swap16()
const concat = (...parts: Uint8Array[]): Uint8Array => Buffer.concat(parts)
const boms = {utf8: utf8('\uFEFF'), utf16le: Uint8Array.of(0xff, 0xfe), utf16be: Uint8Array.of(0xfe, 0xff)}

/**
 * An encoder for a legacy encoding, built from its decoder: every single
 * byte, and every two-byte sequence of a multi-byte encoding, decoded once.
 * Returns undefined for text with a character the encoding lacks.
 */
function encoderFor(label: string): (text: string) => Uint8Array | undefined {
  const decoder = new TextDecoder(label, {fatal: true})
  const table = new Map<string, number[]>()
  // Node 20 decodes windows-1252 as ISO-8859-1: take the standard's upper half from the library's table.
  if (label === 'windows-1252') for (const [index, char] of [...upperHalf('windows-1252')!].entries()) table.set(char, [0x80 + index])
  const add = (bytes: number[]) => {
    try {
      const char = decoder.decode(Uint8Array.from(bytes))
      if ([...char].length === 1 && !table.has(char)) table.set(char, bytes)
      return true
    } catch {
      return false
    }
  }
  for (let lead = 0; lead < 256; lead++) {
    if (add([lead])) continue
    for (let trail = 0x30; trail < 256; trail++) add([lead, trail])
  }
  return (text) => {
    const bytes: number[] = []
    for (const char of text) {
      const encoded = table.get(char)
      if (!encoded) return undefined
      bytes.push(...encoded)
    }
    return Uint8Array.from(bytes)
  }
}

// The UDHR in a language, and the legacy encodings its text was commonly published in.
const codePages: Array<[string, string]> = [
  ['rus', 'windows-1251'],
  ['ukr', 'koi8-u'],
  ['fra', 'windows-1252'],
  ['deu_1996', 'iso-8859-15'],
  ['pol', 'iso-8859-2'],
  ['ces', 'windows-1250'],
  ['tur', 'windows-1254'],
  ['ell_monotonic', 'iso-8859-7'],
  ['heb', 'windows-1255'],
  ['arb', 'windows-1256'],
  ['vie', 'windows-1258'],
  ['jpn', 'shift_jis'],
  ['jpn', 'euc-jp'],
  ['cmn_hans', 'gbk'],
  ['cmn_hans', 'gb18030'],
  ['cmn_hant', 'big5'],
  ['kor', 'euc-kr']
]

describe('byte order marks pick the encoding', () => {
  const text = ['By AFP', ...texts('rus').slice(0, 4), ...texts('cmn_hans').slice(0, 3), 'Emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 stay.', 'Back to Top'].join('\n\n')
  const expected = clean(text).text + '\n'

  it.each([
    ['UTF-8 with a BOM', concat(boms.utf8, utf8(text))],
    ['UTF-16LE with a BOM', concat(boms.utf16le, utf16le(text))],
    ['UTF-16BE with a BOM', concat(boms.utf16be, utf16be(text))]
  ])('clean reads %s as the text it encodes', async (_name, bytes) => {
    const file = join(dir, 'bom.txt')
    writeFileSync(file, bytes)
    expect(await copydesk(['clean', file])).toEqual({code: 0, stdout: expected, stderr: ''})
    expect(await copydesk(['clean'], bytes, 7)).toEqual({code: 0, stdout: expected, stderr: ''})
  })

  it('a BOM wins over --encoding (the Encoding Standard)', async () => {
    expect(await copydesk(['normalize', '--encoding', 'windows-1252'], concat(boms.utf16le, utf16le('Zoë’s café')))).toEqual({
      code: 0,
      stdout: "Zoë's café\n",
      stderr: ''
    })
  })

  it('warns about UTF-16 without a BOM, which is all valid UTF-8', async () => {
    const result = await copydesk(['clean'], utf16le('Xi backs Russia, state media said.'))
    expect(result.stderr).toBe('copydesk: <stdin>: NUL bytes (the first at byte 1): UTF-16 without a byte order mark? Pass --encoding utf-16le\n')
    expect(await copydesk(['clean', '--encoding', 'utf-16le'], utf16le('Xi backs Russia, state media said.'))).toEqual({
      code: 0,
      stdout: 'Xi backs Russia, state media said.\n',
      stderr: ''
    })
  })
})

describe('clean --jsonl reads UTF-16 and BOMs', () => {
  // Characters whose UTF-16 bytes hold 0x0A (Ċ U+010A, ਊ U+0A0A, 𐨊 in a surrogate pair) must not cut lines.
  const records = Array.from({length: 600}, (_, i) => ({id: i, text: `${texts('pan')[i % 20] ?? ''} Ċਊ𐨊 ${texts('rus')[i % 40]}\n\nBack to Top`}))
  const lines = records.map((record) => JSON.stringify(record)).join('\n') + '\n'
  const expected = records.map((record) => JSON.stringify({...record, text: clean(record.text).text, removed: clean(record.text).removed})).join('\n') + '\n'

  it.each([
    ['UTF-8 with a BOM', concat(boms.utf8, utf8(lines))],
    ['UTF-16LE with a BOM', concat(boms.utf16le, utf16le(lines))],
    ['UTF-16BE with a BOM', concat(boms.utf16be, utf16be(lines))],
    ['UTF-16LE with CRLF', concat(boms.utf16le, utf16le(lines.replaceAll('\n', '\r\n')))]
  ])('%s, in chunks of odd sizes', async (_name, bytes) => {
    expect(bytes.length).toBeGreaterThan(3 * 65536)
    for (const chunk of [1 << 16, 4099, 1]) {
      if (chunk === 1 && bytes.length > 300_000) continue
      expect(await copydesk(['clean', '--jsonl', '--workers', '1'], bytes, chunk)).toEqual({code: 0, stdout: expected, stderr: ''})
    }
  })

  it('on worker threads (built CLI), a UTF-16LE file with a BOM', async () => {
    const file = join(dir, 'feed-utf16.jsonl')
    writeFileSync(file, concat(boms.utf16le, utf16le(lines)))
    const {stdout, stderr} = await run(process.execPath, [cli, 'clean', '--jsonl', '--workers', '2', file], {maxBuffer: 1 << 28})
    expect({stdout, stderr}).toEqual({stdout: expected, stderr: ''})
  })

  it('cuts UTF-16 into whole lines however it is chunked (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({unit: 'binary', maxLength: 12}).map((s) => s.replace(/[\n\r]/g, ' ')),
          {minLength: 1, maxLength: 20}
        ),
        fc.constantFrom('utf-16le', 'utf-16be'),
        fc.array(fc.integer({min: 1, max: 9}), {minLength: 1}),
        fc.integer({min: 1, max: 40}),
        async (rows, encoding, cuts, size) => {
          const text = rows.join('\n') + '\n'
          const bytes = concat(encoding === 'utf-16le' ? boms.utf16le : boms.utf16be, encoding === 'utf-16le' ? utf16le(text) : utf16be(text))
          const chunks: Buffer[] = []
          for (let at = 0, i = 0; at < bytes.length; i++) {
            chunks.push(Buffer.from(bytes.subarray(at, at + cuts[i % cuts.length]!)))
            at += cuts[i % cuts.length]!
          }
          const decoded: string[] = []
          let line = 1
          for await (const batch of readBatches(Readable.from(chunks), 'x', {size})) {
            expect(batch.encoding).toBe(encoding)
            expect(batch.firstLine).toBe(line)
            expect(batch.offset % 2).toBe(0)
            line += batch.lines
            decoded.push(new TextDecoder(encoding, {ignoreBOM: true}).decode(batch.bytes))
          }
          for (const piece of decoded.slice(0, -1)) expect(piece.endsWith('\n')).toBe(true)
          expect(decoded.join('')).toBe(text)
          expect(line - 1).toBe(rows.length)
        }
      ),
      {numRuns: 300}
    )
  })
})

describe('--encoding reads legacy code pages', () => {
  it.each(codePages)('the UDHR in %s, encoded as %s', async (code, label) => {
    const encode = encoderFor(label)
    const blocks = texts(code).filter((text) => encode(text) !== undefined)
    // Most of the declaration is in the code page (a few blocks may use a character it lacks).
    expect(blocks.length).toBeGreaterThan(texts(code).length * 0.8)
    const text = blocks.join('\n\n')
    expect(await copydesk(['normalize', '--encoding', label], encode(text)!)).toEqual({code: 0, stdout: normalize(text) + '\n', stderr: ''})
    const records = blocks.map((block, id) => JSON.stringify({id, text: block})).join('\n') + '\n'
    const out = await copydesk(['clean', '--jsonl', '--workers', '1', '--encoding', label], encode(records)!, 4096)
    expect({code: out.code, stderr: out.stderr}).toEqual({code: 0, stderr: ''})
    expect(out.stdout).toBe(blocks.map((block, id) => JSON.stringify({id, text: clean(block).text, removed: clean(block).removed})).join('\n') + '\n')
  })

  it.each([
    ['latin1', 'windows-1252', 'é'],
    ['cp1251', 'windows-1251', 'ж'],
    ['sjis', 'shift_jis', 'あ'],
    [' UTF8 ', 'utf-8', 'é']
  ])('takes the label %j (%s)', async (label, name, char) => {
    const {code, stdout} = await copydesk(['normalize', '--encoding', label], name === 'utf-8' ? utf8(char) : encoderFor(name)(char)!)
    expect({code, stdout}).toEqual({code: 0, stdout: `${char}\n`})
  })

  it('reads windows-1252 bytes 0x80–0x9F as the standard says (’ “ ” € —), not as C1 controls', async () => {
    // A field that is not cleaned shows the decoding as it is.
    const line = concat(utf8('{"title":"'), Uint8Array.of(0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x97, 0x92), utf8('","text":"x"}\n'))
    const {code, stdout} = await copydesk(['clean', '--jsonl', '--workers', '1', '--encoding', 'windows-1252'], line)
    expect({code, stdout}).toEqual({code: 0, stdout: '{"title":"“Hi” €5—’","text":"x","removed":[]}\n'})
  })

  it.each([
    ['windows-1255', 0xff],
    ['iso-8859-7', 0xae],
    ['iso-8859-6', 0xa1]
  ])('reports a byte %s leaves undefined', async (label, byte) => {
    const {code, stdout, stderr} = await copydesk(['normalize', '--encoding', label], concat(utf8('abc'), Uint8Array.of(byte), utf8('def')))
    expect({code, stdout}).toEqual({code: 1, stdout: 'abc\uFFFDdef\n'})
    expect(stderr.split('\n')[0]).toBe(`copydesk: <stdin>: not valid ${label} at byte 3; the bad bytes were read as U+FFFD`)
  })

  it.each([['klingon'], ['iso-2022-kr'], ['']])('exits 2 on the label %j, naming it', async (label) => {
    for (const command of [['clean'], ['clean', '--jsonl'], ['normalize'], ['learn']]) {
      const {code, stdout, stderr} = await copydesk([...command, '--encoding', label], utf8('text'))
      expect({code, stdout}).toEqual({code: 2, stdout: ''})
      expect(stderr).toContain(`--encoding: unknown encoding '${label}'`)
    }
  })
})

// Invalid sequences, each in the middle of correct text; the offset reported is where the bad sequence starts.
const damage: Array<[string, number[]]> = [
  ['a lone continuation byte', [0x80]],
  ['a sequence cut short', [0xe2, 0x82]],
  ['an overlong encoding', [0xc0, 0xaf]],
  ['an encoded surrogate', [0xed, 0xa0, 0x80]],
  ['a byte never used', [0xff]],
  ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]]
]

describe('invalid UTF-8 is reported with its file and byte offset', () => {
  const text = texts('rus').slice(0, 6).join('\n\n')

  it.each(damage)('%s', async (_name, bad) => {
    // Cut the text at a character boundary in the middle.
    const at = utf8(text.slice(0, Math.floor(text.length / 2))).length
    const bytes = concat(utf8(text).subarray(0, at), Uint8Array.from(bad), utf8(text).subarray(at))
    const file = join(dir, 'damaged.txt')
    writeFileSync(file, bytes)
    const result = await copydesk(['clean', file])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `copydesk: ${file}: not valid utf-8 at byte ${at}; the bad bytes were read as U+FFFD\ncopydesk: 1 of 1 inputs had bytes their encoding does not allow\n`
    )
    // The output is still written, the bad bytes as U+FFFD, as the Encoding Standard decodes them.
    expect(result.stdout).toBe(clean(new TextDecoder().decode(bytes)).text + '\n')
    const strict = await copydesk(['clean', '--strict', file])
    expect({code: strict.code, stdout: strict.stdout}).toEqual({code: 1, stdout: ''})
    expect(strict.stderr).toContain('(stopped: --strict)')
  })

  it('finds the offset of any damage in any text (property)', async () => {
    const lines = udhr.flatMap((declaration) => declaration.blocks.slice(0, 2).map((block) => block.text))
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...lines), fc.nat(), fc.constantFrom(...damage), async (line, cut, [, bad]) => {
        const chars = [...line]
        const at = utf8(chars.slice(0, cut % (chars.length + 1)).join('')).length
        const bytes = concat(utf8(line).subarray(0, at), Uint8Array.from(bad), utf8(line).subarray(at))
        const {code, stderr} = await copydesk(['normalize'], bytes)
        expect(code).toBe(1)
        expect(stderr.split('\n')[0]).toBe(`copydesk: <stdin>: not valid utf-8 at byte ${at}; the bad bytes were read as U+FFFD`)
      }),
      {numRuns: 200}
    )
  })

  it('normalize and learn warn and exit 1 too, after writing their output', async () => {
    const bytes = concat(utf8('Caf'), Uint8Array.of(0xe9), utf8(' au lait, the owner said.'))
    const normalized = await copydesk(['normalize'], bytes)
    expect(normalized).toEqual({
      code: 1,
      stdout: 'Caf\uFFFD au lait, the owner said.\n',
      stderr:
        'copydesk: <stdin>: not valid utf-8 at byte 3; the bad bytes were read as U+FFFD\ncopydesk: 1 of 1 inputs had bytes their encoding does not allow\n'
    })
    const learned = await copydesk(['learn'], bytes)
    expect(learned.code).toBe(1)
    expect(JSON.parse(learned.stdout)).toHaveProperty('lines')
    // The same bytes read as what they are: no warning.
    expect(await copydesk(['normalize', '--encoding', 'windows-1252'], bytes)).toEqual({code: 0, stdout: 'Café au lait, the owner said.\n', stderr: ''})
  })
})

describe('clean --jsonl reports invalid bytes per record, with line and byte offset', () => {
  // Records over several batches; damage in three of them, one past the first batch.
  const records = Array.from({length: 1500}, (_, id) => utf8(JSON.stringify({id, text: texts('ukr')[id % 60]}) + '\n'))
  const damaged = new Map([
    [3, 0],
    [700, 3],
    [1499, 5]
  ])
  const parts: Uint8Array[] = []
  const offsets = new Map<number, number>()
  let size = 0
  for (const [index, record] of records.entries()) {
    const which = damaged.get(index)
    if (which === undefined) parts.push(record)
    else {
      // Inside the text value, after `{"id":N,"text":"`.
      const at = utf8(JSON.stringify({id: index, text: ''}).slice(0, -2)).length
      offsets.set(index, size + at)
      parts.push(concat(record.subarray(0, at), Uint8Array.from(damage[which]![1]), record.subarray(at)))
    }
    size += parts.at(-1)!.length
  }
  const feed = concat(...parts)
  const messages = [...offsets].map(
    ([index, offset]) => `copydesk: <stdin>:${index + 1}: not valid utf-8 at byte ${offset}; the bad bytes were read as U+FFFD\n`
  )

  it('cleans the records, warns for each damaged one, counts them and exits 1', async () => {
    expect(feed.length).toBeGreaterThan(3 * 65536)
    const {code, stdout, stderr} = await copydesk(['clean', '--jsonl', '--workers', '1'], feed, 5000)
    expect(code).toBe(1)
    expect(stderr).toBe(messages.join('') + 'copydesk: 3 of 1500 records had bytes their encoding does not allow\n')
    const out = stdout.split('\n').filter(Boolean)
    expect(out).toHaveLength(1500)
    expect(out.map((line) => (JSON.parse(line) as {id: number}).id)).toEqual(records.map((_, id) => id))
    expect((JSON.parse(out[700]!) as {text: string}).text).toContain('\uFFFD')
  })

  it('stops at the first damaged record with --strict, after writing the ones before it', async () => {
    const {code, stdout, stderr} = await copydesk(['clean', '--jsonl', '--workers', '1', '--strict'], feed)
    expect(code).toBe(1)
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(3)
    expect(stderr).toBe(messages[0] + 'copydesk: 1 of 4 records had bytes their encoding does not allow (stopped: --strict)\n')
  })

  it('gives the same output and messages on worker threads (built CLI)', async () => {
    const file = join(dir, 'damaged.jsonl')
    writeFileSync(file, feed)
    const one = await run(process.execPath, [cli, 'clean', '--jsonl', '--workers', '1', file], {maxBuffer: 1 << 28}).catch((error) => error)
    const two = await run(process.execPath, [cli, 'clean', '--jsonl', '--workers', '2', file], {maxBuffer: 1 << 28}).catch((error) => error)
    expect(two.code).toBe(1)
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toBe(messages.join('').replaceAll('<stdin>', file) + 'copydesk: 3 of 1500 records had bytes their encoding does not allow\n')
  })
})
