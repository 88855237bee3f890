import type {Readable} from 'node:stream'
import {bomBytes, lastNewlineEnd, newlineEnds, newlineOf, sniffBom} from './encoding.js'

/** A run of whole lines from one input, cut so a worker can take it as is. */
export interface Batch {
  /** The input's name, for messages. */
  file: string
  /** 1-based number of the batch's first line in its input. */
  firstLine: number
  /** Lines in the batch (the last may lack its newline at the end of input). */
  lines: number
  /** Offset of the batch's first byte in its input, for messages. */
  offset: number
  /** The encoding of the bytes (a `TextDecoder` name): the input's BOM, else the one asked for. */
  encoding: string
  /** The bytes, without a BOM, in their own `ArrayBuffer`, so they can be transferred to a worker. */
  bytes: Uint8Array
}

/** Bytes per batch (a dozen feed items): posting it costs little next to cleaning it, and little is held in flight. */
export const batchBytes = 64 * 1024

/** How to cut an input into batches. */
interface ReadBatchesOptions {
  /** Bytes per batch (default: {@link batchBytes}); a longer line makes a batch of its own. */
  size?: number
  /** The encoding when the input has no byte order mark (default: `utf-8`). */
  encoding?: string
}

/**
 * Cut a byte stream into batches of whole lines of about `size` bytes. A
 * byte order mark at the start picks the encoding (UTF-8, UTF-16LE or
 * UTF-16BE) and is dropped; lines are cut at the encoding's newline, so a
 * batch never splits a character. A line longer than `size` makes one batch
 * of its own; only the current batch is buffered, so memory stays constant
 * and the reader's backpressure holds.
 */
export async function* readBatches(stream: Readable, file: string, options: ReadBatchesOptions = {}): AsyncGenerator<Batch> {
  const size = options.size ?? batchBytes
  let encoding = options.encoding ?? 'utf-8'
  let newline = newlineOf(encoding)
  let pending: Uint8Array[] = []
  let pendingBytes = 0
  let nextLine = 1
  let offset = 0
  // Bytes held back: until a BOM can be told apart, then (UTF-16) the odd
  // byte of a chunk, so every chunk searched starts on a code unit boundary
  // and a newline never straddles two chunks.
  let held: Uint8Array = new Uint8Array(0)
  let sniffed = false
  const sniff = (bytes: Uint8Array): Uint8Array => {
    sniffed = true
    const bom = sniffBom(bytes)
    if (!bom) return bytes
    encoding = bom.encoding
    newline = newlineOf(encoding)
    offset = bom.length
    return bytes.subarray(bom.length)
  }
  const take = (pieces: Uint8Array[], total: number): Batch => {
    const bytes = new Uint8Array(total)
    let at = 0
    for (const piece of pieces) {
      bytes.set(piece, at)
      at += piece.length
    }
    const ends = newlineEnds(bytes, newline)
    const lines = ends.length + (ends.at(-1) === bytes.length ? 0 : 1)
    const batch = {file, firstLine: nextLine, lines, offset, encoding, bytes}
    nextLine += lines
    offset += total
    return batch
  }
  for await (const chunk of stream) {
    let bytes = concat(held, typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array))
    held = new Uint8Array(0)
    if (!sniffed) {
      if (bytes.length < bomBytes) {
        held = bytes
        continue
      }
      bytes = sniff(bytes)
    }
    if (newline.unit === 2 && bytes.length % 2 === 1) {
      held = bytes.subarray(bytes.length - 1)
      bytes = bytes.subarray(0, bytes.length - 1)
    }
    const end = pendingBytes + bytes.length >= size ? lastNewlineEnd(bytes, newline) : -1
    if (end === -1) {
      pending.push(bytes)
      pendingBytes += bytes.length
      continue
    }
    pending.push(bytes.subarray(0, end))
    yield take(pending, pendingBytes + end)
    const rest = bytes.subarray(end)
    pending = rest.length > 0 ? [rest] : []
    pendingBytes = rest.length
  }
  // What is left: a short input not sniffed yet, or a last odd byte of UTF-16 (a character cut short).
  if (!sniffed) held = sniff(held)
  if (held.length > 0) {
    pending.push(held)
    pendingBytes += held.length
  }
  if (pendingBytes > 0) yield take(pending, pendingBytes)
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b
  const bytes = new Uint8Array(a.length + b.length)
  bytes.set(a)
  bytes.set(b, a.length)
  return bytes
}
