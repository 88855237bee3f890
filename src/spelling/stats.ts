/**
 * Mergeable corpus statistics: per surface form, how often, in how many
 * documents and in which languages it occurs, and a bounded sample of the
 * phrases around it; per pair of forms, how often one document used one
 * rarely and the other often, side by side (same-document evidence).
 * Everything is a count or a bottom-k sample, so shards merge exactly.
 */
import {foldLine} from '../boilerplate/fold.js'
import {detached} from '../detached.js'
import {signature} from '../boilerplate/learn.js'
import {typeError} from '../options.js'
import {type DocumentForm, type DocumentForms, type FormTraits, forEachDocumentPair, formTraits, NEIGHBOURS_KEPT} from './document-pairs.js'
import {hashString} from './hash.js'
import {createLanguageTally, decideLanguage, languageCode, languageCodes, tallyWord, UNDETERMINED} from './languages.js'
import {scanWords} from './words.js'

/** Forms seen more often than this keep no contexts: frequency speaks for them. */
const CONTEXT_LIMIT = 64
/** Contexts kept per form: the `CONTEXT_SAMPLE` with the smallest hash, so shards merge exactly. */
const CONTEXT_SAMPLE = 8
/** Words held while counting: a word and the two on each side. */
const WINDOW = 5
/** A line's language is decided on its first words; a longer line keeps it. */
const LINE_SAMPLE = 200
/** Language index of words whose line was too short to tell, until the document's language is known. */
const PENDING = -1
/** Forms in more documents than this keep no list of them: same-story evidence is for rare forms and their near twins. */
const STORY_LIMIT = 32
/** A document's story signature is taken from up to this many of its first lines… */
const STORY_LINES = 12
/** …and at most this many characters: copies of a story share their opening. */
const STORY_CHARACTERS = 500

/**
 * A form's statistics, and (not serialized) its tallies in the document
 * being counted: kept on the entry, reused from one document to the next,
 * so that counting an occurrence touches one object.
 * @internal
 */
export interface FormEntry extends DocumentForm {
  /** Occurrences in the corpus. */
  count: number
  documents: number
  /** Sorted by hash, then code units; `null` once `count` exceeds {@link CONTEXT_LIMIT}. */
  contexts: string[] | null
  /** `hashString` of each context, in the same order. */
  hashes: number[]
  /** Occurrences per language, `[language, count, …]` by ascending language index. */
  languages: number[]
  /**
   * The documents it occurs in, `[story, count, …]` (`story` indexes
   * `SpellingStats.stories`); `null` once in more than {@link STORY_LIMIT} documents.
   */
  stories: number[] | null
  /** The document the tallies are of (its serial in `stats.documents`); 0 before the form is first counted. */
  serial: number
  /** The language of the first occurrences in the document and their number (most forms are in one language per document). */
  language: number
  languageCount: number
  /** Occurrences in other languages, packed; `PENDING` for lines too short to tell. */
  otherLanguages: number[] | null
  /** For a possessive (`Beijing's`), the form it is a possessive of… */
  possessiveOf: string | undefined
  /** …and that form's entry, once it has one. */
  possessiveEntry: FormEntry | undefined
  /** Its traits say `rare`: its neighbours are recorded (see {@link DocumentForms.neighbours}). */
  rare: boolean
  /** Its last neighbour record. */
  last: number
}

/** The traits of a form not counted yet (worked out when it first is). */
const UNKNOWN_TRAITS: FormTraits = {key: '', pattern: 'mixed', eligible: false, rare: false}

/** @internal Same-document evidence for one pair of forms. */
export interface PairEntry {
  /** Documents in which the pair was found. */
  documents: number
  /** Occurrences of the rare form in those documents. */
  occurrences: number
}

/**
 * Statistics over a corpus, built with {@link addDocument}, combined with
 * {@link addSpellingStats} / {@link mergeSpellingStats}. Treat it as opaque;
 * persist it with {@link spellingStatsToJSON}.
 */
export interface SpellingStats {
  /** Number of documents added. */
  documents: number
  /**
   * Per surface form: its count, document count, languages and a sample of contexts.
   * Opaque: read it through {@link findCanonicalSpellings}.
   * @internal
   */
  readonly forms: Map<string, FormEntry>
  /**
   * Same-document pairs, keyed `rare + '\n' + frequent`.
   * @internal
   */
  readonly pairs: Map<string, PairEntry>
  /**
   * Words per language, `[language, count, …]`.
   * @internal
   */
  languages: number[]
  /**
   * One similarity signature per distinct document (as `learnBoilerplate`
   * computes them), so that copies of one story can be told apart from other stories.
   * @internal
   */
  readonly stories: string[]
  /**
   * Index of each signature in `stories`.
   * @internal
   */
  readonly storyIndex: Map<string, number>
}

/**
 * Plain-JSON form of {@link SpellingStats}, sorted so that equal statistics
 * give equal JSON. `forms` holds `[form, count, documents, contexts, languages, stories]`
 * (`languages`: BCP 47 code → occurrences); `pairs` holds
 * `[rare, frequent, documents, occurrences]`.
 */
export interface SpellingStatsJSON {
  /** Marks the object as copydesk spelling statistics. */
  type: 'copydesk-spelling-stats'
  /** Format version. */
  version: 2
  /** Number of documents added. */
  documents: number
  /** Words per language (BCP 47 code, `und` when undetermined). */
  languages: Record<string, number>
  /** One similarity signature per distinct document, sorted. */
  stories: string[]
  /**
   * `[form, count, documents, contexts, languages, stories]` per surface
   * form, sorted by form; `stories` is `[index into stories, count, …]`, or
   * `null` for a form in too many documents to list.
   */
  forms: Array<[form: string, count: number, documents: number, contexts: string[], languages: Record<string, number>, stories: number[] | null]>
  /** `[rare, frequent, documents, occurrences]` per same-document pair, sorted. */
  pairs: Array<[rare: string, frequent: string, documents: number, occurrences: number]>
}

/**
 * Create empty statistics.
 *
 * @example
 * const stats = createSpellingStats()
 * addDocument(stats, 'the northern Chinese city of Heihe')
 */
export function createSpellingStats(): SpellingStats {
  return {documents: 0, forms: new Map(), pairs: new Map(), languages: [], stories: [], storyIndex: new Map()}
}

function assertStats(value: unknown, name: string): asserts value is SpellingStats {
  if (
    typeof value !== 'object' ||
    value === null ||
    !((value as SpellingStats).forms instanceof Map) ||
    !((value as SpellingStats).pairs instanceof Map) ||
    typeof (value as SpellingStats).documents !== 'number'
  ) {
    throw typeError(name, 'spelling stats from createSpellingStats()', value)
  }
}

/**
 * Insert a context into a bottom-k sample (the `CONTEXT_SAMPLE` smallest by
 * hash, then code units), so the sample of a union is the sample of the
 * samples: shards merge exactly. The context is kept as given: it must hold
 * no view into a document (see detached).
 */
function sampleContext(entry: FormEntry, context: string, hash: number): void {
  const contexts = entry.contexts as string[]
  const hashes = entry.hashes
  const length = hashes.length
  // Its place: after every context that sorts before it or equals it.
  let index = length
  while (index > 0) {
    const other = hashes[index - 1] as number
    if (hash > other || (hash === other && context >= (contexts[index - 1] as string))) break
    index--
  }
  if (index >= CONTEXT_SAMPLE || (index > 0 && hashes[index - 1] === hash && contexts[index - 1] === context)) return
  // Shift the tail up by one (the last falls off a full sample), without the garbage of `splice`.
  let at = length
  if (length < CONTEXT_SAMPLE) {
    contexts.push(context)
    hashes.push(hash)
  } else at--
  for (; at > index; at--) {
    contexts[at] = contexts[at - 1] as string
    hashes[at] = hashes[at - 1] as number
  }
  contexts[index] = context
  hashes[index] = hash
}

function newEntry(form: string): FormEntry {
  // Every field set here, in one order: one object shape for every form.
  // The fields read for every occurrence come first, close together in memory.
  return {
    serial: 0,
    occurrences: 0,
    language: 0,
    languageCount: 0,
    count: 0,
    contexts: [],
    rare: false,
    possessiveOf: undefined,
    first: -1,
    last: -1,
    documents: 0,
    stories: [],
    languages: [],
    hashes: [],
    form,
    possessives: 0,
    traits: UNKNOWN_TRAITS,
    otherLanguages: null,
    possessiveEntry: undefined
  }
}

/** Work out a form's traits, when it is first counted. */
function describeForm(entry: FormEntry): void {
  const form = entry.form
  entry.traits = formTraits(form)
  entry.rare = entry.traits.rare
  // `Beijing's` is counted as a use of `Beijing` in this document too.
  const length = form.length
  if (length > 2 && form.charCodeAt(length - 1) === 115 && form.charCodeAt(length - 2) === 39) entry.possessiveOf = form.slice(0, -2)
}

/** Add `count` occurrences in `language` to a packed `[language, count, …]` list, kept sorted. */
export function addLanguage(languages: number[], language: number, count: number): void {
  let index = 0
  while (index < languages.length && (languages[index] as number) < language) index += 2
  if (languages[index] === language) languages[index + 1] = (languages[index + 1] as number) + count
  else languages.splice(index, 0, language, count)
}

/** The index in `stats.stories` of the signature of a document (added if new). */
function storyOf(stats: SpellingStats, text: string): number {
  const lines: string[] = []
  let start = 0
  let characters = 0
  while (start < text.length && lines.length < STORY_LINES && characters < STORY_CHARACTERS) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const line = text.slice(start, Math.min(end, start + STORY_CHARACTERS - characters))
    if (line.trim() !== '') {
      lines.push(foldLine(line))
      characters += line.length
    }
    start = end + 1
  }
  return storyIndexOf(stats, signature(lines))
}

/** The index of a story signature in `stats.stories`, added if new. */
function storyIndexOf(stats: SpellingStats, id: string): number {
  let index = stats.storyIndex.get(id)
  if (index === undefined) {
    index = stats.stories.length
    stats.stories.push(id)
    stats.storyIndex.set(id, index)
  }
  return index
}

/**
 * Record `count` occurrences of a form in document `story`, while the form
 * is in few enough documents; `newStory` when no form has `story` yet.
 */
function addStory(entry: FormEntry, story: number, count: number, newStory: boolean): void {
  const stories = entry.stories
  if (stories === null) return
  if (entry.documents > STORY_LIMIT) {
    entry.stories = null
    return
  }
  // Most forms are in one document: a list of one, not one with room to grow.
  if (stories.length === 0) entry.stories = [story, count]
  // Identical documents share a signature: one story, counts added.
  else if (newStory) stories.push(story, count)
  else addStoryCount(stories, story, count)
}

/** Add `count` to a packed `[story, count, …]` list. */
function addStoryCount(stories: number[], story: number, count: number): void {
  for (let index = 0; index < stories.length; index += 2) {
    if (stories[index] === story) {
      stories[index + 1] = (stories[index + 1] as number) + count
      return
    }
  }
  stories.push(story, count)
}

/** {@link addLanguage} to a form's languages, with fast paths for its first and its one language. */
function addOccurrences(entry: FormEntry, language: number, count: number): void {
  const languages = entry.languages
  if (languages.length === 0) entry.languages = [language, count]
  else if (languages.length === 2 && languages[0] === language) languages[1] = (languages[1] as number) + count
  else addLanguage(languages, language, count)
}

/** The language with the most occurrences in a packed list; undetermined on a tie. */
export function mainLanguage(languages: readonly number[]): number {
  let best = UNDETERMINED
  let bestCount = 0
  for (let index = 0; index < languages.length; index += 2) {
    const count = languages[index + 1] as number
    if (count > bestCount) {
      best = languages[index] as number
      bestCount = count
    } else if (count === bestCount) {
      best = UNDETERMINED
    }
  }
  return best
}

/** Occurrences in `language` in a packed list. */
export function countIn(languages: readonly number[], language: number): number {
  for (let index = 0; index < languages.length; index += 2) if (languages[index] === language) return languages[index + 1] as number
  return 0
}

// The words of the line being counted, until its language is decided.
const lineForms: string[] = []
const lineBreaks: boolean[] = []
// Neighbour records of the document being counted (see `addDocument`).
const neighbourLeft: string[] = []
const neighbourRight: string[] = []
const nextRecord: number[] = []

function neighboursOf(form: DocumentForm, side: 'left' | 'right'): string[] {
  const words = side === 'left' ? neighbourLeft : neighbourRight
  const found: string[] = []
  for (let record = form.first; record !== -1; record = nextRecord[record] as number) found.push(words[record] as string)
  return found
}

/**
 * Count the words of one document into `stats` (mutates and returns it).
 * Expects plain text; run `normalize()` first on HTML-ish input so entities
 * are decoded. Curly and straight apostrophes count as one form. Each line's
 * language is decided from its function words (a short line takes the
 * document's).
 *
 * @example
 * const stats = createSpellingStats()
 * addDocument(stats, 'the northern Chinese city of Hehe')
 * stats.documents // => 1
 */
export function addDocument(stats: SpellingStats, text: string): SpellingStats {
  assertStats(stats, 'stats')
  if (typeof text !== 'string') throw typeError('text', 'a string', text)
  stats.documents++
  const forms = stats.forms
  const serial = stats.documents
  // The forms of this document, in order of first use.
  const touched: FormEntry[] = []
  let records = 0

  // Words are counted in a window of five: a word's context is the two words
  // on each side. Nothing per word outlives the window, so a document of a
  // million words costs no more to keep than its distinct forms.
  const words: string[] = []
  const breaks: boolean[] = []
  const lower: Array<string | undefined> = []
  const languages: number[] = []
  // A context is the two words on each side within one phrase, lower-cased
  // (`city of|` for `…Chinese city of Heihe.`); fewer than two neighbours say
  // too little to count as evidence. Its words are detached, so a context
  // built of them keeps no view into the document.
  const neighbour = (at: number): string => {
    let value = lower[at % WINDOW]
    if (value === undefined) {
      value = detached((words[at % WINDOW] as string).toLowerCase())
      lower[at % WINDOW] = value
    }
    return value
  }
  const breakAt = (at: number): boolean => breaks[at % WINDOW] as boolean
  // Count the word at `index`, the last word pushed so far being `last`.
  const count = (index: number, last: number): void => {
    const form = words[index % WINDOW] as string
    let entry = forms.get(form)
    if (entry === undefined) {
      const kept = detached(form)
      entry = newEntry(kept)
      forms.set(kept, entry)
    }
    if (entry.serial !== serial) {
      if (entry.traits === UNKNOWN_TRAITS) describeForm(entry)
      entry.serial = serial
      entry.occurrences = 0
      entry.possessives = 0
      entry.first = -1
      entry.language = languages[index % WINDOW] as number
      entry.languageCount = 0
      entry.otherLanguages = null
      touched.push(entry)
    }
    entry.occurrences++
    if (entry.possessiveOf !== undefined) {
      // Entries are never removed: the base form's, once found, is kept.
      const base = (entry.possessiveEntry ??= forms.get(entry.possessiveOf))
      if (base?.serial === serial) base.possessives++
    }
    const language = languages[index % WINDOW] as number
    if (language === entry.language) entry.languageCount++
    else addLanguage((entry.otherLanguages ??= []), language, 1)
    entry.count++
    const keepNeighbours = entry.occurrences <= NEIGHBOURS_KEPT && entry.rare
    if (entry.contexts === null && !keepNeighbours) return
    const hasBefore = index >= 1 && !breakAt(index)
    const hasAfter = index < last && !breakAt(index + 1)
    if (keepNeighbours) {
      // Neighbour records are linked lists through arrays reused from one
      // document to the next: nothing is allocated per occurrence.
      const record = records++
      neighbourLeft[record] = hasBefore ? (words[(index - 1) % WINDOW] as string) : ''
      neighbourRight[record] = hasAfter ? (words[(index + 1) % WINDOW] as string) : ''
      nextRecord[record] = -1
      if (entry.first === -1) entry.first = record
      else nextRecord[entry.last] = record
      entry.last = record
    }
    if (entry.contexts === null) return
    if (entry.count > CONTEXT_LIMIT) {
      entry.contexts = null
      entry.hashes = []
      return
    }
    const before1 = hasBefore ? neighbour(index - 1) : ''
    const before2 = before1 && index >= 2 && !breakAt(index - 1) ? neighbour(index - 2) : ''
    const after1 = hasAfter ? neighbour(index + 1) : ''
    const after2 = after1 && index + 1 < last && !breakAt(index + 2) ? neighbour(index + 2) : ''
    if ((before1 ? 1 : 0) + (before2 ? 1 : 0) + (after1 ? 1 : 0) + (after2 ? 1 : 0) < 2) return
    const context = `${before2} ${before1}|${after1} ${after2}`
    sampleContext(entry, context, hashString(context))
  }
  let pushed = 0
  const push = (form: string, breakBefore: boolean, language: number): void => {
    words[pushed % WINDOW] = form
    breaks[pushed % WINDOW] = breakBefore
    lower[pushed % WINDOW] = undefined
    languages[pushed % WINDOW] = language
    pushed++
    // The word two back now has both its right-hand neighbours.
    if (pushed >= 3) count(pushed - 3, pushed - 1)
  }

  // A line's words wait until its language is decided.
  const documentTally = createLanguageTally()
  const lineTally = createLanguageTally()
  let lineLength = 0
  let lineLanguage: number | undefined
  const decideLine = (): void => {
    const decided = decideLanguage(lineTally)
    lineLanguage = decided === UNDETERMINED ? PENDING : decided
    for (let index = 0; index < lineTally.length; index++) documentTally[index] = (documentTally[index] as number) + (lineTally[index] as number)
    lineTally.fill(0)
    for (let index = 0; index < lineLength; index++) push(lineForms[index] as string, lineBreaks[index] as boolean, lineLanguage)
    lineLength = 0
  }
  let lineEnd = text.indexOf('\n')
  scanWords(text, (form, start, _end, breakBefore) => {
    if (lineEnd !== -1 && start > lineEnd) {
      if (lineLanguage === undefined) decideLine()
      lineLanguage = undefined
      lineEnd = text.indexOf('\n', start)
    }
    if (lineLanguage !== undefined) {
      push(form, breakBefore, lineLanguage)
      return
    }
    tallyWord(lineTally, form)
    lineForms[lineLength] = form
    lineBreaks[lineLength] = breakBefore
    lineLength++
    if (lineLength >= LINE_SAMPLE) decideLine()
  })
  if (lineLanguage === undefined) decideLine()
  for (let index = Math.max(0, pushed - 2); index < pushed; index++) count(index, pushed - 1)

  // The document's language stands in for lines too short to tell.
  const documentLanguage = decideLanguage(documentTally)
  const resolve = (language: number): number => (language === PENDING ? documentLanguage : language)
  const perLanguage = new Int32Array(UNDETERMINED + 1)
  const storiesBefore = stats.stories.length
  const story = storyOf(stats, text)
  // A story first seen now is in no form's list yet.
  const newStory = stats.stories.length > storiesBefore
  for (const entry of touched) {
    entry.documents++
    addStory(entry, story, entry.occurrences, newStory)
    entry.language = resolve(entry.language)
    addOccurrences(entry, entry.language, entry.languageCount)
    perLanguage[entry.language] = (perLanguage[entry.language] as number) + entry.languageCount
    const others = entry.otherLanguages
    if (others === null) continue
    // Pending lines may have joined a language counted already: recount.
    let best = entry.language
    let bestCount = entry.languageCount
    const merged = new Map([[entry.language, entry.languageCount]])
    for (let index = 0; index < others.length; index += 2) {
      const language = resolve(others[index] as number)
      const occurrences = others[index + 1] as number
      addOccurrences(entry, language, occurrences)
      perLanguage[language] = (perLanguage[language] as number) + occurrences
      const sum = (merged.get(language) ?? 0) + occurrences
      merged.set(language, sum)
      if (sum > bestCount) {
        best = language
        bestCount = sum
      }
    }
    entry.language = best
  }
  for (const [language, occurrences] of perLanguage.entries()) if (occurrences > 0) addLanguage(stats.languages, language, occurrences)
  const inDocument = (form: string): FormEntry | undefined => {
    const entry = forms.get(form)
    return entry?.serial === serial ? entry : undefined
  }
  const documentForms: DocumentForms = {
    get: inDocument,
    all: touched,
    neighbours: neighboursOf
  }
  forEachDocumentPair(documentForms, (rare, frequent) => {
    const key = `${rare.form}\n${frequent.form}`
    const pair = stats.pairs.get(key)
    if (pair === undefined) stats.pairs.set(key, {documents: 1, occurrences: rare.occurrences})
    else {
      pair.documents++
      pair.occurrences += rare.occurrences
    }
  })
  // The reused arrays let go of this document's words (see detached).
  neighbourLeft.fill('', 0, records)
  neighbourRight.fill('', 0, records)
  lineForms.fill('')
  return stats
}

/**
 * Add the statistics `other` into `stats` (mutates and returns `stats`;
 * `other` is unchanged). The accumulator for many shards: adding each in
 * turn costs the size of each shard, so any number of shards merge in one
 * pass. The result equals one pass over all their documents.
 *
 * @example
 * const total = createSpellingStats()
 * for (const shard of shards) addSpellingStats(total, shard)
 */
export function addSpellingStats(stats: SpellingStats, other: SpellingStats): SpellingStats {
  assertStats(stats, 'stats')
  assertStats(other, 'other')
  // Adding statistics to themselves doubles them: read a copy.
  const source = other === stats ? addSpellingStats(createSpellingStats(), other) : other
  stats.documents += source.documents
  const remap = source.stories.map((id) => storyIndexOf(stats, id))
  for (let index = 0; index < source.languages.length; index += 2) {
    addLanguage(stats.languages, source.languages[index] as number, source.languages[index + 1] as number)
  }
  for (const [form, entry] of source.forms) {
    const existing = stats.forms.get(form)
    if (existing === undefined) {
      const added = newEntry(form)
      added.count = entry.count
      added.documents = entry.documents
      added.contexts = entry.contexts === null ? null : [...entry.contexts]
      added.hashes = [...entry.hashes]
      added.languages = [...entry.languages]
      added.stories = entry.stories === null ? null : entry.stories.map((value, index) => (index % 2 === 0 ? (remap[value] as number) : value))
      stats.forms.set(form, added)
      continue
    }
    existing.count += entry.count
    existing.documents += entry.documents
    if (existing.stories !== null && entry.stories !== null && existing.documents <= STORY_LIMIT) {
      for (let index = 0; index < entry.stories.length; index += 2) {
        const story = remap[entry.stories[index] as number] as number
        addStoryCount(existing.stories, story, entry.stories[index + 1] as number)
      }
    } else existing.stories = null
    for (let index = 0; index < entry.languages.length; index += 2) {
      addLanguage(existing.languages, entry.languages[index] as number, entry.languages[index + 1] as number)
    }
    if (existing.contexts !== null && entry.contexts !== null && existing.count <= CONTEXT_LIMIT) {
      for (const [index, context] of entry.contexts.entries()) sampleContext(existing, context, entry.hashes[index] as number)
    } else {
      existing.contexts = null
      existing.hashes = []
    }
  }
  for (const [key, pair] of source.pairs) {
    const existing = stats.pairs.get(key)
    if (existing === undefined) stats.pairs.set(key, {...pair})
    else {
      existing.documents += pair.documents
      existing.occurrences += pair.occurrences
    }
  }
  return stats
}

/**
 * Combine statistics into new ones; none of the inputs changes. Merging is
 * commutative and associative: any split of a corpus into shards, merged in
 * any order, equals one pass over the whole. Pass all the shards at once
 * (`mergeSpellingStats(...shards)`) or fold them with {@link addSpellingStats}:
 * folding this function copies the growing total at every step.
 *
 * @example
 * const merged = mergeSpellingStats(statsOfShardA, statsOfShardB, statsOfShardC)
 */
export function mergeSpellingStats(...stats: SpellingStats[]): SpellingStats {
  for (const [index, shard] of stats.entries()) assertStats(shard, stats.length === 2 ? (index === 0 ? 'a' : 'b') : `stats[${index}]`)
  const merged = createSpellingStats()
  for (const shard of stats) addSpellingStats(merged, shard)
  return merged
}

function languagesToJSON(packed: readonly number[]): Record<string, number> {
  const result: Record<string, number> = {}
  for (let index = 0; index < packed.length; index += 2) result[languageCode(packed[index] as number)] = packed[index + 1] as number
  return result
}

const languageIndex = new Map(languageCodes.map((code, index) => [code, index]))
languageIndex.set('und', UNDETERMINED)

function languagesFromJSON(value: unknown, name: string): number[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw typeError(name, 'an object of language counts', value)
  const packed: number[] = []
  for (const [code, count] of Object.entries(value)) {
    const index = languageIndex.get(code)
    if (index === undefined || !isCount(count) || count === 0)
      throw new TypeError(`Expected \`${name}\` to map language codes to counts, got ${code}: ${count}`)
    addLanguage(packed, index, count)
  }
  return packed
}

/**
 * Serialize statistics to plain JSON-safe data (sorted, so equal stats give equal JSON).
 *
 * @example
 * const json = JSON.stringify(spellingStatsToJSON(stats))
 * const again = spellingStatsFromJSON(JSON.parse(json))
 */
export function spellingStatsToJSON(stats: SpellingStats): SpellingStatsJSON {
  assertStats(stats, 'stats')
  const forms = [...stats.forms.keys()].sort(compareCodeUnits)
  const pairs = [...stats.pairs.keys()].sort(compareCodeUnits)
  const stories = [...stats.stories].sort(compareCodeUnits)
  const sortedIndex = new Map(stories.map((id, index) => [id, index]))
  const storiesToJSON = (packed: readonly number[]): number[] => {
    const rows: Array<[number, number]> = []
    for (let index = 0; index < packed.length; index += 2)
      rows.push([sortedIndex.get(stats.stories[packed[index] as number] as string) as number, packed[index + 1] as number])
    return rows.sort((a, b) => a[0] - b[0]).flat()
  }
  return {
    type: 'copydesk-spelling-stats',
    version: 2,
    documents: stats.documents,
    languages: languagesToJSON(stats.languages),
    stories,
    forms: forms.map((form) => {
      const entry = stats.forms.get(form) as FormEntry
      return [
        form,
        entry.count,
        entry.documents,
        entry.contexts === null ? [] : [...entry.contexts],
        languagesToJSON(entry.languages),
        entry.stories === null ? null : storiesToJSON(entry.stories)
      ]
    }),
    pairs: pairs.map((key) => {
      const pair = stats.pairs.get(key) as PairEntry
      const [rare, frequent] = key.split('\n') as [string, string]
      return [rare, frequent, pair.documents, pair.occurrences]
    })
  }
}

/**
 * Restore statistics from {@link spellingStatsToJSON} output.
 *
 * @example
 * const stats = spellingStatsFromJSON(JSON.parse(fs.readFileSync('stats.json', 'utf8')))
 */
export function spellingStatsFromJSON(json: SpellingStatsJSON): SpellingStats {
  const value = json as unknown
  if (typeof value !== 'object' || value === null || (value as SpellingStatsJSON).type !== 'copydesk-spelling-stats') {
    throw typeError('json', 'spelling stats JSON', value)
  }
  const {version, documents, forms, pairs, languages, stories} = value as SpellingStatsJSON
  if (version !== 2) {
    throw new RangeError(`Expected \`json.version\` to be 2, got ${String(version)} (statistics from an older release: count the documents again)`)
  }
  if (!isCount(documents)) throw new TypeError('Expected `json.documents` to be a non-negative integer')
  if (!Array.isArray(forms)) throw typeError('json.forms', 'an array', forms)
  if (!Array.isArray(pairs)) throw typeError('json.pairs', 'an array', pairs)
  const stats = createSpellingStats()
  stats.documents = documents
  stats.languages = languagesFromJSON(languages, 'json.languages')
  if (!Array.isArray(stories) || !stories.every((id) => typeof id === 'string')) throw typeError('json.stories', 'an array of strings', stories)
  for (const id of stories) {
    if (stats.storyIndex.has(id)) throw new TypeError('Expected `json.stories` to hold each signature once')
    storyIndexOf(stats, id)
  }
  for (const [index, row] of forms.entries()) {
    const [form, count, documentCount, contexts, formLanguages, formStories] = Array.isArray(row) ? row : []
    if (
      typeof form !== 'string' ||
      !isCount(count) ||
      count === 0 ||
      !isCount(documentCount) ||
      documentCount > count ||
      !Array.isArray(contexts) ||
      contexts.length > CONTEXT_SAMPLE ||
      !contexts.every((context) => typeof context === 'string') ||
      !(formStories === null ? documentCount > STORY_LIMIT : isStoryList(formStories, stats.stories.length, documentCount)) ||
      stats.forms.has(form)
    ) {
      throw new TypeError(`Expected \`json.forms[${index}]\` to be a unique [form, count, documents, contexts, languages, stories] row`)
    }
    const entry = newEntry(detached(form))
    entry.count = count
    entry.documents = documentCount
    entry.languages = languagesFromJSON(formLanguages, `json.forms[${index}][4]`)
    entry.stories = formStories === null ? null : [...(formStories as number[])]
    if (count > CONTEXT_LIMIT) entry.contexts = null
    else for (const context of contexts) sampleContext(entry, detached(context), hashString(context))
    stats.forms.set(entry.form, entry)
  }
  for (const [index, row] of pairs.entries()) {
    const [rare, frequent, documentCount, occurrences] = Array.isArray(row) ? row : []
    const key = `${String(rare)}\n${String(frequent)}`
    if (
      typeof rare !== 'string' ||
      typeof frequent !== 'string' ||
      !isCount(documentCount) ||
      documentCount === 0 ||
      !isCount(occurrences) ||
      occurrences < documentCount ||
      stats.pairs.has(key)
    ) {
      throw new TypeError(`Expected \`json.pairs[${index}]\` to be a unique [rare, frequent, documents, occurrences] row`)
    }
    stats.pairs.set(key, {documents: documentCount, occurrences})
  }
  return stats
}

/** A packed `[story, count, …]` list: indices into `stories`, each once, one row per document at most. */
function isStoryList(value: unknown, stories: number, documents: number): value is number[] {
  if (!Array.isArray(value) || value.length % 2 !== 0 || value.length > 2 * documents || !value.every(isCount)) return false
  const seen = new Set<number>()
  for (let index = 0; index < value.length; index += 2) {
    const story = value[index] as number
    if (story >= stories || seen.has(story) || value[index + 1] === 0) return false
    seen.add(story)
  }
  return true
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
