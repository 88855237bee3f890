// Entry of a `clean --jsonl` worker thread (built to dist/cli-worker.js).
import {parentPort, workerData} from 'node:worker_threads'
import type {WorkerResult, WorkerTask} from './pool.js'
import {cleanBatch, type RecordSettings} from './records.js'

const settings = workerData as RecordSettings
const encoder = new TextEncoder()
const port = parentPort!

port.on('message', (task: WorkerTask) => {
  const result = cleanBatch(task, settings)
  // A worker is given no record too large to read as text: its output is one string.
  const output = encoder.encode(typeof result.output === 'string' ? result.output : '')
  const report = encoder.encode(result.report)
  const message: WorkerResult & {id: number} = {...result, id: task.id, output, report}
  port.postMessage(message, [output.buffer as ArrayBuffer, report.buffer as ArrayBuffer])
})
