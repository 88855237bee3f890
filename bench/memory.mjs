#!/usr/bin/env node
// Peak memory of clean() on a large input, as a multiple of the input's size.
//
//   npm run build && node --expose-gc bench/memory.mjs [megabytes=100]
//
// The input is the seed pages repeated, as one-byte text (1 MB of input is
// 1 MB of memory). clean() is synchronous, so the peak is read afterwards from
// the kernel's high-water mark of resident memory, and counted from before the
// input was built: the figure includes the input itself. Exits 1 at 4× or more.
import {readFileSync, readdirSync} from 'node:fs'
import {clean} from '../dist/index.js'

globalThis.gc?.()
const start = process.memoryUsage().rss

const megabytes = Number(process.argv[2] ?? 100)
const seeds = new URL('../seeds/', import.meta.url)
const page = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, seeds), 'utf8').replace(/[^\u0000-\u00FF]/g, ''))
  .join('\n\n')
const input = (page + '\n\n').repeat(Math.ceil((megabytes * 1e6) / (page.length + 2))).slice(0, megabytes * 1e6)
globalThis.gc?.()
const base = process.memoryUsage()
const started = performance.now()
const result = clean(input)
const seconds = (performance.now() - started) / 1000
const highWater = process.resourceUsage().maxRSS * 1024
const mb = (bytes) => (bytes / 1e6).toFixed(0)
console.log(`clean() on ${mb(input.length)} MB: ${seconds.toFixed(1)} s, ${(input.length / 1e6 / seconds).toFixed(1)} MB/s, ${result.removed.length} removals, ${mb(result.text.length)} MB out`)
const ratio = (highWater - start) / input.length
console.log(`RSS at start ${mb(start)} MB, with the input ${mb(base.rss)} MB, peak ${mb(highWater)} MB: ${ratio.toFixed(2)}× the input (input included)`)
process.exitCode = ratio < 4 ? 0 : 1
