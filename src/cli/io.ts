import {readFile} from 'node:fs/promises'
import type {Readable, Writable} from 'node:stream'
import {decodeBytes, sniffBom} from './encoding.js'

/** Where a command reads and writes: the process's streams, or test doubles. */
export interface Io {
  stdin: Readable
  stdout: Writable
  stderr: Writable
}

/** A usage or input problem: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** An input: its name for messages and its text. */
export interface Input {
  name: string
  text: string
  /** Offset of the first byte sequence its encoding does not allow (read as U+FFFD), if any. */
  invalidAt?: number
}

/** How to read inputs. */
interface ReadOptions {
  /** The encoding of inputs without a byte order mark (a `TextDecoder` name; default: utf-8). */
  encoding?: string | undefined
}

/** Read all of a stream's bytes. */
async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

/**
 * Read every input named on the command line; none, or `-`, means stdin.
 * A byte order mark picks the encoding (and is dropped), else
 * `options.encoding`, else UTF-8. Bytes the encoding does not allow are read
 * as U+FFFD and reported on stderr with the file and byte offset; the
 * input's `invalidAt` tells the caller. A missing file is a usage error that
 * names it.
 */
export async function readInputs(files: readonly string[], io: Io, options: ReadOptions = {}): Promise<Input[]> {
  const names = files.length === 0 ? ['-'] : files
  const inputs: Input[] = []
  for (const name of names) {
    let bytes: Uint8Array
    if (name === '-') bytes = await readStream(io.stdin)
    else {
      try {
        bytes = await readFile(name)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOENT') throw new UsageError(`copydesk: no such file: ${name}`)
        if (code === 'EISDIR') throw new UsageError(`copydesk: is a directory: ${name}`)
        throw new UsageError(`copydesk: cannot read ${name}: ${(error as Error).message}`)
      }
    }
    const input = decodeInput(name === '-' ? '<stdin>' : name, bytes, options.encoding)
    if (input.warning) await write(io.stderr, `copydesk: ${input.name}: ${input.warning}\n`)
    inputs.push({name: input.name, text: input.text, ...(input.invalidAt === undefined ? {} : {invalidAt: input.invalidAt})})
  }
  return inputs
}

/** Decode a whole input, and what to warn about. */
function decodeInput(name: string, bytes: Uint8Array, label: string | undefined): Input & {warning?: string} {
  const bom = sniffBom(bytes)
  const encoding = bom?.encoding ?? label ?? 'utf-8'
  const skip = bom?.length ?? 0
  const {text, invalidAt} = decodeBytes(bytes.subarray(skip), encoding)
  if (invalidAt !== undefined) {
    return {name, text, invalidAt: skip + invalidAt, warning: `not valid ${encoding} at byte ${skip + invalidAt}; the bad bytes were read as U+FFFD`}
  }
  // Text has no NUL, but UTF-16 without a BOM is full of them, and every byte of it is valid UTF-8.
  if (!bom && label === undefined && text.includes('\0')) {
    const at = bytes.indexOf(0)
    return {name, text, warning: `NUL bytes (the first at byte ${at}): UTF-16 without a byte order mark? Pass --encoding utf-16${at % 2 === 1 ? 'le' : 'be'}`}
  }
  return {name, text}
}

/** Write text and wait until the stream has taken it (backpressure). */
export function write(stream: Writable, text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return Promise.resolve()
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()))
  })
}

/** After the output: count the inputs that had bytes their encoding does not allow (each was reported as read); exit code 1 if any. */
export async function invalidInputs(inputs: readonly Input[], io: Io, note = ''): Promise<number> {
  const invalid = inputs.filter((input) => input.invalidAt !== undefined).length
  if (invalid === 0) return 0
  await write(io.stderr, `copydesk: ${invalid} of ${inputs.length} inputs had bytes their encoding does not allow${note}\n`)
  return 1
}
