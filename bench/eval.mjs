// Evaluate clean() on aeb-dev: the article-extraction-benchmark's shingle
// metric for each extractor's output, before and after clean().
//
//   npm run eval              the table
//   npm run eval -- --losses  also list removals that cost recall, worst first
//   npm run eval -- --gains   also list the removals that helped most, by rule
//
// A second table splits what each layer adds: the rules alone (edges: false),
// the rules with edge detection (the default), and both with a model learned,
// leave-one-out, from the same extractor's output on the other 87 pages.
import {readFileSync} from 'node:fs'
import {clean, learnBoilerplate, mergeBoilerplateModels} from '../dist/index.js'

const pages = JSON.parse(readFileSync(new URL('aeb-dev/pages.json', import.meta.url), 'utf8')).pages
const showLosses = process.argv.includes('--losses')
const showGains = process.argv.includes('--gains')

const tokenRe = /[\p{L}\p{N}\p{Mn}\p{Mc}_]+/gu

function shingles(text, n = 4) {
  const tokens = (text ?? '').match(tokenRe) ?? []
  const counts = new Map()
  const last = Math.max(1, tokens.length - n + 1)
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join('\u0000')
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** The benchmark's per-page counts, normalized so every page weighs the same. */
function match(truth, prediction) {
  const t = shingles(truth)
  const p = shingles(prediction)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0
    const b = p.get(key) ?? 0
    tp += Math.min(a, b)
    fp += Math.max(0, b - a)
    fn += Math.max(0, a - b)
  }
  const sum = tp + fp + fn
  return sum > 0 ? {tp: tp / sum, fp: fp / sum, fn: fn / sum} : {tp: 0, fp: 0, fn: 0}
}

function score(rows) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const row of rows) {
    tp += row.tp
    fp += row.fp
    fn += row.fn
  }
  const precision = tp / (tp + fp)
  const recall = tp / (tp + fn)
  return {precision, recall, f1: (2 * precision * recall) / (precision + recall)}
}

const extractors = Object.keys(Object.values(pages)[0].extracted)
const losses = []
const gains = new Map()
const table = []
const layers = []
for (const extractor of extractors) {
  const before = []
  const after = []
  const rulesOnly = []
  const withModel = []
  const texts = Object.values(pages).map((page) => page.extracted[extractor] ?? '')
  // One model per page, merged leave-one-out: the merge is exact, so this is the model of the other 87 pages.
  const models = texts.map((text) => learnBoilerplate([text]))
  let repeatedRemovals = 0
  for (const [index, page] of Object.values(pages).entries()) {
    const text = texts[index]
    const result = clean(text)
    before.push(match(page.articleBody, text))
    after.push(match(page.articleBody, result.text))
    rulesOnly.push(match(page.articleBody, clean(text, {edges: false}).text))
    const model = mergeBoilerplateModels(models.filter((_, other) => other !== index))
    const learned = clean(text, {model})
    repeatedRemovals += learned.removed.filter((removal) => removal.kind === 'repeated').length
    withModel.push(match(page.articleBody, learned.text))
    if (showLosses) {
      const truth = shingles(page.articleBody)
      for (const removal of learned.removed) {
        if (removal.kind !== 'repeated') continue
        const inTruth = [...shingles(removal.text).keys()].filter((key) => truth.has(key)).length
        if (inTruth > 0) losses.push({extractor, rule: removal.rule, inTruth, text: removal.text.slice(0, 160)})
      }
    }
    if (showLosses || showGains) {
      const truth = shingles(page.articleBody)
      for (const removal of result.removed) {
        const removedShingles = [...shingles(removal.text).keys()]
        const inTruth = removedShingles.filter((key) => truth.has(key)).length
        if (inTruth > 0) losses.push({extractor, rule: removal.rule, inTruth, text: removal.text.slice(0, 160)})
        else {
          const entry = gains.get(removal.rule) ?? {count: 0, examples: new Set()}
          entry.count++
          if (entry.examples.size < 4) entry.examples.add(removal.text.slice(0, 80))
          gains.set(removal.rule, entry)
        }
      }
    }
  }
  table.push({extractor, before: score(before), after: score(after)})
  layers.push({extractor, before: score(before), rules: score(rulesOnly), edges: score(after), model: score(withModel), repeatedRemovals})
}

const truthRows = []
let truthRemovals = 0
for (const page of Object.values(pages)) {
  const result = clean(page.articleBody)
  truthRemovals += result.removed.length
  truthRows.push(match(page.articleBody, result.text))
  if (showLosses)
    for (const removal of result.removed) losses.push({extractor: 'ground-truth', rule: removal.rule, inTruth: -1, text: removal.text.slice(0, 160)})
}

const f = (x) => x.toFixed(4)
const d = (x) => (x >= 0 ? '+' : '') + x.toFixed(4)
console.log(`aeb-dev: ${Object.keys(pages).length} pages, shingle metric (n=4)\n`)
console.log('| extractor | P before | P after | ΔP | R before | R after | ΔR | F1 before | F1 after | ΔF1 |')
console.log('|---|---|---|---|---|---|---|---|---|---|')
for (const {extractor, before, after} of table) {
  console.log(
    `| ${extractor} | ${f(before.precision)} | ${f(after.precision)} | ${d(after.precision - before.precision)} | ${f(before.recall)} | ${f(after.recall)} | ${d(after.recall - before.recall)} | ${f(before.f1)} | ${f(after.f1)} | ${d(after.f1 - before.f1)} |`
  )
}
const truth = score(truthRows)
console.log(`\nclean(groundTruth) against groundTruth: recall ${f(truth.recall)}, precision ${f(truth.precision)} (${truthRemovals} removals)`)

console.log('\nWhat each layer adds (rules = edges: false; +edges = the default; +model = default with a leave-one-out model):\n')
console.log('| extractor | P rules | P +edges | P +model | ΔP total | R rules | R +edges | R +model | ΔR total | repeated removals |')
console.log('|---|---|---|---|---|---|---|---|---|---|')
const mean = {rules: 0, edges: 0, model: 0, rulesR: 0, edgesR: 0, modelR: 0}
for (const {extractor, rules, edges, model, repeatedRemovals} of layers) {
  console.log(
    `| ${extractor} | ${f(rules.precision)} | ${f(edges.precision)} | ${f(model.precision)} | ${d(model.precision - rules.precision)} | ${f(rules.recall)} | ${f(edges.recall)} | ${f(model.recall)} | ${d(model.recall - rules.recall)} | ${repeatedRemovals} |`
  )
  mean.rules += rules.precision / layers.length
  mean.edges += edges.precision / layers.length
  mean.model += model.precision / layers.length
  mean.rulesR += rules.recall / layers.length
  mean.edgesR += edges.recall / layers.length
  mean.modelR += model.recall / layers.length
}
console.log(
  `| mean | ${f(mean.rules)} | ${f(mean.edges)} | ${f(mean.model)} | ${d(mean.model - mean.rules)} | ${f(mean.rulesR)} | ${f(mean.edgesR)} | ${f(mean.modelR)} | ${d(mean.modelR - mean.rulesR)} | |`
)

// The headline figures (issue #13's targets): mean precision gain over the input, with and without a
// model; the worst recall change of any extractor; ground truth kept.
const meanOf = (values) => values.reduce((sum, value) => sum + value, 0) / values.length
const meanGain = meanOf(table.map(({before, after}) => after.precision - before.precision))
const meanGainModel = meanOf(layers.map(({before, model}) => model.precision - before.precision))
const worstRecall = Math.min(...table.map(({before, after}) => after.recall - before.recall))
const worstExtractor = table.find(({before, after}) => after.recall - before.recall === worstRecall).extractor
console.log(
  `\nmean ΔP ${d(meanGain)} (${d(meanGainModel)} with the model; ${d(mean.model - mean.rules)} model over rules alone), worst ΔR ${d(worstRecall)} (${worstExtractor}), ground truth kept ${f(truth.recall)}`
)

const failures = []
for (const {extractor, before, after} of table) {
  if (!(after.precision > before.precision)) failures.push(`${extractor}: precision not up`)
  if (before.recall - after.recall > 0.002) failures.push(`${extractor}: recall down ${f(before.recall - after.recall)}`)
}
for (const {extractor, rules, model} of layers) {
  if (rules.recall - model.recall > 0.002)
    failures.push(`${extractor}: recall down ${f(rules.recall - model.recall)} with edges and model over the rules alone`)
}
if (truth.recall < 0.998) failures.push(`ground truth kept ${f(truth.recall)} < 0.998`)
console.log(
  failures.length
    ? `\ntargets missed:\n- ${failures.join('\n- ')}`
    : '\nall targets met: precision up for every extractor, recall down ≤ 0.002, ground truth kept ≥ 0.998'
)

if (showLosses) {
  console.log('\nremovals that cost recall:')
  for (const loss of losses.sort((a, b) => b.inTruth - a.inTruth))
    console.log(`  [${loss.extractor}] ${loss.rule} (${loss.inTruth}): ${JSON.stringify(loss.text)}`)
}
if (showGains) {
  console.log('\nremovals outside the ground truth, by rule:')
  for (const [rule, entry] of [...gains].sort((a, b) => b[1].count - a[1].count))
    console.log(`  ${rule}: ${entry.count}  e.g. ${[...entry.examples].map((x) => JSON.stringify(x)).join(' ')}`)
}
process.exitCode = failures.length && process.argv.includes('--check') ? 1 : 0
