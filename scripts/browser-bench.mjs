#!/usr/bin/env node
// Entity-heavy input in the browser bundle: decodeEntities() and normalize()
// in headless Chromium (the bundle a browser app makes: esbuild, default
// `browser` conditions), next to Node running dist/ on the same text in the
// same run, and to the same text with no references at all. Best of several
// runs, in MB/s. Run after `npm run build`:
//
//   node scripts/browser-bench.mjs
//
// Texts: the aeb-dev articles with every character that has a named
// reference written as one (`’` → `&rsquo;`, `é` → `&eacute;`), as an HTML
// source escapes them; and a hostile string of every HTML5 name in turn.
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {characterEntities} from 'character-entities'
import {bundleForBrowser, launchChromium, root} from './browser-chromium.mjs'

if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first')

// The shortest name for each single character, so escaping picks `&amp;` over `&AMP;`.
const nameOf = new Map()
for (const [name, value] of Object.entries(characterEntities)) {
  if ([...value].length !== 1 || /^[A-Za-z0-9 \n]$/.test(value)) continue
  const known = nameOf.get(value)
  if (known === undefined || name.length < known.length || (name.length === known.length && name < known)) nameOf.set(value, name)
}
const {pages} = JSON.parse(readFileSync(join(root, 'bench/aeb-dev/pages.json'), 'utf8'))
const articles = Object.values(pages)
  .map((page) => page.articleBody)
  .join('\n\n')
const escaped = [...articles].map((character) => (nameOf.has(character) ? `&${nameOf.get(character)};` : character)).join('')
const names = Object.keys(characterEntities)
let hostile = ''
for (let index = 0; hostile.length < 1_800_000; index++) hostile += `&${names[index % names.length]};`
const plain = articles.replaceAll('&', 'and')

const texts = {
  'articles, plain (no &)': plain,
  'articles, escaped': escaped,
  'every name, 1.8 MB': hostile
}
const runs = 5

// The same measuring code in both: test/browser/bench.js, which imports
// `copydesk` (in Node, dist/ through the package's own exports).
await import('../test/browser/bench.js')
const nodeTimes = globalThis.copydeskBench(texts, runs)

const bundle = await bundleForBrowser({bench: 'test/browser/bench.js'})
const chromium = await launchChromium()
let browserTimes
try {
  const page = await chromium.context.newPage()
  await page.setContent('<!doctype html><meta charset="utf-8"><title>bench</title>')
  await page.addScriptTag({content: bundle['bench.js'], type: 'module'})
  await page.waitForFunction(() => globalThis.copydeskBench !== undefined)
  browserTimes = await page.evaluate(([texts, runs]) => globalThis.copydeskBench(texts, runs), [texts, runs])
} finally {
  await chromium.close()
}

// Below the clock's resolution (no `&` at all: nothing to do) there is no rate to give.
const mbps = (text, milliseconds) => (milliseconds > 0 ? (Buffer.byteLength(text) / 1e6 / (milliseconds / 1000)).toFixed(1) : '—').padStart(7)
console.log(`best of ${runs} runs, MB/s (UTF-8 bytes of input per second)\n`)
console.log(`${'text'.padEnd(24)} ${'size'.padStart(8)}  ${'function'.padEnd(15)} ${'browser'.padStart(7)} ${'Node'.padStart(7)}  browser/Node`)
for (const [label, text] of Object.entries(texts)) {
  for (const fn of ['decodeEntities', 'normalize']) {
    const browser = browserTimes[label][fn]
    const inNode = nodeTimes[label][fn]
    console.log(
      `${label.padEnd(24)} ${`${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`.padStart(8)}  ${fn.padEnd(15)} ${mbps(text, browser)} ${mbps(text, inNode)}  ${browser > 0 && inNode > 0 ? `${(inNode / browser).toFixed(2)}×` : '—'}`
    )
  }
}
