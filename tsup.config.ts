import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Plugin} from 'esbuild'
import {defineConfig, type Options} from 'tsup'
import {namedReferenceTable} from './src/normalize/named-references.js'

// Public entry points (package.json `exports`): name → source. Each gets a
// rolled-up .d.ts/.d.cts and a CJS file.
const entries: Record<string, string> = {index: 'src/index.ts', lexicon: 'src/spelling/lexicon.ts'}

// Entry points that inline code or data from devDependencies: ESM is bundled
// for these, so it ships in dist/ and no import of them is left behind. The
// lexicon inlines word lists; the markdown parser inlines unified,
// remark-parse and micromark with their character-reference decoder pointed at
// copydesk's table (below).
const bundled: Record<string, string> = {lexicon: 'src/spelling/lexicon.ts', 'markdown-parser': 'src/markdown-parser.ts'}

// No source maps: dist/ is unminified ES2022 that reads like the source, and
// maps (3 MB for a word list) would only make the install heavier.
const core = ['src/**/*.ts', '!src/cli.ts', '!src/cli/**', ...Object.values(bundled).map((path) => `!${path}`)]

// src/normalize/named-references.ts encodes character-entities' table when
// run from source; the build inlines the string it computes, so dist/ carries
// the encoded table only (7 KB gzip, not 11.7 KB), and no encoder.
const inlineNamedReferences: Plugin = {
  name: 'inline-named-references',
  setup(build) {
    build.onLoad({filter: /[\\/]src[\\/]normalize[\\/]named-references\.ts$/}, () => ({
      contents: `// The HTML5 named character references, encoded at build time: see src/normalize/named-references.ts.\nexport const namedReferenceTable = ${JSON.stringify(namedReferenceTable)}\n`,
      loader: 'ts'
    }))
  }
}

// micromark (the markdown parser) decodes named references with
// decode-named-character-reference, whose `browser` build sets `innerHTML` on
// an element it creates at import: it throws where there is no `document`
// (Web Workers) and under Trusted Types. Bundled here, the parser gets
// copydesk's decoder instead: `target` is where it is imported from.
function namedReferenceDecoder(target: {external: string} | {bundle: string}): Plugin {
  return {
    name: 'named-reference-decoder',
    setup(build) {
      build.onResolve({filter: /^decode-named-character-reference$/}, () =>
        'external' in target ? {path: target.external, external: true} : {path: fileURLToPath(new URL(target.bundle, import.meta.url))}
      )
    }
  }
}
const entitiesSource = './src/normalize/entities.ts'

// Packages bundled into dist/ keep their licences: every package that lands
// in a bundled build's output is listed, with its licence text, in
// dist/third-party-licenses.txt.
const thirdPartyLicenses: Plugin = {
  name: 'third-party-licenses',
  setup(build) {
    build.initialOptions.metafile = true
    build.onEnd((result) => {
      if (!result.metafile) return
      const packages = new Set<string>()
      for (const output of Object.values(result.metafile.outputs)) {
        for (const [path, input] of Object.entries(output.inputs)) {
          const name = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1]
          if (name && input.bytesInOutput > 0) packages.add(name)
        }
      }
      const notices = [...packages].sort().map((name) => {
        const directory = fileURLToPath(new URL(`node_modules/${name}/`, import.meta.url))
        const manifest = JSON.parse(readFileSync(`${directory}package.json`, 'utf8'))
        const file = readdirSync(directory).find((entry) => /^(?:licen[cs]e|copying)/i.test(entry))
        const author = typeof manifest.author === 'string' ? manifest.author : (manifest.author?.name ?? '')
        const text = file ? readFileSync(`${directory}${file}`, 'utf8').trim() : `${manifest.license} licence (no licence file in the package)`
        return `${manifest.name} ${manifest.version} (${manifest.license}${author ? `, ${author}` : ''})\n\n${text}`
      })
      const header = 'copydesk bundles these packages into dist/ (the markdown parser and the word lists); their licences follow.'
      mkdirSync(fileURLToPath(new URL('dist/', import.meta.url)), {recursive: true})
      writeFileSync(new URL('dist/third-party-licenses.txt', import.meta.url), `${header}\n\n${notices.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`)
    })
  }
}

// Bundled builds resolve packages as a runtime without a DOM or Node would:
// no `browser` field (tsup's default for non-Node platforms), no `node`
// condition (vfile's `#minpath` then takes its portable variant).
const portable: Options['esbuildOptions'] = (options) => {
  options.mainFields = ['module', 'main']
}

export default defineConfig([
  {
    // ESM mirrors src/ one file per module: with `"sideEffects": false`, a
    // bundler drops every module a program does not import (the boilerplate
    // rules, the markdown parser) even if a module has top-level statements.
    entry: core,
    format: ['esm'],
    bundle: false,
    dts: {entry: entries},
    target: 'es2022',
    platform: 'neutral',
    esbuildPlugins: [inlineNamedReferences]
  },
  {
    entry: bundled,
    format: ['esm'],
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    esbuildOptions: portable,
    banner: {js: '/*! Bundled packages and their licences: see third-party-licenses.txt */'},
    // The parser imports the decoder from dist/normalize/entities.js, next to it: one table for both.
    esbuildPlugins: [namedReferenceDecoder({external: './normalize/entities.js'}), thirdPartyLicenses]
  },
  {
    // CJS is one file per entry: require() loads everything anyway.
    entry: entries,
    format: ['cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
    esbuildOptions: portable,
    esbuildPlugins: [inlineNamedReferences, namedReferenceDecoder({bundle: entitiesSource})]
  },
  {
    entry: {cli: 'src/cli.ts', 'cli-worker': 'src/cli/worker.ts'},
    format: ['esm'],
    // The word list stays in dist/lexicon.js, loaded through the package's own exports.
    external: ['copydesk/lexicon'],
    target: 'node20',
    platform: 'node',
    banner: {js: '#!/usr/bin/env node'},
    esbuildPlugins: [inlineNamedReferences, namedReferenceDecoder({bundle: entitiesSource})]
  }
])
