#!/usr/bin/env node
// The playground: one static page built from playground/ with copydesk's
// browser bundle (esbuild, default `browser` conditions) into
// playground/dist/: index.html, style.css and main.js, a classic script with
// everything inlined (the seeds too), so the page also works opened from disk,
// offline. Run after `npm run build`.
//
//   node scripts/browser-playground.mjs               build, serve on localhost (port 4173, or PORT), print the URL
//   node scripts/browser-playground.mjs --build       build only
//   node scripts/browser-playground.mjs --screenshot  build, and save docs/playground.png (needs Chromium)
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {build} from 'esbuild'
import {launchChromium, root, serve} from './browser-chromium.mjs'

const source = join(root, 'playground')
const outdir = join(source, 'dist')

/** The seeds (the five syndicated copies in seeds/), titled by their first line. */
export function readSeeds() {
  return readdirSync(join(root, 'seeds'))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(root, 'seeds', file), 'utf8')
      const first = text.split('\n').find((line) => line.trim() !== '') ?? file
      return {id: `seeds/${file}`, title: first.trim().length > 60 ? `${first.trim().slice(0, 57)}…` : first.trim(), text}
    })
}

/**
 * Build the playground into playground/dist/.
 * @returns {Promise<{directory: string, files: Record<string, string>}>} the directory and its files (path → content)
 */
export async function buildPlayground() {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first')
  const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const data = JSON.stringify({seeds: readSeeds().map(({title, text}) => ({title, text})), version})
  const result = await build({
    entryPoints: [join(source, 'main.js')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [
      {
        name: 'playground-data',
        setup(build) {
          build.onResolve({filter: /^playground:data$/}, () => ({path: 'data', namespace: 'playground'}))
          build.onLoad({filter: /.*/, namespace: 'playground'}, () => ({contents: data, loader: 'json'}))
        }
      }
    ]
  })
  const files = {
    '/index.html': readFileSync(join(source, 'index.html'), 'utf8'),
    '/style.css': readFileSync(join(source, 'style.css'), 'utf8'),
    '/main.js': result.outputFiles[0].text
  }
  rmSync(outdir, {recursive: true, force: true})
  mkdirSync(outdir, {recursive: true})
  for (const [path, content] of Object.entries(files)) writeFileSync(join(outdir, path), content)
  return {directory: outdir, files}
}

/**
 * Load the built playground from disk (no server, so no network), paste a
 * seed into it, and check what it shows against `api` (copydesk in Node):
 * one highlight per removal, by kind; the cleaned text; the spelling
 * proposals for the five seeds.
 * @param {import('playwright-core').BrowserContext} context
 * @param {{directory: string}} playground
 * @param {typeof import('copydesk')} api
 * @param {Array<{id: string, text: string}>} seeds
 * @returns {Promise<{problems: string[], summary: string}>}
 */
export async function checkPlayground(context, playground, api, seeds) {
  const problems = []
  const page = await context.newPage()
  page.on('pageerror', (error) => problems.push(`playground: ${error.message}`))
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) problems.push(`playground: requested ${request.url()} (it must work offline)`)
  })
  await page.goto(pathToFileURL(join(playground.directory, 'index.html')).href)
  let highlights = 0
  for (const seed of seeds) {
    await page.locator('#input').fill(seed.text)
    const expected = api.clean(seed.text)
    const summary = `${expected.removed.length.toLocaleString('en')} removal${expected.removed.length === 1 ? '' : 's'} (`
    await page.waitForFunction((start) => document.getElementById('summary')?.textContent?.startsWith(start), summary, {timeout: 10_000}).catch(() => {})
    const shown = await page.evaluate(() => ({
      marks: [...document.querySelectorAll('#annotated mark.removal')].map((mark) => ({kind: mark.dataset.kind, title: mark.title})),
      legend: Object.fromEntries([...document.querySelectorAll('#legend li')].map((item) => [item.dataset.kind, Number(item.querySelector('b').textContent)])),
      cleaned: document.getElementById('cleaned').textContent
    }))
    const byKind = (kinds) => {
      const counts = {}
      for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1
      return JSON.stringify(Object.entries(counts).sort())
    }
    const want = byKind(expected.removed.map((removal) => removal.kind))
    if (byKind(shown.marks.map((mark) => mark.kind)) !== want)
      problems.push(`playground: ${seed.id}: highlights by kind ${byKind(shown.marks.map((mark) => mark.kind))}, clean() removes ${want}`)
    if (JSON.stringify(Object.entries(shown.legend).sort()) !== want)
      problems.push(`playground: ${seed.id}: the legend counts ${JSON.stringify(shown.legend)}, clean() removes ${want}`)
    const unexplained = shown.marks.filter((mark, index) => !mark.title.includes(`rule ${expected.removed[index]?.rule}`))
    if (unexplained.length > 0) problems.push(`playground: ${seed.id}: ${unexplained.length} highlights do not name their rule`)
    if (shown.cleaned !== expected.text) problems.push(`playground: ${seed.id}: the cleaned pane differs from clean().text`)
    highlights += shown.marks.length
  }
  await page.locator('#use-seeds').click()
  const proposals = api.findCanonicalSpellings(seeds.map((seed) => seed.text.trim()))
  const rows = await page.locator('#spellings tbody tr').count()
  if (rows !== proposals.length) problems.push(`playground: ${rows} spelling proposals shown, findCanonicalSpellings() makes ${proposals.length}`)
  await page.close()
  return {problems, summary: `${seeds.length} seeds pasted: ${highlights} highlights as clean() removes, by kind; ${rows} spelling proposals`}
}

/** Save docs/playground.png: the playground with a seed pasted (the one with the most kinds of boilerplate but widgets), at a readable size. */
async function screenshot(playground) {
  const chromium = await launchChromium()
  try {
    const page = await chromium.context.newPage()
    await page.setViewportSize({width: 1280, height: 1060})
    await page.goto(pathToFileURL(join(playground.directory, 'index.html')).href)
    await page.locator('#seed').selectOption('2')
    await page.locator('#use-seeds').click()
    await page.evaluate(() => window.scrollTo(0, 0))
    const path = join(root, 'docs/playground.png')
    mkdirSync(join(root, 'docs'), {recursive: true})
    await page.screenshot({path, fullPage: false})
    console.log(`saved ${path}`)
  } finally {
    await chromium.close()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const playground = await buildPlayground()
  const size = Object.values(playground.files).reduce((sum, content) => sum + Buffer.byteLength(content), 0)
  console.log(`built ${playground.directory} (${(size / 1024).toFixed(0)} KB; open index.html from disk, or serve it)`)
  if (process.argv.includes('--screenshot')) {
    await screenshot(playground)
  } else if (!process.argv.includes('--build')) {
    const server = await serve(playground.files, undefined, Number(process.env.PORT ?? 4173))
    console.log(`playground: ${server.url}/  (Ctrl+C to stop)`)
  }
}
