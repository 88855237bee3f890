import {parseArgs} from 'node:util'
import {boilerplateKinds, clean, isBoilerplateKind, type BoilerplateKind, type CleanOptions, type InputFormat} from '../index.js'
import {readInputs, UsageError, write, type Io} from './io.js'
import {readModel} from './learn.js'

export const cleanUsage = `Usage: copydesk clean [--json] [--keep kind,...] [--format text|markdown|auto] [--model model.json] [FILE...]

Clean each FILE (or stdin when none is given, or for -): normalize characters,
strip boilerplate, rejoin broken paragraphs. Prints the cleaned text; with
--json, the result with every removal (an array when there are several files).

Options:
  --json             print {text, removed} instead of text
  --keep KINDS       comma-separated kinds to leave in (e.g. byline,dateline)
  --format FORMAT    text, markdown or auto (default: auto)
  --no-rejoin        leave paragraphs broken mid-sentence as they are
  --model FILE       also remove the lines a model from 'copydesk learn' learned
  -h, --help         show this help

Kinds: ${boilerplateKinds.join(', ')}`

/** Parse `--keep a,b` into kinds, naming any unknown one. */
export function parseKinds(value: string | undefined): BoilerplateKind[] | undefined {
  if (value === undefined) return undefined
  const kinds = value
    .split(',')
    .map((kind) => kind.trim())
    .filter(Boolean)
  for (const kind of kinds) {
    if (!isBoilerplateKind(kind)) throw new UsageError(`copydesk: unknown kind '${kind}' in --keep; expected one of: ${boilerplateKinds.join(', ')}`)
  }
  return kinds as BoilerplateKind[]
}

/** Parse `--format`, naming a bad value. */
export function parseFormat(value: string | undefined): InputFormat | undefined {
  if (value !== undefined && value !== 'text' && value !== 'markdown' && value !== 'auto') {
    throw new UsageError(`copydesk: --format must be text, markdown or auto, got '${value}'`)
  }
  return value
}

/** `copydesk clean`. */
export async function runClean(args: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: {type: 'boolean', default: false},
      keep: {type: 'string'},
      format: {type: 'string'},
      'no-rejoin': {type: 'boolean', default: false},
      model: {type: 'string'},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    await write(io.stdout, cleanUsage + '\n')
    return 0
  }
  const format = parseFormat(values.format)
  const options: CleanOptions = {rejoin: !values['no-rejoin']}
  const keep = parseKinds(values.keep)
  if (keep) options.keep = keep
  if (format) options.format = format
  if (values.model !== undefined) options.model = await readModel(values.model)
  const inputs = await readInputs(positionals, io)
  const results = inputs.map((input) => ({file: input.name, ...clean(input.text, options)}))
  if (values.json) {
    const payload = results.length === 1 ? {text: results[0]!.text, removed: results[0]!.removed} : results
    await write(io.stdout, JSON.stringify(payload, null, 2) + '\n')
  } else {
    for (const result of results) await write(io.stdout, result.text + '\n')
  }
  return 0
}
