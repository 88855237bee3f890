import {cleanKeys, cleanWith, resolveCleanOptions, type CleanOptions} from './clean.js'
import {describe, typeError, type OptionKeys} from './options.js'
import type {CleanResult, Removal} from './types.js'

/** Options for {@link cleanStream}: those of `clean()`, plus `field`. */
export interface CleanStreamOptions extends CleanOptions {
  /**
   * Stream records instead of strings: clean `record[field]`. Each record
   * comes out as a copy with that field cleaned, every other field kept, and
   * the removals in `removed`. The input record is not changed.
   * @default undefined (chunks are strings)
   */
  field?: string
}

/** A record coming out of {@link cleanStream} with `field` set. */
export type CleanedRecord<T> = Omit<T, 'removed'> & {removed: Removal[]}

const streamKeys = {...cleanKeys, field: true} as const satisfies OptionKeys<CleanStreamOptions>

/**
 * Clean a stream of documents: a web-standard `TransformStream` (Node ≥ 18,
 * Deno, Bun, browsers) that runs `clean()` on each chunk, in order, with
 * backpressure. Chunks are strings, coming out as `{text, removed}`; with
 * `field`, they are records whose `field` is cleaned. A chunk of the wrong
 * type errors the stream with a `TypeError` naming it.
 *
 * @example
 * const reader = ReadableStream.from(['By AFP\n\nXi backs Russia, state media said.'])
 *   .pipeThrough(cleanStream())
 *   .getReader()
 * (await reader.read()).value.text // => 'Xi backs Russia, state media said.'
 *
 * @example
 * // Records, e.g. parsed JSON Lines: `body` is cleaned, `id` kept.
 * await ReadableStream.from([{id: 1, body: 'Xi backs Russia.\n\nBack to Top'}])
 *   .pipeThrough(cleanStream({field: 'body'}))
 *   .pipeTo(new WritableStream({write: (record) => console.log(record)}))
 * // logs {id: 1, body: 'Xi backs Russia.', removed: [{kind: 'navigation', …}]}
 */
export function cleanStream(options?: CleanOptions & {field?: undefined}): TransformStream<string, CleanResult>
export function cleanStream<T extends object>(options: CleanStreamOptions & {field: string}): TransformStream<T, CleanedRecord<T>>
export function cleanStream(options: CleanStreamOptions = {}): TransformStream<unknown, unknown> {
  // Resolved now, not at the first chunk: a bad option throws here.
  const settings = resolveCleanOptions(options, streamKeys)
  const {field} = options
  if (field !== undefined && (typeof field !== 'string' || field === '')) throw typeError('options.field', 'a non-empty string', field)
  if (field === undefined) {
    return new TransformStream<unknown, CleanResult>({
      transform(chunk, controller) {
        if (typeof chunk !== 'string') throw new TypeError(`Expected each chunk to be a string, got ${describe(chunk)}`)
        controller.enqueue(cleanWith(chunk, settings))
      }
    })
  }
  return new TransformStream<unknown, object>({
    transform(chunk, controller) {
      if (chunk === null || typeof chunk !== 'object' || Array.isArray(chunk)) {
        throw new TypeError(`Expected each chunk to be a record, got ${describe(chunk)}`)
      }
      const value = (chunk as Record<string, unknown>)[field]
      if (typeof value !== 'string') throw new TypeError(`Expected \`chunk.${field}\` to be a string, got ${describe(value)}`)
      const {text, removed} = cleanWith(value, settings)
      controller.enqueue({...chunk, [field]: text, removed})
    }
  })
}
