import {clean, type CleanOptions} from '../index.js'
import {describe} from '../options.js'

/** How `clean --jsonl` treats each record; plain data, so it can be posted to a worker. */
export interface RecordSettings {
  /** The field holding the text to clean. */
  field: string
  /** Options for `clean()`. */
  clean: CleanOptions
  /** Write removals to a separate report instead of a `removed` field. */
  report: boolean
  /** Stop at the first bad record instead of passing it through. */
  strict: boolean
}

/** A record that could not be cleaned. */
interface RecordError {
  /** 1-based line number in its input. */
  line: number
  message: string
}

/** What one batch of lines becomes. */
export interface BatchResult {
  /** JSON Lines out, one per non-blank input line, in order. */
  output: string
  /** JSON Lines report, one per output line (empty unless `settings.report`). */
  report: string
  /** Records cleaned, including failed ones. */
  records: number
  errors: RecordError[]
  /** `settings.strict` and a record failed: `output` stops before it. */
  stopped: boolean
}

const newline = /\r?\n/

/**
 * Clean the JSON Lines in `text`, whose first line is line `firstLine` of
 * `file`. Blank lines are skipped. A line that is not a JSON object, or whose
 * field is not a string, is kept with an `error` field (a non-object is
 * wrapped as `{input, error}`) so nothing is lost downstream.
 */
export function cleanBatch(text: string, file: string, firstLine: number, settings: RecordSettings): BatchResult {
  const lines = text.split(newline)
  // A batch ends with a newline, which leaves one empty string behind.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  let output = ''
  let report = ''
  let records = 0
  const errors: RecordError[] = []
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    const lineNumber = firstLine + index
    records++
    const {record, removed, error} = cleanLine(line, settings)
    if (error !== undefined) {
      errors.push({line: lineNumber, message: error})
      if (settings.strict) return {output, report, records, errors, stopped: true}
      output += JSON.stringify(record ? {...record, error} : {input: line, error}) + '\n'
      if (settings.report) report += JSON.stringify({file, line: lineNumber, error}) + '\n'
      continue
    }
    output += JSON.stringify(record) + '\n'
    if (settings.report) report += JSON.stringify({file, line: lineNumber, removed}) + '\n'
  }
  return {output, report, records, errors, stopped: false}
}

type JsonObject = Record<string, unknown>

interface LineResult {
  /** The parsed object (cleaned unless there is an error), if the line is one. */
  record?: JsonObject
  removed?: unknown[]
  error?: string
}

/** A JSON Lines record and its text field, or why the line has none. */
interface FieldResult {
  /** The parsed object, when the line is one. */
  record?: JsonObject
  /** The field's text. */
  value?: string
  error?: string
}

/** Parse a JSON Lines record and take its string field `field`. */
export function readField(line: string, field: string): FieldResult {
  let parsed: unknown
  try {
    parsed = JSON.parse(line)
  } catch (error) {
    return {error: `not JSON: ${(error as Error).message}`}
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return {error: `not a JSON object: got ${describe(parsed)}`}
  }
  const record = parsed as JsonObject
  const value = record[field]
  if (value === undefined) return {record, error: `no "${field}" field`}
  if (typeof value !== 'string') return {record, error: `"${field}" is ${describe(value)}, not a string`}
  return {record, value}
}

function cleanLine(line: string, settings: RecordSettings): LineResult {
  const {record, value, error} = readField(line, settings.field)
  if (record === undefined || value === undefined) return {record, error}
  try {
    const result = clean(value, settings.clean)
    const cleaned = {...record, [settings.field]: result.text}
    if (!settings.report) cleaned.removed = result.removed
    return {record: cleaned, removed: result.removed}
  } catch (error) {
    return {record, error: `clean failed: ${(error as Error).message}`}
  }
}
