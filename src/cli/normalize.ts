import {parseArgs} from 'node:util'
import {normalize} from '../index.js'
import {readInputs, UsageError, write, type Io} from './io.js'

const normalizeUsage = `Usage: copydesk normalize [--quotes straight|curly|keep] [FILE...]

Normalize characters in each FILE (or stdin): entities, quotes, dashes,
ellipses, whitespace, control characters, Unicode NFC. Nothing is removed.

Options:
  --quotes STYLE   straight (default), curly or keep
  -h, --help       show this help`

/** `copydesk normalize`. */
export async function runNormalize(args: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      quotes: {type: 'string'},
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
  for (const input of await readInputs(positionals, io)) {
    await write(io.stdout, normalize(input.text, quotes ? {quotes} : {}) + '\n')
  }
  return 0
}
