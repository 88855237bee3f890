import {Writable} from 'node:stream'

/** A writable stream that keeps what it is given, for a command's stdout or stderr. */
export function sink(): {stream: Writable; text: () => string} {
  const chunks: Buffer[] = []
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(Buffer.from(chunk))
      callback()
    }
  })
  return {stream, text: () => Buffer.concat(chunks).toString('utf8')}
}
