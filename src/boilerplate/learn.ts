import {checkOptions, choiceOption, describe, numberOption, type OptionKeys} from '../options.js'
import {readLines} from '../read.js'
import {inputFormats, type InputFormat} from '../types.js'
import {foldLine} from './fold.js'

/** Options for {@link learnBoilerplate}. Shards must use the same options to be merged. */
export interface LearnBoilerplateOptions {
  /**
   * A line is boilerplate once it occurs in this many different stories;
   * copies of one story (syndicated, re-scraped) count once.
   * @default 3
   */
  minDocuments?: number
  /** Lines (or markdown blocks) longer than this, once folded, are never learned. @default 200 */
  maxLength?: number
  /**
   * Two documents are copies of one story when the estimated Jaccard
   * similarity of their word 4-shingles is at least this.
   * @default 0.5
   */
  similarity?: number
  /** How to read each document, as in `clean`. @default 'auto' */
  format?: InputFormat
}

/**
 * What {@link learnBoilerplate} learned: for every short line, the documents
 * it occurs in, each identified by a similarity signature. Plain JSON:
 * serialize it with `JSON.stringify` and merge shards with
 * {@link mergeBoilerplateModels}. Treat it as immutable once passed to `clean`.
 */
export interface BoilerplateModel {
  /** Format version. */
  version: 1
  /** The options the model was learned with (all filled in). */
  options: Required<LearnBoilerplateOptions>
  /** One signature per distinct document (sorted): its smallest shingle hashes, in base 36, joined by `.`. */
  documents: string[]
  /** Folded line → ascending indices into `documents` of the documents it occurs in. */
  lines: Record<string, number[]>
}

const learnKeys = {minDocuments: true, maxLength: true, similarity: true, format: true} as const satisfies OptionKeys<LearnBoilerplateOptions>
const defaults: Required<LearnBoilerplateOptions> = {minDocuments: 3, maxLength: 200, similarity: 0.5, format: 'auto'}
// Signature size: bottom-k of the shingle hashes. 16 keeps the similarity estimate within ~0.12.
const signatureSize = 16
const shingleSize = 4

const words = /[^ ]+/g

/**
 * FNV-1a, 32 bits (cheap, deterministic, good enough for bottom-k sampling)
 * of `tokens[from]` to `tokens[to - 1]` joined by spaces, read in place: no
 * string is built per shingle.
 */
function shingleHash(tokens: readonly string[], from: number, to: number): number {
  let value = 0x811c9dc5
  for (let token = from; token < to; token++) {
    if (token > from) value = Math.imul(value ^ 0x20, 0x01000193)
    const text = tokens[token]!
    for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193)
  }
  return value >>> 0
}

/** Lines of this many words or more carry a story; shorter ones are mostly the site's chrome. */
const storyWords = 8
const storyLine = new RegExp(`^(?:[^ ]+ ){${storyWords - 1}}`)

/**
 * The document's bottom-k shingle hashes, ascending, as a string. Only the
 * long lines count when there are some, so that copies of one story on sites
 * with different menus and footers still look alike.
 */
export function signature(folded: readonly string[]): string {
  const long = folded.filter((line) => storyLine.test(line))
  const tokens = (long.length > 0 ? long : folded).join(' ').match(words) ?? []
  const hashes = new Set<number>()
  const last = Math.max(1, tokens.length - shingleSize + 1)
  for (let index = 0; index < last; index++) hashes.add(shingleHash(tokens, index, Math.min(tokens.length, index + shingleSize)))
  return [...hashes]
    .sort((a, b) => a - b)
    .slice(0, signatureSize)
    .map((value) => value.toString(36))
    .join('.')
}

/** Resolve {@link learnBoilerplate}'s options (or a model's), defaults filled in. */
function resolveLearnOptions(options: LearnBoilerplateOptions | undefined, name = 'options'): Required<LearnBoilerplateOptions> {
  const given = checkOptions(options, learnKeys, name)
  return {
    minDocuments: numberOption(
      given.minDocuments,
      `${name}.minDocuments`,
      defaults.minDocuments,
      'an integer ≥ 2',
      (value) => Number.isInteger(value) && value >= 2
    ),
    maxLength: numberOption(given.maxLength, `${name}.maxLength`, defaults.maxLength, 'a positive integer', (value) => Number.isInteger(value) && value >= 1),
    similarity: numberOption(given.similarity, `${name}.similarity`, defaults.similarity, 'a number in (0, 1]', (value) => value > 0 && value <= 1),
    format: choiceOption(given.format, inputFormats, `${name}.format`, defaults.format)
  }
}

/** Build a model from signatures and, per line, the set of signatures it occurs in. */
function build(options: Required<LearnBoilerplateOptions>, occurrences: Map<string, Set<string>>): BoilerplateModel {
  const all = new Set<string>()
  for (const signatures of occurrences.values()) for (const value of signatures) all.add(value)
  const documents = [...all].sort()
  const indices = new Map(documents.map((value, index) => [value, index]))
  const lines: Record<string, number[]> = {}
  for (const line of [...occurrences.keys()].sort()) {
    lines[line] = [...occurrences.get(line)!].map((value) => indices.get(value)!).sort((a, b) => a - b)
  }
  return {version: 1, options: {...options}, documents, lines}
}

/**
 * Learn boilerplate from a corpus: every line (or markdown block) up to
 * `maxLength` folded characters is counted once per document, and each
 * document is identified by a similarity signature so that copies of one
 * story count once. Pass the model to `clean(input, {model})`: lines that
 * occur in `minDocuments` or more different stories are removed, kind
 * `'repeated'`.
 *
 * @example
 * const model = learnBoilerplate(pagesFromOneSite)
 * clean(page, {model}).removed.filter((r) => r.kind === 'repeated')
 */
export function learnBoilerplate(documents: Iterable<string>, options: LearnBoilerplateOptions = {}): BoilerplateModel {
  if (documents === null || typeof documents !== 'object' || typeof (documents as Iterable<string>)[Symbol.iterator] !== 'function') {
    throw new TypeError(`Expected \`documents\` to be an iterable of strings, got ${describe(documents)}`)
  }
  const filled = resolveLearnOptions(options)
  const occurrences = new Map<string, Set<string>>()
  let position = 0
  for (const document of documents) {
    if (typeof document !== 'string') throw new TypeError(`Expected \`documents[${position}]\` to be a string, got ${describe(document)}`)
    position++
    const lines = readLines(document, filled.format, {})
    const folded = Array.from({length: lines.count}, (_, index) => foldLine(lines.text(index)))
    const id = signature(folded)
    if (id === '') continue
    for (const line of new Set(folded)) {
      if (line === '' || line.length > filled.maxLength) continue
      let signatures = occurrences.get(line)
      if (!signatures) occurrences.set(line, (signatures = new Set()))
      signatures.add(id)
    }
  }
  return build(filled, occurrences)
}

/** @internal Throw a `TypeError` naming `name` unless `value` is shaped like a model. */
export function assertModel(value: unknown, name: string): asserts value is BoilerplateModel {
  const model = value as Partial<BoilerplateModel> | null
  if (model === null || typeof model !== 'object' || Array.isArray(model))
    throw new TypeError(`Expected \`${name}\` to be a boilerplate model, got ${describe(value)}`)
  if (model.version !== 1) throw new TypeError(`Expected \`${name}.version\` to be 1, got ${describe(model.version)}`)
  if (!Array.isArray(model.documents) || model.documents.some((value) => typeof value !== 'string')) {
    throw new TypeError(`Expected \`${name}.documents\` to be an array of strings`)
  }
  if (model.lines === null || typeof model.lines !== 'object' || Array.isArray(model.lines)) throw new TypeError(`Expected \`${name}.lines\` to be an object`)
  const count = model.documents.length
  for (const [line, indices] of Object.entries(model.lines)) {
    if (!Array.isArray(indices) || indices.some((index) => !Number.isInteger(index) || index < 0 || index >= count)) {
      throw new TypeError(`Expected \`${name}.lines[${JSON.stringify(line.slice(0, 40))}]\` to be an array of indices into \`${name}.documents\``)
    }
  }
  resolveLearnOptions(model.options ?? {}, `${name}.options`)
}

/**
 * Merge models learned from shards of a corpus. The result is exactly the
 * model one pass over all the shards would give, whatever the order or
 * split; a document in two shards counts once.
 *
 * @example
 * const model = mergeBoilerplateModels([learnBoilerplate(shardA), learnBoilerplate(shardB)])
 */
export function mergeBoilerplateModels(models: readonly BoilerplateModel[]): BoilerplateModel {
  if (!Array.isArray(models)) throw new TypeError(`Expected \`models\` to be an array of models, got ${describe(models)}`)
  if (models.length === 0) throw new RangeError('Expected `models` to hold at least one model')
  for (const [index, model] of models.entries()) assertModel(model, `models[${index}]`)
  const options = resolveLearnOptions(models[0]!.options)
  const key = JSON.stringify(options)
  const occurrences = new Map<string, Set<string>>()
  for (const [index, model] of models.entries()) {
    if (JSON.stringify(resolveLearnOptions(model.options, `models[${index}].options`)) !== key) {
      throw new RangeError(`Cannot merge \`models[${index}]\`: learned with options ${JSON.stringify(model.options)}, not ${key}`)
    }
    for (const [line, indices] of Object.entries<number[]>(model.lines)) {
      let signatures = occurrences.get(line)
      if (!signatures) occurrences.set(line, (signatures = new Set()))
      for (const document of indices) signatures.add(model.documents[document]!)
    }
  }
  return build(options, occurrences)
}

/** Estimated Jaccard similarity of two bottom-k signatures. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let i = 0
  let j = 0
  let both = 0
  let taken = 0
  while (taken < signatureSize && (i < a.length || j < b.length)) {
    const x = a[i] ?? Infinity
    const y = b[j] ?? Infinity
    if (x === y) {
      both++
      i++
      j++
    } else if (x < y) i++
    else j++
    taken++
  }
  return taken === 0 ? 0 : both / taken
}

const compiled = new WeakMap<BoilerplateModel, Map<string, number>>()

/**
 * @internal The lines a model calls boilerplate, with the number of
 * documents each occurs in. Validates the model (a `TypeError` naming `name`)
 * and caches the result per model object.
 */
export function repeatedLines(model: BoilerplateModel, name = 'options.model'): Map<string, number> {
  const cached = compiled.get(model)
  if (cached) return cached
  // Validated once per model object, not per document cleaned.
  assertModel(model, name)
  const {minDocuments, similarity: threshold} = resolveLearnOptions(model.options)
  const signatures = model.documents.map((value) => (value === '' ? [] : value.split('.').map((part) => Number.parseInt(part, 36))))
  const repeated = new Map<string, number>()
  for (const [line, indices] of Object.entries(model.lines)) {
    if (indices.length < minDocuments) continue
    // Greedy clustering over the canonical (sorted) order: deterministic, and
    // it stops as soon as enough different stories are found.
    const stories: Array<readonly number[]> = []
    for (const index of indices) {
      const current = signatures[index]!
      if (stories.some((story) => similarity(story, current) >= threshold)) continue
      stories.push(current)
      if (stories.length >= minDocuments) break
    }
    if (stories.length >= minDocuments) repeated.set(line, indices.length)
  }
  compiled.set(model, repeated)
  return repeated
}
