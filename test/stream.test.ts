import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clean, cleanStream, type CleanResult} from '../src/index.js'

const seeds = readdirSync(new URL('../seeds/', import.meta.url))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(`../seeds/${name}`, import.meta.url), 'utf8'))

async function collect<T>(stream: ReadableStream<T>): Promise<T[]> {
  const out: T[] = []
  await stream.pipeTo(new WritableStream({write: (chunk) => void out.push(chunk)}))
  return out
}

function from<T>(chunks: readonly T[]): ReadableStream<T> {
  let index = 0
  return new ReadableStream<T>({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(chunks[index++]!)
      else controller.close()
    }
  })
}

describe('cleanStream, strings', () => {
  it('gives clean() of each chunk, in order', async () => {
    const inputs = [...seeds, 'By AFP\n\nXi backs Russia, state media said.', '', 'Back to Top']
    const out = await collect(from(inputs).pipeThrough(cleanStream()))
    expect(out).toEqual(inputs.map((input) => clean(input)))
    expect(out[inputs.length - 3]!.removed.map((r) => r.kind)).toEqual(['byline'])
  })

  it('passes options to clean()', async () => {
    const input = 'By AFP\n\nXi backs Russia, state media said.'
    const [kept] = await collect(from([input]).pipeThrough(cleanStream({keep: ['byline']})))
    expect(kept).toEqual(clean(input, {keep: ['byline']}))
    expect(kept!.text).toContain('By AFP')
  })

  it('equals clean() over any list of strings (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string(), fc.constantFrom(...seeds), fc.lorem({mode: 'sentences'}))), async (inputs) => {
        const out = await collect(from(inputs).pipeThrough(cleanStream()))
        expect(out).toEqual(inputs.map((input) => clean(input)))
      }),
      {numRuns: 50}
    )
  })

  it('errors the stream on a chunk that is not a string', async () => {
    await expect(collect(from<unknown>(['ok', 42]).pipeThrough(cleanStream() as TransformStream<unknown, CleanResult>))).rejects.toThrow(
      new TypeError('Expected each chunk to be a string, got number 42')
    )
  })
})

describe('cleanStream, records', () => {
  it('cleans the field, keeps the others and does not change the input', async () => {
    const record = {id: 7, body: 'By AFP\n\nXi backs Russia, state media said.', tags: ['a'], removed: 'old'}
    const snapshot = structuredClone(record)
    const [out] = await collect(from([record]).pipeThrough(cleanStream<typeof record>({field: 'body'})))
    const expected = clean(record.body)
    expect(out).toEqual({id: 7, body: expected.text, tags: ['a'], removed: expected.removed})
    expect(record).toEqual(snapshot)
  })

  it('errors on a record without the field, naming it', async () => {
    const records: object[] = [{body: 'fine'}, {text: 'wrong field'}]
    await expect(collect(from(records).pipeThrough(cleanStream({field: 'body'})))).rejects.toThrow(
      new TypeError('Expected `chunk.body` to be a string, got undefined')
    )
  })

  it('errors on a string chunk in record mode (look-alike of string mode)', async () => {
    await expect(collect(from<object>(['just text' as unknown as object]).pipeThrough(cleanStream({field: 'body'})))).rejects.toThrow(
      new TypeError("Expected each chunk to be a record, got 'just text'")
    )
  })
})

describe('cleanStream, options', () => {
  it.each([
    [{field: ''}, TypeError, '`options.field`'],
    [{field: 3 as unknown as string}, TypeError, '`options.field`'],
    [{fields: 'x'} as object, TypeError, 'Unknown option `fields`'],
    [{format: 'html'} as object, RangeError, '`options.format`'],
    [{rejoin: 'yes'} as object, TypeError, '`options.rejoin`']
  ])('rejects %o when called', (options, type, message) => {
    expect(() => cleanStream(options as {field: string})).toThrow(type)
    expect(() => cleanStream(options as {field: string})).toThrow(message)
  })
})

describe('cleanStream, backpressure', () => {
  it('pulls only a few chunks ahead of a slow reader', async () => {
    let pulled = 0
    const source = new ReadableStream<string>({
      pull(controller) {
        pulled++
        if (pulled > 1000) controller.close()
        else controller.enqueue(`Line ${pulled} of the story, which goes on.`)
      }
    })
    const reader = source.pipeThrough(cleanStream()).getReader()
    let read = 0
    for (; read < 20; read++) {
      await reader.read()
      await new Promise((resolve) => setTimeout(resolve, 1))
      expect(pulled - read).toBeLessThanOrEqual(5)
    }
    await reader.cancel()
    expect(pulled).toBeLessThan(40)
  })
})
