import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {storyWords} from './fixtures/learn/stories.js'

const pitch = 'Get our free Morning Brief every weekday'

function story(seed: number): string {
  const paragraphs = [0, 1, 2, 3].map((p) => {
    return `Story ${seed} part ${p}: the ${storyWords(seed, p)} said.`
  })
  return [...paragraphs, pitch].join('\n\n')
}

async function run(argv: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const stdin = new PassThrough()
  stdin.end()
  const code = await main(argv, {stdin, stdout, stderr})
  return {code, stdout: out, stderr: err}
}

describe('copydesk learn', () => {
  const directory = mkdtempSync(join(tmpdir(), 'copydesk-learn-'))
  const files = [1, 2, 3, 4].map((seed) => {
    const file = join(directory, `story-${seed}.txt`)
    writeFileSync(file, story(seed))
    return file
  })

  it('writes a model that clean --model uses, kind repeated', async () => {
    const learned = await run(['learn', ...files.slice(0, 3)])
    expect(learned.code).toBe(0)
    const model = join(directory, 'model.json')
    writeFileSync(model, learned.stdout)
    const cleaned = await run(['clean', '--json', '--model', model, files[3]!])
    expect(cleaned.code).toBe(0)
    const result = JSON.parse(cleaned.stdout) as {text: string; removed: Array<{kind: string; text: string}>}
    expect(result.removed).toMatchObject([{kind: 'repeated', text: pitch}])
    expect((await run(['clean', files[3]!])).stdout).toContain(pitch)
  })

  it('merges shards into the model of one pass', async () => {
    const shard = join(directory, 'shard.json')
    writeFileSync(shard, (await run(['learn', ...files.slice(0, 2)])).stdout)
    const merged = await run(['learn', '--merge', shard, ...files.slice(2)])
    expect(merged.stdout).toBe((await run(['learn', ...files])).stdout)
  })

  it.each([
    [['learn', '--min-documents', 'many', 'x'], /--min-documents must be a number/],
    [['learn', '--min-documents', '1'], /options.minDocuments/],
    [['learn', '--format', 'html'], /--format/],
    [['clean', '--model', '/nonexistent/model.json'], /cannot read model/]
  ])('exits 2 on %j', async (argv, message) => {
    const result = await run(argv)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })

  it('exits 2 on a file that is not a model', async () => {
    const bad = join(directory, 'bad.json')
    writeFileSync(bad, '{"version": 2}')
    const result = await run(['clean', '--model', bad, files[0]!])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/not a model/)
  })
})
