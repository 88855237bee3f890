import type {Readable} from 'node:stream'

/** A run of whole lines from one input, cut so a worker can take it as is. */
export interface Batch {
  /** The input's name, for messages. */
  file: string
  /** 1-based number of the batch's first line in its input. */
  firstLine: number
  /** Lines in the batch (the last may lack its newline at the end of input). */
  lines: number
  /** UTF-8 bytes in their own `ArrayBuffer`, so they can be transferred to a worker. */
  bytes: Uint8Array
}

/** Bytes per batch (a dozen feed items): posting it costs little next to cleaning it, and little is held in flight. */
export const batchBytes = 64 * 1024

const newline = 0x0a

/**
 * Cut a byte stream into batches of whole lines of about `size` bytes. A line
 * longer than `size` makes one batch of its own; only the current batch is
 * buffered, so memory stays constant and the reader's backpressure holds.
 */
export async function* readBatches(stream: Readable, file: string, size = batchBytes): AsyncGenerator<Batch> {
  let pending: Uint8Array[] = []
  let pendingBytes = 0
  let nextLine = 1
  const take = (pieces: Uint8Array[], total: number): Batch => {
    const bytes = new Uint8Array(total)
    let offset = 0
    for (const piece of pieces) {
      bytes.set(piece, offset)
      offset += piece.length
    }
    const lines = countLines(bytes)
    const batch = {file, firstLine: nextLine, lines, bytes}
    nextLine += lines
    return batch
  }
  for await (const chunk of stream) {
    const bytes: Uint8Array = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array)
    const cut = pendingBytes + bytes.length >= size ? bytes.lastIndexOf(newline) : -1
    if (cut === -1) {
      pending.push(bytes)
      pendingBytes += bytes.length
      continue
    }
    pending.push(bytes.subarray(0, cut + 1))
    yield take(pending, pendingBytes + cut + 1)
    const rest = bytes.subarray(cut + 1)
    pending = rest.length > 0 ? [rest] : []
    pendingBytes = rest.length
  }
  if (pendingBytes > 0) yield take(pending, pendingBytes)
}

/** Lines in `bytes`: its newlines, plus one for a last line without one. */
function countLines(bytes: Uint8Array): number {
  let count = 0
  let index = bytes.indexOf(newline)
  while (index !== -1) {
    count++
    index = bytes.indexOf(newline, index + 1)
  }
  return bytes.length > 0 && bytes[bytes.length - 1] !== newline ? count + 1 : count
}
