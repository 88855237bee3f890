// End-to-end check that `copydesk spellings --merge` is linear in the number
// of shards (issue #16: 1,000 shards took a minute, 2,000 two and a half):
// 10,000 shards, generated on the fly, merged by the CLI within a time limit,
// with proposals identical to one run over all the documents. Before the
// accumulator, these 10,000 shards took 283 s to merge.
//
//   npm run build && node bench/spelling-merge.mjs [--shards 10000] [--limit 30]
//
// Also times the library both ways: one accumulator (addSpellingStats) and
// one call with every shard (mergeSpellingStats(...shards)).
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {addDocument, addSpellingStats, createSpellingStats, mergeSpellingStats, spellingStatsToJSON} from '../dist/index.js'
import {mulberry32} from '../test/fixtures/spelling/build-news.mjs'

const option = (name, fallback) => {
  const at = process.argv.indexOf(name)
  return at === -1 ? fallback : Number(process.argv[at + 1])
}
const shardCount = option('--shards', 10_000)
const limit = option('--limit', 30)
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

// A vocabulary of made-up words, Zipf-distributed, so shards share most forms;
// one document per shard, 60–120 words. Every tenth names a place in a set
// phrase, and one in fifty of those has a slip in the name, so that the
// proposals compared are not empty.
const next = mulberry32(16)
const letters = 'abcdefghijklmnopqrstuvwxyz'
const vocabulary = Array.from({length: 20_000}, () => Array.from({length: 4 + Math.floor(next() * 6)}, () => letters[Math.floor(next() * 26)]).join(''))
// Few enough uses per place that their contexts are kept (up to 64).
const places = vocabulary.slice(0, 400).map((word) => word.charAt(0).toUpperCase() + word.slice(1) + 'ovo')
const documents = Array.from({length: shardCount}, () => {
  const words = []
  for (let index = 80 + Math.floor(next() * 40); index > 0; index--) {
    let word = vocabulary[Math.floor(vocabulary.length * next() ** 2)]
    if (next() < 0.01) word = word.slice(0, 2) + word.slice(3)
    words.push(word)
  }
  const place = places[Math.floor(next() * places.length)]
  const slip = next() < 0.05 ? place.slice(0, 2) + place.slice(3) : place
  return `${words.join(' ')}.${next() < 0.1 ? ` Talks in the northern city of ${slip} went on.` : ''}`
})

const directory = mkdtempSync(join(tmpdir(), 'copydesk-merge-'))
try {
  const shards = documents.map((text) => addDocument(createSpellingStats(), text))
  const file = join(directory, 'shards.jsonl')
  writeFileSync(file, shards.map((shard) => `${JSON.stringify(spellingStatsToJSON(shard))}\n`).join(''))
  const corpus = join(directory, 'corpus.jsonl')
  writeFileSync(corpus, documents.map((text) => `${JSON.stringify({text})}\n`).join(''))

  let started = performance.now()
  const total = createSpellingStats()
  for (const shard of shards) addSpellingStats(total, shard)
  const accumulate = (performance.now() - started) / 1000
  started = performance.now()
  const merged = mergeSpellingStats(...shards)
  const variadic = (performance.now() - started) / 1000
  const exact = JSON.stringify(spellingStatsToJSON(merged)) === JSON.stringify(spellingStatsToJSON(total))

  started = performance.now()
  const fromShards = execFileSync(process.execPath, [cli, 'spellings', '--merge', '--json', '--no-lexicon', file], {encoding: 'utf8', maxBuffer: 1 << 28})
  const cliSeconds = (performance.now() - started) / 1000
  const onePass = execFileSync(process.execPath, [cli, 'spellings', '--jsonl', '--json', '--no-lexicon', corpus], {encoding: 'utf8', maxBuffer: 1 << 28})

  console.log(`${shardCount} shards, ${total.forms.size} forms, ${fromShards.split('\n').filter(Boolean).length} proposals`)
  console.log(`library, addSpellingStats into one total: ${accumulate.toFixed(2)} s`)
  console.log(`library, mergeSpellingStats(...shards):   ${variadic.toFixed(2)} s`)
  console.log(`copydesk spellings --merge:               ${cliSeconds.toFixed(2)} s (limit ${limit} s)`)
  const failures = []
  if (!exact) failures.push('mergeSpellingStats(...shards) differs from addSpellingStats folded')
  if (fromShards !== onePass) failures.push('proposals from merged shards differ from one pass')
  if (fromShards.trim() === '') failures.push('no proposals: the check compares nothing')
  if (cliSeconds > limit) failures.push(`--merge took ${cliSeconds.toFixed(1)} s, over ${limit} s`)
  for (const failure of failures) console.error(`FAIL: ${failure}`)
  console.log(failures.length === 0 ? 'merge: 1 passed, 0 failed' : `merge: 0 passed, ${failures.length} failed`)
  process.exitCode = failures.length === 0 ? 0 : 1
} finally {
  rmSync(directory, {recursive: true, force: true})
}
