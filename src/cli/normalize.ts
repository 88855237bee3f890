import {parseArgs} from 'node:util'
import {normalize} from '../index.js'
import {parseEncoding} from './values.js'
import {invalidInputs, readInputs, UsageError, write, type Io} from './io.js'

const normalizeUsage = `Usage: copydesk normalize [--quotes straight|curly|keep] [--encoding LABEL] [FILE...]

Normalize characters in each FILE (or stdin): entities, quotes, dashes,
ellipses, whitespace, control characters, Unicode NFC. Nothing is removed.

Options:
  --quotes STYLE   straight (default), curly or keep
  --encoding LABEL encoding of input without a byte order mark (default: utf-8);
                   any WHATWG label (windows-1252, windows-1251, shift_jis, ...)
  -h, --help       show this help`

/** `copydesk normalize`. */
export async function runNormalize(args: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      quotes: {type: 'string'},
      encoding: {type: 'string'},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    await write(io.stdout, normalizeUsage + '\n')
    return 0
  }
  const quotes = values.quotes
  if (quotes !== undefined && quotes !== 'straight' && quotes !== 'curly' && quotes !== 'keep') {
    throw new UsageError(`copydesk: --quotes must be straight, curly or keep, got '${quotes}'`)
  }
  const inputs = await readInputs(positionals, io, {encoding: parseEncoding(values.encoding)})
  for (const input of inputs) await write(io.stdout, normalize(input.text, quotes ? {quotes} : {}) + '\n')
  return invalidInputs(inputs, io)
}
