import {constants, isAscii} from 'node:buffer'
import {clean, type CleanOptions} from '../index.js'
import {describe} from '../options.js'
import type {Batch} from './batches.js'
import {decodeBytes, newlineEnds, newlineOf, type Newline} from './encoding.js'
import {withMembers} from './members.js'

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

/** A record that could not be cleaned, or was read with bytes its encoding does not allow. */
interface RecordProblem {
  /** 1-based line number in its input. */
  line: number
  message: string
}

/** What one batch of lines becomes. */
export interface BatchResult {
  /** JSON Lines out, one per non-blank input line, in order (in pieces of bytes when a record was too large to read as text). */
  output: string | Uint8Array[]
  /** JSON Lines report, one per output line (empty unless `settings.report`). */
  report: string
  /** Records cleaned, including failed ones. */
  records: number
  /** Records passed through with an `error` field. */
  errors: RecordProblem[]
  /** Records cleaned, but with bytes that are not valid in the input's encoding (each bad sequence read as U+FFFD). */
  invalid: RecordProblem[]
  /** `settings.strict` and a record failed or was invalid: `output` stops before it. */
  stopped: boolean
}

/** The parts of a batch that `cleanBatch` reads. */
export type BatchInput = Pick<Batch, 'file' | 'firstLine' | 'offset' | 'encoding' | 'bytes'>

/** A line of a batch: its text, or its bytes when it is too large to clean. */
interface Line {
  text?: string
  bytes?: Uint8Array
  /** Offset in the input of its first invalid byte. */
  invalidAt?: number
}

/**
 * Clean the JSON Lines in a batch. Blank lines are skipped. A line that is
 * not a JSON object, or whose field is not a string, is kept with an `error`
 * field (a non-object is wrapped as `{input, error}`) so nothing is lost
 * downstream. A line that needs more than `heapBytes` of memory to clean (see
 * {@link heapNeeded}) is not parsed at all: it is written through as it is,
 * with an `error` field.
 */
export function cleanBatch(batch: BatchInput, settings: RecordSettings, heapBytes = Number.POSITIVE_INFINITY): BatchResult {
  const lines = batchLines(batch, heapBytes)
  const parts: Array<string | Uint8Array[]> = []
  let output = ''
  let report = ''
  let records = 0
  const errors: RecordProblem[] = []
  const invalid: RecordProblem[] = []
  const result = (stopped: boolean): BatchResult => ({output: joinParts(parts, output), report, records, errors, invalid, stopped})
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    // Let go of each line once read: a record of hundreds of MB is then garbage before its output is written.
    lines[index] = done
    if (line.text !== undefined && line.text.trim() === '') continue
    const lineNumber = batch.firstLine + index
    records++
    if (line.invalidAt !== undefined) {
      invalid.push({line: lineNumber, message: `not valid ${batch.encoding} at byte ${line.invalidAt}; the bad bytes were read as U+FFFD`})
      if (settings.strict) return result(true)
    }
    if (line.bytes) {
      const error = `record too large to clean: ${line.bytes.length} bytes ${tooLarge(line.bytes, heapBytes)}; written through as it is`
      errors.push({line: lineNumber, message: error})
      if (settings.strict) return result(true)
      parts.push(output, passThrough(line.bytes, batch.encoding, error))
      output = ''
      if (settings.report) report += JSON.stringify({file: batch.file, line: lineNumber, error}) + '\n'
      continue
    }
    const {out, removed, error} = cleanLine(line.text!, settings)
    if (error !== undefined) {
      errors.push({line: lineNumber, message: error})
      if (settings.strict) return result(true)
      output += out + '\n'
      if (settings.report) report += JSON.stringify({file: batch.file, line: lineNumber, error}) + '\n'
      continue
    }
    if (out.length < largeOutput) output += out + '\n'
    else {
      // As bytes, it holds nothing of the input: the line's text, which its slices would keep, can go.
      parts.push(output, [encoder.encode(out), newlineBytes])
      output = ''
    }
    if (settings.report) report += JSON.stringify({file: batch.file, line: lineNumber, removed}) + '\n'
  }
  return result(false)
}

const done: Line = {}
/** Characters of output past which a record's line is written as bytes at once. */
const largeOutput = 1 << 24

const lineEnd = /\r?\n/

/**
 * Heap that cleaning a record needs per byte of the string it decodes to:
 * the line, the parsed field, clean()'s working copies and the output line
 * came to about 4× on 150 MB records (ASCII and not); twice that leaves room.
 */
const heapPerStringByte = 8

/**
 * The heap, in bytes, that cleaning a line of these bytes may need. Its
 * string takes a byte per character when all are ASCII, else up to two per
 * byte (a mostly ASCII line with one CJK character is all two-byte).
 */
export function heapNeeded(bytes: Uint8Array): number {
  return heapPerStringByte * (isAscii(bytes) ? bytes.length : 2 * bytes.length)
}

const megabytes = (bytes: number) => Math.ceil(bytes / 2 ** 20)

/** Why a line of these bytes cannot be cleaned with `heapBytes` of heap, if it cannot. */
function tooLarge(bytes: Uint8Array, heapBytes: number): string | undefined {
  if (bytes.length > constants.MAX_STRING_LENGTH) return `are more than a string can hold (${constants.MAX_STRING_LENGTH} characters)`
  if (heapBytes === Number.POSITIVE_INFINITY) return undefined
  const needed = heapNeeded(bytes)
  if (needed > heapBytes)
    return `need about ${megabytes(needed)} MB of heap, more than the ${megabytes(heapBytes)} MB there is (node --max-old-space-size sets it)`
  return undefined
}

/** The lines of a batch, decoded; on the error path each line on its own, to tell which ones are bad. */
function batchLines(batch: BatchInput, heapBytes: number): Line[] {
  if (tooLarge(batch.bytes, heapBytes) === undefined) {
    const decoded = decodeBytes(batch.bytes, batch.encoding)
    if (decoded.invalidAt === undefined) return withoutLastEmpty(decoded.text.split(lineEnd)).map((text) => ({text}))
  }
  const lines: Line[] = []
  let start = 0
  const newline = newlineOf(batch.encoding)
  const ends = newlineEnds(batch.bytes, newline)
  if (ends.at(-1) !== batch.bytes.length) ends.push(batch.bytes.length)
  for (const end of ends) {
    const bytes = batch.bytes.subarray(start, end)
    if (tooLarge(bytes, heapBytes) !== undefined) lines.push({bytes: withoutLineEnd(bytes, newline)})
    else {
      const decoded = decodeBytes(bytes, batch.encoding)
      const text = decoded.text.replace(/\r?\n$/, '')
      lines.push(decoded.invalidAt === undefined ? {text} : {text, invalidAt: batch.offset + start + decoded.invalidAt})
    }
    start = end
  }
  return lines
}

/** A line's bytes without its line end (LF or CRLF, in code units of `newline`). */
function withoutLineEnd(bytes: Uint8Array, newline: Newline): Uint8Array {
  let end = bytes.length
  const unitIs = (char: number) =>
    end >= newline.unit && bytes[end - newline.unit + newline.at] === char && (newline.unit === 1 || bytes[end - 1 - newline.at] === 0)
  if (unitIs(newline.byte)) end -= newline.unit
  if (unitIs(0x0d)) end -= newline.unit
  return bytes.subarray(0, end)
}

/** A batch ends with a newline, which leaves one empty string behind. */
function withoutLastEmpty(lines: string[]): string[] {
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

type JsonObject = Record<string, unknown>

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
  const value = Object.hasOwn(record, field) ? record[field] : undefined
  if (value === undefined) return {record, error: `no "${field}" field`}
  if (typeof value !== 'string') return {record, error: `"${field}" is ${describe(value)}, not a string`}
  return {record, value}
}

/** A line's output: the line with the field cleaned, or with an `error` field. */
interface LineResult {
  out: string
  removed?: unknown[]
  error?: string
}

/**
 * Clean one record. The output is the input line with new values spliced in
 * (the field, `removed`, or `error`): every other member keeps its exact
 * text, so numbers, escapes, duplicate keys and key order survive.
 */
function cleanLine(line: string, settings: RecordSettings): LineResult {
  const {record, value, error} = readField(line, settings.field)
  if (record === undefined) return {out: JSON.stringify({input: line, error}), error}
  if (value === undefined) return {out: withMembers(line, [['error', JSON.stringify(error)]]), error}
  try {
    const result = clean(value, settings.clean)
    const values: Array<[string, string]> = [[settings.field, JSON.stringify(result.text)]]
    // Hundreds of MB of removals can be longer than a string may be (RangeError): the record then keeps its text.
    if (!settings.report) values.push(['removed', JSON.stringify(result.removed)])
    return {out: withMembers(line, values), removed: result.removed}
  } catch (caught) {
    const message = `clean failed: ${(caught as Error).message}`
    return {out: withMembers(line, [['error', JSON.stringify(message)]]), error: message}
  }
}

const encoder = new TextEncoder()
const newlineBytes = encoder.encode('\n')

/** One output of string and byte parts: a string unless a part is bytes. */
function joinParts(parts: Array<string | Uint8Array[]>, last: string): string | Uint8Array[] {
  if (parts.length === 0) return last
  return [...parts, last].flatMap((part) => (typeof part === 'string' ? [encoder.encode(part)] : part))
}

/** Decode this many bytes at a time when writing a record through. */
const passThroughChunk = 1 << 24

/**
 * A record too large to clean, written through as UTF-8 without being
 * parsed: when it looks like an object, with `error` added before its
 * closing brace; otherwise wrapped as `{"input": …, "error": …}`. Decoded
 * and re-encoded a chunk at a time, so it is never one string.
 */
function passThrough(bytes: Uint8Array, encoding: string, error: string): Uint8Array[] {
  // Its first and last characters tell whether it looks like an object; a few bytes at each end hold them.
  const edge = (from: number, to: number) => new TextDecoder(encoding, {ignoreBOM: true}).decode(bytes.subarray(from, to))
  // The tail from an even offset, so a UTF-16 code unit is not cut (and no bitwise `& ~1`: lengths pass 2^31).
  const tail = Math.max(0, bytes.length - 64)
  const object =
    edge(0, 64).trimStart().startsWith('{') &&
    edge(tail - (tail % 2), bytes.length)
      .trimEnd()
      .endsWith('}')
  const decoder = new TextDecoder(encoding, {ignoreBOM: true})
  const out: Uint8Array[] = [encoder.encode(object ? '' : '{"input":"')]
  // The last two pieces wait: the closing brace is in them (what may follow it is a few bytes).
  const held: string[] = []
  for (let at = 0; at < bytes.length; at += passThroughChunk) {
    held.push(decoder.decode(bytes.subarray(at, at + passThroughChunk), {stream: at + passThroughChunk < bytes.length}))
    // Escaping a piece on its own is escaping the whole: JSON escapes one character at a time.
    if (held.length > 2) out.push(encoder.encode(object ? held.shift()! : JSON.stringify(held.shift()!).slice(1, -1)))
  }
  const rest = held.join('')
  const brace = rest.lastIndexOf('}')
  out.push(
    encoder.encode(
      object
        ? `${rest.slice(0, brace)},"error":${JSON.stringify(error)}${rest.slice(brace)}\n`
        : `${JSON.stringify(rest).slice(1, -1)}","error":${JSON.stringify(error)}}\n`
    )
  )
  return out
}
