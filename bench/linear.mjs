#!/usr/bin/env node
// Linear-time check: run every public function on hostile inputs at two sizes
// and fail when four times the input costs more than six times the time.
//
//   npm run build && node bench/linear.mjs [--verbose] [--only <text>]
//
// Each measurement runs in a worker thread, so a super-linear (or hanging)
// function is stopped at a deadline instead of stalling CI. The machine may be
// shared, and other processes only ever add time, so a time is the minimum
// over several samples:
//
// - every function is first run on real pages (JIT warm-up), then a pair
//   starts with a probe call at each size (error check, deadline): when
//   even the cold call on the large input is under `floorMs`, nothing is
//   quadratic and the pair passes without timing;
// - then samples of each size, interleaved (small, large, small, …) so that
//   both see the same load; each sample repeats a call until it lasts
//   `minSampleMs` (the small input about four times as often, so both sizes
//   allocate alike) and starts after a forced (minor) GC, so garbage from
//   one sample is not collected in the next;
// - a pair over the limit is sampled again at once, and once more at the end
//   of the run in a fresh worker; it fails only if the minimum over all its
//   samples is still over the limit.
import {cpus} from 'node:os'
import v8 from 'node:v8'
import {isMainThread, parentPort, Worker} from 'node:worker_threads'
import * as copydesk from '../dist/index.js'
import {inputs} from './hostile.mjs'

const model = copydesk.learnBoilerplate(['Log in\n\nStory one.\n\nBack to Top', 'Log in\n\nStory two.\n\nBack to Top'])
const spellings = [
  {variant: 'Hehe', canonical: 'Heihe'},
  {variant: 'amp', canonical: 'AMP'},
  {variant: 'Abc', canonical: 'ABC'}
]

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
// A large input handled this fast is not quadratic; the ratio is timer and
// cache noise. (At 0.5 ms, normalizeEllipsis — one replaceAll — measured ×7
// to ×9 on the seed pages, 0.49–0.55 ms at the large size: the small input
// fits the CPU cache and the large one does not.)
const floorMs = 1
const minSampleMs = 5 // repeat fast calls until a sample lasts this long
const maxReps = 1000

// ── worker: build an input, time a function on it ──────────────────────────
function serve() {
  let cachedInput = -1
  const texts = new Map()
  // Warm up: every function on real pages at both sizes, so that the first
  // input measured does not pay for compiling (and tiering up) the code paths
  // all share, nor for growing the heap.
  const pages = [50_000, 50_000, 200_000].map((size) => inputs[0].make(size))
  for (const text of pages) for (const {fn} of functions) fn(text)
  parentPort.on('message', ({fnIndex, inputIndex, size, reps, gc}) => {
    if (cachedInput !== inputIndex) {
      texts.clear()
      cachedInput = inputIndex
      globalThis.gc()
    }
    let text = texts.get(size)
    if (text === undefined) {
      text = inputs[inputIndex].make(size)
      texts.set(size, text)
    }
    const fn = functions[fnIndex].fn
    try {
      // A minor GC only: a full one also throws away compiled regexps and
      // shrinks the heap, and the next sample would pay to rebuild both.
      if (gc) globalThis.gc({type: 'minor'})
      const start = performance.now()
      for (let rep = 0; rep < reps; rep++) fn(text)
      parentPort.postMessage({ms: (performance.now() - start) / reps, length: text.length})
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
  // Workers share the process's V8 flags: this gives them a `gc()` to call.
  if (typeof globalThis.gc !== 'function') v8.setFlagsFromString('--expose-gc')
  const started = performance.now()
  const failures = []
  const suspects = []
  const worst = new Map()
  let pairs = 0
  let underFloor = 0
  console.log(`Linear-time check: ${functions.length} functions × ${inputs.length} hostile inputs, fail above ×${limit} for ×4 input (${cpus().length} CPUs)`)

  const report = (fnIndex, inputIndex, result) => {
    const name = functions[fnIndex].name
    const line = `${name.padEnd(26)} ${inputs[inputIndex].name.padEnd(28)} ${describe(result)}`
    if (result.failed) {
      failures.push(line)
      console.log(`FAIL ${line}`)
    } else if (verbose) {
      console.log(`  ok ${line}`)
    }
    // Ratios of times under the floor are noise: they neither fail nor count as the worst.
    if (result.failed || result.ratio === undefined || result.large.ms < floorMs) return
    const current = worst.get(name)
    if (!current || result.ratio > current.ratio) worst.set(name, {ratio: result.ratio, input: inputs[inputIndex].name})
  }

  let pool = new Measurer()
  // Input by input, so that the worker builds each input once.
  for (const [inputIndex, input] of inputs.entries()) {
    for (const [fnIndex, {name}] of functions.entries()) {
      if (only && !name.includes(only) && !input.name.includes(only)) continue
      pairs++
      const result = await pair(pool, fnIndex, inputIndex)
      if (result.underFloor) underFloor++
      // Over the limit, but not by far: load may have hit the large samples
      // only. Measure it again after the rest, at another moment.
      if (result.suspect) suspects.push({fnIndex, inputIndex, result})
      else report(fnIndex, inputIndex, result)
    }
  }
  pool.close()

  if (suspects.length > 0) {
    console.log(`\nMeasuring ${suspects.length} pair(s) over the limit again:`)
    pool = new Measurer()
    for (const {fnIndex, inputIndex, result} of suspects) {
      const again = await confirm(pool, fnIndex, inputIndex, result)
      const verdict = again.failed ? 'fails' : again.large.ms < floorMs ? `passes (large under ${floorMs} ms)` : 'passes'
      console.log(`  ${functions[fnIndex].name} / ${inputs[inputIndex].name}: ×${result.ratio.toFixed(2)} → ×${again.ratio?.toFixed(2) ?? '?'}, ${verdict}`)
      report(fnIndex, inputIndex, again)
    }
    pool.close()
  }

  console.log('\nWorst timed ratio per function:')
  for (const [name, {ratio, input}] of worst) console.log(`  ${name.padEnd(26)} ×${ratio.toFixed(2)}  (${input})`)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`\n${pairs} pairs (${underFloor} under ${floorMs} ms at the large size), ${failures.length} failure(s) in ${seconds} s`)
  for (const line of failures) console.log(`  ${line}`)
  process.exitCode = failures.length > 0 ? 1 : 0
}

/** The small and large size of an input, and the allowed ratio between their times. */
function sizesOf(inputIndex) {
  const [small, large] = inputs[inputIndex].sizes ?? [50_000, 200_000]
  return {small, large, allowed: limit * (large / small / 4)}
}

async function pair(pool, fnIndex, inputIndex) {
  const {small, large, allowed} = sizesOf(inputIndex)
  const message = {fnIndex, inputIndex, reps: 1, gc: false}
  const probeSmall = await pool.measure({...message, size: small}, 30_000)
  if (probeSmall.error) return {failed: true, reason: probeSmall.error}
  // Generous: three times what a passing large call may take, plus start-up, at most a minute.
  const deadline = Math.min(60_000, 2000 + 3 * allowed * probeSmall.ms)
  const probeLarge = await pool.measure({...message, size: large}, deadline)
  if (probeLarge.error) return {failed: true, reason: probeLarge.error, small: probeSmall}
  if (probeLarge.ms < floorMs) return {small: probeSmall, large: probeLarge, underFloor: true}
  // Slow calls are sampled less often: a timer tick or a stray GC weighs less
  // on them, and the probes count as samples too.
  const samples = probeLarge.ms > 1000 ? 1 : probeLarge.ms > 20 ? 2 : 3
  const result = await sample(pool, fnIndex, inputIndex, samples, probeSmall, probeLarge)
  if (!result.failed) return result
  // Far over the limit is no noise; just over, sample again at once, this time
  // with equal work at both sizes.
  if (result.ratio > 2 * allowed) return result
  const again = await sample(pool, fnIndex, inputIndex, samples + 2, result.small, result.large, true)
  return again.failed ? {...again, failed: false, suspect: true} : {...again, note: `×${result.ratio.toFixed(2)} before equal work`}
}

/** Sample a suspect pair once more, in a fresh worker, keeping the minimum of all samples. */
async function confirm(pool, fnIndex, inputIndex, previous) {
  const {small, large} = sizesOf(inputIndex)
  const message = {fnIndex, inputIndex, reps: 1, gc: true}
  // Warm the new worker up.
  const probeSmall = await pool.measure({...message, size: small}, 30_000)
  if (probeSmall.error) return {failed: true, reason: probeSmall.error}
  const probeLarge = await pool.measure({...message, size: large}, 60_000)
  if (probeLarge.error) return {failed: true, reason: probeLarge.error}
  return sample(pool, fnIndex, inputIndex, 5, fastest(previous.small, probeSmall), fastest(previous.large, probeLarge), true, previous)
}

/**
 * `count` interleaved samples of each size, after the estimates `small` and
 * `large`; times are the minimum of the samples and of `best` (the estimates
 * unless given). With `equalWork`, a sample of the small input repeats the
 * call as often as it takes to read as much text as a sample of the large
 * one: a single call on the small input right after a GC may finish before
 * the next one, while the large input pays for it, and that is no property of
 * the algorithm. A sample of equal work allocates alike at both sizes, so
 * only garbage that grows with the input (kept alive until the call ends)
 * counts against it.
 */
async function sample(pool, fnIndex, inputIndex, count, small, large, equalWork = false, best = equalWork ? {} : {small, large}) {
  const sizes = sizesOf(inputIndex)
  const repsOf = (ms) => Math.min(maxReps, Math.max(1, Math.ceil(minSampleMs / Math.max(ms, 0.001))))
  const repsLarge = repsOf(large.ms)
  const repsSmall = equalWork ? Math.max(repsOf(small.ms), Math.round((repsLarge * large.length) / small.length)) : repsOf(small.ms)
  let bestSmall = best.small ?? {ms: Number.POSITIVE_INFINITY}
  let bestLarge = best.large ?? {ms: Number.POSITIVE_INFINITY}
  for (let index = 0; index < count; index++) {
    const timedSmall = await pool.measure(
      {fnIndex, inputIndex, size: sizes.small, reps: repsSmall, gc: true},
      // A sample that takes ten times the estimate is stopped as super-linear or stuck.
      Math.min(60_000, 2000 + 10 * small.ms * repsSmall)
    )
    if (timedSmall.error) return {failed: true, reason: timedSmall.error, small}
    bestSmall = fastest(bestSmall, timedSmall)
    const timedLarge = await pool.measure(
      {fnIndex, inputIndex, size: sizes.large, reps: repsLarge, gc: true},
      Math.min(60_000, 2000 + 10 * large.ms * repsLarge)
    )
    if (timedLarge.error) return {failed: true, reason: timedLarge.error, small: bestSmall}
    bestLarge = fastest(bestLarge, timedLarge)
  }
  const ratio = bestLarge.ms / bestSmall.ms
  return {small: bestSmall, large: bestLarge, ratio, failed: ratio > sizes.allowed && bestLarge.ms >= floorMs}
}

function fastest(a, b) {
  return b.ms < a.ms ? b : a
}

function describe({small, large, ratio, reason, underFloor, note}) {
  if (reason) return `${reason}${small ? ` (small: ${small.ms.toFixed(2)} ms)` : ''}`
  const speed = large.length / 1e6 / (large.ms / 1000)
  const shown = underFloor ? `under ${floorMs} ms` : `×${ratio.toFixed(2)}`
  return `${small.ms.toFixed(2).padStart(9)} ms ${large.ms.toFixed(2).padStart(9)} ms  ${shown.padEnd(14)} ${speed.toFixed(1).padStart(7)} M chars/s${note ? `  (${note})` : ''}`
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
