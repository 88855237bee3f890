import {defineConfig} from 'tsup'

// Public entry points (package.json `exports`): name → source. Each gets a
// rolled-up .d.ts/.d.cts and a CJS file.
const entries: Record<string, string> = {index: 'src/index.ts', lexicon: 'src/spelling/lexicon.ts'}

// Entry points that inline data from devDependencies (word lists): ESM is
// bundled for these, so the data ships in dist/ and no import is left behind.
const bundled: Record<string, string> = {lexicon: 'src/spelling/lexicon.ts'}

// No source maps: dist/ is unminified ES2022 that reads like the source, and
// maps (3 MB for a word list) would only make the install heavier.
const core = ['src/**/*.ts', '!src/cli.ts', '!src/cli/**', ...Object.values(bundled).map((path) => `!${path}`)]

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
    platform: 'neutral'
  },
  ...(Object.keys(bundled).length > 0 ? [{entry: bundled, format: ['esm' as const], target: 'es2022', platform: 'neutral' as const}] : []),
  {
    // CJS is one file per entry: require() loads everything anyway.
    entry: entries,
    format: ['cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral'
  },
  {
    entry: {cli: 'src/cli.ts', 'cli-worker': 'src/cli/worker.ts'},
    format: ['esm'],
    // The word list stays in dist/lexicon.js, loaded through the package's own exports.
    external: ['copydesk/lexicon'],
    target: 'node20',
    platform: 'node',
    banner: {js: '#!/usr/bin/env node'}
  }
])
