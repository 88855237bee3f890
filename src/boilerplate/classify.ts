import type {BoilerplateKind} from './kinds.js'
import {paragraphReader} from '../paragraphs.js'
import {endsSentence, wordCount} from '../shape.js'
import {firstChars, type FirstTable} from './first.js'
import {foldLine} from './fold.js'
import {cardsStart, markComments, markEdges, type EdgeVerdicts} from './edges.js'
import {findTriggers, triggerTable, type TriggerTable} from './triggers.js'
import type {Rule, RuleScope} from './rule.js'

/** A rule ready to run: flags cleaned, defaults filled in. */
export interface CompiledRule {
  rule: Rule
  /** Position in {@link CompiledRules.rules}. */
  index: number
  pattern: RegExp
  scope: RuleScope
  maxLength: number
  /** This rule's bit in a line's trigger mask (see {@link findTriggers}), or -1 when it has no triggers. */
  slot: number
  /** Which first characters can start a match, when the pattern says. */
  first: FirstTable | undefined
}

/** Rules ready to run, and the table that finds their trigger words in one pass. */
export interface CompiledRules {
  rules: CompiledRule[]
  triggers: TriggerTable
  /**
   * Per first character of a line (index 128: any non-ASCII one), the
   * whole-line, run and suffix rules that can match it, in rule order.
   */
  firstPass: CompiledRule[][]
  /** The same for head, tail and edge rules. */
  edgePass: CompiledRule[][]
}

/** Why one segment (or its tail) goes. */
export interface Verdict {
  kind: BoilerplateKind
  rule: string
  reason: string
  /** For a partial removal: where the removed suffix starts in the segment's raw text. */
  suffixStart?: number
}

const runNote = ' (next to other boilerplate)'
const edgeNote = ' (above the first or below the last paragraph)'
// Suffix rules see at most this much of a line's end, so a huge line costs no more than a short one.
const suffixWindow = 2000

/**
 * Compile rules once: copy each pattern without `g`/`y` so `test()` keeps no
 * state, and index every trigger word by its first three characters.
 */
export function compileRules(rules: readonly Rule[]): CompiledRules {
  const words: string[][] = []
  const compiled = rules.map((rule, index): CompiledRule => {
    for (const word of rule.triggers ?? []) {
      if (word.length === 2) throw new RangeError(`Trigger ${JSON.stringify(word)} of rule \`${rule.name}\` must be one character, or three or more`)
    }
    return {
      rule,
      index,
      pattern: new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '')),
      scope: rule.scope ?? 'line',
      maxLength: rule.maxLength ?? 300,
      slot: rule.triggers ? words.push(rule.triggers.map((word) => word.toLowerCase())) - 1 : -1,
      first: firstChars(rule.pattern)
    }
  })
  // Most rules fail on a line's first character: sort them out once, not per line.
  const byFirst = (scopes: readonly RuleScope[]) =>
    Array.from({length: 129}, (_, code) =>
      compiled.filter((rule) => scopes.includes(rule.scope) && (rule.scope === 'suffix' || !rule.first || rule.first[code] === 1))
    )
  return {rules: compiled, triggers: triggerTable(words), firstPass: byFirst(['line', 'run', 'suffix']), edgePass: byFirst(['head', 'tail', 'edge'])}
}

/**
 * A body paragraph: prose, as the output will read it. A paragraph that
 * rejoining makes of several lines (see {@link BodyFinder}) is body when one
 * of its lines is long enough alone, or when it ends a sentence: a headline
 * followed by lowercase menu items is not one.
 */
function isBody(words: number, finished: boolean, longLine: boolean): boolean {
  return longLine || (words >= 8 && finished)
}

/**
 * A line as a second pass will see it once a suffix rule (a hashtag tail) has
 * cut its end, so that body lines, and so the head and tail, are the same in
 * both passes. The cut is measured on the raw line, from its end.
 */
function withoutSuffix(text: string, raw: string | undefined, suffixStart: number | undefined): string {
  if (suffixStart === undefined || raw === undefined) return text
  return text.slice(0, Math.max(0, text.length - (raw.length - suffixStart))).trimEnd()
}

/**
 * Find the rules that match a line. The first pass tries whole-line, run and
 * suffix rules everywhere; the second tries head, tail and edge rules only on
 * lines above the first or below the last paragraph.
 */
class Matcher {
  /** What {@link first} found: a whole-line rule, a run rule, a suffix rule and where its match starts. */
  line: CompiledRule | undefined
  run: CompiledRule | undefined
  suffix: CompiledRule | undefined
  suffixStart = 0
  private text = ''
  // The bits of the rules whose triggers the line holds (see findTriggers), filled on first need: no object per line.
  private readonly mask: Int32Array
  private masked = false

  constructor(private readonly compiled: CompiledRules) {
    this.mask = new Int32Array(compiled.triggers.width)
  }

  private reset(text: string): void {
    this.text = text
    this.masked = false
  }

  private triggered(rule: CompiledRule): boolean {
    if (!this.masked) {
      findTriggers(this.compiled.triggers, this.text, this.mask)
      this.masked = true
    }
    return (this.mask[rule.slot >>> 5]! & (1 << (rule.slot & 31))) !== 0
  }

  /** Test a rule already chosen for this line's first character. */
  private test(rule: CompiledRule): boolean {
    if (this.text.length > rule.maxLength) return false
    if (rule.slot >= 0 && !this.triggered(rule)) return false
    return rule.pattern.test(this.text)
  }

  private firstCode(): number {
    const code = this.text.charCodeAt(0)
    return code < 128 ? code : 128
  }

  first(text: string, raw: string | undefined): void {
    this.reset(text)
    this.line = undefined
    this.run = undefined
    this.suffix = undefined
    for (const rule of this.compiled.firstPass[this.firstCode()]!) {
      switch (rule.scope) {
        case 'line': {
          if (this.test(rule)) {
            this.line = rule
            return
          }
          break
        }
        case 'run': {
          if (!this.run && this.test(rule)) this.run = rule
          break
        }
        case 'suffix': {
          if (this.suffix || raw === undefined || (rule.slot >= 0 && !this.triggered(rule))) break
          const offset = Math.max(0, raw.length - suffixWindow)
          const match = rule.pattern.exec(offset ? raw.slice(offset) : raw)
          if (match && match.index + match[0].length === raw.length - offset && match.index + offset > 0) {
            this.suffix = rule
            this.suffixStart = match.index + offset
          }
          break
        }
        default:
      }
    }
  }

  /** The first head (or tail) or edge rule that matches `text`. */
  edge(text: string, head: boolean): CompiledRule | undefined {
    this.reset(text)
    for (const rule of this.compiled.edgePass[this.firstCode()]!) {
      const applies = rule.scope === 'edge' || rule.scope === (head ? 'head' : 'tail')
      if (applies && this.test(rule)) return rule
    }
    return undefined
  }
}

// What a verdict says, one byte per segment (0: no verdict).
const ruleVerdict = 1
const runVerdict = 2
const edgeVerdict = 3
const relatedVerdict = 4
const blockVerdict = 5
const navigationVerdict = 6
const repeatedVerdict = 7
const suffixVerdict = 8
const commentVerdict = 9

/**
 * Why segments go, as typed arrays: a verdict object is made only for a
 * segment that is removed, when it is asked for.
 */
export class Verdicts {
  /** The first and last body paragraph (-1: none): lines between them are the story. */
  body: readonly [first: number, last: number] = [-1, -1]
  private readonly codes: Uint8Array
  private readonly rules: Int32Array
  // The suffix start of a suffix verdict, the document count of a learned line.
  private readonly values: Int32Array
  // Reasons with a note, made once per rule.
  private readonly runReasons: Array<string | undefined> = []
  private readonly edgeReasons: Array<string | undefined> = []

  constructor(
    count: number,
    private readonly compiled: CompiledRules
  ) {
    this.codes = new Uint8Array(count)
    this.rules = new Int32Array(count)
    this.values = new Int32Array(count)
  }

  has(index: number): boolean {
    return this.codes[index] !== 0
  }

  set(index: number, code: number, rule = -1, value = 0): void {
    this.codes[index] = code
    this.rules[index] = rule
    this.values[index] = value
  }

  clear(index: number): void {
    this.codes[index] = 0
  }

  /** Where the removed suffix starts in the segment's raw text, for a partial removal. */
  suffixStart(index: number): number | undefined {
    return this.codes[index] === suffixVerdict ? this.values[index] : undefined
  }

  kind(index: number): BoilerplateKind | undefined {
    switch (this.codes[index]) {
      case 0: {
        return undefined
      }
      case blockVerdict: {
        return 'widget'
      }
      case relatedVerdict: {
        return 'related-link'
      }
      case commentVerdict: {
        return 'widget'
      }
      case navigationVerdict: {
        return 'navigation'
      }
      case repeatedVerdict: {
        return 'repeated'
      }
      default: {
        return this.compiled.rules[this.rules[index]!]!.rule.kind
      }
    }
  }

  /** The verdict on segment `index`, or `undefined` when it stays. */
  get(index: number): Verdict | undefined {
    const code = this.codes[index]!
    switch (code) {
      case 0: {
        return undefined
      }
      case relatedVerdict: {
        return {kind: 'related-link', rule: relatedRule, reason: relatedReason}
      }
      case blockVerdict: {
        return {kind: 'widget', rule: blockRule, reason: blockReason}
      }
      case commentVerdict: {
        return {kind: 'widget', rule: commentRule, reason: commentReason}
      }
      case navigationVerdict: {
        return {kind: 'navigation', rule: navigationRule, reason: navigationReason}
      }
      case repeatedVerdict: {
        return {
          kind: 'repeated',
          rule: 'learned',
          reason: `Occurs in ${this.values[index]} documents the model learned from, across different stories (copies of one story count once)`
        }
      }
      default: {
        const compiled = this.compiled.rules[this.rules[index]!]!
        const {kind, name, description} = compiled.rule
        if (code === suffixVerdict) return {kind, rule: name, reason: description, suffixStart: this.values[index]}
        const reason =
          code === runVerdict
            ? (this.runReasons[compiled.index] ??= description + runNote)
            : code === edgeVerdict
              ? (this.edgeReasons[compiled.index] ??= description + edgeNote)
              : description
        return {kind, rule: name, reason}
      }
    }
  }
}

/** What `classify` needs beyond the rules. */
export interface ClassifyContext {
  /** Folded lines a learned model calls boilerplate, with the number of documents each occurs in. */
  repeated?: ReadonlyMap<string, number>
  /** Detect widget blocks and related links below the story and navigation runs above it. */
  edges?: boolean
}

/** The segments `classify` judges. */
export interface ClassifyLines {
  readonly count: number
  /** The normalized text of segment `index`: what the rules match. */
  text(index: number): string
  /**
   * The source of segment `index` with trailing spaces trimmed (for partial
   * removals), or `undefined` where offsets inside it do not map to the input.
   */
  raw(index: number): string | undefined
  /**
   * Whether a blank line stands before segment `index`. Without it no line
   * is read as standing alone (a headline in its own block).
   */
  blankBefore?(index: number): boolean
}

// Kinds whose words also name what an article may be about ("Registration", "Password", "Privacy"):
// one such word alone between paragraphs is a subheading, and only in company a widget.
const headingKinds: ReadonlySet<BoilerplateKind> = new Set(['widget'])
// A word, starting with a letter: "$29.99" and "12" are no headings.
const headingWord = /^\p{L}\S*$/u

/**
 * Decide, for each segment, whether it is boilerplate and why. Kinds in
 * `keep` are recognised (so they still count as boilerplate context) but not
 * removed. Each segment's text is read once for the rules that may match
 * anywhere, and again only above the first or below the last paragraph.
 */
export function classify(lines: ClassifyLines, rules: CompiledRules, keep: ReadonlySet<BoilerplateKind>, context: ClassifyContext = {}): Verdicts {
  const {count} = lines
  const matcher = new Matcher(rules)
  const verdicts = new Verdicts(count, rules)
  // Junk: recognised as boilerplate, removed or kept; context for runs and the tail block.
  const junk = new Uint8Array(count)
  // Per segment: its run rule and suffix rule (index + 1, 0 for none), and where the suffix starts.
  const runs = new Int32Array(count)
  const suffixes = new Int32Array(count)
  const suffixStarts = new Int32Array(count)
  const repeated = context.repeated !== undefined && context.repeated.size > 0 ? context.repeated : undefined
  const body = new BodyFinder()

  for (let index = 0; index < count; index++) {
    const text = lines.text(index)
    const raw = lines.raw(index)
    matcher.first(text.trim(), raw)
    if (matcher.run) runs[index] = matcher.run.index + 1
    if (matcher.suffix) {
      suffixes[index] = matcher.suffix.index + 1
      suffixStarts[index] = matcher.suffixStart
    }
    if (matcher.line) {
      junk[index] = 1
      verdicts.set(index, ruleVerdict, matcher.line.index)
    } else if (repeated) {
      // Lines a learned model calls boilerplate are junk on their own, unless a rule already named them.
      const documents = repeated.get(foldLine(text))
      if (documents !== undefined) {
        junk[index] = 1
        verdicts.set(index, repeatedVerdict, -1, documents)
      }
    }
    if (!junk[index]) body.add(index, withoutSuffix(text, raw, matcher.suffix ? matcher.suffixStart : undefined))
  }
  const bounds = body.bounds()
  const firstBody = bounds.first
  let lastBody = bounds.last

  // A lone interface word between paragraphs is a subheading; next to other junk it stays junk.
  const company = (index: number) => index >= 0 && index < count && (junk[index] === 1 || runs[index] !== 0)
  for (let index = firstBody + 1; index < lastBody; index++) {
    const kind = junk[index] ? verdicts.kind(index) : undefined
    if (kind === undefined || !headingKinds.has(kind) || company(index - 1) || company(index + 1)) continue
    const text = lines.text(index).trim()
    if (headingWord.test(text) && wordCount(text, 2) === 1) {
      junk[index] = 0
      verdicts.clear(index)
    }
  }

  const edgeVerdicts: EdgeVerdicts | undefined = context.edges
    ? {
        has: (index) => verdicts.has(index),
        junk: (index) => junk[index] === 1,
        run: (index) => runs[index] !== 0,
        relatedHeading: (index) => junk[index] === 1 && verdicts.kind(index) === 'related-link',
        mark: (index, mark) => verdicts.set(index, markVerdicts[mark])
      }
    : undefined
  if (edgeVerdicts && lastBody >= 0) {
    // Readers' posts read as paragraphs: when the last one is in a comment section, the story ends above it.
    // Paragraphs below the section stay the story's end, as a second pass over the output reads them.
    // With no paragraph above the section, the story stays as it was found.
    const comments = markComments(lines, edgeVerdicts, firstBody, lastBody)
    const aboveComments = comments && comments.to >= lastBody ? body.lastBefore(comments.from) : -1
    if (aboveComments >= firstBody) lastBody = aboveComments
    // So do teaser cards' deks, one sentence each: the story ends at the last paragraph above them.
    const cards = cardsStart(lines, edgeVerdicts)
    const aboveCards = cards >= 0 && cards <= lastBody ? body.lastBefore(cards) : -1
    if (aboveCards >= firstBody) lastBody = aboveCards
  }

  // Lines above the first and below the last paragraph (where the story ends as comments and cards say).
  if (firstBody >= 0) {
    for (let index = 0; index < count; index++) {
      if (junk[index] || (index >= firstBody && index <= lastBody)) continue
      const head = index < firstBody
      const edge = matcher.edge(lines.text(index).trim(), head)
      // Words junk only in company count above the story (nav bars), not below it: there the block rule decides.
      const compiled = head ? (edge ?? ruleAt(rules, runs[index]!)) : edge
      if (compiled) {
        junk[index] = 1
        verdicts.set(index, compiled.scope === 'run' ? edgeVerdict : ruleVerdict, compiled.index)
      }
    }
  }

  // Runs: words that are junk only in company, next to a line that is junk on its own.
  let runStart = 0
  while (runStart < count) {
    if (!junk[runStart] && !runs[runStart]) {
      runStart++
      continue
    }
    let runEnd = runStart
    let strong = false
    while (runEnd < count && (junk[runEnd] || runs[runEnd])) {
      strong ||= junk[runEnd] === 1
      runEnd++
    }
    if (strong) {
      for (let index = runStart; index < runEnd; index++) {
        if (!junk[index]) {
          junk[index] = 1
          verdicts.set(index, runVerdict, runs[index]! - 1)
        }
      }
    }
    runStart = runEnd
  }

  if (edgeVerdicts && lastBody >= 0) markEdges(lines, edgeVerdicts, firstBody, lastBody)
  verdicts.body = [firstBody, lastBody]

  for (let index = 0; index < count; index++) {
    if (!verdicts.has(index) && suffixes[index]) verdicts.set(index, suffixVerdict, suffixes[index]! - 1, suffixStarts[index])
    const kind = verdicts.kind(index)
    if (kind !== undefined && keep.has(kind)) verdicts.clear(index)
  }

  return verdicts
}

function ruleAt(rules: CompiledRules, indexPlusOne: number): CompiledRule | undefined {
  return indexPlusOne === 0 ? undefined : rules.rules[indexPlusOne - 1]
}

const bodyWords = 25

/**
 * Finds the first and last body paragraph from the lines that are not junk,
 * read in order. Lines that rejoining will join (a sentence broken after
 * "said on Wednesday") are one paragraph here, as they will be in the output,
 * so a second pass finds the same story.
 */
class BodyFinder {
  private readonly continues = paragraphReader()
  private start = -1
  private end = -1
  private words = 0
  private finished = false
  private longLine = false
  private first = -1
  private last = -1
  // The last segment of each body paragraph, in order.
  private readonly ends: number[] = []

  add(index: number, text: string): void {
    const words = wordCount(text, bodyWords)
    if (!this.continues(text, words)) {
      this.close()
      this.start = index
      this.words = 0
      this.longLine = false
    }
    this.longLine ||= words >= bodyWords
    this.words += words
    this.end = index
    this.finished = endsSentence(text)
  }

  /** The first and last body paragraph. Call once, after the last line. */
  bounds(): {first: number; last: number} {
    this.close()
    return {first: this.first, last: this.last}
  }

  /** The last segment of the last body paragraph that ends before segment `index` (-1: none). */
  lastBefore(index: number): number {
    let last = -1
    for (const end of this.ends) {
      if (end >= index) break
      last = end
    }
    return last
  }

  private close(): void {
    if (this.start < 0 || !isBody(this.words, this.finished, this.longLine)) return
    if (this.first < 0) this.first = this.start
    this.last = this.end
    this.ends.push(this.end)
    this.start = -1
  }
}

// ── where the article starts and ends (edges.ts) ────────────────────────────

const blockRule = 'widget-block'
const blockReason = 'Part of the block of short widget lines (links, interface words, hashtags, prices, counters) after the last paragraph'
const navigationRule = 'navigation-run'
const navigationReason = 'Part of a run of short navigation lines (a menu) above the headline'
const relatedRule = 'related-run'
const relatedReason =
  'One of three or more headline-shaped lines in a row (each with the one-sentence dek under it, if any) after the last paragraph, below boilerplate or a label: links to other stories'
const commentRule = 'comment-section'
const commentReason = "Part of a comment section after the story: its heading, the readers' posts and the line that closes it"
const markVerdicts = {navigation: navigationVerdict, block: blockVerdict, related: relatedVerdict, comments: commentVerdict} as const
