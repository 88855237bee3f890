import {classify, type ClassifyLines, type Verdict} from './boilerplate/classify.js'
import type {StripSettings} from './boilerplate/settings.js'
import {normalize, type NormalizeOptions} from './normalize/index.js'
import {rejoinBlocks, type Block} from './paragraphs.js'
import {readLines} from './read.js'
import type {SegmentTable} from './segments.js'
import type {Removal} from './types.js'

/**
 * @internal What the pipeline knows of a document once it is classified:
 * its lines, which of them go (whole or from a cut on), the removals, and
 * which kept lines rejoining joins to the one before.
 */
export interface Analysis {
  segments: SegmentTable
  removed: Removal[]
  /** Per segment: 1 when it went whole. */
  gone: Uint8Array
  /** The kept text of segments whose end went (a hashtag tail), by segment. */
  cuts: ReadonlyMap<number, string>
  /** Per segment: 1 when rejoining joins it to the kept segment before it; `undefined` when none is. */
  joins: Uint8Array | undefined
}

// A second pass reads what the first one leaves: lines cut short, and lines
// joined into paragraphs. Each round classifies the lines as a second pass
// would see them; real text settles in one round, or two when a suffix was
// cut or rejoining made a paragraph; a user rule that matches again what it
// leaves (`/\w+$/`) stops here.
const maxRounds = 4

/**
 * @internal The middle of the pipeline: read `input` into normalized lines,
 * classify them, and turn the verdicts into removals, each a slice of the
 * input. Then, as long as cutting a suffix or rejoining changed the lines a
 * second pass would read, classify those lines again. `rejoin` says whether
 * the output rejoins paragraphs (`stripBoilerplate` judges lines as `clean`
 * does, so that both make the same removals).
 */
export function analyze(input: string, settings: StripSettings, normalizeOptions: NormalizeOptions | false, rejoin = true): Analysis {
  const document = new Document(input, readLines(input, settings.format, normalizeOptions), normalizeOptions)
  let view: View = new SegmentView(document)
  for (let round = 1; ; round++) {
    const verdicts = classify(view, settings.rules, settings.keep, settings.context)
    let cut = false
    for (let line = 0; line < view.count; line++) {
      const verdict = verdicts.get(line)
      if (!verdict) continue
      if (verdict.suffixStart === undefined) document.remove(view.members(line), verdict)
      else cut = document.cut(view, line, verdict) || cut
    }
    document.joins = rejoin ? joinsOf(document) : undefined
    if (round === maxRounds || (!cut && !view.changedBy(document.joins))) break
    view = new ParagraphView(document, document.joins)
  }
  return document.result()
}

/** The segments of a document and what has gone of them so far. */
class Document {
  readonly gone: Uint8Array
  readonly cuts = new Map<number, string>()
  joins: Uint8Array | undefined
  private readonly removed: Removal[] = []
  private sorted = true
  // Where the kept source of a cut segment ends.
  private readonly keptEnds = new Map<number, number>()

  constructor(
    readonly input: string,
    readonly segments: SegmentTable,
    private readonly normalizeOptions: NormalizeOptions | false
  ) {
    this.gone = new Uint8Array(segments.count)
  }

  /** The text of segment `index` as the output has it (cut where a suffix went). */
  text(index: number): string {
    return this.cuts.get(index) ?? this.segments.text(index)
  }

  /** Remove what is left of segments `indices`. */
  remove(indices: Iterable<number>, verdict: Verdict): void {
    for (const index of indices) {
      if (this.gone[index]) continue
      this.gone[index] = 1
      this.push(verdict, this.segments.start(index), this.keptEnd(index))
    }
  }

  /**
   * Cut the suffix that `verdict` found in line `line` of `view`: the
   * segments it covers go whole, the one it starts in from the source
   * offset whose text normalizes to the suffix. Nothing goes when the
   * suffix is empty or has no such offset. Returns whether anything went.
   */
  cut(view: View, line: number, verdict: Verdict): boolean {
    const members = view.members(line)
    let at = verdict.suffixStart!
    // The line is its members' texts joined by a space: find the member the suffix starts in.
    let first = 0
    for (; first < members.length; first++) {
      const length = this.text(members[first]!).length
      if (at <= length) break
      at -= length + 1
    }
    const index = members[first]
    if (index === undefined) return false
    const text = this.text(index).trimEnd()
    if (text.slice(at).trim() === '') {
      // An empty match makes no removal; a suffix that starts where a member ends takes the members after it.
      if (first === members.length - 1) return false
      this.remove(members.slice(first + 1), verdict)
      return true
    }
    const whole = text.slice(0, at).trim() === ''
    const start = this.segments.start(index)
    const offset = whole ? 0 : this.cutOffset(index, text, at)
    if (offset < 0) return false
    if (!whole) {
      this.push(verdict, start + offset, this.keptEnd(index))
      this.keptEnds.set(index, start + offset)
      this.cuts.set(index, text.slice(0, at).trimEnd())
    }
    this.remove(whole ? members.slice(first) : members.slice(first + 1), verdict)
    return true
  }

  result(): Analysis {
    if (!this.sorted) this.removed.sort((a, b) => a.start - b.start)
    return {segments: this.segments, removed: this.removed, gone: this.gone, cuts: this.cuts, joins: this.joins}
  }

  private keptEnd(index: number): number {
    return this.keptEnds.get(index) ?? this.segments.end(index)
  }

  private push(verdict: Verdict, start: number, end: number): void {
    const last = this.removed.at(-1)
    if (last && last.start > start) this.sorted = false
    this.removed.push({kind: verdict.kind, rule: verdict.rule, reason: verdict.reason, text: this.input.slice(start, end), start, end})
  }

  /**
   * The offset in segment `index`'s kept source where the part that reads
   * as `text.slice(at)` starts, or -1. The text is the source normalized
   * (and, for markdown, read): the offset is searched for from the end,
   * where a tail is written as it reads, and taken only when the source on
   * each side of it reads as the text on that side.
   */
  private cutOffset(index: number, text: string, at: number): number {
    const start = this.segments.start(index)
    const source = this.input.slice(start, this.keptEnd(index)).trimEnd()
    if (source === text) return at
    const read = (value: string) => (this.normalizeOptions === false ? value : normalize(value, this.normalizeOptions))
    const suffix = text.slice(at).trim()
    // Each step moves by the difference in length: a tail written as it reads is found at once.
    const tried = new Set<number>()
    let offset = source.length - suffix.length
    for (let step = 0; step < 16 && offset > 0 && offset < source.length && !tried.has(offset); step++) {
      tried.add(offset)
      const tail = read(source.slice(offset)).trim()
      if (tail === suffix) {
        // For markdown, the kept text is the text (markup read); for a line of text, the source must read as it.
        const verbatim = this.segments.verbatim(index)
        return !verbatim || read(source.slice(0, offset)).trimEnd() === text.slice(0, at).trimEnd() ? offset : -1
      }
      offset += tail.length - suffix.length || (tail < suffix ? -1 : 1)
    }
    return -1
  }
}

/** The lines `classify` judges, each one or more segments. */
interface View extends ClassifyLines {
  /** The segments line `line` is made of. */
  members(line: number): number[]
  /** Whether rejoining (`joins`) makes lines this view does not have. */
  changedBy(joins: Uint8Array | undefined): boolean
}

/** The first view: every segment is a line. */
class SegmentView implements View {
  readonly count: number

  constructor(private readonly document: Document) {
    this.count = document.segments.count
  }

  text(line: number): string {
    return this.document.segments.text(line)
  }

  // Trailing spaces trimmed, as in the output, so a suffix rule anchored with `$` fires the same on a second pass.
  raw(line: number): string {
    return this.text(line).trimEnd()
  }

  members(line: number): number[] {
    return [line]
  }

  changedBy(joins: Uint8Array | undefined): boolean {
    return joins !== undefined
  }
}

/** A later view: the kept segments, each rejoined paragraph one line, as the output has them. */
class ParagraphView implements View {
  readonly count: number
  // The kept segments in order, and where each line's start among them.
  private readonly kept: Int32Array
  private readonly starts: Int32Array
  private readonly texts = new Map<number, string>()

  constructor(
    private readonly document: Document,
    joins: Uint8Array | undefined
  ) {
    const {gone} = document
    const kept: number[] = []
    const starts: number[] = []
    for (let index = 0; index < gone.length; index++) {
      if (gone[index]) continue
      if (!joins?.[index] || kept.length === 0) starts.push(kept.length)
      kept.push(index)
    }
    starts.push(kept.length)
    this.kept = Int32Array.from(kept)
    this.starts = Int32Array.from(starts)
    this.count = starts.length - 1
  }

  members(line: number): number[] {
    return Array.from(this.kept.subarray(this.starts[line], this.starts[line + 1]))
  }

  text(line: number): string {
    const from = this.starts[line]!
    const to = this.starts[line + 1]!
    if (to - from === 1) return this.document.text(this.kept[from]!)
    let text = this.texts.get(line)
    if (text === undefined) {
      text = this.members(line)
        .map((index) => this.document.text(index))
        .join(' ')
      this.texts.set(line, text)
    }
    return text
  }

  raw(line: number): string {
    return this.text(line).trimEnd()
  }

  changedBy(joins: Uint8Array | undefined): boolean {
    const {gone} = this.document
    for (let line = 0; line < this.count; line++) {
      for (let at = this.starts[line]!; at < this.starts[line + 1]!; at++) {
        const index = this.kept[at]!
        // A segment removed since, or joined (or not) as this view did not.
        if (gone[index] || (at > this.starts[line]! ? 1 : 0) !== (joins?.[index] ?? 0)) return true
      }
    }
    return false
  }
}

/** A kept block and the segment it is. */
interface SegmentBlock extends Block {
  index: number
}

const windowSize = 4096

/**
 * Which kept segments rejoining joins to the one before, or `undefined` when
 * it joins none. Paragraphs are rejoined a window of blocks at a time, so that
 * no object per block lives until the end: every paragraph of a window but the
 * last is final, and the last is read again, from its first block, with the
 * next window (a paragraph's joins depend on its own blocks only). A window
 * grows while one paragraph fills it, so the cost stays linear.
 */
function joinsOf(document: Document): Uint8Array | undefined {
  const {gone} = document
  let joins: Uint8Array | undefined
  let window: SegmentBlock[] = []
  let size = windowSize
  const read = (last: boolean) => {
    const paragraphs = rejoinBlocks(window) as SegmentBlock[]
    // Paragraphs are copies of their first block: every other block of the window was joined.
    if (paragraphs.length < window.length) {
      joins ??= new Uint8Array(gone.length)
      const firsts = new Set(paragraphs.map((paragraph) => paragraph.index))
      for (const block of window) if (!firsts.has(block.index)) joins[block.index] = 1
    }
    if (last) return
    const open = window.findIndex((block) => block.index === paragraphs.at(-1)!.index)
    if (open === 0) {
      size *= 2
      return
    }
    window = window.slice(open)
    if (joins) for (const block of window) joins[block.index] = 0
    size = Math.max(windowSize, window.length * 2)
  }
  for (let index = 0; index < gone.length; index++) {
    if (gone[index]) continue
    const text = document.text(index)
    if (text.trim() === '') continue
    window.push({text, blankBefore: false, index})
    if (window.length >= size) read(false)
  }
  if (window.length > 0) read(true)
  return joins
}
