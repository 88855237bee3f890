import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {runInNewContext} from 'node:vm'
import {characterEntities} from 'character-entities'
import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'
import * as source from '../src/index.js'
import {decodeNamedCharacterReference} from '../src/normalize/entities.js'

// A browser app's bundle of the built package: esbuild with the `browser`
// platform and its default conditions (`browser`, `import`, `default`), as
// Vite, webpack and Parcel resolve a dependency for a page or a Web Worker.
const root = fileURLToPath(new URL('..', import.meta.url))

async function browserBundle(code: string, minify = false): Promise<string> {
  if (!existsSync(new URL('../dist/index.js', import.meta.url))) throw new Error('run `npm run build` first: this test bundles dist/')
  const result = await build({
    stdin: {contents: code, resolveDir: root, loader: 'js', sourcefile: 'app.js'},
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'copydesk',
    platform: 'browser',
    target: 'es2022',
    minify,
    logLevel: 'silent'
  })
  return result.outputFiles[0]!.text
}

// Evaluate a bundle in a fresh realm with the language's globals and the
// Encoding Standard's TextEncoder/TextDecoder (which every browser, worker and
// edge runtime has, and mojibake repair reads code pages through) only: no
// `document`, `window` or `self`, as in a module Web Worker or an edge runtime.
function evaluate<Exports>(bundle: string): Exports {
  const realm: {copydesk?: Exports; TextEncoder: typeof TextEncoder; TextDecoder: typeof TextDecoder} = {TextEncoder, TextDecoder}
  runInNewContext(`${bundle}\nthis.copydesk = copydesk`, realm)
  return realm.copydesk!
}

const entityHeavy = 'It&amp;rsquo;s &NotEqualTilde; &EURO;5 &#147;ok&#148; &hellip; caf&eacute; &Aring;ngstr&ouml;m &fjlig; &nvlt; &ThickSpace; &AElig;'

describe('the browser bundle', () => {
  it('loads and decodes named references where there is no DOM (clean)', async () => {
    const bundle = await browserBundle("export {clean} from 'copydesk'")
    const {clean} = evaluate<Pick<typeof source, 'clean'>>(bundle)
    const input = `By [AFP](#)\n\nXi backs Russia&rsquo;s &ldquo;sovereignty&rdquo;, state media said on Wednesday &amp;hellip;`
    expect(clean(input)).toEqual(source.clean(input))
  })

  it('loads and decodes named references where there is no DOM (normalize, decodeEntities)', async () => {
    const {normalize, decodeEntities} = evaluate<Pick<typeof source, 'normalize' | 'decodeEntities'>>(
      await browserBundle("export {normalize, decodeEntities} from 'copydesk'")
    )
    expect(normalize(entityHeavy)).toBe(source.normalize(entityHeavy))
    expect(decodeEntities(entityHeavy)).toBe(source.decodeEntities(entityHeavy))
  })

  it('never touches the DOM: no document, innerHTML or element in the code', async () => {
    const bundle = await browserBundle("export * from 'copydesk'", true)
    // The global `document`, not micromark's `constructs.document` or `document:` key.
    expect(bundle).not.toMatch(/(?<![.\w$])document\.|innerHTML|createElement|textContent/)
  })
})

describe('the named reference table', () => {
  const names = Object.entries(characterEntities)

  it('decodes every HTML5 name to its text, from source and from the encoded table in dist/', async () => {
    const built: typeof source = await import(new URL('../dist/index.js', import.meta.url).href)
    expect(names).toHaveLength(2125)
    for (const [name, value] of names) {
      expect(decodeNamedCharacterReference(name)).toBe(value)
      // A letter after the reference shows that a two-character value (`&nvlt;`) came out whole.
      expect(source.decodeEntities(`&${name};x`)).toBe(`${value}x`)
      expect(built.decodeEntities(`&${name};x`)).toBe(`${value}x`)
    }
  })

  it('knows no other name: unknown ones, prefixes, and the names of Object.prototype', () => {
    for (const name of ['foo', 'rsqu', 'rsquox', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'Tab1', ''])
      expect(decodeNamedCharacterReference(name)).toBe(false)
    expect(source.decodeEntities('&constructor; &__proto__; &toString;')).toBe('&constructor; &__proto__; &toString;')
  })
})
