import {looksLikeMarkdown, segmentMarkdown} from '../markdown.js'
import {normalize, type NormalizeOptions} from '../normalize/index.js'
import {assertString, booleanOption, checkOptions, choiceOption, rangeError, typeError, type OptionKeys} from '../options.js'
import {rejoinBlocks, type Block} from '../paragraphs.js'
import {forEachLine, SegmentTable} from '../segments.js'
import {wellFormed} from '../well-formed.js'
import {classify, compileRules, type ClassifyContext, type ClassifyLines, type CompiledRules, type Verdicts} from './classify.js'
import {boilerplateKinds, isBoilerplateKind, type BoilerplateKind} from './kinds.js'
import {repeatedLines, type BoilerplateModel} from './learn.js'
import {defaultRules, type Rule, type RuleScope} from './rules.js'

/** How to read the input. */
export type InputFormat = 'text' | 'markdown' | 'auto'

/** Options for {@link stripBoilerplate}. */
export interface StripBoilerplateOptions {
  /** Kinds to recognise but leave in (e.g. `['byline']`). @default [] */
  keep?: readonly BoilerplateKind[]
  /** Extra rules, tried before the built-in ones. @default [] */
  rules?: readonly Rule[]
  /** Whether to use the built-in rules ({@link defaultRules}). @default true */
  defaultRules?: boolean
  /**
   * How to read the input: `'markdown'` parses it with remark-parse, `'text'`
   * reads it line by line, `'auto'` parses only when it sniffs markdown syntax.
   * @default 'auto'
   */
  format?: InputFormat
  /**
   * A model from `learnBoilerplate`: lines it learned as boilerplate are
   * removed, kind `'repeated'`. @default undefined
   */
  model?: BoilerplateModel
  /**
   * Find where the article starts and ends: remove a trailing block of short
   * widget lines (links, UI words, hashtags, prices, counters) as one block,
   * kind `'widget'`, and a run of navigation lines above the headline, kind
   * `'navigation'`. @default true
   */
  edges?: boolean
}

/** One piece of the input that was removed, and why. */
export interface Removal {
  /** The kind of boilerplate. */
  kind: BoilerplateKind
  /** The name of the rule that fired. */
  rule: string
  /** Why: the rule's description, plus the context it needed. */
  reason: string
  /** The removed source: `input.slice(start, end)`. */
  text: string
  /** UTF-16 offset of the removed source in the input. */
  start: number
  /** UTF-16 offset just past the removed source in the input. */
  end: number
}

/** What {@link stripBoilerplate} and `clean` return. */
export interface CleanResult {
  /** The text that remains. */
  text: string
  /** Everything that was removed, in input order. */
  removed: Removal[]
}

const formats: readonly InputFormat[] = ['text', 'markdown', 'auto']
const scopes: readonly RuleScope[] = ['line', 'head', 'tail', 'edge', 'run', 'suffix']
/** @internal The keys of {@link StripBoilerplateOptions}, shared with the options that extend them. */
export const stripKeys = {
  keep: true,
  rules: true,
  defaultRules: true,
  format: true,
  model: true,
  edges: true
} as const satisfies OptionKeys<StripBoilerplateOptions>

let compiledDefaults: CompiledRules | undefined
let compiledNone: CompiledRules | undefined
// User rule lists are compiled once per array (with and without the built-in
// rules), so a pipeline passing the same options pays once.
const compiledWithDefaults = new WeakMap<readonly Rule[], CompiledRules>()
const compiledAlone = new WeakMap<readonly Rule[], CompiledRules>()

/** @internal The steps shared by `stripBoilerplate` and `clean`. */
export interface Analysis {
  segments: SegmentTable
  verdicts: Verdicts
  removed: Removal[]
}

/** @internal {@link stripBoilerplate}'s options, resolved: what `analyze` needs. */
export interface StripSettings {
  format: InputFormat
  rules: CompiledRules
  keep: ReadonlySet<BoilerplateKind>
  context: ClassifyContext
}

/**
 * @internal Resolve the options {@link stripBoilerplate} and `clean` share,
 * throwing a `TypeError` or `RangeError` naming a bad one. Rules are compiled
 * and a model read once per array or model object.
 */
export function resolveStripOptions(options: StripBoilerplateOptions): StripSettings {
  const format = choiceOption(options.format, formats, 'options.format', 'auto')
  const useDefaults = booleanOption(options.defaultRules, 'options.defaultRules', true)
  const edges = booleanOption(options.edges, 'options.edges', true)
  const repeated = options.model === undefined ? undefined : repeatedLines(options.model, 'options.model')
  if (options.keep !== undefined && !Array.isArray(options.keep)) throw typeError('options.keep', 'an array of kinds', options.keep)
  for (const [index, kind] of (options.keep ?? []).entries()) {
    if (!isBoilerplateKind(kind)) throw rangeError(`options.keep[${index}]`, `one of: ${boilerplateKinds.join(', ')}`, kind)
  }
  if (options.rules !== undefined) {
    if (!Array.isArray(options.rules)) throw typeError('options.rules', 'an array of rules', options.rules)
    for (const [index, rule] of options.rules.entries()) checkRule(rule, `options.rules[${index}]`)
  }
  return {
    format,
    rules: rulesFor(options.rules ?? [], useDefaults),
    keep: new Set(options.keep ?? []),
    context: {edges, ...(repeated ? {repeated} : {})}
  }
}

function checkRule(rule: unknown, name: string): asserts rule is Rule {
  if (rule === null || typeof rule !== 'object') throw typeError(name, 'a rule object', rule)
  const {name: ruleName, kind, description, pattern, scope, maxLength, triggers} = rule as Record<string, unknown>
  if (typeof ruleName !== 'string' || ruleName === '') throw typeError(`${name}.name`, 'a non-empty string', ruleName)
  if (!isBoilerplateKind(kind)) throw rangeError(`${name}.kind`, `one of: ${boilerplateKinds.join(', ')}`, kind)
  if (description !== undefined && typeof description !== 'string') throw typeError(`${name}.description`, 'a string', description)
  if (!(pattern instanceof RegExp)) throw typeError(`${name}.pattern`, 'a RegExp', pattern)
  choiceOption(scope, scopes, `${name}.scope`, 'line')
  if (maxLength !== undefined && typeof maxLength !== 'number') throw typeError(`${name}.maxLength`, 'a number', maxLength)
  if (maxLength !== undefined && !(maxLength >= 0)) throw rangeError(`${name}.maxLength`, 'a non-negative number', maxLength)
  if (triggers !== undefined) {
    if (!Array.isArray(triggers)) throw typeError(`${name}.triggers`, 'an array of strings', triggers)
    for (const [index, word] of triggers.entries()) {
      if (typeof word !== 'string' || word.length === 0 || word.length === 2) {
        throw rangeError(`${name}.triggers[${index}]`, 'a string of one character, or three or more', word)
      }
    }
  }
}

function rulesFor(user: readonly Rule[], useDefaults: boolean): CompiledRules {
  if (user.length === 0) return useDefaults ? (compiledDefaults ??= compileRules(defaultRules)) : (compiledNone ??= compileRules([]))
  const cache = useDefaults ? compiledWithDefaults : compiledAlone
  let compiled = cache.get(user)
  if (!compiled) {
    const described = user.map((rule) => ({...rule, description: rule.description ?? `User rule ${rule.name}`}))
    compiled = compileRules(useDefaults ? [...described, ...defaultRules] : described)
    cache.set(user, compiled)
  }
  return compiled
}

/**
 * @internal Segment `input` and normalize each segment, dropping the ones that
 * are blank once normalized.
 */
function prepareSegments(input: string, format: InputFormat, normalizeOptions: NormalizeOptions | false): SegmentTable {
  const table = new SegmentTable(input)
  let pendingBlank = false
  const add = (start: number, end: number, text: string, blankBefore: boolean, verbatim: boolean) => {
    const normalized = normalizeOptions === false ? text : normalize(text, normalizeOptions)
    if (normalized.trim() === '') {
      pendingBlank ||= blankBefore
      return
    }
    // The table keeps a text only where it is not the source.
    table.push(start, end, pendingBlank || blankBefore, verbatim, verbatim && normalized === text ? undefined : normalized)
    pendingBlank = false
  }
  if (format === 'markdown' || (format === 'auto' && looksLikeMarkdown(input))) {
    let length = 0
    segmentMarkdown(input, {
      get length() {
        return length
      },
      push(start, end, text, blankBefore, verbatim) {
        length++
        add(start, end, text, blankBefore, verbatim)
      }
    })
  } else {
    forEachLine(input, (start, end, blankBefore) => {
      add(start, end, input.slice(start, end), blankBefore, true)
    })
  }
  return table
}

/**
 * @internal The normalized segment texts of `input`. Shared with
 * `learnBoilerplate`, so learned lines are read exactly as `clean` reads them.
 */
export function prepare(input: string, format: InputFormat, normalizeOptions: NormalizeOptions | false): {texts: string[]} {
  const table = prepareSegments(input, format, normalizeOptions)
  return {texts: Array.from({length: table.count}, (_, index) => table.text(index))}
}

/** @internal Segment, normalize and classify `input`. */
export function analyze(input: string, settings: StripSettings, normalizeOptions: NormalizeOptions | false): Analysis {
  const segments = prepareSegments(input, settings.format, normalizeOptions)
  const lines: ClassifyLines = {
    count: segments.count,
    text: (index) => segments.text(index),
    // Trailing spaces trimmed, as in the output, so a suffix rule anchored with `$` fires the same on a second pass.
    // Where markup makes the text differ from its source, a suffix is looked for in the text (as a second pass,
    // reading the output as text, will) and cut only where the source ends with it too.
    raw: (index) => (segments.verbatim(index) ? input.slice(segments.start(index), segments.end(index)) : segments.text(index)).trimEnd(),
    blankBefore: (index) => segments.blankBefore(index)
  }
  const verdicts = classify(lines, settings.rules, settings.keep, settings.context)
  const removed: Removal[] = []
  for (let index = 0; index < segments.count; index++) {
    const verdict = verdicts.get(index)
    if (!verdict) continue
    const end = segments.end(index)
    let start = segments.start(index)
    if (verdict.suffixStart !== undefined) {
      if (segments.verbatim(index)) {
        start += verdict.suffixStart
      } else {
        const suffix = segments.text(index).trimEnd().slice(verdict.suffixStart)
        const sourceEnd = start + input.slice(start, end).trimEnd().length
        if (sourceEnd - suffix.length <= start || !input.startsWith(suffix, sourceEnd - suffix.length)) {
          verdicts.clear(index)
          continue
        }
        start = sourceEnd - suffix.length
      }
    }
    removed.push({kind: verdict.kind, rule: verdict.rule, reason: verdict.reason, text: input.slice(start, end), start, end})
  }
  return {segments, verdicts, removed}
}

/**
 * @internal Turn an analysis into output blocks, one at a time: kept
 * segments, with a blank line wherever one stood in the input (removed
 * segments included).
 */
export function* keptBlocks(analysis: Analysis, textOf: (index: number, suffixStart?: number) => string): Generator<Block> {
  const {segments, verdicts} = analysis
  let blank = false
  let first = true
  for (let index = 0; index < segments.count; index++) {
    blank ||= segments.blankBefore(index)
    const suffixStart = verdicts.suffixStart(index)
    if (verdicts.has(index) && suffixStart === undefined) continue
    const text = textOf(index, suffixStart)
    if (text.trim() === '') continue
    yield {text, blankBefore: blank && !first}
    blank = false
    first = false
  }
}

/** A block and its position in the window {@link render} rejoins. */
interface WindowBlock extends Block {
  at: number
}

const windowSize = 4096

/**
 * @internal Serialize blocks, rejoining broken paragraphs when asked; lone
 * surrogates become U+FFFD. Paragraphs are rejoined a window of blocks at a
 * time, so that no object per block lives until the end: every paragraph of
 * a window but the last is final, and the last is read again, from its first
 * block, with the next window (a paragraph's joins depend on its own blocks
 * only). A window grows while one paragraph fills it, so the cost stays linear.
 */
export function render(blocks: Iterable<Block>, rejoin: boolean): string {
  // One join of all the pieces: the output is built once, flat, with no chain of partial strings.
  const pieces: string[] = []
  const add = (block: Block) => {
    if (pieces.length > 0) pieces.push(block.blankBefore ? '\n\n' : '\n')
    pieces.push(block.text)
  }
  if (!rejoin) {
    for (const block of blocks) add(block)
    return wellFormed(pieces.join(''))
  }
  let window: WindowBlock[] = []
  let size = windowSize
  for (const {text, blankBefore} of blocks) {
    window.push({text, blankBefore, at: window.length})
    if (window.length < size) continue
    const paragraphs = rejoinBlocks(window)
    // Paragraphs are copies of their first block, so `at` tells where the last one starts.
    const open = (paragraphs.at(-1) as Partial<WindowBlock> | undefined)?.at
    if (open === undefined || open === 0) {
      size *= 2
      continue
    }
    for (let index = 0; index < paragraphs.length - 1; index++) add(paragraphs[index]!)
    window = window.slice(open).map((block, at) => ({text: block.text, blankBefore: block.blankBefore, at}))
    size = Math.max(windowSize, window.length * 2)
  }
  for (const paragraph of rejoinBlocks(window)) add(paragraph)
  return wellFormed(pieces.join(''))
}

/**
 * Remove boilerplate without normalizing what stays: every kept line is
 * returned as it was in the input (markdown stays markdown), and every removal
 * is reported with its kind, rule, reason, text and offsets.
 *
 * @example
 * const {text, removed} = stripBoilerplate('Story text here.\n\nBack to Top')
 * text // => 'Story text here.'
 * removed[0].kind // => 'navigation'
 */
export function stripBoilerplate(input: string, options: StripBoilerplateOptions = {}): CleanResult {
  assertString(input, 'input')
  const analysis = analyze(input, resolveStripOptions(checkOptions(options, stripKeys)), {})
  return {text: wellFormed(cutRemovals(input, analysis.removed)), removed: analysis.removed}
}

// What may stand before a removed block on its line: indentation, quote
// markers, a list bullet or number. Such a line goes whole, marker included.
const lineMarkup = /^[ \t>]*(?:(?:[-*+•]|\d{1,9}[.)])[ \t]+)?$/
// Matches start only where a run of spaces starts: a long run that ends in
// text is then read once, not once from each of its spaces.
const blankRuns = /(?<![ \t])(?:[ \t]*\r?\n){3,}/g

/**
 * The input with the removed ranges cut out, and nothing else changed but the
 * blank lines they leave: a removed line goes with its line break and any
 * markdown marker before it (`- `, `> `), so markdown stays markdown.
 *
 * Linear in the input: each cut looks back no further than the previous cut
 * and ahead no further than its line's blank rest, and the kept pieces are
 * joined once, so many cuts (one per widget line, or many on one long line)
 * never re-read the text kept so far.
 */
function cutRemovals(input: string, removed: readonly Removal[]): string {
  const kept: string[] = []
  let position = 0
  for (const removal of removed) {
    let {start, end} = removal
    let lineStart = start
    while (lineStart > position && input.charCodeAt(lineStart - 1) !== 10) lineStart--
    let wholeLine = lineStart >= position && (lineStart === 0 || input.charCodeAt(lineStart - 1) === 10) && lineMarkup.test(input.slice(lineStart, start))
    if (wholeLine) {
      let lineEnd = end
      while (lineEnd < input.length && isLineRest(input.charCodeAt(lineEnd))) lineEnd++
      wholeLine = lineEnd === input.length || input.charCodeAt(lineEnd) === 10
      if (wholeLine) {
        start = lineStart
        end = Math.min(lineEnd + 1, input.length)
      }
    }
    kept.push(input.slice(position, start))
    // A cut that ends a line (a hashtag tail) leaves no space dangling before it.
    if (wholeLine || end >= input.length || input.charCodeAt(end) === 10) trimTrailingSpace(kept)
    position = end
  }
  kept.push(input.slice(position))
  return kept.join('').replace(blankRuns, '\n\n').trim()
}

/** Space, tab or carriage return: what may follow a removed block on its line. */
function isLineRest(code: number): boolean {
  return code === 32 || code === 9 || code === 13
}

/** Drop the spaces and tabs that end the kept pieces (as `/[ \t]+$/` would on their concatenation). */
function trimTrailingSpace(pieces: string[]): void {
  for (let last = pieces.at(-1); last !== undefined; last = pieces.at(-1)) {
    let end = last.length
    while (end > 0 && (last.charCodeAt(end - 1) === 32 || last.charCodeAt(end - 1) === 9)) end--
    if (end > 0) {
      pieces[pieces.length - 1] = last.slice(0, end)
      return
    }
    pieces.pop()
  }
}
