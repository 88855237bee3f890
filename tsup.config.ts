import {defineConfig} from 'tsup'

const core = ['src/**/*.ts', '!src/cli.ts', '!src/cli/**']

export default defineConfig([
  {
    // ESM mirrors src/ one file per module: with `"sideEffects": false`, a
    // bundler drops every module a program does not import (the boilerplate
    // rules, the markdown parser) even if a module has top-level statements.
    entry: core,
    format: ['esm'],
    bundle: false,
    dts: {entry: {index: 'src/index.ts'}},
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral'
  },
  {
    // CJS is one file: require() loads everything anyway.
    entry: {index: 'src/index.ts'},
    format: ['cjs'],
    dts: true,
    sourcemap: true,
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
