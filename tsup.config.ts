import {defineConfig} from 'tsup'

export default defineConfig([
  {
    entry: {index: 'src/index.ts'},
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral'
  },
  {
    // Optional word list (copydesk/lexicon): its own bundle, no source map for 1 MB of words.
    entry: {lexicon: 'src/spelling/lexicon.ts'},
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral'
  },
  {
    entry: {cli: 'src/cli.ts'},
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    banner: {js: '#!/usr/bin/env node'}
  }
])
