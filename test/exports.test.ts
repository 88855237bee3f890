import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import * as copydesk from '../src/index.js'

// The public API, pinned: adding, renaming or removing an export is a
// deliberate change (a semver decision and a CHANGELOG line), not an accident.
const values = [
  'addDocument',
  'addSpellingStats',
  'applySpellings',
  'boilerplateKinds',
  'clean',
  'cleanStream',
  'createSpellingStats',
  'decodeEntities',
  'defaultRules',
  'findCanonicalSpellings',
  'fixMojibake',
  'foldFullwidth',
  'foldLigatures',
  'foldLine',
  'isBoilerplateKind',
  'learnBoilerplate',
  'looksLikeMarkdown',
  'mergeBoilerplateModels',
  'mergeSpellingStats',
  'normalize',
  'normalizeDashes',
  'normalizeEllipsis',
  'normalizeQuotes',
  'normalizeUnicode',
  'normalizeWhitespace',
  'rejoinParagraphs',
  'removeControlCharacters',
  'spellingKey',
  'spellingStatsFromJSON',
  'spellingStatsToJSON',
  'stripBoilerplate',
  'uiVocabulary'
]

const types = [
  'ApplySpellingsOptions',
  'ApplySpellingsResult',
  'BoilerplateKind',
  'BoilerplateModel',
  'CleanOptions',
  'CleanResult',
  'CleanStreamOptions',
  'CleanedRecord',
  'CodePage',
  'DecodeEntitiesOptions',
  'FindCanonicalSpellingsOptions',
  'FixMojibakeOptions',
  'InputFormat',
  'LearnBoilerplateOptions',
  'MojibakeRepair',
  'NormalizeExplainOptions',
  'NormalizeOptions',
  'NormalizeQuotesOptions',
  'NormalizeResult',
  'NormalizeStep',
  'NormalizeUnicodeOptions',
  'QuoteStyle',
  'Removal',
  'Rule',
  'RuleScope',
  'Spelling',
  'SpellingEvidence',
  'SpellingReplacement',
  'SpellingStats',
  'SpellingStatsJSON',
  'StripBoilerplateOptions',
  'UnicodeForm',
  'VocabularyLanguage'
]

// Read src/index.ts with the compiler, so type-only exports count too.
const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url))
const program = ts.createProgram([entry], {module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true})
const checker = program.getTypeChecker()
const source = program.getSourceFile(entry)!
const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).map((symbol) => {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
  return {name: symbol.name, symbol: target, isValue: (target.flags & ts.SymbolFlags.Value) !== 0}
})

describe('public exports', () => {
  it('runtime exports are exactly the pinned list', () => {
    expect(Object.keys(copydesk).sort()).toEqual(values)
  })

  it('value exports seen by the compiler match the runtime ones', () => {
    expect(
      exported
        .filter((entry) => entry.isValue)
        .map((entry) => entry.name)
        .sort()
    ).toEqual(values)
  })

  it('type-only exports are exactly the pinned list', () => {
    expect(
      exported
        .filter((entry) => !entry.isValue)
        .map((entry) => entry.name)
        .sort()
    ).toEqual(types)
  })

  it('no value is undefined', () => {
    for (const name of values) expect(Reflect.get(copydesk, name), name).toBeDefined()
  })
})

describe('documentation', () => {
  const docs = exported.map(({name, symbol, isValue}) => {
    const declaration = symbol.declarations?.[0]
    // Variable statements carry the JSDoc, not their declarations.
    const node = declaration && ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration
    const jsDoc = node ? ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc) : []
    return {
      name,
      isValue,
      hasText: jsDoc.some((doc) => ts.getTextOfJSDocComment(doc.comment)?.trim()),
      tags: jsDoc.flatMap((doc) => (doc.tags ?? []).map((tag) => tag.tagName.text))
    }
  })

  it('every export has a JSDoc description', () => {
    expect(docs.filter((doc) => !doc.hasText).map((doc) => doc.name)).toEqual([])
  })

  it('every property of an exported interface is documented, and every optional option has a @default', () => {
    const missing: string[] = []
    for (const {name, symbol} of exported) {
      if (!(symbol.flags & ts.SymbolFlags.Interface)) continue
      const type = checker.getDeclaredTypeOfSymbol(symbol)
      for (const property of checker.getPropertiesOfType(type)) {
        const declaration = property.declarations?.[0]
        if (!declaration) continue
        const jsDoc = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc)
        if (!jsDoc.some((doc) => ts.getTextOfJSDocComment(doc.comment)?.trim())) missing.push(`${name}.${property.name}: no description`)
        const optional = (property.flags & ts.SymbolFlags.Optional) !== 0
        const hasDefault = jsDoc.some((doc) => (doc.tags ?? []).some((tag) => tag.tagName.text === 'default'))
        if (name.endsWith('Options') && optional && !hasDefault) missing.push(`${name}.${property.name}: no @default`)
      }
    }
    expect(missing).toEqual([])
  })

  it('every function and constant has an @example', () => {
    const documented = docs.filter((doc) => doc.isValue)
    expect(documented.map((doc) => doc.name).sort()).toEqual(values)
    expect(documented.filter((doc) => !doc.tags.includes('example')).map((doc) => doc.name)).toEqual([])
  })
})

describe('docs/api.md and the README', () => {
  const api = readFileSync(new URL('../docs/api.md', import.meta.url), 'utf8')
  const summary = /^## API\n([\s\S]*?)^## /m.exec(readFileSync(new URL('../README.md', import.meta.url), 'utf8'))?.[1] ?? ''
  const mentions = (text: string, name: string) => new RegExp(`\`${name}[\`(\\[]`).test(text)

  it('the reference names every export', () => {
    expect(values.filter((name) => !mentions(api, name))).toEqual([])
  })

  it("the README's summary names every export, and links to the reference", () => {
    expect(values.filter((name) => !mentions(summary, name))).toEqual([])
    expect(summary).toContain('docs/api.md')
  })

  it('the reference names every option', () => {
    const options = exported.filter(({name, symbol}) => name.endsWith('Options') && symbol.flags & ts.SymbolFlags.Interface)
    const missing = options.flatMap(({name, symbol}) =>
      checker
        .getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))
        .filter((property) => !mentions(api, property.name))
        .map((property) => `${name}.${property.name}`)
    )
    expect(missing).toEqual([])
  })
})
