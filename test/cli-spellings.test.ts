import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable, Writable} from 'node:stream'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'

const dir = mkdtempSync(join(tmpdir(), 'copydesk-spellings-'))
const pages = JSON.parse(readFileSync(new URL('../bench/aeb-dev/pages.json', import.meta.url), 'utf8')).pages as Record<
  string,
  {extracted: Record<string, string | null>}
>
const texts = Object.values(pages).flatMap((page) => Object.values(page.extracted).filter((text): text is string => typeof text === 'string' && text !== ''))

async function copydesk(args: string[], stdin = ''): Promise<{code: number; stdout: string; stderr: string}> {
  const out: Buffer[] = []
  const err: Buffer[] = []
  const sink = (into: Buffer[]) =>
    new Writable({
      write(chunk, _encoding, callback) {
        into.push(Buffer.from(chunk))
        callback()
      }
    })
  const code = await main(args, {stdin: Readable.from([Buffer.from(stdin)]), stdout: sink(out), stderr: sink(err)})
  return {code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString()}
}

const jsonl = (docs: readonly string[]) => docs.map((text, id) => JSON.stringify({id, text}) + '\n').join('')

describe('spellings map-reduce', () => {
  const single = copydesk(['spellings', '--jsonl'], jsonl(texts))

  it('finds proposals in one run', async () => {
    const {code, stdout} = await single
    expect(code).toBe(0)
    expect(stdout.split('\n').filter(Boolean).length).toBeGreaterThan(10)
  })

  it('gives the same proposals from merged shards as from one run, however the corpus is split (property)', async () => {
    const expected = (await single).stdout
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({min: 1, max: texts.length}), {minLength: 1, maxLength: 4}), async (cuts) => {
        const bounds = [...new Set([0, ...cuts.sort((a, b) => a - b), texts.length])]
        const shards: string[] = []
        for (let i = 0; i + 1 < bounds.length; i++) {
          const file = join(dir, `shard-${i}.json`)
          const {code} = await copydesk(['spellings', '--jsonl', '--stats-out', file], jsonl(texts.slice(bounds[i], bounds[i + 1])))
          expect(code).toBe(0)
          shards.push(file)
        }
        const merged = await copydesk(['spellings', '--merge', ...shards.reverse()])
        expect(merged.code).toBe(0)
        expect(merged.stdout).toBe(expected)
      }),
      {numRuns: 5}
    )
  })

  it('merges statistics from stdin, one per line, and merges merged statistics again (tree reduction)', async () => {
    const half = Math.floor(texts.length / 2)
    const a = (await copydesk(['spellings', '--jsonl', '--stats-out', '-'], jsonl(texts.slice(0, half)))).stdout
    const b = (await copydesk(['spellings', '--jsonl', '--stats-out', '-'], jsonl(texts.slice(half)))).stdout
    expect((await copydesk(['spellings', '--merge'], a + b)).stdout).toBe((await single).stdout)
    const ab = (await copydesk(['spellings', '--merge', '--stats-out', '-'], a + b)).stdout
    expect((await copydesk(['spellings', '--merge'], ab)).stdout).toBe((await single).stdout)
  })

  it('reads each text file as one document', async () => {
    const files = texts.slice(0, 40).map((text, i) => {
      const file = join(dir, `doc-${i}.txt`)
      writeFileSync(file, text)
      return file
    })
    expect((await copydesk(['spellings', ...files])).stdout).toBe((await copydesk(['spellings', '--jsonl'], jsonl(texts.slice(0, 40)))).stdout)
  })

  it('reports a bad record with its line, skips it and exits 1', async () => {
    const {code, stderr} = await copydesk(['spellings', '--jsonl'], `${JSON.stringify({text: 'fine'})}\nnope\n`)
    expect(code).toBe(1)
    expect(stderr).toContain('<stdin>:2: not JSON')
  })

  it('refuses a statistics line it cannot read (exit 2), rather than dropping a shard', async () => {
    const {code, stderr} = await copydesk(['spellings', '--merge'], '{"type": "something else"}\n')
    expect(code).toBe(2)
    expect(stderr).toContain('<stdin>:1: not spelling statistics')
  })
})

describe('spellings from the command line', () => {
  const seeds = new URL('../seeds/', import.meta.url)
  const files = [
    '000_569af519a99d363d.txt',
    '001_2a91903f997600ae.txt',
    '002_992f8b7952b07537.txt',
    '003_420fdd421839ce49.txt',
    '004_c19ba687a3ea003f.txt'
  ].map((name) => new URL(name, seeds).pathname)

  it('lists proposals with their evidence for reviewers, and as JSON Lines with --json', async () => {
    const text = await copydesk(['spellings', ...files])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/^Hehe → Heihe {2}context {2}1× \/ 2× {2}distance 1 {2}en {2}e\.g\. city of ___/m)
    const json = await copydesk(['spellings', '--json', ...files])
    const proposals = json.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as {variant: string; canonical: string})
    expect(proposals).toContainEqual(expect.objectContaining({variant: 'Chinas', canonical: "China's"}))
  })

  it('applies a reviewed list with clean --spellings, reporting each replacement', async () => {
    const reviewed = join(dir, 'reviewed.jsonl')
    writeFileSync(reviewed, JSON.stringify({variant: 'Hehe', canonical: 'Heihe'}) + '\n')
    const {code, stdout} = await copydesk(['clean', '--json', '--spellings', reviewed, files[1]!])
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as {text: string; replaced: Array<{variant: string; canonical: string; start: number; end: number}>}
    expect(result.text).toContain('northern Chinese city of Heihe')
    expect(result.text).not.toContain('Hehe')
    expect(result.replaced).toHaveLength(1)
    expect(result.replaced[0]).toMatchObject({variant: 'Hehe', canonical: 'Heihe'})
  })

  it('names a spellings file it cannot read or parse, with exit code 2', async () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{"variant": 1}\n')
    for (const file of [join(dir, 'missing.json'), bad]) {
      const {code, stderr} = await copydesk(['clean', '--spellings', file, files[1]!])
      expect(code).toBe(2)
      expect(stderr).toContain(file)
    }
  })
})

describe('spellings input decoding', () => {
  const corpus = jsonl([
    'Talks in the northern city of Heihe ended.',
    'Talks in the northern city of Heihe went on.',
    'Talks in the northern city of Hehe began.'
  ])

  it('reads a UTF-16LE file with a byte order mark as the same records as UTF-8', async () => {
    const utf8 = join(dir, 'corpus-utf8.jsonl')
    const utf16 = join(dir, 'corpus-utf16.jsonl')
    writeFileSync(utf8, corpus)
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(corpus, 'utf16le')]))
    const expected = await copydesk(['spellings', '--jsonl', '--json', utf8])
    const actual = await copydesk(['spellings', '--jsonl', '--json', utf16])
    expect(expected.code).toBe(0)
    expect(actual).toEqual(expected)
  })

  it('says where a byte is not valid UTF-8 instead of reading it silently', async () => {
    const bad = join(dir, 'corpus-bad.jsonl')
    writeFileSync(bad, Buffer.concat([Buffer.from('{"text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n'), Buffer.from(corpus)]))
    const {stderr} = await copydesk(['spellings', '--jsonl', bad])
    expect(stderr).toContain(`${bad}: not valid utf-8 at byte 13`)
  })
})
