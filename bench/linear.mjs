#!/usr/bin/env node
// Linear-time check: run every public function on hostile inputs at two sizes
// and fail when four times the input costs more than six times the time.
//
//   npm run build && node bench/linear.mjs [--verbose] [--only <text>]
//
// Each measurement runs in a worker thread, so a super-linear (or hanging)
// function is stopped at a deadline instead of stalling CI. Times are the
// minimum of several runs (the machine is shared); a failing pair is measured
// again, with more runs, before it counts.
import {cpus} from 'node:os'
import {isMainThread, parentPort, Worker} from 'node:worker_threads'
import * as copydesk from '../dist/index.js'
import {inputs} from './hostile.mjs'

const model = copydesk.learnBoilerplate(['Log in\n\nStory one.\n\nBack to Top', 'Log in\n\nStory two.\n\nBack to Top'])
const spellings = [{variant: 'Hehe', canonical: 'Heihe'}, {variant: 'amp', canonical: 'AMP'}, {variant: 'Abc', canonical: 'ABC'}]

/** Every public function that takes text: adding one is one line. */
const functions = [
  {name: 'clean', fn: (text) => copydesk.clean(text)},
  {name: 'clean text', fn: (text) => copydesk.clean(text, {format: 'text'})},
  {name: 'clean markdown', fn: (text) => copydesk.clean(text, {format: 'markdown'})},
  {name: 'stripBoilerplate', fn: (text) => copydesk.stripBoilerplate(text)},
  {name: 'stripBoilerplate markdown', fn: (text) => copydesk.stripBoilerplate(text, {format: 'markdown'})},
  {name: 'clean with a model', fn: (text) => copydesk.clean(text, {model})},
  {name: 'learnBoilerplate', fn: (text) => copydesk.learnBoilerplate([text, text])},
  {name: 'normalize', fn: (text) => copydesk.normalize(text)},
  {name: 'normalize explain', fn: (text) => copydesk.normalize(text, {explain: true})},
  {name: 'decodeEntities', fn: (text) => copydesk.decodeEntities(text)},
  {name: 'fixMojibake', fn: (text) => copydesk.fixMojibake(text)},
  {name: 'foldFullwidth', fn: (text) => copydesk.foldFullwidth(text)},
  {name: 'foldLigatures', fn: (text) => copydesk.foldLigatures(text)},
  {name: 'normalizeQuotes', fn: (text) => copydesk.normalizeQuotes(text)},
  {name: 'normalizeDashes', fn: (text) => copydesk.normalizeDashes(text)},
  {name: 'normalizeEllipsis', fn: (text) => copydesk.normalizeEllipsis(text)},
  {name: 'normalizeWhitespace', fn: (text) => copydesk.normalizeWhitespace(text)},
  {name: 'normalizeUnicode', fn: (text) => copydesk.normalizeUnicode(text)},
  {name: 'removeControlCharacters', fn: (text) => copydesk.removeControlCharacters(text)},
  {name: 'rejoinParagraphs', fn: (text) => copydesk.rejoinParagraphs(text)},
  {name: 'looksLikeMarkdown', fn: (text) => copydesk.looksLikeMarkdown(text)},
  {name: 'findCanonicalSpellings', fn: (text) => copydesk.findCanonicalSpellings([text, text])},
  {name: 'applySpellings', fn: (text) => copydesk.applySpellings(text, spellings)},
  {name: 'spellingKey', fn: (text) => copydesk.spellingKey(text)},
  {name: 'foldLine', fn: (text) => copydesk.foldLine(text)},
  {name: 'isBoilerplateKind', fn: (text) => copydesk.isBoilerplateKind(text)}
]

const limit = 6 // allowed time ratio for 4× the input
const runs = 3
const retryRuns = 7
const minRunMs = 5 // repeat fast calls until one run takes this long
const floorMs = 0.5

// ── worker: build an input, time a function on it ──────────────────────────
function serve() {
  let key = ''
  let text = ''
  parentPort.on('message', ({fnIndex, inputIndex, size, runs}) => {
    if (key !== `${inputIndex}:${size}`) {
      key = `${inputIndex}:${size}`
      text = inputs[inputIndex].make(size)
    }
    const fn = functions[fnIndex].fn
    try {
      let start = performance.now()
      fn(text)
      const first = performance.now() - start
      const reps = Math.min(1000, Math.max(1, Math.ceil(minRunMs / Math.max(first, 0.001))))
      let best = first
      // Slow calls are timed less often: their noise is small, and a quadratic one would take minutes.
      for (let run = 0; run < (first > 200 ? 1 : runs); run++) {
        start = performance.now()
        for (let rep = 0; rep < reps; rep++) fn(text)
        best = Math.min(best, (performance.now() - start) / reps)
      }
      parentPort.postMessage({ms: best, length: text.length})
    } catch (error) {
      parentPort.postMessage({error: `${error.name}: ${error.message}`})
    }
  })
}

// ── main: schedule measurements with deadlines ─────────────────────────────
async function main() {
  const args = process.argv.slice(2)
  const verbose = args.includes('--verbose')
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
  const pool = new Measurer()
  const failures = []
  const worst = new Map()
  const started = performance.now()
  console.log(`Linear-time check: ${functions.length} functions × ${inputs.length} hostile inputs, fail above ×${limit} for ×4 input (${cpus().length} CPUs)`)

  for (const [fnIndex, {name}] of functions.entries()) {
    for (const [inputIndex, input] of inputs.entries()) {
      if (only && !name.includes(only) && !input.name.includes(only)) continue
      const result = await pair(pool, fnIndex, inputIndex, input)
      const line = `${name.padEnd(26)} ${input.name.padEnd(28)} ${describe(result)}`
      if (result.failed) {
        failures.push(line)
        console.log(`FAIL ${line}`)
      } else if (verbose) {
        console.log(`  ok ${line}`)
      }
      const current = worst.get(name)
      if (!result.failed && (!current || result.ratio > current.ratio)) worst.set(name, {ratio: result.ratio, input: input.name})
    }
  }
  pool.close()

  console.log('\nWorst passing ratio per function:')
  for (const [name, {ratio, input}] of worst) console.log(`  ${name.padEnd(26)} ×${ratio.toFixed(2)}  (${input})`)
  console.log(`\n${failures.length} failure(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  for (const line of failures) console.log(`  ${line}`)
  process.exitCode = failures.length > 0 ? 1 : 0
}

async function pair(pool, fnIndex, inputIndex, input) {
  const [smallSize, largeSize] = input.sizes ?? [50_000, 200_000]
  let result
  for (const attempt of [runs, retryRuns]) {
    const small = await pool.measure({fnIndex, inputIndex, size: smallSize, runs: attempt}, 30_000)
    if (small.error) return {failed: true, reason: small.error}
    // Generous: three times what a passing large measurement may take, plus start-up, at most a minute.
    const calls = 1 + attempt * Math.max(1, Math.ceil(minRunMs / small.ms))
    const deadline = Math.min(60_000, 2000 + 3 * limit * small.ms * calls)
    const large = await pool.measure({fnIndex, inputIndex, size: largeSize, runs: attempt}, deadline)
    if (large.error) return {failed: true, reason: large.error, small}
    const ratio = large.ms / small.ms
    const allowed = limit * (largeSize / smallSize / 4)
    // Under half a millisecond for 200 KB nothing is quadratic, and the ratio is timer and cache noise.
    result = {small, large, ratio, failed: ratio > allowed && large.ms > floorMs}
    // Retry only what could be noise.
    if (!result.failed || ratio > 2 * allowed) break
  }
  return result
}

function describe({small, large, ratio, reason}) {
  if (reason) return `${reason}${small ? ` (small: ${small.ms.toFixed(2)} ms)` : ''}`
  const speed = large.length / 1e6 / (large.ms / 1000)
  return `${small.ms.toFixed(2).padStart(9)} ms ${large.ms.toFixed(2).padStart(9)} ms  ×${ratio.toFixed(2).padEnd(6)} ${speed.toFixed(1).padStart(7)} M chars/s`
}

/** One worker at a time; replaced when a measurement misses its deadline. */
class Measurer {
  worker = undefined

  measure(message, deadline) {
    this.worker ??= new Worker(new URL(import.meta.url))
    const worker = this.worker
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners()
        worker.terminate()
        this.worker = undefined
        resolve({error: `timed out after ${(deadline / 1000).toFixed(1)} s (super-linear)`})
      }, deadline)
      worker.once('message', (value) => {
        clearTimeout(timer)
        worker.removeAllListeners('error')
        resolve(value)
      })
      worker.once('error', (error) => {
        clearTimeout(timer)
        worker.removeAllListeners('message')
        this.worker = undefined
        resolve({error: `worker crashed: ${error.message}`})
      })
      worker.postMessage(message)
    })
  }

  close() {
    this.worker?.terminate()
  }
}

if (isMainThread) {
  await main()
} else {
  serve()
}
