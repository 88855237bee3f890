/**
 * Canonical spelling discovery: candidate pairs from spelling keys and a
 * symmetric-delete index, each kept only with evidence and never between two
 * real words.
 */

import {booleanOption, checkOptions, choiceOption, numberOption, typeError, type OptionKeys} from '../options.js'
import {commonWords} from './common.js'
import {evidenceSteps} from './evidence/index.js'
import type {Candidate, Corpus, EvidenceSettings, Finding, SpellingEvidence} from './evidence/step.js'
import {hashSkipping, hashString} from './hash.js'
import {carryCase, casePattern, shapeKey, spellingKey, titleCase, type CasePattern} from './key.js'
import {isFunctionWord, languageCode, UNDETERMINED} from './languages.js'
import {distanceBudget, editDistance, isPlausibleTypo} from './rules.js'
import {addDocument, addLanguage, compareCodeUnits, countIn, createSpellingStats, type FormEntry, mainLanguage, type SpellingStats} from './stats.js'

export type {SpellingEvidence} from './evidence/step.js'

/** A proposed house spelling for one variant. */
export interface Spelling {
  /** The form found in the corpus. */
  variant: string
  /** The form to use instead. */
  canonical: string
  /** Occurrences of `variant`. */
  variantCount: number
  /** Occurrences of `canonical` (0 for an alias whose canonical form never occurs). */
  canonicalCount: number
  /** Edit distance between the two forms (an adjacent transposition counts 1). */
  distance: number
  /** Every kind of evidence that supports the proposal, strongest first. */
  evidence: SpellingEvidence[]
  /**
   * The language of the text the variant occurs in (most of its
   * occurrences), as a BCP 47 code: `en`, `de`, … or `und` when too little
   * text around it told.
   */
  language: string
  /** Phrases both forms occur in (`city of ___`), else up to three phrases around the variant. */
  contexts: string[]
}

/** Options for {@link findCanonicalSpellings}. */
export interface FindCanonicalSpellingsOptions {
  /**
   * Known words: a set or list (`englishLexicon` from `copydesk/lexicon`,
   * your own names) or a predicate. A known word is never a variant. Without
   * a lexicon, frequency alone can't tell a typo from a rare real word, so
   * edit-distance proposals then need same-document, same-story or context
   * evidence. The lexicon's frequency evidence applies to English text only.
   * @default undefined
   */
  lexicon?: Iterable<string> | ((word: string) => boolean)
  /** Spellings you choose, variant → canonical (`{Kiev: 'Kyiv'}`), proposed wherever the variant occurs. @default undefined */
  aliases?: Readonly<Record<string, string>> | Iterable<readonly [string, string]>
  /** Minimum frequency ratio canonical/variant for distance 1 with a lexicon. @default 2 */
  minRatio?: number
  /** Minimum frequency ratio for distance 2, and for a form frequent in its language to be a variant still. @default 10 */
  minRatioFar?: number
  /** Largest edit distance considered; the budget is also 0 up to 3 letters, 1 for 4–7, 2 from 8. @default 2 */
  maxDistance?: number
  /** Merge British and American spellings (`neighbour`/`neighbor`) found by edit distance. @default false */
  regional?: boolean
  /** Use shared context as evidence. @default true */
  context?: boolean
}

interface Settings extends EvidenceSettings {
  isKnown: (word: string) => boolean
  hasLexicon: boolean
  aliases: Array<readonly [string, string]>
}

interface Edge {
  distance: number
  /**
   * How likely a slip of the fingers the difference is: 2 for two letters
   * swapped (`talbe`/`table`), 1 for another typing slip (a letter dropped,
   * doubled, or a neighbouring key), 0 for anything else.
   */
  slip: number
  /** Strength of the strongest finding. */
  strength: number
  evidence: SpellingEvidence[]
  contexts: string[]
}

// Forms are packed as `bucket * 2 ** ID_BITS + id` into a Float64Array,
// exact up to 2 ** 53, so one numeric sort groups the delete index.
const ID_BITS = 27
const ID_SPACE = 2 ** ID_BITS
const HASH_SHIFT = 32 - (53 - ID_BITS)
const MAX_EDIT_LENGTH = 40
const CONTEXT_SEPARATOR = /[ |]/
// The lexicon is English: company is only judged for Latin-script words.
const LATIN_WORD = /^[\p{Script=Latin}\p{M}'.]+$/u
/**
 * A form this frequent in its language's text is a word of that language,
 * not a variant: at least `FREQUENT_COUNT` occurrences and one in
 * `FREQUENT_SHARE` words of that language (unless the other form is
 * `minRatioFar` times as frequent).
 */
const FREQUENT_COUNT = 3
const FREQUENT_SHARE = 10_000

/**
 * Find the house spelling of each variant across a corpus. Give it the
 * documents (plain text, ideally `normalize()`d) or statistics built with
 * {@link addDocument} / {@link addSpellingStats}. The canonical form is the
 * most frequent, then the one in more documents, then a known word, then the
 * longer (`China's` over `Chinas`); a canonical form is never itself remapped.
 *
 * @example
 * findCanonicalSpellings([
 *   "Talks in the northern Chinese city of Heihe. China's support.",
 *   "Talks in the northern Chinese city of Hehe. China's support.",
 *   'Heihe lies on the Amur. Chinas backing.'
 * ])
 * // => [
 * //   {variant: 'Chinas', canonical: "China's", variantCount: 1, canonicalCount: 2,
 * //    distance: 1, evidence: ['key'], language: 'en', contexts: []},
 * //   {variant: 'Hehe', canonical: 'Heihe', variantCount: 1, canonicalCount: 2,
 * //    distance: 1, evidence: ['context'], language: 'en', contexts: ['city of ___']}
 * // ]
 */
export function findCanonicalSpellings(input: Iterable<string> | SpellingStats, options: FindCanonicalSpellingsOptions = {}): Spelling[] {
  const settings = resolveOptions(options)
  const stats = statsOf(input)
  const corpus = corpusOf(stats, settings)
  const {forms, entries, keys, patterns, known, languages} = corpus

  const strength = (a: number, b: number): number => {
    const entryA = entries[a] as FormEntry
    const entryB = entries[b] as FormEntry
    return (
      entryB.count - entryA.count ||
      entryB.documents - entryA.documents ||
      Number(known[b]) - Number(known[a]) ||
      (forms[b] as string).length - (forms[a] as string).length ||
      compareCodeUnits(forms[b] as string, forms[a] as string)
    )
  }
  const order = forms.map((_, id) => id).sort(strength)
  const rank = new Int32Array(forms.length)
  for (const [position, id] of order.entries()) rank[id] = position

  // A word of its language is never a variant: known to the lexicon (or a
  // function word of any language), or frequent in its language's text
  // unless the other form dwarfs it.
  const isFrequent = (id: number): boolean => {
    const entry = entries[id] as FormEntry
    const language = languages[id] as number
    const inLanguage = countIn(entry.languages, language)
    return inLanguage >= FREQUENT_COUNT && inLanguage * FREQUENT_SHARE >= countIn(stats.languages, language)
  }

  // Every candidate pair goes through every step; the findings make the edge.
  const edges = new Map<number, Map<number, Edge>>()
  const consider = (a: number, b: number, sameKey: boolean): void => {
    const [strong, weak] = (rank[a] as number) < (rank[b] as number) ? [a, b] : [b, a]
    if (known[weak]) return
    const weakCount = (entries[weak] as FormEntry).count
    if (isFrequent(weak) && (entries[strong] as FormEntry).count < weakCount * settings.minRatioFar) return
    // The canonical form must be used in the variant's language: an English
    // `activites` is not the French `activités`.
    const language = languages[weak] as number
    if (language !== UNDETERMINED && countIn((entries[strong] as FormEntry).languages, language) === 0) return
    let targets = edges.get(weak)
    if (targets?.has(strong)) return
    const candidate: Candidate = {weak, strong, sameKey}
    const found: Array<[SpellingEvidence, number, Finding]> = []
    for (const step of evidenceSteps) {
      const finding = step.find(candidate, corpus)
      if (finding !== undefined) found.push([step.name, step.strength, finding])
    }
    const first = found[0]
    if (first === undefined) return
    if (targets === undefined) {
      targets = new Map()
      edges.set(weak, targets)
    }
    const distance = editDistance(forms[weak] as string, forms[strong] as string)
    targets.set(strong, {
      distance,
      slip: isSwap(keys[weak] as string, keys[strong] as string) ? 2 : isPlausibleTypo(keys[weak] as string, keys[strong] as string) ? 1 : 0,
      strength: first[1],
      evidence: found.map(([name]) => name),
      contexts: found.find(([, , finding]) => finding.contexts.length > 0)?.[2].contexts ?? []
    })
  }

  // Candidates: forms with one key (apostrophes, periods, diacritics folded,
  // case kept), forms sharing a deletion neighbourhood, and the pairs found
  // within documents.
  const groups = new Map<string, number[]>()
  for (const [id, key] of keys.entries()) {
    if (key.length < 2) continue
    const group = shapeKey(forms[id] as string)
    const members = groups.get(group)
    if (members === undefined) groups.set(group, [id])
    else members.push(id)
  }
  for (const members of groups.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) consider(members[i] as number, members[j] as number, true)
    }
  }
  forEachDeleteNeighbour(forms, keys, patterns, settings.maxDistance, (a, b) => consider(a, b, false))
  for (const key of stats.pairs.keys()) {
    const [rare, frequent] = key.split('\n') as [string, string]
    const a = corpus.ids.get(rare)
    const b = corpus.ids.get(frequent)
    if (a !== undefined && b !== undefined && keys[a] !== keys[b]) consider(a, b, false)
  }

  // Aliases first: they are the user's decision. Their canonical forms stay put.
  const canonicalOf = new Map<number, string>()
  const protectedForms = new Set<string>()
  const proposals: Spelling[] = []
  for (const [, canonical] of settings.aliases) protectedForms.add(canonical)
  for (const [variant, canonical] of settings.aliases) {
    if (protectedForms.has(variant) || variant === canonical) continue
    let variantCount = 0
    const variantLanguages: number[] = []
    for (const form of new Set([variant, variant.toUpperCase(), titleCase(variant)])) {
      const id = corpus.ids.get(form)
      if (id === undefined || carryCase(form, variant, canonical) === undefined) continue
      const entry = entries[id] as FormEntry
      variantCount += entry.count
      for (let index = 0; index < entry.languages.length; index += 2) {
        addLanguage(variantLanguages, entry.languages[index] as number, entry.languages[index + 1] as number)
      }
      canonicalOf.set(id, canonical)
    }
    if (variantCount === 0) continue
    const canonicalId = corpus.ids.get(canonical)
    proposals.push({
      variant,
      canonical,
      variantCount,
      canonicalCount: canonicalId === undefined ? 0 : (entries[canonicalId] as FormEntry).count,
      distance: editDistance(variant, canonical),
      evidence: ['alias'],
      language: languageCode(mainLanguage(variantLanguages)),
      contexts: sampleContexts(entries, corpus.ids.get(variant))
    })
  }

  // Strongest first, so every target is settled before anything weaker looks at it.
  for (const weak of order) {
    const targets = edges.get(weak)
    if (targets === undefined || canonicalOf.has(weak) || protectedForms.has(forms[weak] as string)) continue
    let best: [number, Edge] | undefined
    let runnerUp: [number, Edge] | undefined
    for (const [strong, edge] of targets) {
      if (canonicalOf.has(strong)) continue
      if (best === undefined || compareEdges(edge, strong, best[1], best[0], rank) < 0) {
        runnerUp = best
        best = [strong, edge]
      } else if (runnerUp === undefined || compareEdges(edge, strong, runnerUp[1], runnerUp[0], rank) < 0) {
        runnerUp = [strong, edge]
      }
    }
    if (best === undefined) continue
    const [strong, edge] = best
    // `shver` is as near `shiver` as `shaver`: unless one is far more frequent, don't guess.
    if (
      runnerUp !== undefined &&
      !edge.evidence.includes('key') &&
      runnerUp[1].strength === edge.strength &&
      runnerUp[1].distance === edge.distance &&
      runnerUp[1].slip === edge.slip &&
      (entries[runnerUp[0]] as FormEntry).count * settings.minRatio > (entries[strong] as FormEntry).count
    ) {
      continue
    }
    canonicalOf.set(weak, forms[strong] as string)
    proposals.push({
      variant: forms[weak] as string,
      canonical: forms[strong] as string,
      variantCount: (entries[weak] as FormEntry).count,
      canonicalCount: (entries[strong] as FormEntry).count,
      distance: edge.distance,
      evidence: edge.evidence,
      language: languageCode(languages[weak] as number),
      contexts: edge.contexts.length > 0 ? edge.contexts.map(renderContext) : sampleContexts(entries, weak)
    })
  }
  return proposals.sort((a, b) => compareCodeUnits(a.variant, b.variant) || compareCodeUnits(a.canonical, b.canonical))
}

/** Prefer stronger evidence, then the nearer form, then the likelier slip, then the stronger form. */
function compareEdges(a: Edge, strongA: number, b: Edge, strongB: number, rank: Int32Array): number {
  return b.strength - a.strength || a.distance - b.distance || b.slip - a.slip || (rank[strongA] as number) - (rank[strongB] as number)
}

/** Whether two keys of one length differ by two adjacent letters swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let at = 0
  while (at < a.length && a.charCodeAt(at) === b.charCodeAt(at)) at++
  return at + 1 < a.length && a.charAt(at) === b.charAt(at + 1) && a.charAt(at + 1) === b.charAt(at) && a.slice(at + 2) === b.slice(at + 2)
}

/** The corpus as the evidence steps read it. */
function corpusOf(stats: SpellingStats, settings: Settings): Corpus & {ids: Map<string, number>} {
  const forms = [...stats.forms.keys()]
  const entries = forms.map((form) => stats.forms.get(form) as FormEntry)
  const {isKnown} = settings
  const sharedContexts = (a: number, b: number): string[] => {
    if (!settings.context) return []
    const contextsA = (entries[a] as FormEntry).contexts
    const contextsB = (entries[b] as FormEntry).contexts
    if (contextsA === null || contextsB === null) return []
    return contextsA.filter((context) => contextsB.includes(context))
  }
  // Where a form's language is undetermined, the words around it stand in:
  // two thirds of its neighbours (of three letters or more) must be known
  // (one third without a lexicon, when only the commonest words are).
  const inKnownCompany = (id: number): boolean => {
    const entry = entries[id] as FormEntry
    if (!LATIN_WORD.test(forms[id] as string)) return false
    let words = 0
    let knownWords = 0
    for (const context of entry.contexts ?? []) {
      for (const word of context.split(CONTEXT_SEPARATOR)) {
        if (word.length < 3) continue
        words++
        if (isKnown(word)) knownWords++
      }
    }
    // Without neighbours (a heading, a list) there is no company to judge by.
    return words > 0 && knownWords * 3 >= words * (settings.hasLexicon ? 2 : 1)
  }
  const signatures = new Map<number, number[]>()
  const storySignature = (index: number): number[] => {
    let parsed = signatures.get(index)
    if (parsed === undefined) {
      const id = stats.stories[index] ?? ''
      parsed = id === '' ? [] : id.split('.').map((part) => Number.parseInt(part, 36))
      signatures.set(index, parsed)
    }
    return parsed
  }
  return {
    stats,
    forms,
    entries,
    storySignature,
    keys: forms.map((form) => spellingKey(form)),
    patterns: forms.map((form) => casePattern(form)),
    languages: entries.map((entry) => mainLanguage(entry.languages)),
    // A function word of any language is known too: never a variant.
    known: forms.map((form) => isKnown(form) || isFunctionWord(form)),
    hasLexicon: settings.hasLexicon,
    isKnown,
    inKnownCompany,
    sharedContexts,
    settings,
    ids: new Map(forms.map((form, id) => [form, id]))
  }
}

function sampleContexts(entries: readonly FormEntry[], id: number | undefined): string[] {
  if (id === undefined) return []
  const contexts = (entries[id] as FormEntry).contexts
  return contexts === null ? [] : contexts.slice(0, 3).map(renderContext)
}

/** `city of|` → `city of ___`. */
function renderContext(context: string): string {
  const bar = context.indexOf('|')
  return `${context.slice(0, bar).trim()} ___ ${context.slice(bar + 1).trim()}`.trim()
}

/**
 * Call `onPair` for every pair of forms whose keys share a deletion
 * neighbourhood within their distance budget: a superset of all pairs within
 * that budget, found without comparing all pairs.
 */
function forEachDeleteNeighbour(
  forms: readonly string[],
  keys: readonly string[],
  patterns: readonly CasePattern[],
  maxDistance: number,
  onPair: (a: number, b: number) => void
): void {
  const size = forms.length
  if (size >= ID_SPACE) throw new RangeError(`Too many distinct forms (${size}); at most ${ID_SPACE - 1} are supported`)
  let packed = new Float64Array(1024)
  let length = 0
  const push = (hash: number, id: number): void => {
    if (length === packed.length) {
      const grown = new Float64Array(packed.length * 2)
      grown.set(packed)
      packed = grown
    }
    packed[length++] = (hash >>> HASH_SHIFT) * ID_SPACE + id
  }
  for (let id = 0; id < size; id++) {
    const pattern = patterns[id]
    if (pattern !== 'lower' && pattern !== 'title') continue
    const key = keys[id] as string
    // `they're`/`there`, `man's`/`means`: apostrophes and periods are grammar, not typos.
    if (key.length !== (forms[id] as string).length) continue
    const budget = Math.min(maxDistance, distanceBudget(key.length))
    // Longer "words" are glued junk (IDs, hashtags run together), and their
    // deletion neighbourhood grows with the square of the length.
    if (budget === 0 || key.length > MAX_EDIT_LENGTH) continue
    push(hashString(key), id)
    for (let i = 0; i < key.length; i++) {
      push(hashSkipping(key, i, -1), id)
      if (budget < 2) continue
      for (let j = i + 1; j < key.length; j++) push(hashSkipping(key, i, j), id)
    }
  }
  const sorted = packed.subarray(0, length).sort()
  let start = 0
  const run: number[] = []
  while (start < length) {
    const bucket = Math.floor((sorted[start] as number) / ID_SPACE)
    run.length = 0
    let end = start
    let previous = -1
    while (end < length && Math.floor((sorted[end] as number) / ID_SPACE) === bucket) {
      const value = sorted[end] as number
      if (value !== previous) run.push(value - bucket * ID_SPACE)
      previous = value
      end++
    }
    for (let i = 0; i < run.length; i++) {
      for (let j = i + 1; j < run.length; j++) onPair(run[i] as number, run[j] as number)
    }
    start = end
  }
}

function statsOf(input: Iterable<string> | SpellingStats): SpellingStats {
  if (typeof input === 'object' && input !== null && (input as SpellingStats).forms instanceof Map) {
    return input as SpellingStats
  }
  if (typeof input === 'string' || input === null || typeof (input as Iterable<string>)?.[Symbol.iterator] !== 'function') {
    throw typeError('documents', 'an iterable of strings or spelling stats', input)
  }
  const stats = createSpellingStats()
  let index = 0
  for (const document of input as Iterable<string>) {
    if (typeof document !== 'string') {
      throw typeError(`documents[${index}]`, 'a string', document)
    }
    addDocument(stats, document)
    index++
  }
  return stats
}

const optionKeys = {
  lexicon: true,
  aliases: true,
  minRatio: true,
  minRatioFar: true,
  maxDistance: true,
  regional: true,
  context: true
} as const satisfies OptionKeys<FindCanonicalSpellingsOptions>

function resolveOptions(options: FindCanonicalSpellingsOptions | undefined): Settings {
  const given = checkOptions(options, optionKeys)
  const ratio = (name: 'minRatio' | 'minRatioFar', fallback: number): number =>
    numberOption(given[name], `options.${name}`, fallback, 'a number ≥ 1', (value) => value >= 1)
  return {
    ...lexiconOf(given.lexicon),
    aliases: aliasesOf(given.aliases),
    minRatio: ratio('minRatio', 2),
    minRatioFar: ratio('minRatioFar', 10),
    maxDistance: choiceOption(given.maxDistance, [0, 1, 2], 'options.maxDistance', 2),
    regional: booleanOption(given.regional, 'options.regional', false),
    context: booleanOption(given.context, 'options.context', true)
  }
}

function lexiconOf(lexicon: FindCanonicalSpellingsOptions['lexicon']): Pick<Settings, 'isKnown' | 'hasLexicon'> {
  if (lexicon === undefined) return {isKnown: (word) => !isAcronym(word) && commonWords.has(word.toLowerCase()), hasLexicon: false}
  let has: (word: string) => boolean
  if (typeof lexicon === 'function') {
    has = (word) => lexicon(word) === true
  } else if (lexicon instanceof Set) {
    has = (word) => lexicon.has(word)
  } else if (typeof lexicon === 'object' && lexicon !== null && typeof lexicon[Symbol.iterator] === 'function') {
    const words = new Set<string>()
    for (const word of lexicon) {
      if (typeof word !== 'string') throw typeError('options.lexicon[…]', 'a string', word)
      words.add(word)
    }
    has = (word) => words.has(word)
  } else {
    throw typeError('options.lexicon', 'an iterable of strings or a function', lexicon)
  }
  // `Paris` is known if listed as is; `The` at a sentence start is known as
  // `the`; `US` is not known as `us`.
  const isKnown = (word: string): boolean => {
    if (has(word)) return true
    if (isAcronym(word)) return false
    const lower = word.toLowerCase()
    return commonWords.has(lower) || (lower !== word && has(lower))
  }
  return {isKnown, hasLexicon: true}
}

function isAcronym(word: string): boolean {
  return casePattern(word) === 'upper'
}

function aliasesOf(aliases: FindCanonicalSpellingsOptions['aliases']): Array<readonly [string, string]> {
  if (aliases === undefined) return []
  if (typeof aliases !== 'object' || aliases === null) {
    throw typeError('options.aliases', 'an object or an iterable of pairs', aliases)
  }
  const pairs: Array<readonly [string, string]> =
    typeof (aliases as Iterable<unknown>)[Symbol.iterator] === 'function'
      ? [...(aliases as Iterable<readonly [string, string]>)]
      : Object.entries(aliases as Record<string, string>)
  for (const [index, pair] of pairs.entries()) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string' || pair[0] === '') {
      throw new TypeError(`Expected \`options.aliases\` entry ${index} to be a [variant, canonical] pair of strings`)
    }
  }
  return pairs.sort((a, b) => compareCodeUnits(a[0], b[0]))
}
