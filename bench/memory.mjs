#!/usr/bin/env node
// Peak memory of clean() on a large input, as a multiple of the input's size.
//
//   npm run build && node --expose-gc bench/memory.mjs [megabytes=100] [--corpus]
//
// The input is the seed pages repeated, as one-byte text (1 MB of input is
// 1 MB of memory); with --corpus, real extractor output (bench/aeb-dev and the
// seeds, see corpus.mjs) repeated, which holds characters beyond Latin-1 and
// so takes two bytes per character in V8. clean() is synchronous, so the peak
// is read afterwards from the kernel's high-water mark of resident memory, and
// counted from before the input was built: the figure includes the input
// itself. Exits 1 at 4× the input's memory or more.
import {readFileSync, readdirSync} from 'node:fs'
import {clean, looksLikeMarkdown} from '../dist/index.js'
import {documents} from './corpus.mjs'

globalThis.gc?.()
const start = process.memoryUsage().rss

const corpus = process.argv.includes('--corpus')
const megabytes = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 100)
const seeds = new URL('../seeds/', import.meta.url)
const page = corpus
  ? documents().join('\n\n')
  : readdirSync(seeds)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(new URL(name, seeds), 'utf8').replace(/[^\u0000-\u00FF]/g, ''))
      .join('\n\n')
// V8 keeps a string in one byte per character only if every piece it was
// built from was: a regex replace on a two-byte file keeps two bytes. A
// Latin-1 round trip of the (small) page makes it one-byte for sure.
const oneByte = !/[^\u0000-\u00FF]/.test(page)
const piece = (oneByte ? Buffer.from(page, 'latin1').toString('latin1') : page) + '\n\n'
const input = piece.repeat(Math.ceil((megabytes * 1e6) / piece.length)).slice(0, megabytes * 1e6)
const inputBytes = input.length * (oneByte ? 1 : 2)
globalThis.gc?.()
const base = process.memoryUsage()
const started = performance.now()
const result = clean(input)
const seconds = (performance.now() - started) / 1000
const highWater = process.resourceUsage().maxRSS * 1024
const mb = (bytes) => (bytes / 1e6).toFixed(0)
const reading = looksLikeMarkdown(input) ? 'read as markdown' : 'read as plain text'
console.log(
  `clean() on ${mb(input.length)} M characters (${corpus ? 'extractor output' : 'seed pages'}, ${oneByte ? 'one' : 'two'} byte(s) each, ${reading}): ${seconds.toFixed(1)} s, ${(input.length / 1e6 / seconds).toFixed(1)} MB/s, ${result.removed.length} removals, ${mb(result.text.length)} M characters out`
)
const ratio = (highWater - start) / inputBytes
const perCharacter = oneByte ? '' : `; ${((highWater - start) / input.length).toFixed(2)}× its length in characters`
console.log(
  `RSS at start ${mb(start)} MB, with the input ${mb(base.rss)} MB, peak ${mb(highWater)} MB: ${ratio.toFixed(2)}× the input's ${mb(inputBytes)} MB (input included)${perCharacter}`
)
process.exitCode = ratio < 4 ? 0 : 1
