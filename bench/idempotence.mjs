#!/usr/bin/env node
// Idempotence on real text: clean() each aeb-dev extractor output (and the
// seeds), then clean the result again, and count the texts the second pass
// changes. The same for the texts turned into markdown, and for
// stripBoilerplate().
//
//   npm run build && node bench/idempotence.mjs [--show]
//
// Exits 1 when a plain text changes on a second pass.
import {clean, stripBoilerplate} from '../dist/index.js'
import {documents, toMarkdown} from './corpus.mjs'

const show = process.argv.includes('--show')
const plain = documents()
const sets = [
  ['plain text', plain],
  ['as markdown', plain.map((text) => toMarkdown(text))]
]
const checks = [
  ['clean', (text) => clean(text).text],
  ['clean, then as text', (text) => clean(text).text, (text) => clean(text, {format: 'text'}).text],
  ['stripBoilerplate', (text) => stripBoilerplate(text).text]
]

let failed = false
console.log('| texts | check | changed by a second pass |\n|---|---|---|')
for (const [setName, texts] of sets) {
  for (const [checkName, first, second = first] of checks) {
    let changed = 0
    for (const text of texts) {
      const once = first(text)
      const twice = second(once)
      if (twice === once) continue
      changed++
      if (show) console.error(`[${setName}, ${checkName}] ${JSON.stringify(once.slice(0, 160))}`)
    }
    if (changed > 0 && setName === 'plain text') failed = true
    console.log(`| ${setName} (${texts.length}) | ${checkName} | ${changed} |`)
  }
}
process.exitCode = failed ? 1 : 0
