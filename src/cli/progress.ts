import cliProgress from 'cli-progress'
import type {Writable} from 'node:stream'
import {write} from './io.js'

/** Progress of a long run, and a way to print messages without garbling it. */
interface Progress {
  /** Report the totals so far: records and input bytes done. */
  update(records: number, bytes: number): void
  /** Print a message (ending in a newline) above the bar. */
  log(text: string): Promise<void>
  /** Draw the final state and release the terminal. */
  stop(): void
}

/**
 * A progress bar on `stream` when it is a terminal and `enabled`: records,
 * MB, records/s, and a bar with ETA when `totalBytes` is known. Otherwise it
 * draws nothing, so pipes and log files stay clean.
 */
export function createProgress(stream: Writable, totalBytes: number | undefined, enabled: boolean): Progress {
  if (!enabled || (stream as {isTTY?: boolean}).isTTY !== true) {
    return {update() {}, log: (text) => write(stream, text), stop() {}}
  }
  const started = Date.now()
  const counts = '{records} records | {mb} MB | {rate} records/s'
  const multibar = new cliProgress.MultiBar({
    stream,
    format: totalBytes === undefined ? counts : `{bar} {percentage}% | ${counts} | ETA {eta_formatted}`,
    hideCursor: null,
    etaBuffer: 50,
    fps: 5
  })
  const payload = (records: number, bytes: number): Record<string, string> => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001)
    return {records: String(records), mb: (bytes / 1e6).toFixed(1), rate: String(Math.round(records / seconds))}
  }
  const bar = multibar.create(totalBytes ?? 0, 0, payload(0, 0))
  return {
    update(records, bytes) {
      bar.update(bytes, payload(records, bytes))
    },
    async log(text) {
      multibar.log(text)
    },
    stop() {
      // Flush messages still buffered, then leave the final line on screen.
      multibar.update()
      multibar.stop()
    }
  }
}
