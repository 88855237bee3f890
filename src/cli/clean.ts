import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {boilerplateKinds, clean, isBoilerplateKind, type BoilerplateKind, type CleanOptions} from '../index.js'
import {readInputs, UsageError, write, type Io} from './io.js'
import {runJsonl} from './jsonl.js'

export const cleanUsage = `Usage: copydesk clean [--json] [--keep kind,...] [--format text|markdown|auto] [FILE...]
       copydesk clean --jsonl [--field NAME] [--report FILE] [--strict] [--workers N] [FILE...]

Clean each FILE (or stdin when none is given, or for -): normalize characters,
strip boilerplate, rejoin broken paragraphs. Prints the cleaned text; with
--json, the result with every removal (an array when there are several files).

With --jsonl, read JSON Lines and write JSON Lines in the same order, streaming
in constant memory: the field is cleaned, every other field kept, and the
removals added as a "removed" array. A line that is not a JSON object or lacks
the field is reported on stderr and passed through with an "error" field; the
exit code is then 1.

Options:
  --json             print {text, removed} instead of text
  --keep KINDS       comma-separated kinds to leave in (e.g. byline,dateline)
  --format FORMAT    text, markdown or auto (default: auto)
  --no-rejoin        leave paragraphs broken mid-sentence as they are
  -h, --help         show this help

JSON Lines options:
  --jsonl            read and write JSON Lines, one record per line
  --field NAME       the field to clean (default: text)
  --report FILE      write removals to FILE as JSON Lines ({file, line, removed})
                     instead of a "removed" field
  --strict           stop at the first bad record
  --workers N        worker threads (default: available cores; 1 = main thread)
  -q, --quiet        no progress bar (it is only drawn when stderr is a terminal)

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

/** Parse `--workers N`: a positive integer, by default the available cores. */
export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return availableParallelism()
  const workers = Number(value)
  if (!/^\d+$/.test(value) || workers < 1) throw new UsageError(`copydesk: --workers must be a positive integer, got '${value}'`)
  return workers
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
      jsonl: {type: 'boolean', default: false},
      field: {type: 'string'},
      report: {type: 'string'},
      strict: {type: 'boolean', default: false},
      workers: {type: 'string'},
      quiet: {type: 'boolean', short: 'q', default: false},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    await write(io.stdout, cleanUsage + '\n')
    return 0
  }
  const format = values.format
  if (format !== undefined && format !== 'text' && format !== 'markdown' && format !== 'auto') {
    throw new UsageError(`copydesk: --format must be text, markdown or auto, got '${format}'`)
  }
  const options: CleanOptions = {rejoin: !values['no-rejoin']}
  const keep = parseKinds(values.keep)
  if (keep) options.keep = keep
  if (format) options.format = format
  if (values.jsonl) {
    if (values.json) throw new UsageError('copydesk: --json and --jsonl cannot be combined')
    const field = values.field ?? 'text'
    if (field === '') throw new UsageError('copydesk: --field must not be empty')
    return runJsonl(
      positionals,
      {
        settings: {field, clean: options, report: values.report !== undefined, strict: values.strict},
        workers: parseWorkers(values.workers),
        reportFile: values.report,
        quiet: values.quiet
      },
      io
    )
  }
  for (const name of ['field', 'report', 'strict', 'workers'] as const) {
    if (values[name] !== undefined && values[name] !== false) throw new UsageError(`copydesk: --${name} needs --jsonl`)
  }
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
