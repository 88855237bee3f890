import {execFile, spawn} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough, Readable} from 'node:stream'
import {promisify} from 'node:util'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {batchBytes, readBatches} from '../src/cli/batches.js'
import {parseWorkers} from '../src/cli/clean.js'
import {main} from '../src/cli/main.js'
import {mapOrdered} from '../src/cli/pool.js'
import {createProgress} from '../src/cli/progress.js'
import {sink} from './cli-io.js'
import {clean} from '../src/index.js'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'copydesk-jsonl-'))
const cli = new URL('../dist/cli.js', import.meta.url)

/** Run the CLI in-process on `stdin` (given in chunks). */
async function copydesk(args: string[], stdin: string | string[] = ''): Promise<{code: number; stdout: string; stderr: string}> {
  const stdout = sink()
  const stderr = sink()
  const chunks = typeof stdin === 'string' ? [stdin] : stdin
  const code = await main(args, {stdin: Readable.from(chunks.map((chunk) => Buffer.from(chunk))), stdout: stdout.stream, stderr: stderr.stream})
  return {code, stdout: stdout.text(), stderr: stderr.text()}
}

const lines = (text: string): unknown[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))

const seeds = readdirSync(new URL('../seeds/', import.meta.url))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(`../seeds/${name}`, import.meta.url), 'utf8'))
const story = 'By AFP\n\nXi backs Russia, state media said.\n\nBack to Top'
const plain = 'Xi backs Russia, state media said, and the talks go on.'

describe('clean --jsonl', () => {
  it('cleans the field, keeps every other field and adds removed, in order', async () => {
    const records = [
      {id: 1, text: story, meta: {source: 'afp'}},
      {id: 2, text: plain},
      {text: 'Chinese President Xi Jinping.\n\nRead more: Xi in Moscow', id: 3}
    ]
    const {code, stdout, stderr} = await copydesk(['clean', '--jsonl', '--workers', '1'], records.map((r) => JSON.stringify(r) + '\n').join(''))
    expect({code, stderr}).toEqual({code: 0, stderr: ''})
    expect(lines(stdout)).toEqual(records.map((record) => ({...record, text: clean(record.text).text, removed: clean(record.text).removed})))
    expect((lines(stdout)[0] as {removed: Array<{kind: string}>}).removed.map((r) => r.kind)).toEqual(['byline', 'navigation'])
  })

  it('cleans the field named by --field and leaves a field called text alone', async () => {
    const input = JSON.stringify({text: story, body: story}) + '\n'
    const [out] = lines((await copydesk(['clean', '--jsonl', '--field', 'body', '--workers', '1'], input)).stdout) as Array<Record<string, unknown>>
    expect(out).toEqual({text: story, body: clean(story).text, removed: clean(story).removed})
  })

  it('reassembles lines split across chunks, multi-byte characters included, and reads CRLF', async () => {
    const text = JSON.stringify({text: 'Zoë’s café “reopened” on Friday, the owner said.'})
    const input = `${text}\r\n${text}\n${text}`
    const chunks = [...Buffer.from(input)].map((byte) => String.fromCharCode(byte))
    // Feed it one byte at a time, as latin1 strings turned back into bytes.
    const stdout = sink()
    const code = await main(['clean', '--jsonl', '--workers', '1'], {
      stdin: Readable.from(chunks.map((c) => Buffer.from(c, 'latin1'))),
      stdout: stdout.stream,
      stderr: sink().stream
    })
    expect(code).toBe(0)
    expect(lines(stdout.text())).toEqual(Array(3).fill({text: clean(JSON.parse(text).text).text, removed: []}))
  })

  it('skips blank lines but counts them in line numbers', async () => {
    const {code, stdout, stderr} = await copydesk(['clean', '--jsonl', '--workers', '1'], `\n${JSON.stringify({text: plain})}\n  \nnope\n`)
    expect(code).toBe(1)
    expect(lines(stdout)).toHaveLength(2)
    expect(stderr).toContain('<stdin>:4: not JSON')
  })
})

describe('clean --jsonl, bad records', () => {
  const good = JSON.stringify({id: 1, text: plain})
  const cases: Array<[string, string, unknown, string]> = [
    ['not JSON', '{"id": 2, "text": ', {input: '{"id": 2, "text": ', error: expect.stringMatching(/^not JSON: /)}, '<stdin>:2: not JSON: '],
    ['a JSON array', '[1, 2]', {input: '[1, 2]', error: 'not a JSON object: got an array'}, '<stdin>:2: not a JSON object: got an array'],
    ['a JSON string', '"text"', {input: '"text"', error: "not a JSON object: got 'text'"}, '<stdin>:2: not a JSON object'],
    ['no field', '{"id": 2, "body": "x"}', {id: 2, body: 'x', error: 'no "text" field'}, '<stdin>:2: no "text" field'],
    ['a null field', '{"id": 2, "text": null}', {id: 2, text: null, error: '"text" is null, not a string'}, '<stdin>:2: "text" is null'],
    ['a number field', '{"id": 2, "text": 5}', {id: 2, text: 5, error: '"text" is number 5, not a string'}, '<stdin>:2: "text" is number 5']
  ]

  it.each(cases)('passes %s through with an error field, reports its line and exits 1', async (_name, bad, expected, message) => {
    const {code, stdout, stderr} = await copydesk(['clean', '--jsonl', '--workers', '1'], `${good}\n${bad}\n${good}\n`)
    expect(code).toBe(1)
    const out = lines(stdout)
    expect(out).toHaveLength(3)
    expect(out[1]).toEqual(expected)
    expect(out[0]).toEqual(out[2])
    expect(stderr).toContain(`copydesk: ${message}`)
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('copydesk: 1 of 3 records failed')
  })

  it('exits 0 and prints no count when every record is good (look-alike: an "error" field in the data)', async () => {
    const {code, stdout, stderr} = await copydesk(['clean', '--jsonl', '--workers', '1'], JSON.stringify({text: plain, error: 'upstream'}) + '\n')
    expect({code, stderr}).toEqual({code: 0, stderr: ''})
    expect(lines(stdout)).toEqual([{text: plain, error: 'upstream', removed: []}])
  })

  it('stops at the first bad record with --strict, after writing the ones before it', async () => {
    const {code, stdout, stderr} = await copydesk(['clean', '--jsonl', '--strict', '--workers', '1'], `${good}\n{"text": 1}\n${good}\n`)
    expect(code).toBe(1)
    expect(lines(stdout)).toEqual([{id: 1, text: plain, removed: []}])
    expect(stderr).toBe('copydesk: <stdin>:2: "text" is number 1, not a string\ncopydesk: 1 of 2 records failed (stopped: --strict)\n')
  })

  it('numbers lines per file', async () => {
    const a = join(dir, 'a.jsonl')
    const b = join(dir, 'b.jsonl')
    writeFileSync(a, `${good}\n${good}\n`)
    writeFileSync(b, `${good}\nbad\n`)
    const {code, stdout, stderr} = await copydesk(['clean', '--jsonl', '--workers', '1', a, b])
    expect(code).toBe(1)
    expect(lines(stdout)).toHaveLength(4)
    expect(stderr).toContain(`copydesk: ${b}:2: not JSON`)
  })
})

describe('clean --jsonl --report', () => {
  it('writes removals to the report, one line per record, and none inline', async () => {
    const report = join(dir, 'report.jsonl')
    const input = [{id: 1, text: story}, {id: 2}, {id: 3, text: plain}].map((r) => JSON.stringify(r)).join('\n')
    const {code, stdout} = await copydesk(['clean', '--jsonl', '--workers', '1', '--report', report], input)
    expect(code).toBe(1)
    expect(lines(stdout)).toEqual([
      {id: 1, text: clean(story).text},
      {id: 2, error: 'no "text" field'},
      {id: 3, text: plain}
    ])
    expect(lines(readFileSync(report, 'utf8'))).toEqual([
      {file: '<stdin>', line: 1, removed: clean(story).removed},
      {file: '<stdin>', line: 2, error: 'no "text" field'},
      {file: '<stdin>', line: 3, removed: []}
    ])
  })
})

describe('clean --jsonl changes only the cleaned field and removed (issue #16)', () => {
  const S = JSON.stringify(story)
  const T = JSON.stringify(clean(story).text)
  const R = JSON.stringify(clean(story).removed)
  const P = JSON.stringify(plain)
  const cases: Array<[string, string, string]> = [
    [
      'the issue: a 64-bit id, a big number, 1e400, -0 and a duplicate key',
      `{"id":1234567890123456789, "big":123456789012345678901234567890, "tiny":1e400, "neg":-0, "dup":"first", "dup":"second", "text":${S}}`,
      `{"id":1234567890123456789, "big":123456789012345678901234567890, "tiny":1e400, "neg":-0, "dup":"first", "dup":"second", "text":${T},"removed":${R}}`
    ],
    [
      'exponents, trailing zeros and negative numbers',
      `{"a":1E-400,"b":2.50,"c":-1e+2,"d":0.1e1,"text":${S}}`,
      `{"a":1E-400,"b":2.50,"c":-1e+2,"d":0.1e1,"text":${T},"removed":${R}}`
    ],
    ['a repeated field: the last one is cleaned (the one JSON.parse reads)', `{"text":"first","text":${S}}`, `{"text":"first","text":${T},"removed":${R}}`],
    [
      'unicode escapes in keys and values',
      `{"t\\u0065xt":${S},"name":"Zo\\u00eb \\ud83d\\ude00","slash":"\\/"}`,
      `{"t\\u0065xt":${T},"name":"Zo\\u00eb \\ud83d\\ude00","slash":"\\/","removed":${R}}`
    ],
    [
      'key order, whitespace and nested fields of the same name',
      ` { "z" : 1 ,\t"text" : ${S} , "a" : [1, {"text": "nested"}], "o": {"removed": []} }  `,
      ` { "z" : 1 ,\t"text" : ${T} , "a" : [1, {"text": "nested"}], "o": {"removed": []} ,"removed":${R}}  `
    ],
    ['an existing removed field is replaced where it stands', `{"removed":null,"text":${S},"x":"}"}`, `{"removed":${R},"text":${T},"x":"}"}`],
    [
      'strings holding escaped quotes, backslashes and braces',
      `{"a":"\\\\\\"}{\\\\","text":${P},"b":"\\\\"}`,
      `{"a":"\\\\\\"}{\\\\","text":${P},"b":"\\\\","removed":[]}`
    ],
    [
      'a bad record keeps its bytes and gains an error field',
      `{"id":12345678901234567890,"n":-0,"text":5}`,
      `{"id":12345678901234567890,"n":-0,"text":5,"error":"\\"text\\" is number 5, not a string"}`
    ],
    ['an error field from upstream is replaced where it stands', `{"error":"upstream","id":1e400}`, `{"error":"no \\"text\\" field","id":1e400}`]
  ]

  it.each(cases)('%s', async (_name, input, expected) => {
    const {stdout} = await copydesk(['clean', '--jsonl', '--workers', '1'], input + '\n')
    expect(stdout).toBe(expected + '\n')
  })

  it('gives the same bytes on worker threads (built CLI)', async () => {
    const feed = join(dir, 'fidelity.jsonl')
    // Enough copies for several batches, so both workers take some.
    const inputs = Array.from({length: 300}, (_, i) => cases[i % cases.length]![1])
    writeFileSync(feed, inputs.join('\n') + '\n')
    const {stdout} = await run(process.execPath, [cli.pathname, 'clean', '--jsonl', '--workers', '2', feed], {maxBuffer: 1 << 28}).catch((error) => error)
    expect(stdout).toBe(inputs.map((_, i) => cases[i % cases.length]![2] + '\n').join(''))
  })

  // A JSON number literal of any size or form, as a producer may write one.
  const number = fc.oneof(
    fc.bigInt({min: -(10n ** 30n), max: 10n ** 30n}).map(String),
    fc
      .tuple(fc.integer({min: 0, max: 99}), fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({min: 0, max: 999}))
      .map(([a, e, s, b]) => `${a}${e}${s}${b}`),
    fc.constantFrom('-0', '0.0', '1.10', '-0.0e0')
  )
  // Keys written with escapes now and then; JSON values from fast-check or number literals.
  const escaped = (key: string) =>
    JSON.stringify(key).replace(/(?<!\\)[a-z]/g, (char) => (char.charCodeAt(0) % 3 === 0 ? `\\u00${char.charCodeAt(0).toString(16)}` : char))
  const member = fc.tuple(fc.oneof(fc.string(), fc.constantFrom('text', 'removed', 'id')).map(escaped), fc.oneof(fc.json(), number))
  const space = fc.constantFrom('', ' ', '\t', '  ', '\r ')

  it('changes only the field and removed in any object (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(member, {maxLength: 6}),
        fc.array(member, {maxLength: 6}),
        space,
        fc.constantFrom(story, plain, ''),
        async (before, after, ws, text) => {
          // Members named like the field or `removed` keep the line's meaning ambiguous: keep them out of the rest.
          const named = (key: string) => ['text', 'removed'].includes(JSON.parse(key) as string)
          const others = [...before, ...after].filter(([key]) => !named(key))
          const head = others.slice(0, before.length)
          const tail = others.slice(before.length)
          const join = (members: Array<[string, string]>) => members.map(([key, value]) => `${ws}${key}${ws}:${ws}${value}${ws}`).join(',')
          const line = (value: string, extra = '') =>
            `${ws}{${[join(head), `${ws}"text"${ws}:${ws}${value}${ws}`, join(tail)].filter(Boolean).join(',')}${extra}}${ws}`
          const result = clean(text)
          const {stdout} = await copydesk(['clean', '--jsonl', '--workers', '1'], line(JSON.stringify(text)) + '\n')
          expect(stdout).toBe(line(JSON.stringify(result.text), `,"removed":${JSON.stringify(result.removed)}`) + '\n')
        }
      ),
      {numRuns: 300}
    )
  })
})

describe('clean --jsonl --workers: capped at the available cores (issue #16)', () => {
  it.each([
    ['999', 2, {workers: 2, capped: 999}],
    ['3', 2, {workers: 2, capped: 3}],
    ['2', 2, {workers: 2}],
    ['1', 8, {workers: 1}],
    [undefined, 4, {workers: 4}]
  ])('--workers %s on %i cores', (value, cores, expected) => {
    expect(parseWorkers(value, cores)).toEqual(expected)
  })

  it('runs the built CLI with --workers 999 as with the available cores', async () => {
    const feed = join(dir, 'many-workers.jsonl')
    writeFileSync(feed, (JSON.stringify({text: seeds[0]}) + '\n').repeat(200))
    const cores = availableParallelism()
    const many = await run(process.execPath, [cli.pathname, 'clean', '--jsonl', '--workers', '999', feed], {maxBuffer: 1 << 28})
    const some = await run(process.execPath, [cli.pathname, 'clean', '--jsonl', '--workers', String(cores), feed], {maxBuffer: 1 << 28})
    expect(many.stdout).toBe(some.stdout)
    expect(many.stderr).toBe(`copydesk: --workers 999 is more than the ${cores} available cores; using ${cores}\n`)
  })
})

describe('clean --jsonl, usage errors exit 2 before any output', () => {
  it.each([
    [['--workers', '0'], '--workers must be a positive integer'],
    [['--workers', '1.5'], '--workers must be a positive integer'],
    [['--json'], '--json and --jsonl cannot be combined'],
    [['--field', ''], '--field must not be empty'],
    [['--workers', '1', join(dir, 'missing.jsonl')], 'no such file'],
    [['--workers', '1', '--report', join(dir, 'no', 'such', 'dir.jsonl')], 'cannot write report']
  ])('%j', async (args, message) => {
    const {code, stdout, stderr} = await copydesk(['clean', '--jsonl', ...args], JSON.stringify({text: plain}))
    expect({code, stdout}).toEqual({code: 2, stdout: ''})
    expect(stderr).toContain(message)
  })

  it.each([
    ['--field', 'body'],
    ['--workers', '2'],
    ['--report', 'r.jsonl']
  ])('%s needs --jsonl', async (...args) => {
    const {code, stderr} = await copydesk(['clean', ...args], plain)
    expect(code).toBe(2)
    expect(stderr).toContain('needs --jsonl')
  })
})

describe('readBatches', () => {
  it('cuts any chunking of any lines into whole-line batches with running line numbers (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({unit: 'grapheme', maxLength: 30}).map((s) => s.replaceAll('\n', ' '))),
        fc.boolean(),
        fc.array(fc.integer({min: 1, max: 20}), {minLength: 1}),
        fc.integer({min: 1, max: 64}),
        async (rows, finalNewline, cuts, size) => {
          const text = rows.join('\n') + (finalNewline && rows.length > 0 ? '\n' : '')
          const bytes = Buffer.from(text)
          const chunks: Buffer[] = []
          for (let at = 0, i = 0; at < bytes.length; i++) {
            const next = at + cuts[i % cuts.length]!
            chunks.push(bytes.subarray(at, next))
            at = next
          }
          const batches = []
          for await (const batch of readBatches(Readable.from(chunks), 'x', {size})) batches.push(batch)
          expect(Buffer.concat(batches.map((b) => b.bytes)).toString()).toBe(text)
          let line = 1
          for (const [index, batch] of batches.entries()) {
            expect(batch.firstLine).toBe(line)
            line += batch.lines
            // Every batch but the last ends on a newline: no line is split.
            if (index < batches.length - 1) expect(batch.bytes.at(-1)).toBe(0x0a)
          }
          expect(line - 1).toBe(text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0))
        }
      ),
      {numRuns: 200}
    )
  })
})

describe('mapOrdered', () => {
  it('yields results in source order with at most `concurrency` in flight', async () => {
    let inFlight = 0
    let most = 0
    async function* source() {
      for (let i = 0; i < 30; i++) yield i
    }
    const out: number[] = []
    for await (const value of mapOrdered(
      source(),
      async (i) => {
        most = Math.max(most, ++inFlight)
        await new Promise((resolve) => setTimeout(resolve, (i * 7) % 5))
        inFlight--
        return i * 2
      },
      4
    )) {
      out.push(value)
    }
    expect(out).toEqual(Array.from({length: 30}, (_, i) => i * 2))
    expect(most).toBe(4)
  })

  it('rethrows a failure when its turn comes, not earlier', async () => {
    async function* source() {
      yield* [1, 2, 3]
    }
    const out: number[] = []
    const iterate = async () => {
      for await (const value of mapOrdered(source(), async (i) => (i === 2 ? Promise.reject(new Error('two')) : i), 3)) out.push(value)
    }
    await expect(iterate()).rejects.toThrow('two')
    expect(out).toEqual([1])
  })
})

describe('progress', () => {
  it('draws records, MB and rate on a terminal, and passes messages through', async () => {
    const tty = Object.assign(new PassThrough(), {isTTY: true, columns: 120})
    let drawn = ''
    tty.on('data', (chunk) => (drawn += String(chunk)))
    const progress = createProgress(tty, 2_000_000, true)
    progress.update(42, 1_000_000)
    await progress.log('copydesk: x:1: not JSON\n')
    progress.stop()
    expect(drawn).toContain('42 records | 1.0 MB')
    expect(drawn).toContain('50%')
    expect(drawn).toContain('copydesk: x:1: not JSON')
  })

  it.each([
    ['a pipe', false, true],
    ['a terminal with --quiet', true, false]
  ])('draws nothing on %s', async (_name, isTTY, enabled) => {
    const stream = Object.assign(new PassThrough(), {isTTY})
    let drawn = ''
    stream.on('data', (chunk) => (drawn += String(chunk)))
    const progress = createProgress(stream, undefined, enabled)
    progress.update(42, 1_000_000)
    await progress.log('message\n')
    progress.stop()
    expect(drawn).toBe('message\n')
  })
})

describe('clean --jsonl --workers (built CLI)', () => {
  it('gives byte-identical output and the same errors with 2 workers as with 1', async () => {
    if (!existsSync(cli)) throw new Error('run `npm run build` first: this test runs dist/cli.js')
    const feed = join(dir, 'feed.jsonl')
    const records = []
    for (let i = 0; i < 600; i++) {
      if (i % 97 === 50) records.push(`{"id": ${i}, broken`)
      else records.push(JSON.stringify({id: i, text: `${seeds[i % seeds.length]}\n\nStory number ${i} goes on, the agency said.`}))
    }
    writeFileSync(feed, records.join('\n') + '\n')
    // Several batches, so both workers get some and their results interleave.
    expect(readFileSync(feed).length).toBeGreaterThan(8 * batchBytes)
    const withWorkers = (n: string) =>
      run(process.execPath, [cli.pathname, 'clean', '--jsonl', '--workers', n, feed], {maxBuffer: 1 << 28}).catch((error) => error)
    const one = await withWorkers('1')
    const two = await withWorkers('2')
    expect(one.code).toBe(1)
    expect(two.code).toBe(1)
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toBe(one.stderr)
    expect(two.stderr).toContain(`${feed}:51: not JSON`)
    expect(lines(two.stdout).map((record) => (record as {id?: number}).id ?? 'bad')).toEqual(records.map((line, i) => (line.includes('broken') ? 'bad' : i)))
  })

  it('stops quietly with exit 0 when the reader closes the pipe early (| head)', async () => {
    const feed = join(dir, 'long.jsonl')
    writeFileSync(feed, (JSON.stringify({text: seeds[0]}) + '\n').repeat(2000))
    const child = spawn(process.execPath, [cli.pathname, 'clean', '--jsonl', '--workers', '2', feed])
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += String(chunk)))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise((resolve) => child.on('exit', resolve))
    expect({code, stderr}).toEqual({code: 0, stderr: ''})
  })
})
