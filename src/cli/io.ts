import {readFile} from 'node:fs/promises'
import type {Readable, Writable} from 'node:stream'

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
}

/** Read all of a stream as UTF-8 text. */
async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Read every input named on the command line; none, or `-`, means stdin.
 * A missing file is a usage error that names it.
 */
export async function readInputs(files: readonly string[], io: Io): Promise<Input[]> {
  const names = files.length === 0 ? ['-'] : files
  const inputs: Input[] = []
  for (const name of names) {
    if (name === '-') {
      inputs.push({name: '<stdin>', text: await readStream(io.stdin)})
      continue
    }
    try {
      inputs.push({name, text: await readFile(name, 'utf8')})
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') throw new UsageError(`copydesk: no such file: ${name}`)
      if (code === 'EISDIR') throw new UsageError(`copydesk: is a directory: ${name}`)
      throw new UsageError(`copydesk: cannot read ${name}: ${(error as Error).message}`)
    }
  }
  return inputs
}

/** Write text and wait until the stream has taken it (backpressure). */
export function write(stream: Writable, text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return Promise.resolve()
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()))
  })
}
