#!/usr/bin/env node
// The browser test (CI): bundle copydesk as a browser app would (esbuild,
// `browser` platform, default conditions), run it in Debian's Chromium,
// headless, in a page, in a module Web Worker and on a page that enforces
// Trusted Types, and check that `clean`, `normalize`, `findCanonicalSpellings`
// and `decodeEntities` give Node's results (from dist/, the same build) on the
// seeds, the aeb-dev texts and every HTML5 named reference. Then load the
// playground, paste a seed, and check that it highlights what `clean()`
// removes. Run after `npm run build`.
//
//   node scripts/browser-test.mjs
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {characterEntities} from 'character-entities'
import {bundleForBrowser, launchChromium, root, serve} from './browser-chromium.mjs'
import {buildPlayground, checkPlayground} from './browser-playground.mjs'

const started = performance.now()
if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first')
const node = await import('copydesk')
const {runCases} = await import('../test/browser/harness.js')

// The cases: every text through clean() and normalize(); the spelling
// proposals for the five seeds, for each aeb-dev page's nine texts (the
// truth and eight extractors' output) and for all of them at once; and a
// string with every named reference, decoded.
const seeds = readdirSync(join(root, 'seeds'))
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({id: `seeds/${file}`, text: readFileSync(join(root, 'seeds', file), 'utf8')}))
const {pages} = JSON.parse(readFileSync(join(root, 'bench/aeb-dev/pages.json'), 'utf8'))
const pageTexts = Object.entries(pages).map(([id, page]) => ({
  id,
  texts: [
    {id: `aeb-dev/${id}/articleBody`, text: page.articleBody},
    ...Object.entries(page.extracted).map(([extractor, text]) => ({id: `aeb-dev/${id}/${extractor}`, text}))
  ]
}))
const texts = [...seeds, ...pageTexts.flatMap((page) => page.texts)]
const cases = [
  ...texts.flatMap(({id, text}) => [
    {id: `clean ${id}`, fn: 'clean', input: text},
    {id: `normalize ${id}`, fn: 'normalize', input: text}
  ]),
  {id: 'findCanonicalSpellings seeds', fn: 'findCanonicalSpellings', input: seeds.map((seed) => seed.text)},
  ...pageTexts.map((page) => ({id: `findCanonicalSpellings aeb-dev/${page.id}`, fn: 'findCanonicalSpellings', input: page.texts.map((t) => t.text)})),
  {id: 'findCanonicalSpellings aeb-dev (all)', fn: 'findCanonicalSpellings', input: texts.slice(seeds.length).map((t) => t.text)},
  {
    id: 'decodeEntities every named reference',
    fn: 'decodeEntities',
    input: Object.keys(characterEntities)
      .map((name) => `&${name};`)
      .join(' | ')
  }
]

// Node's results, from the harness the browser runs (its `copydesk` is dist/, through the package's own exports).
const {results: expected, milliseconds: nodeMilliseconds} = runCases(cases)

const bundle = await bundleForBrowser({page: 'test/browser/page.js', worker: 'test/browser/worker.js'})
const html = (name, worker) =>
  `<!doctype html><html lang="en" data-name="${name}" data-worker="${worker ? 'yes' : 'no'}"><meta charset="utf-8"><link rel="icon" href="data:,"><title>copydesk: ${name}</title><script type="module" src="/page.js"></script></html>`
const files = {
  '/index.html': html('page', true),
  // No string reaches an HTML sink here: `innerHTML = '…'` throws a TypeError.
  '/trusted-types.html': {body: html('trusted-types', false), headers: {'content-security-policy': "require-trusted-types-for 'script'"}},
  '/page.js': bundle['page.js'],
  '/worker.js': bundle['worker.js'],
  '/cases.json': JSON.stringify(cases)
}

const reports = new Map()
const waiting = new Map()
const server = await serve(files, (path, body) => {
  const name = path.replace(/^\/results\//, '')
  reports.set(name, JSON.parse(body))
  waiting.get(name)?.()
})
function report(name, seconds = 60) {
  if (reports.has(name)) return Promise.resolve(reports.get(name))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: no results within ${seconds} s`)), seconds * 1000)
    waiting.set(name, () => {
      clearTimeout(timer)
      resolve(reports.get(name))
    })
  })
}

const problems = []
const checks = {passed: 0, failed: 0}
const tally = (ok) => checks[ok ? 'passed' : 'failed']++
const chromium = await launchChromium()
try {
  const errors = []
  const violations = []
  const open = async (path) => {
    const page = await chromium.context.newPage()
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      // The page's own check that Trusted Types are enforced makes exactly one violation.
      if (/requires 'TrustedHTML' assignment/.test(message.text())) violations.push(path)
      else errors.push(`${path}: console: ${message.text()}`)
    })
    await page.goto(`${server.url}${path}`)
    return page
  }
  await open('/')
  await open('/trusted-types.html')
  const contexts = [
    {name: 'page', document: 'object', trustedTypes: false},
    {name: 'worker', document: 'undefined', trustedTypes: false},
    {name: 'trusted-types', document: 'object', trustedTypes: true}
  ]
  for (const context of contexts) {
    const result = await report(context.name).catch((error) => ({error: error.message}))
    if (result.error) {
      problems.push(`${context.name}: ${result.error}`)
      tally(false)
      console.log(`FAIL ${context.name.padEnd(13)} ${result.error}`)
      continue
    }
    const before = problems.length
    const {environment} = result
    if (environment.document !== context.document) problems.push(`${context.name}: typeof document is ${environment.document}, expected ${context.document}`)
    if (environment.trustedTypes !== context.trustedTypes)
      problems.push(`${context.name}: Trusted Types ${environment.trustedTypes ? 'enforced' : 'not enforced'}, expected the opposite`)
    const differing = cases.filter(({id}) => result.results[id] !== expected[id])
    for (const {id} of differing.slice(0, 5)) problems.push(`${context.name}: ${id} differs from Node: ${difference(expected[id], result.results[id])}`)
    if (differing.length > 5) problems.push(`${context.name}: … and ${differing.length - 5} more cases differ`)
    tally(problems.length === before)
    console.log(
      `${problems.length === before ? 'ok  ' : 'FAIL'} ${context.name.padEnd(13)} ${cases.length - differing.length}/${cases.length} cases equal to Node's  (${(result.milliseconds / 1000).toFixed(1)} s; Node ${(nodeMilliseconds / 1000).toFixed(1)} s)`
    )
  }

  const violationsOk = violations.length === 1 && violations[0] === '/trusted-types.html'
  if (!violationsOk) problems.push(`Trusted Types violations: ${violations.join(', ') || 'none'}; expected one, the check on /trusted-types.html`)
  tally(violationsOk)
  console.log(`${violationsOk ? 'ok  ' : 'FAIL'} Trusted Types: the one violation is the page's own check`)

  // The playground, built from its sources with the same bundler: paste a seed, count the highlights.
  const playground = await checkPlayground(chromium.context, await buildPlayground(), node, seeds)
  problems.push(...playground.problems)
  tally(playground.problems.length === 0)
  console.log(`${playground.problems.length === 0 ? 'ok  ' : 'FAIL'} playground     ${playground.summary}`)
  problems.push(...errors)
  tally(errors.length === 0)
  console.log(`${errors.length === 0 ? 'ok  ' : 'FAIL'} no errors in the pages' consoles`)
} finally {
  await chromium.close()
  await server.close()
}

console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s in all`)
console.log(`browser: ${checks.passed} passed, ${checks.failed} failed`)
if (problems.length > 0) {
  console.error(`\nbrowser test failed:\n- ${problems.join('\n- ')}`)
  process.exitCode = 1
}

// Where two results first differ, with a little context.
function difference(expected, actual) {
  if (actual === undefined) return 'no result'
  let index = 0
  while (index < expected.length && expected[index] === actual[index]) index++
  const around = (text) => JSON.stringify(text.slice(Math.max(0, index - 40), index + 40))
  return `at ${index}: Node ${around(expected)}, browser ${around(actual)}`
}
