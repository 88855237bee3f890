// Benchmark canonical spelling discovery on seeded Zipf corpora built from
// real English words, with injected typos of known answer.
//
//   npm run build && node bench/spelling.mjs          # 100k and 1M tokens
//   npm run build && node bench/spelling.mjs --full   # also 10M tokens
//
// Each size runs in its own process so peak memory (maxRSS) is its own; it
// includes the generated corpus itself. Prints time, MB/s, the ratio to a baseline (a plain regex word
// count over the same text, measured in the same process), and precision and
// recall on the injected typos.
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {addDocument, createSpellingStats, findCanonicalSpellings} from '../dist/index.js'
import {englishLexicon} from '../dist/lexicon.js'
import {mulberry32} from '../test/fixtures/spelling/build-news.mjs'

const sizeFlag = process.argv.indexOf('--size')
if (sizeFlag === -1) {
  const sizes = [100_000, 1_000_000, ...(process.argv.includes('--full') ? [10_000_000] : [])]
  console.log('Wall-clock seconds, and CPU seconds of the measured process (steadier on a shared machine).')
  console.log('tokens      forms    build s  find s  total s  cpu s  MB/s   baseline MB/s  ratio  peak RSS MB  proposals  precision  recall')
  let previous
  for (const size of sizes) {
    const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--size', String(size)], {
      encoding: 'utf8'
    })
    const result = JSON.parse(output)
    console.log(
      [
        String(size).padEnd(11),
        String(result.forms).padEnd(8),
        result.build.toFixed(2).padStart(7),
        result.find.toFixed(2).padStart(7),
        (result.build + result.find).toFixed(2).padStart(8),
        result.cpu.toFixed(2).padStart(6),
        result.mbps.toFixed(1).padStart(6),
        result.baselineMbps.toFixed(1).padStart(14),
        (result.mbps / result.baselineMbps).toFixed(2).padStart(6),
        result.peakMb.toFixed(0).padStart(12),
        String(result.proposals).padStart(10),
        result.precision.toFixed(3).padStart(10),
        result.recall.toFixed(3).padStart(7)
      ].join(' ')
    )
    if (previous) {
      const growth = result.cpu / previous.cpu
      console.log(`            ×${(size / previous.size).toFixed(0)} tokens → ×${growth.toFixed(1)} CPU time`)
    }
    previous = {...result, size}
  }
} else {
  console.log(JSON.stringify(run(Number(process.argv[sizeFlag + 1]))))
}

function run(tokens) {
  const next = mulberry32(0x5eed + tokens)
  const words = [...englishLexicon].filter((word) => /^[a-z]{2,}$/.test(word)).sort()
  shuffle(words, mulberry32(42))
  const vocabulary = words.slice(0, 40_000)
  // Zipf (s = 1) over the vocabulary: cumulative weights for binary search.
  const cumulative = new Float64Array(vocabulary.length)
  let total = 0
  for (let rank = 0; rank < vocabulary.length; rank++) cumulative[rank] = total += 1 / (rank + 1)
  const sample = () => {
    const target = next() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if (cumulative[middle] < target) low = middle + 1
      else high = middle
    }
    return low
  }
  // Typos: one per eligible word among ranks that occur ≥ 30 times, injected once or twice.
  const expectedCount = (rank) => tokens / total / (rank + 1)
  const typoOf = new Map()
  const truth = new Map()
  for (let rank = 20; rank < vocabulary.length && expectedCount(rank) >= 30; rank += 3) {
    const word = vocabulary[rank]
    if (word.length < 5) continue
    const typo = makeTypo(word, next)
    if (typo === undefined || englishLexicon.has(typo) || truth.has(typo)) continue
    typoOf.set(rank, {typo, left: 1 + Math.floor(next() * 2), every: Math.max(2, Math.floor(expectedCount(rank) / 4))})
    truth.set(typo, word)
  }
  const documents = []
  let produced = 0
  while (produced < tokens) {
    const length = Math.min(tokens - produced, 200 + Math.floor(next() * 400))
    let text = ''
    for (let index = 0; index < length; index++) {
      const rank = sample()
      let word = vocabulary[rank]
      const typo = typoOf.get(rank)
      if (typo !== undefined && typo.left > 0 && next() * typo.every < 1) {
        word = typo.typo
        typo.left--
      }
      text += index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : (index % 14 === 13 ? '. ' : ' ') + word
    }
    documents.push(text + '.')
    produced += length
  }
  for (const typo of typoOf.values()) if (typo.left === 2) truth.delete(typo.typo) // never injected
  const bytes = documents.reduce((sum, document) => sum + document.length, 0)

  // Baseline: count words with a plain regex and a Map.
  let started = performance.now()
  const counts = new Map()
  for (const document of documents) for (const word of document.match(/[a-z]+/gi) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1)
  const baseline = (performance.now() - started) / 1000

  started = performance.now()
  const cpu = process.cpuUsage()
  const stats = createSpellingStats()
  for (const document of documents) addDocument(stats, document)
  const build = (performance.now() - started) / 1000
  started = performance.now()
  const found = findCanonicalSpellings(stats, {lexicon: englishLexicon})
  const find = (performance.now() - started) / 1000
  const {user, system} = process.cpuUsage(cpu)
  const injected = [...truth.keys()].filter((typo) => stats.forms.has(typo)).length
  const correct = found.filter((spelling) => truth.get(spelling.variant) === spelling.canonical).length
  const megabytes = bytes / 1e6
  return {
    build,
    find,
    cpu: (user + system) / 1e6,
    forms: stats.forms.size,
    mbps: megabytes / (build + find),
    baselineMbps: megabytes / baseline,
    peakMb: process.resourceUsage().maxRSS / 1024,
    proposals: found.length,
    precision: found.length === 0 ? 1 : correct / found.length,
    recall: injected === 0 ? 1 : correct / injected
  }
}

function makeTypo(word, next) {
  const at = 1 + Math.floor(next() * (word.length - 2))
  switch (Math.floor(next() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1) // deletion
    case 1:
      return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2) // transposition
    case 2:
      return word.slice(0, at) + word.charAt(at) + word.slice(at) // doubled letter
    default: {
      const near = {a: 's', s: 'd', d: 'f', e: 'r', r: 't', t: 'y', i: 'o', o: 'p', n: 'm', m: 'n', l: 'k', c: 'v', h: 'j', u: 'i', g: 'h'}
      const replacement = near[word.charAt(at)]
      return replacement === undefined ? undefined : word.slice(0, at) + replacement + word.slice(at + 1) // neighbouring key
    }
  }
}

function shuffle(array, next) {
  for (let index = array.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1))
    ;[array[index], array[other]] = [array[other], array[index]]
  }
}
