/**
 * Mergeable corpus statistics: per surface form, how often and in how many
 * documents it occurs, and a bounded sample of the phrases around it.
 */
import {typeError} from '../options.js'
import {scanWords} from './words.js'

/** Forms seen more often than this keep no contexts: frequency speaks for them. */
const CONTEXT_LIMIT = 64
/** Contexts kept per form: the `CONTEXT_SAMPLE` with the smallest hash, so shards merge exactly. */
const CONTEXT_SAMPLE = 8
/** Words held while counting: a word and the two on each side. */
const WINDOW = 5

/** @internal */
export interface FormEntry {
  count: number
  documents: number
  /** Sorted by hash, then code units; `null` once `count` exceeds {@link CONTEXT_LIMIT}. */
  contexts: string[] | null
  /** `hashString` of each context, in the same order. */
  hashes: number[]
  /** Serial of the last document that counted this form (not serialized). */
  lastDocument: number
}

/**
 * Statistics over a corpus, built with {@link addDocument}, combined with
 * {@link mergeSpellingStats}. Treat it as opaque; persist it with
 * {@link spellingStatsToJSON}.
 */
export interface SpellingStats {
  /** Number of documents added. */
  documents: number
  /**
   * Per surface form: its count, document count and a sample of contexts.
   * Opaque: read it through {@link findCanonicalSpellings}.
   * @internal
   */
  readonly forms: Map<string, FormEntry>
}

/** Plain-JSON form of {@link SpellingStats}: `forms` holds `[form, count, documents, contexts]`, sorted by form. */
export interface SpellingStatsJSON {
  /** Marks the object as copydesk spelling statistics. */
  type: 'copydesk-spelling-stats'
  /** Format version, for files written by older releases. */
  version: 1
  /** Number of documents added. */
  documents: number
  /** `[form, count, documents, contexts]` per surface form, sorted by form. */
  forms: Array<[form: string, count: number, documents: number, contexts: string[]]>
}

/**
 * Create empty statistics.
 *
 * @example
 * const stats = createSpellingStats()
 * addDocument(stats, 'the northern Chinese city of Heihe')
 */
export function createSpellingStats(): SpellingStats {
  return {documents: 0, forms: new Map()}
}

function assertStats(value: unknown, name: string): asserts value is SpellingStats {
  if (
    typeof value !== 'object' ||
    value === null ||
    !((value as SpellingStats).forms instanceof Map) ||
    typeof (value as SpellingStats).documents !== 'number'
  ) {
    throw typeError(name, 'spelling stats from createSpellingStats()', value)
  }
}

/** 32-bit FNV-1a over UTF-16 code units. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/**
 * Insert a context into a bottom-k sample (the `CONTEXT_SAMPLE` smallest by
 * hash, then code units), so the sample of a union is the sample of the
 * samples: shards merge exactly.
 */
function sampleContext(entry: FormEntry, context: string, hash: number): void {
  const contexts = entry.contexts as string[]
  const hashes = entry.hashes
  let index = hashes.length
  const before = (at: number): boolean => {
    const other = hashes[at] as number
    return hash < other || (hash === other && context < (contexts[at] as string))
  }
  if (index >= CONTEXT_SAMPLE && !before(index - 1)) return
  while (index > 0 && before(index - 1)) index--
  if (index > 0 && hashes[index - 1] === hash && contexts[index - 1] === context) return
  contexts.splice(index, 0, context)
  hashes.splice(index, 0, hash)
  if (contexts.length > CONTEXT_SAMPLE) {
    contexts.pop()
    hashes.pop()
  }
}

function newEntry(): FormEntry {
  return {count: 0, documents: 0, contexts: [], hashes: [], lastDocument: 0}
}

/**
 * Count the words of one document into `stats` (mutates and returns it).
 * Expects plain text; run `normalize()` first on HTML-ish input so entities
 * are decoded. Curly and straight apostrophes count as one form.
 *
 * @example
 * const stats = createSpellingStats()
 * addDocument(stats, 'the northern Chinese city of Hehe')
 * stats.documents // => 1
 */
export function addDocument(stats: SpellingStats, text: string): SpellingStats {
  assertStats(stats, 'stats')
  if (typeof text !== 'string') throw typeError('text', 'a string', text)
  // Words are counted as they are scanned, in a window of five: a word's
  // context is the two words on each side. Nothing per word outlives the
  // window, so a document of a million words costs no more to keep than one
  // of ten (only the distinct forms stay).
  const words: string[] = []
  const breaks: boolean[] = []
  const lower: Array<string | undefined> = []
  // A context is the two words on each side within one phrase, lower-cased
  // (`city of|` for `…Chinese city of Heihe.`); fewer than two neighbours say
  // too little to count as evidence.
  const neighbour = (at: number): string => {
    let value = lower[at % WINDOW]
    if (value === undefined) {
      value = (words[at % WINDOW] as string).toLowerCase()
      lower[at % WINDOW] = value
    }
    return value
  }
  const breakAt = (at: number): boolean => breaks[at % WINDOW] as boolean
  const serial = ++stats.documents
  const forms = stats.forms
  // Count the word at `index`, the last word scanned so far being `last`.
  const count = (index: number, last: number): void => {
    const form = words[index % WINDOW] as string
    let entry = forms.get(form)
    if (entry === undefined) {
      entry = newEntry()
      forms.set(form, entry)
    }
    entry.count++
    if (entry.lastDocument !== serial) {
      entry.documents++
      entry.lastDocument = serial
    }
    if (entry.contexts === null) return
    if (entry.count > CONTEXT_LIMIT) {
      entry.contexts = null
      entry.hashes = []
      return
    }
    const before1 = index >= 1 && !breakAt(index) ? neighbour(index - 1) : ''
    const before2 = before1 && index >= 2 && !breakAt(index - 1) ? neighbour(index - 2) : ''
    const after1 = index < last && !breakAt(index + 1) ? neighbour(index + 1) : ''
    const after2 = after1 && index + 1 < last && !breakAt(index + 2) ? neighbour(index + 2) : ''
    if ((before1 ? 1 : 0) + (before2 ? 1 : 0) + (after1 ? 1 : 0) + (after2 ? 1 : 0) < 2) return
    const context = `${before2} ${before1}|${after1} ${after2}`
    sampleContext(entry, context, hashString(context))
  }
  let scanned = 0
  scanWords(text, (form, _start, _end, breakBefore) => {
    words[scanned % WINDOW] = form
    breaks[scanned % WINDOW] = breakBefore
    lower[scanned % WINDOW] = undefined
    scanned++
    // The word two back now has both its right-hand neighbours.
    if (scanned >= 3) count(scanned - 3, scanned - 1)
  })
  for (let index = Math.max(0, scanned - 2); index < scanned; index++) count(index, scanned - 1)
  return stats
}

/**
 * Combine two statistics into new ones; neither input changes. Merging is
 * commutative and associative: any split of a corpus into shards, merged in
 * any order, equals one pass over the whole.
 *
 * @example
 * const merged = mergeSpellingStats(statsOfShardA, statsOfShardB)
 */
export function mergeSpellingStats(a: SpellingStats, b: SpellingStats): SpellingStats {
  assertStats(a, 'a')
  assertStats(b, 'b')
  const merged = createSpellingStats()
  merged.documents = a.documents + b.documents
  for (const source of [a, b]) {
    for (const [form, entry] of source.forms) {
      const existing = merged.forms.get(form)
      if (existing === undefined) {
        merged.forms.set(form, {
          count: entry.count,
          documents: entry.documents,
          contexts: entry.contexts === null ? null : [...entry.contexts],
          hashes: [...entry.hashes],
          lastDocument: 0
        })
        continue
      }
      existing.count += entry.count
      existing.documents += entry.documents
      if (existing.contexts !== null && entry.contexts !== null && existing.count <= CONTEXT_LIMIT) {
        for (const [index, context] of entry.contexts.entries()) sampleContext(existing, context, entry.hashes[index] as number)
      } else {
        existing.contexts = null
        existing.hashes = []
      }
    }
  }
  return merged
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
  return {
    type: 'copydesk-spelling-stats',
    version: 1,
    documents: stats.documents,
    forms: forms.map((form) => {
      const entry = stats.forms.get(form) as FormEntry
      return [form, entry.count, entry.documents, entry.contexts === null ? [] : [...entry.contexts]]
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
  const {version, documents, forms} = value as SpellingStatsJSON
  if (version !== 1) throw new RangeError(`Expected \`json.version\` to be 1, got ${String(version)}`)
  if (!isCount(documents)) throw new TypeError('Expected `json.documents` to be a non-negative integer')
  if (!Array.isArray(forms)) throw typeError('json.forms', 'an array', forms)
  const stats = createSpellingStats()
  stats.documents = documents
  for (const [index, row] of forms.entries()) {
    const [form, count, documentCount, contexts] = Array.isArray(row) ? row : []
    if (
      typeof form !== 'string' ||
      !isCount(count) ||
      count === 0 ||
      !isCount(documentCount) ||
      documentCount > count ||
      !Array.isArray(contexts) ||
      contexts.length > CONTEXT_SAMPLE ||
      !contexts.every((context) => typeof context === 'string') ||
      stats.forms.has(form)
    ) {
      throw new TypeError(`Expected \`json.forms[${index}]\` to be a unique [form, count, documents, contexts] row`)
    }
    const entry = newEntry()
    entry.count = count
    entry.documents = documentCount
    if (count > CONTEXT_LIMIT) entry.contexts = null
    else for (const context of contexts) sampleContext(entry, context, hashString(context))
    stats.forms.set(form, entry)
  }
  return stats
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
