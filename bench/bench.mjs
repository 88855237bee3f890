// npm run bench — clean() throughput on ≥ 10 MB of news text, plain and
// markdown, next to one bare String.replace pass over the same documents,
// measured in the same run.
import {clean} from '../dist/index.js'
import {corpusOf, documents, toMarkdown} from './corpus.mjs'

const size = Number(process.env.BENCH_MB ?? 12) * 1024 * 1024
const base = documents()
const plain = corpusOf(base, size)
const markdown = corpusOf(
  base.map((doc, i) => toMarkdown(doc, i)),
  size
)

/** Best of `runs` timings of `fn` over every document, in MB/s. */
function measure(corpus, fn, runs = 3) {
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint()
    let sink = 0
    for (const doc of corpus.docs) sink += fn(doc).length
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    if (sink < 0) throw new Error('unreachable')
    best = Math.min(best, seconds)
  }
  return corpus.bytes / 1024 / 1024 / best
}

const replacePass = (doc) => doc.replace(/\u2019/g, "'")
const rows = [
  ['String.replace (baseline)', 'plain', measure(plain, replacePass)],
  ['clean()', 'plain', measure(plain, (doc) => clean(doc).text)],
  ['clean({format: "text"})', 'plain', measure(plain, (doc) => clean(doc, {format: 'text'}).text)],
  ['String.replace (baseline)', 'markdown', measure(markdown, replacePass)],
  ['clean()', 'markdown', measure(markdown, (doc) => clean(doc).text, 1)]
]

console.log(
  `clean() on ${(plain.bytes / 1048576).toFixed(1)} MB plain / ${(markdown.bytes / 1048576).toFixed(1)} MB markdown news text (${plain.docs.length} / ${markdown.docs.length} documents), node ${process.version}\n`
)
console.log('| what | input | MB/s | vs String.replace |')
console.log('|---|---|---|---|')
for (const [what, input, mbs] of rows) {
  const baseline = rows.find((row) => row[1] === input)[2]
  console.log(`| ${what} | ${input} | ${mbs.toFixed(1)} | ${(mbs / baseline).toFixed(3)}× |`)
}
