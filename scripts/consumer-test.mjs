#!/usr/bin/env node
// Pack copydesk, install the tarball into an empty temporary project (a copy
// of examples/dependency), and use it the ways users do: import it as ESM,
// require it as CJS, type-check TypeScript consumers under `nodenext` (ESM and
// CJS) and `bundler`, build and run the example project, bundle it for a
// browser and run that without a DOM, and run the CLI from node_modules/.bin.
// Run after `npm run build`.
import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {runInNewContext} from 'node:vm'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const work = mkdtempSync(join(tmpdir(), 'copydesk-consumer-'))
const project = join(work, 'project')
let step = 0

function run(title, command, args, options = {}) {
  step++
  const start = performance.now()
  try {
    const output = execFileSync(command, args, {cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options})
    console.log(`ok ${step} - ${title} (${((performance.now() - start) / 1000).toFixed(1)} s)`)
    return output
  } catch (error) {
    console.log(`not ok ${step} - ${title}\n${error.stdout ?? ''}${error.stderr ?? ''}`)
    throw error
  }
}

function expect(title, condition, detail) {
  step++
  console.log(`${condition ? 'ok' : 'not ok'} ${step} - ${title}`)
  if (!condition) throw new Error(`${title}: ${detail}`)
}

try {
  // 1. Pack: only what a user needs.
  const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', work], {cwd: root, encoding: 'utf8'}))
  const allowed = /^(?:dist\/|seeds\/|README\.md$|docs\/[\w-]+\.md$|LICENSE$|LICENSE-SCOWL$|CHANGELOG\.md$|package\.json$)/
  const extra = packed.files.map((file) => file.path).filter((path) => !allowed.test(path))
  expect(`npm pack: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed`, extra.length === 0, `unexpected files: ${extra.join(', ')}`)
  for (const needed of [
    'dist/index.js',
    'dist/index.cjs',
    'dist/index.d.ts',
    'dist/index.d.cts',
    'dist/cli.js',
    'README.md',
    'docs/api.md',
    'LICENSE',
    'CHANGELOG.md',
    'seeds/labels.json',
    'dist/third-party-licenses.txt'
  ]) {
    expect(
      `tarball has ${needed}`,
      packed.files.some((file) => file.path === needed),
      'missing'
    )
  }

  // 2. Install into an empty project, with the TypeScript and @types/node this repo uses (already in the npm cache after `npm ci`).
  cpSync(join(root, 'examples/dependency'), project, {recursive: true, filter: (source) => !/[/\\](?:node_modules|dist)$/.test(source)})
  const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version
  run('npm install the tarball', npm, [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--no-package-lock',
    join(work, packed.filename),
    `typescript@${version('typescript')}`,
    `@types/node@${version('@types/node')}`
  ])

  // 3. ESM and CJS at runtime: the same exports, working.
  writeFileSync(
    join(project, 'esm.mjs'),
    `import * as copydesk from 'copydesk'
import {clean, normalize} from 'copydesk'
if (normalize('Moscow&rsquo;s\\u00A0“war”') !== 'Moscow\\'s "war"') throw new Error('normalize')
const result = clean('By AFP\\n\\nXi backs Russia’s “sovereignty”, state media said on Wednesday in Beijing.\\n\\nBack to Top')
if (!result.text.startsWith('Xi backs') || result.removed.length === 0) throw new Error('clean: ' + JSON.stringify(result))
console.log(JSON.stringify(Object.keys(copydesk).sort()))
`
  )
  writeFileSync(
    join(project, 'cjs.cjs'),
    `const copydesk = require('copydesk')
const {clean, normalize} = require('copydesk')
if (normalize('a&amp;b') !== 'a&b') throw new Error('normalize')
if (clean('Story text here, with enough words to count as a body line.\\n\\nBack to Top').removed.length !== 1) throw new Error('clean')
console.log(JSON.stringify(Object.keys(copydesk).filter((key) => key !== '__esModule').sort()))
`
  )
  const esmKeys = run('import copydesk (ESM)', process.execPath, ['esm.mjs']).trim()
  const cjsKeys = run('require copydesk (CJS)', process.execPath, ['cjs.cjs']).trim()
  expect('ESM and CJS export the same names', esmKeys === cjsKeys, `${esmKeys} vs ${cjsKeys}`)

  // Every other entry point in `exports` loads both ways with the same names.
  const {exports} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  for (const subpath of Object.keys(exports).filter((key) => key !== '.' && key !== './package.json')) {
    const specifier = `copydesk/${subpath.slice(2)}`
    const esm = run(`import ${specifier} (ESM)`, process.execPath, [
      '--input-type=module',
      '-e',
      `console.log(JSON.stringify(Object.keys(await import('${specifier}')).sort()))`
    ]).trim()
    const cjs = run(`require ${specifier} (CJS)`, process.execPath, [
      '-e',
      `console.log(JSON.stringify(Object.keys(require('${specifier}')).filter((key) => key !== '__esModule').sort()))`
    ]).trim()
    expect(`${specifier}: ESM and CJS export the same names`, esm === cjs && esm !== '[]', `${esm} vs ${cjs}`)
  }

  // 4. Types: nodenext from ESM and from CJS, and bundler resolution; skipLibCheck off so our .d.ts are checked too.
  writeFileSync(
    join(project, 'src/require.cts'),
    `import copydesk = require('copydesk')
const result: copydesk.CleanResult = copydesk.clean('text', {format: 'text'})
export const kinds: readonly copydesk.BoilerplateKind[] = result.removed.map((removal) => removal.kind)
`
  )
  // The example project's build is `tsc` with moduleResolution nodenext: it type-checks the ESM and the CJS consumer.
  run('tsc: moduleResolution nodenext, ESM and CJS consumers (example project: npm run build)', npm, ['run', 'build'])
  rmSync(join(project, 'src/require.cts'))
  const tsc = join(project, 'node_modules/typescript/bin/tsc')
  run('tsc: moduleResolution bundler', process.execPath, [tsc, '-p', '.', '--noEmit', '--module', 'esnext', '--moduleResolution', 'bundler'])

  // 5. The example project runs.
  const output = run('example project: npm start', npm, ['start', '--silent'])
  expect('example project output', output.includes('"id":"a"') && output.includes('TypeError: Expected `input` to be a string'), output)

  // 6. A browser app's bundle of the installed package (esbuild, `browser` platform, default conditions),
  // evaluated in a realm with no `document`, as in a module Web Worker. The realm has the
  // Encoding Standard's TextEncoder/TextDecoder, as every browser, worker and edge runtime does.
  const bundled = await build({
    stdin: {contents: "export {clean, normalize} from 'copydesk'", resolveDir: project, loader: 'js'},
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'copydesk',
    platform: 'browser',
    logLevel: 'silent'
  })
  const realm = {TextEncoder, TextDecoder}
  runInNewContext(`${bundled.outputFiles[0].text}\nthis.copydesk = copydesk`, realm)
  const decoded = realm.copydesk.normalize('It&amp;rsquo;s &hellip; &NotEqualTilde;')
  expect('browser bundle: loads and decodes named references without a DOM', decoded === "It's ... \u2242\u0338", decoded)

  // 7. The CLI from node_modules/.bin.
  const bin = join(project, 'node_modules/.bin/copydesk')
  run('copydesk --help', bin, ['--help'])
  const cleaned = run('copydesk clean (stdin)', bin, ['clean'], {
    input: 'Story text here, with enough words to count as a body line.\n\nBack to Top\n',
    stdio: ['pipe', 'pipe', 'pipe']
  })
  expect('copydesk clean output', cleaned.trim() === 'Story text here, with enough words to count as a body line.', cleaned)
  const demo = run('copydesk demo (bundled seeds)', bin, ['demo'])
  expect('copydesk demo output', /Removed \d+ lines from 5 files/.test(demo), demo.slice(-300))

  console.log(`consumer: ${step} passed, 0 failed`)
} catch (error) {
  console.error(error.message)
  console.log(`consumer: ${step - 1} passed, 1 failed`)
  process.exitCode = 1
} finally {
  rmSync(work, {recursive: true, force: true})
}
