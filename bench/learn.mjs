// Throughput of learnBoilerplate, mergeBoilerplateModels and clean() with edge
// detection and a model, on the aeb-dev pages (every extractor's output).
// Ratios are against clean() with the rules alone, measured in the same run.
//
//   npm run build && node bench/learn.mjs
import {readFileSync} from 'node:fs'
import {clean, learnBoilerplate, mergeBoilerplateModels} from '../dist/index.js'

const pages = Object.values(JSON.parse(readFileSync(new URL('aeb-dev/pages.json', import.meta.url), 'utf8')).pages)
const texts = pages.flatMap((page) => Object.values(page.extracted).filter((text) => typeof text === 'string'))
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
const model = learnBoilerplate(texts)

function measure(name, run, minMs = 1500) {
  run() // warm up
  let rounds = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < minMs) {
    run()
    rounds++
    elapsed = performance.now() - start
  }
  const mbps = (bytes * rounds) / 1e6 / (elapsed / 1000)
  return {name, mbps}
}

const shards = [0, 1, 2, 3].map((shard) => learnBoilerplate(texts.filter((_, index) => index % 4 === shard)))
const results = [
  measure('clean, rules alone (edges: false)', () => {
    for (const text of texts) clean(text, {edges: false})
  }),
  measure('clean (edges on, the default)', () => {
    for (const text of texts) clean(text)
  }),
  measure('clean with a model', () => {
    for (const text of texts) clean(text, {model})
  }),
  measure('learnBoilerplate', () => learnBoilerplate(texts)),
  measure('mergeBoilerplateModels (4 shards)', () => mergeBoilerplateModels(shards))
]
const baseline = results[0].mbps
console.log(
  `${texts.length} documents, ${(bytes / 1e6).toFixed(2)} MB; model: ${Object.keys(model.lines).length} lines, ${model.documents.length} documents, ${(JSON.stringify(model).length / 1e6).toFixed(2)} MB of JSON\n`
)
console.log('| step | MB/s | ratio |')
console.log('|---|---|---|')
for (const {name, mbps} of results) console.log(`| ${name} | ${mbps.toFixed(2)} | ${(mbps / baseline).toFixed(2)} |`)
