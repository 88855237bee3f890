import {Worker} from 'node:worker_threads'
import type {Batch} from './batches.js'
import type {BatchInput, BatchResult, RecordSettings} from './records.js'

/** A batch's result, as a worker sends it back: output already encoded. */
export interface WorkerResult extends Omit<BatchResult, 'output' | 'report'> {
  output: Uint8Array
  report: Uint8Array
}

/** The old-generation heap of each worker, in MB (see `#spawn`). */
export const workerHeapMb = 256

/** What a worker is posted: a batch and the task's number. */
export interface WorkerTask extends BatchInput {
  id: number
}

/** A task whose worker stopped before answering (out of memory, or killed): the caller can run it elsewhere. */
export class WorkerLostError extends Error {
  override name = 'WorkerLostError'
}

interface Slot {
  worker: Worker
  /** Resolvers of the tasks posted to it, oldest first: a worker answers in order. */
  waiting: Array<{id: number; resolve: (result: WorkerResult) => void; reject: (error: Error) => void}>
}

/**
 * Up to `size` worker threads running `url`, started as work arrives. Each
 * task goes to the least busy worker. A worker that stops (it ran out of
 * memory, or was killed) rejects its tasks with a {@link WorkerLostError}
 * and is replaced by the next task.
 */
export class WorkerPool {
  readonly #slots: Slot[] = []
  #nextId = 0
  #closed = false

  constructor(
    readonly url: URL,
    readonly size: number,
    readonly settings: RecordSettings
  ) {}

  /** Clean one batch on a worker. The batch's bytes are copied, not transferred: they stay the caller's, to run again if the worker is lost. */
  run(batch: Batch): Promise<WorkerResult> {
    if (this.#closed) return Promise.reject(new Error('worker pool is closed'))
    let slot = this.#slots.reduce<Slot | undefined>((best, next) => (best && best.waiting.length <= next.waiting.length ? best : next), undefined)
    if (!slot || (slot.waiting.length > 0 && this.#slots.length < this.size)) slot = this.#spawn()
    const id = this.#nextId++
    const target = slot
    return new Promise((resolve, reject) => {
      target.waiting.push({id, resolve, reject})
      const task: WorkerTask = {id, file: batch.file, firstLine: batch.firstLine, offset: batch.offset, encoding: batch.encoding, bytes: batch.bytes}
      target.worker.postMessage(task)
    })
  }

  /** Stop every worker; tasks still running are rejected. */
  async close(): Promise<void> {
    this.#closed = true
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()))
  }

  #spawn(): Slot {
    // V8 sizes a heap by its limit: without one each worker grows to ~90 MB on
    // garbage before collecting. 256 MB fits any batch of small records; a
    // batch with a record too large for it goes to the main thread instead
    // (jsonl.ts). An 8 MB young generation keeps a 1 GB stream under 200 MB
    // (16 MB: ~200) at the same speed.
    const resourceLimits = {maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: workerHeapMb}
    const worker = new Worker(this.url, {workerData: this.settings, resourceLimits})
    const slot: Slot = {worker, waiting: []}
    const fail = (error: Error): void => {
      // A stopped worker takes no more tasks: the next one starts a new worker.
      const index = this.#slots.indexOf(slot)
      if (index !== -1) this.#slots.splice(index, 1)
      for (const task of slot.waiting.splice(0)) task.reject(error)
    }
    worker.on('message', (result: WorkerResult & {id: number}) => {
      const task = slot.waiting.shift()
      if (task?.id !== result.id) return fail(new Error(`worker answered task ${result.id} out of order`))
      task.resolve(result)
    })
    worker.on('error', (error) => fail(new WorkerLostError(`worker stopped: ${error.message}`)))
    worker.on('exit', (code) => fail(new WorkerLostError(`worker stopped with exit code ${code}`)))
    this.#slots.push(slot)
    return slot
  }
}

/**
 * Map `source` through `run` with up to `concurrency` calls in flight, yielding
 * results in source order. The source is pulled only as results are taken,
 * so a slow consumer slows the reader (backpressure).
 */
export async function* mapOrdered<T, R>(source: AsyncIterable<T>, run: (item: T) => Promise<R>, concurrency: number): AsyncGenerator<R> {
  const pending: Array<Promise<R>> = []
  for await (const item of source) {
    const promise = run(item)
    // Rejections surface when the result's turn comes; until then they are not unhandled.
    promise.catch(() => {})
    pending.push(promise)
    if (pending.length >= concurrency) yield await pending.shift()!
  }
  while (pending.length > 0) yield await pending.shift()!
}
