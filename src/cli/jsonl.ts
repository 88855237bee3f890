import {createReadStream, createWriteStream, fstatSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import {getHeapStatistics} from 'node:v8'
import {readBatches, type Batch} from './batches.js'
import {mapOrdered, WorkerLostError, WorkerPool, workerHeapMb, type WorkerResult} from './pool.js'
import {createProgress} from './progress.js'
import {cleanBatch, heapNeeded, type BatchResult, type RecordSettings} from './records.js'
import {UsageError, write, type Io} from './io.js'

/** How to run `clean --jsonl`. */
interface JsonlOptions {
  settings: RecordSettings
  /** Worker threads; 1 cleans on the main thread. */
  workers: number
  /** Write removals here as JSON Lines instead of inline. */
  reportFile?: string | undefined
  /** Never draw progress. */
  quiet: boolean
  /** The encoding of inputs without a byte order mark (a `TextDecoder` name; default: utf-8). */
  encoding?: string
  /** The worker entry (the built `cli-worker.js` beside the CLI). */
  workerUrl?: URL
}

/**
 * The heap of the main thread, and of each worker: 256 MB, unless node runs
 * with --max-old-space-size, which sets both (taken as the smaller, to be safe).
 */
const mainHeap = getHeapStatistics().heap_size_limit
const workerHeap = Math.min(workerHeapMb * 2 ** 20, mainHeap)

/** A batch and what it became, on a worker (bytes) or the main thread (strings). */
type Done = (BatchResult | WorkerResult) & {file: string; size: number}

const defaultWorkerUrl = new URL('./cli-worker.js', import.meta.url)

/**
 * Stream JSON Lines from `files` (or stdin) to stdout, cleaning one field of
 * each record, in order, in constant memory. Resolves to the exit code: 1 if
 * any record failed or had bytes its encoding does not allow.
 */
export async function runJsonl(files: readonly string[], options: JsonlOptions, io: Io): Promise<number> {
  const names = files.length === 0 ? ['-'] : files
  const totalBytes = await inputSize(names, io)
  const report = options.reportFile === undefined ? undefined : createWriteStream(options.reportFile)
  if (report) await opened(report)
  const progress = createProgress(io.stderr, totalBytes, !options.quiet)
  const pool = options.workers > 1 ? new WorkerPool(options.workerUrl ?? defaultWorkerUrl, options.workers, options.settings) : undefined
  // Workers that keep stopping (no memory left for threads, a broken install) are given up for the main thread.
  let lost = 0
  const run = async (batch: Batch): Promise<Done> => {
    const size = batch.bytes.byteLength
    // A batch with a very long record is cleaned here, where the heap is larger than a worker's.
    if (pool && heapNeeded(batch.bytes) <= workerHeap && lost < 3 * options.workers) {
      try {
        return {...(await pool.run(batch)), file: batch.file, size}
      } catch (error) {
        if (!(error instanceof WorkerLostError)) throw error
        // Nothing is lost with the worker: its batch is cleaned here, in its turn.
        lost++
        await progress.log(`copydesk: ${batch.file}:${batch.firstLine}: ${error.message}; its ${batch.lines} lines are cleaned on the main thread\n`)
      }
    }
    return {...cleanBatch(batch, options.settings, mainHeap), file: batch.file, size}
  }
  let records = 0
  let failed = 0
  let invalid = 0
  let bytes = 0
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as cat
  // does. Write errors reach us through write()'s callback; this listener only
  // keeps the stream's 'error' event from crashing the process meanwhile.
  io.stdout.on('error', () => {})
  try {
    // Four small batches per worker keep each busy while a slow one holds up the head of the line.
    for await (const result of mapOrdered(readAll(names, io, options.encoding), run, pool ? options.workers * 4 : 1)) {
      if (!(await written(io.stdout, result.output))) return 0
      if (report) await write(report, result.report)
      const problems = [...result.invalid, ...result.errors].sort((a, b) => a.line - b.line)
      for (const problem of problems) await progress.log(`copydesk: ${result.file}:${problem.line}: ${problem.message}\n`)
      records += result.records
      failed += result.errors.length
      invalid += result.invalid.length
      bytes += result.size
      progress.update(records, bytes)
      if (result.stopped) break
    }
  } finally {
    progress.stop()
    await pool?.close()
    if (report) await new Promise((resolve) => report.end(resolve))
  }
  const stopped = options.settings.strict ? ' (stopped: --strict)' : ''
  if (invalid > 0) await write(io.stderr, `copydesk: ${invalid} of ${records} records had bytes their encoding does not allow${stopped}\n`)
  if (failed > 0) await write(io.stderr, `copydesk: ${failed} of ${records} records failed${stopped}\n`)
  return failed > 0 || invalid > 0 ? 1 : 0
}

/** Write `text`; false when the reader has gone away. */
async function written(stream: Io['stdout'], text: string | Uint8Array | Uint8Array[]): Promise<boolean> {
  try {
    for (const piece of Array.isArray(text) ? text : [text]) await write(stream, piece)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return false
    throw error
  }
}

/** Batches of every input in turn; a missing file is a usage error before anything is written. */
async function* readAll(names: readonly string[], io: Io, encoding: string | undefined): AsyncGenerator<Batch> {
  for (const name of names) {
    yield* readBatches(name === '-' ? io.stdin : createReadStream(name), name === '-' ? '<stdin>' : name, {encoding})
  }
}

/** Total bytes of the inputs when all are regular files (stdin redirected from one counts), else undefined. */
async function inputSize(names: readonly string[], io: Io): Promise<number | undefined> {
  let total: number | undefined = 0
  for (const name of names) {
    if (name === '-') {
      total = total === undefined ? undefined : addSize(total, io.stdin as {fd?: unknown})
      continue
    }
    try {
      const stats = await stat(name)
      if (stats.isDirectory()) throw new UsageError(`copydesk: is a directory: ${name}`)
      if (total !== undefined) total = stats.isFile() ? total + stats.size : undefined
    } catch (error) {
      if (error instanceof UsageError) throw error
      throw new UsageError(`copydesk: no such file: ${name}`)
    }
  }
  return total
}

/** Wait until a write stream's file is open, so a bad path fails before any output. */
function opened(stream: ReturnType<typeof createWriteStream>): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('open', () => resolve())
    stream.once('error', (error) => reject(new UsageError(`copydesk: cannot write report: ${error.message}`)))
  })
}

function addSize(total: number, stdin: {fd?: unknown}): number | undefined {
  if (typeof stdin.fd !== 'number') return undefined
  try {
    const stats = fstatSync(stdin.fd)
    return stats.isFile() ? total + stats.size : undefined
  } catch {
    return undefined
  }
}
