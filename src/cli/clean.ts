import {readFile} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {applySpellings, boilerplateKinds, clean, isBoilerplateKind, type BoilerplateKind, type CleanOptions} from '../index.js'
import {invalidInputs, readInputs, UsageError, write, type Io} from './io.js'
import {readModel} from './learn.js'
import {parseEncoding, parseFormat} from './values.js'
import {runJsonl} from './jsonl.js'

const cleanUsage = `Usage: copydesk clean [--json] [--keep kind,...] [--format text|markdown|auto] [--model model.json] [--spellings reviewed.json] [--encoding LABEL] [--strict] [FILE...]
       copydesk clean --jsonl [--field NAME] [--report FILE] [--strict] [--workers N] [--encoding LABEL] [FILE...]

Clean each FILE (or stdin when none is given, or for -): normalize characters,
strip boilerplate, rejoin broken paragraphs. Prints the cleaned text; with
--json, the result with every removal (an array when there are several files).

With --jsonl, read JSON Lines and write JSON Lines in the same order, streaming
in constant memory: the field is cleaned and a "removed" array added; every
other byte of the line is kept as it was. A line that is not a JSON object or
lacks the field is reported on stderr and passed through with an "error"
field; the exit code is then 1.

Input is UTF-8 unless it starts with a byte order mark (UTF-8, UTF-16LE,
UTF-16BE) or --encoding says otherwise. Bytes the encoding does not allow are
read as U+FFFD, reported on stderr with the file and byte offset, and make the
exit code 1.

Options:
  --json             print {text, removed} instead of text
  --keep KINDS       comma-separated kinds to leave in (e.g. byline,dateline)
  --format FORMAT    text, markdown or auto (default: auto)
  --no-rejoin        leave paragraphs broken mid-sentence as they are
  --model FILE       also remove the lines a model from 'copydesk learn' learned
  --spellings FILE   then apply reviewed spellings: JSON Lines or a JSON array of
                     {variant, canonical}, as 'copydesk spellings --json' prints
  --encoding LABEL   encoding of input without a byte order mark (default: utf-8);
                     any WHATWG label: windows-1252, windows-1251, iso-8859-2,
                     koi8-r, shift_jis, gbk, big5, euc-kr, utf-16le, ...
  --strict           stop at the first input (or record) with invalid bytes,
                     or the first bad record, before writing it
  -h, --help         show this help

JSON Lines options:
  --jsonl            read and write JSON Lines, one record per line
  --field NAME       the field to clean (default: text)
  --report FILE      write removals to FILE as JSON Lines ({file, line, removed})
                     instead of a "removed" field
  --workers N        worker threads (default and most: the available cores;
                     1 = main thread)
  -q, --quiet        no progress bar (it is only drawn when stderr is a terminal)

Kinds: ${boilerplateKinds.join(', ')}`

/** Parse `--keep a,b` into kinds, naming any unknown one. */
function parseKinds(value: string | undefined): BoilerplateKind[] | undefined {
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

/**
 * Parse `--workers N`: a positive integer, by default the available cores,
 * and never more: threads beyond the cores only add memory and switching
 * (999 workers took a 10 MB feed from 1.3 s to 41 s, 117 MB to 3 GB).
 * `capped` is the number asked for when it was lowered.
 */
export function parseWorkers(value: string | undefined, cores = availableParallelism()): {workers: number; capped?: number} {
  if (value === undefined) return {workers: cores}
  const workers = Number(value)
  if (!/^\d+$/.test(value) || workers < 1) throw new UsageError(`copydesk: --workers must be a positive integer, got '${value}'`)
  return workers > cores ? {workers: cores, capped: workers} : {workers}
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
      spellings: {type: 'string'},
      jsonl: {type: 'boolean', default: false},
      field: {type: 'string'},
      report: {type: 'string'},
      strict: {type: 'boolean', default: false},
      workers: {type: 'string'},
      encoding: {type: 'string'},
      quiet: {type: 'boolean', short: 'q', default: false},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    await write(io.stdout, cleanUsage + '\n')
    return 0
  }
  const format = parseFormat(values.format)
  const encoding = parseEncoding(values.encoding)
  const options: CleanOptions = {rejoin: !values['no-rejoin']}
  const keep = parseKinds(values.keep)
  if (keep) options.keep = keep
  if (format) options.format = format
  if (values.model !== undefined) options.model = await readModel(values.model)
  if (values.jsonl) {
    if (values.json) throw new UsageError('copydesk: --json and --jsonl cannot be combined')
    if (values.spellings !== undefined) throw new UsageError('copydesk: --spellings works on files and stdin, not with --jsonl')
    const field = values.field ?? 'text'
    if (field === '') throw new UsageError('copydesk: --field must not be empty')
    const {workers, capped} = parseWorkers(values.workers)
    if (capped !== undefined) await write(io.stderr, `copydesk: --workers ${capped} is more than the ${workers} available cores; using ${workers}\n`)
    return runJsonl(
      positionals,
      {
        settings: {field, clean: options, report: values.report !== undefined, strict: values.strict},
        workers,
        reportFile: values.report,
        quiet: values.quiet,
        ...(encoding === undefined ? {} : {encoding})
      },
      io
    )
  }
  for (const name of ['field', 'report', 'workers'] as const) {
    if (values[name] !== undefined) throw new UsageError(`copydesk: --${name} needs --jsonl`)
  }
  const spellings = values.spellings === undefined ? undefined : await readSpellings(values.spellings)
  const inputs = await readInputs(positionals, io, {encoding})
  if (values.strict && inputs.some((input) => input.invalidAt !== undefined)) return invalidInputs(inputs, io, ' (stopped: --strict)')
  const results = inputs.map((input) => {
    const result = clean(input.text, options)
    if (!spellings) return {file: input.name, ...result}
    // Spellings apply to the cleaned text: `replaced` offsets point into it, not into the input.
    const applied = applySpellings(result.text, spellings)
    return {file: input.name, text: applied.text, removed: result.removed, replaced: applied.replaced}
  })
  if (values.json) {
    const payload = results.length === 1 ? (({file: _, ...rest}) => rest)(results[0]!) : results
    await write(io.stdout, JSON.stringify(payload, null, 2) + '\n')
  } else {
    for (const result of results) await write(io.stdout, result.text + '\n')
  }
  return invalidInputs(inputs, io)
}

/** Read reviewed spellings: a JSON array, or JSON Lines, of `{variant, canonical}`. */
async function readSpellings(file: string): Promise<Array<{variant: string; canonical: string}>> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new UsageError(`copydesk: cannot read spellings: ${file}`)
  }
  try {
    const trimmed = text.trim()
    const entries: unknown[] = trimmed.startsWith('[')
      ? (JSON.parse(trimmed) as unknown[])
      : trimmed
          .split(/\r?\n/)
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line) as unknown)
    return entries.map((entry, index) => {
      const {variant, canonical} = (entry ?? {}) as {variant?: unknown; canonical?: unknown}
      if (typeof variant !== 'string' || typeof canonical !== 'string') throw new Error(`entry ${index + 1} needs string "variant" and "canonical"`)
      return {variant, canonical}
    })
  } catch (error) {
    throw new UsageError(`copydesk: not a spellings file: ${file}: ${(error as Error).message}`)
  }
}
