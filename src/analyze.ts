import {classify, type ClassifyLines, type Verdict, type Verdicts} from './boilerplate/classify.js'
import type {StripSettings} from './boilerplate/settings.js'
import type {NormalizeOptions} from './normalize/index.js'
import {paragraphReader} from './paragraphs.js'
import {lineNormalizer, readLines} from './read.js'
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
  /** The text of the paragraph rejoining makes of kept segments `members`. */
  paragraph(members: readonly number[]): string
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
  const document = new Document(input, readLines(input, settings.format, normalizeOptions), lineNormalizer(normalizeOptions))
  let view: View = new SegmentView(document)
  for (let round = 1; ; round++) {
    const verdicts = classify(view.lines, settings.rules, settings.keep, settings.context)
    let cut = false
    for (let line = 0; line < view.lines.count; line++) {
      const verdict = verdicts.get(line)
      if (!verdict) continue
      if (verdict.suffixStart === undefined) document.remove(view.members(line), verdict)
      else cut = document.cut(view, line, verdict) || cut
    }
    document.joins = rejoin ? joinsOf(document) : undefined
    const from = round === maxRounds ? -1 : cut ? 0 : changedFrom(view, verdicts, document, settings)
    if (from < 0) break
    view = new ParagraphView(document, document.joins, from)
  }
  return document.result()
}

// A line every reading takes for a paragraph of the story: paragraphs made
// above the story are judged above it, as lines above the first paragraph are.
const storyLine = 'This line stands for the story itself, so that the lines above it are read as the lines above a story are read.'

/**
 * Where the lines a second pass would read differ from those just judged,
 * as the first segment from which to judge them again (0: all of them), or
 * -1 when they would be judged alike. Only rejoining changes them here (a
 * cut always means all). A paragraph rejoining makes inside the story is
 * judged by the rules alone; one above it by the rules for the head too, and,
 * no shorter than its lines, it breaks a menu run where they did: if no
 * rule or learned line matches it, it is judged as its lines were (the lines
 * a rule matches are all gone by now, none being kept with `keep`, so it
 * stands next to none for a run rule to fire). Below the story, joining lines
 * changes how dense the widget signals are: the lines from the last paragraph
 * on are judged again, which is all that decides them.
 */
function changedFrom(view: View, verdicts: Verdicts, document: Document, settings: StripSettings): number {
  if (!view.changedBy(document.joins)) return -1
  const [firstBody, lastBody] = verdicts.body
  const {joins, gone} = document
  // No story yet (a paragraph may make one), or the first line judged is not a paragraph of it.
  if (firstBody < 0 || (view.from > 0 && firstBody > 0) || settings.keep.size > 0 || !joins) return 0
  const storyStart = view.members(firstBody)[0]!
  const storyEnd = view.members(lastBody).at(-1)!
  // The lines below the story are judged from the start of the last paragraph on, the lines rejoining joins to it included.
  let tail = paragraphStart(document, view.members(lastBody)[0]!)
  let below = false
  // Each paragraph rejoining makes (a kept segment and the joined ones after it), above the story and in it.
  const head: string[] = []
  const story: string[] = []
  let previous = -1
  let members: number[] | undefined
  for (let index = view.from; index <= gone.length; index++) {
    if (index < gone.length && gone[index]) continue
    if (index < gone.length && joins[index] && previous >= 0) {
      ;(members ??= [previous]).push(index)
      continue
    }
    if (members && members.at(-1)! > storyEnd) {
      below = true
      tail = Math.min(tail, members[0]!)
    } else if (members) {
      ;(members[0]! < storyStart ? head : story).push(document.paragraph(members))
    }
    members = undefined
    previous = index
  }
  if (head.length + story.length > 0) {
    const texts = [...head, storyLine, ...story]
    // Each paragraph stands on its own here, as in a block of its own.
    const judged = classify(new Lines(texts.length, document.segments, texts, new Uint8Array(texts.length).fill(1)), settings.rules, settings.keep, {
      ...settings.context,
      edges: false
    })
    // The stand-in must read as the story (or a paragraph above it does), or the head was not judged as a head.
    if (judged.body[0] < 0 || judged.body[0] > head.length) return 0
    for (let line = 0; line < texts.length; line++) if (line !== head.length && judged.has(line)) return 0
  }
  return below ? tail : -1
}

/** The first kept segment of the paragraph rejoining makes with kept segment `index`. */
function paragraphStart(document: Document, index: number): number {
  const {gone, joins} = document
  let start = index
  for (let before = index; before >= 0 && joins?.[start]; before--) if (!gone[before]) start = before
  return start
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
    private readonly normalizeLine: (text: string) => string
  ) {
    this.gone = new Uint8Array(segments.count)
  }

  /** The text of segment `index` as the output has it (cut where a suffix went). */
  text(index: number): string {
    return (this.cuts.size > 0 && this.cuts.get(index)) || this.segments.text(index)
  }

  /**
   * The text of the paragraph rejoining makes of kept segments `members`:
   * their texts joined by a space, normalized again as the one line it now is
   * (a line's end can read differently before the next: ` – ` becomes ` — `).
   */
  paragraph(members: readonly number[]): string {
    if (members.length === 1) return this.text(members[0]!)
    return this.normalizeLine(members.map((index) => this.text(index)).join(' '))
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
    // Offsets in a paragraph map to its members only where normalizing it again changed nothing.
    if (members.length > 1 && this.paragraph(members) !== members.map((index) => this.text(index)).join(' ')) return false
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
    return {
      segments: this.segments,
      removed: this.removed,
      gone: this.gone,
      cuts: this.cuts,
      joins: this.joins,
      paragraph: (members) => this.paragraph(members)
    }
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
   * (and, for markdown, read): where the two agree, from the start or from
   * the end, the offset is where the cut is; in between, where they differ
   * (an entity, a folded character), it is looked for from the right, as the
   * first offset whose source reads as the text from the cut on. Either way it
   * is taken only when the source on each side of it reads as the text on
   * that side.
   */
  private cutOffset(index: number, text: string, at: number): number {
    const start = this.segments.start(index)
    const source = this.input.slice(start, this.keptEnd(index)).trimEnd()
    if (source === text) return at
    const read = this.normalizeLine
    const same = sharedEnds(source, text)
    let offset = -1
    if (at <= same.start) offset = at
    else if (text.length - at <= same.end) offset = source.length - (text.length - at)
    else {
      const sourceEnd = source.length - same.end
      // Reading a piece of a line trims it: compare without the spaces at its ends.
      const wanted = text.slice(at, text.length - same.end)
      const trimmed = wanted.trim()
      const from = sourceEnd - wanted.length
      for (let candidate = from; candidate >= same.start && from - candidate < maxCutSearch; candidate--) {
        if (read(source.slice(candidate, sourceEnd)).trim() === trimmed) {
          offset = candidate
          break
        }
      }
    }
    if (offset <= 0 || read(source.slice(offset)).trim() !== text.slice(at).trim()) return -1
    // For markdown, the kept text is the text (markup read); for a line of text, the source must read as it.
    if (this.segments.verbatim(index) && read(source.slice(0, offset)).trimEnd() !== text.slice(0, at).trimEnd()) return -1
    return offset
  }
}

// How far left of where it would be if the source read as written a cut is
// looked for: far enough for a few entities (`&#x0001F600;`), no further, so a
// line costs a bounded number of short reads.
const maxCutSearch = 64

/** How many characters `a` and `b` share at their start, and then at their end. */
function sharedEnds(a: string, b: string): {start: number; end: number} {
  const length = Math.min(a.length, b.length)
  let start = 0
  while (start < length && a.charCodeAt(start) === b.charCodeAt(start)) start++
  let end = 0
  while (end < length - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++
  return {start, end}
}

/**
 * The lines `classify` reads: the segments themselves, or the texts of a
 * later round. One class for all, so that its calls stay monomorphic.
 */
class Lines implements ClassifyLines {
  constructor(
    readonly count: number,
    private readonly segments: SegmentTable,
    private readonly texts?: readonly string[],
    // Per line: 1 when a blank line stands before it.
    private readonly blanks?: Uint8Array
  ) {}

  text(line: number): string {
    return this.texts === undefined ? this.segments.text(line) : this.texts[line]!
  }

  blankBefore(line: number): boolean {
    return this.blanks === undefined ? this.segments.blankBefore(line) : this.blanks[line] === 1
  }

  // Trailing spaces trimmed, as in the output, so a suffix rule anchored with `$` fires the same on a second pass.
  raw(line: number): string {
    return this.text(line).trimEnd()
  }
}

/** The lines `classify` judges, each one or more segments. */
interface View {
  readonly lines: Lines
  /** The first segment this view holds (a later view may hold the lines below the story only). */
  readonly from: number
  /** The segments line `line` is made of. */
  members(line: number): number[]
  /** Whether rejoining (`joins`) makes lines this view does not have. */
  changedBy(joins: Uint8Array | undefined): boolean
}

/** The first view: every segment is a line. */
class SegmentView implements View {
  readonly lines: Lines
  readonly from = 0

  constructor(document: Document) {
    this.lines = new Lines(document.segments.count, document.segments)
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
  readonly lines: Lines
  private readonly count: number
  // The kept segments in order, and where each line's start among them.
  private readonly kept: Int32Array
  private readonly starts: Int32Array

  constructor(
    private readonly document: Document,
    joins: Uint8Array | undefined,
    readonly from: number
  ) {
    const {gone, segments} = document
    const kept: number[] = []
    const starts: number[] = []
    // A blank line stands before a line of the output wherever one stood since the last kept segment, removed ones included.
    const blanks: number[] = []
    let blank = false
    for (let index = from; index < gone.length; index++) {
      blank ||= segments.blankBefore(index)
      if (gone[index]) continue
      if (!joins?.[index] || kept.length === 0) {
        starts.push(kept.length)
        blanks.push(blank ? 1 : 0)
      }
      kept.push(index)
      blank = false
    }
    starts.push(kept.length)
    this.kept = Int32Array.from(kept)
    this.starts = Int32Array.from(starts)
    this.count = starts.length - 1
    const texts: string[] = []
    for (let line = 0; line < this.count; line++) {
      const first = this.starts[line]!
      texts.push(this.starts[line + 1]! - first === 1 ? document.text(this.kept[first]!) : document.paragraph(this.members(line)))
    }
    this.lines = new Lines(this.count, segments, texts, Uint8Array.from(blanks))
  }

  members(line: number): number[] {
    return Array.from(this.kept.subarray(this.starts[line], this.starts[line + 1]))
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

/** Which kept segments rejoining joins to the one before, or `undefined` when it joins none. */
function joinsOf(document: Document): Uint8Array | undefined {
  const {gone} = document
  const continues = paragraphReader()
  let joins: Uint8Array | undefined
  for (let index = 0; index < gone.length; index++) {
    // The reader keeps a paragraph's ends only: no block object, no joined text.
    if (!gone[index] && continues(document.text(index))) (joins ??= new Uint8Array(gone.length))[index] = 1
  }
  return joins
}
