/**
 * Mergeable corpus statistics: per surface form, how often and in how many
 * documents it occurs, and a bounded sample of the phrases around it.
 */
import {scanWords, type Word} from './words.js'

/** Forms seen more often than this keep no contexts: frequency speaks for them. */
export const CONTEXT_LIMIT = 64
/** Contexts kept per form: the `CONTEXT_SAMPLE` with the smallest hash, so shards merge exactly. */
export const CONTEXT_SAMPLE = 8

/** @internal */
export interface FormEntry {
  count: number
  documents: number
  /** Sorted by `contextOrder`; `null` once `count` exceeds {@link CONTEXT_LIMIT}. */
  contexts: string[] | null
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
  /** @internal */
  readonly forms: Map<string, FormEntry>
}

/** Plain-JSON form of {@link SpellingStats}: `forms` holds `[form, count, documents, contexts]`, sorted by form. */
export interface SpellingStatsJSON {
  type: 'copydesk-spelling-stats'
  version: 1
  documents: number
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

export function assertStats(value: unknown, name: string): asserts value is SpellingStats {
  if (
    typeof value !== 'object' ||
    value === null ||
    !((value as SpellingStats).forms instanceof Map) ||
    typeof (value as SpellingStats).documents !== 'number'
  ) {
    throw new TypeError(`Expected \`${name}\` to be spelling stats from createSpellingStats(), got ${describe(value)}`)
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
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

/** Total order on contexts: by hash, then by code units. */
function contextOrder(a: string, b: string): number {
  const difference = hashString(a) - hashString(b)
  if (difference !== 0) return difference
  return a < b ? -1 : a > b ? 1 : 0
}

/** Insert `context` into a bottom-k sample, keeping it sorted and bounded. */
function sampleContext(sample: string[], context: string): void {
  if (sample.includes(context)) return
  const last = sample[sample.length - 1]
  if (sample.length >= CONTEXT_SAMPLE && last !== undefined && contextOrder(context, last) > 0) return
  let index = sample.length
  while (index > 0 && contextOrder(context, sample[index - 1] as string) < 0) index--
  sample.splice(index, 0, context)
  if (sample.length > CONTEXT_SAMPLE) sample.pop()
}

/**
 * A context is the two words on each side within one phrase, lower-cased:
 * `city of|` for `…Chinese city of Heihe.` Fewer than two neighbours say too
 * little to count as evidence, so those return `undefined`.
 */
function contextOf(words: Word[], lower: Array<string | undefined>, index: number): string | undefined {
  const neighbour = (at: number): string => {
    let value = lower[at]
    if (value === undefined) {
      value = (words[at] as Word).form.toLowerCase()
      lower[at] = value
    }
    return value
  }
  const word = words[index] as Word
  const before1 = index >= 1 && !word.breakBefore ? neighbour(index - 1) : ''
  const before2 = before1 && index >= 2 && !(words[index - 1] as Word).breakBefore ? neighbour(index - 2) : ''
  const next = words[index + 1]
  const after1 = next !== undefined && !next.breakBefore ? neighbour(index + 1) : ''
  const next2 = words[index + 2]
  const after2 = after1 && next2 !== undefined && !next2.breakBefore ? neighbour(index + 2) : ''
  const known = (before1 ? 1 : 0) + (before2 ? 1 : 0) + (after1 ? 1 : 0) + (after2 ? 1 : 0)
  if (known < 2) return undefined
  return `${before2} ${before1}|${after1} ${after2}`
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
  if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, got ${describe(text)}`)
  const words: Word[] = []
  scanWords(text, (word) => words.push(word))
  const lower: Array<string | undefined> = new Array(words.length)
  const serial = ++stats.documents
  const forms = stats.forms
  for (let index = 0; index < words.length; index++) {
    const form = (words[index] as Word).form
    let entry = forms.get(form)
    if (entry === undefined) {
      entry = {count: 0, documents: 0, contexts: [], lastDocument: 0}
      forms.set(form, entry)
    }
    entry.count++
    if (entry.lastDocument !== serial) {
      entry.documents++
      entry.lastDocument = serial
    }
    if (entry.contexts === null) continue
    if (entry.count > CONTEXT_LIMIT) {
      entry.contexts = null
      continue
    }
    const context = contextOf(words, lower, index)
    if (context !== undefined) sampleContext(entry.contexts, context)
  }
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
          lastDocument: 0
        })
        continue
      }
      existing.count += entry.count
      existing.documents += entry.documents
      if (existing.contexts !== null && entry.contexts !== null && existing.count <= CONTEXT_LIMIT) {
        for (const context of entry.contexts) sampleContext(existing.contexts, context)
      } else {
        existing.contexts = null
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
    throw new TypeError(`Expected \`json\` to be spelling stats JSON, got ${describe(value)}`)
  }
  const {version, documents, forms} = value as SpellingStatsJSON
  if (version !== 1) throw new RangeError(`Expected \`json.version\` to be 1, got ${String(version)}`)
  if (!isCount(documents)) throw new TypeError('Expected `json.documents` to be a non-negative integer')
  if (!Array.isArray(forms)) throw new TypeError(`Expected \`json.forms\` to be an array, got ${describe(forms)}`)
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
    const sample: string[] = []
    for (const context of contexts) sampleContext(sample, context)
    stats.forms.set(form, {
      count,
      documents: documentCount,
      contexts: count > CONTEXT_LIMIT ? null : sample,
      lastDocument: 0
    })
  }
  return stats
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
