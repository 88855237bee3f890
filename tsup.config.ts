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
    entry: {cli: 'src/cli.ts', 'cli-worker': 'src/cli/worker.ts'},
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    banner: {js: '#!/usr/bin/env node'}
  }
])
