import {paragraphReader} from '../paragraphs.js'
import {endsInColon, endsInFullStop, endsSentence, isHeadline, isSentence, maxHeadlineWords, wordCount} from '../shape.js'
import {commentClosing, commentHeading, commentInvitation, commentSection, interfaceLine} from './rules-i18n.js'

/** What edge detection reads of a document: its segments' text and where blank lines stand. */
export interface EdgeLines {
  readonly count: number
  text(index: number): string
  /** Whether a blank line stands before segment `index`. Without it no line is read as standing alone. */
  blankBefore?(index: number): boolean
}

/** What edge detection finds, segment by segment. */
export type EdgeMark = 'navigation' | 'block' | 'related' | 'comments'

/** What edge detection knows of the rules' verdicts, and where it writes its own. */
export interface EdgeVerdicts {
  /** Whether segment `index` already goes. */
  has(index: number): boolean
  /** Whether segment `index` is junk: named by a rule or a learned model (kept kinds included). */
  junk(index: number): boolean
  /** Whether segment `index` holds words junk only in company (a run rule matched it). */
  run(index: number): boolean
  /** Whether segment `index` is a heading over related links ("Don't miss", "Read more"), named by a rule. */
  relatedHeading(index: number): boolean
  mark(index: number, mark: EdgeMark): void
}

/**
 * A line of the document as the output will read it: lines that rejoining
 * joins are one entry, and a removed line leaves its blank line to the next.
 */
interface Entry {
  /** The first and last segment of the entry. */
  first: number
  last: number
  /** Its text; for joined lines, their ends (enough to tell their shape). */
  text: string
  /** Whether a blank line stands before it. */
  blank: boolean
  junk: boolean
  run: boolean
  joined: boolean
}

// Joined text is read only for its shape: its start, its end and whether it is long.
const maxJoinedText = 400

/**
 * The trimmed text of each segment, and what edge detection asks of it, read
 * once however often the edges are read.
 */
class Shapes {
  private readonly texts: Array<string | undefined>
  // Per segment: 0 not asked yet, 1 no, 2 yes.
  private readonly signals: Uint8Array
  private readonly headlines: Uint8Array
  private readonly items: Uint8Array

  constructor(private readonly lines: EdgeLines) {
    // Sized up front: filling a growing array from the end would turn it into a dictionary.
    this.texts = new Array<string | undefined>(lines.count)
    this.signals = new Uint8Array(lines.count)
    this.headlines = new Uint8Array(lines.count)
    this.items = new Uint8Array(lines.count)
  }

  text(index: number): string {
    return (this.texts[index] ??= this.lines.text(index).trim())
  }

  /** Whether an entry looks like part of a widget (see {@link isWidgetSignal}). */
  signal(entry: Entry): boolean {
    if (entry.junk || entry.run) return !signOff.test(entry.text)
    if (entry.joined) return false
    return ask(this.signals, entry.first, () => isWidgetSignal(entry.text))
  }

  headline(entry: Entry): boolean {
    return !entry.joined && ask(this.headlines, entry.first, () => isHeadline(entry.text))
  }

  menuItem(entry: Entry): boolean {
    return !entry.joined && ask(this.items, entry.first, () => isMenuItem(entry.text))
  }
}

function ask(answers: Uint8Array, index: number, question: () => boolean): boolean {
  if (answers[index] === 0) answers[index] = question() ? 2 : 1
  return answers[index] === 2
}

/** The entries of a reading, and whether a junk line stood among them. */
interface Reading {
  entries: Entry[]
  junk: boolean
}

/**
 * The entries of segments `[from, to)`. With `keptOnly`, segments that go
 * are left out, as the output leaves them out; otherwise they are entries
 * of their own (junk lines are context: menu items, widget signals).
 */
function readEntries(lines: EdgeLines, shapes: Shapes, verdicts: EdgeVerdicts, from: number, to: number, keptOnly: boolean): Reading {
  const entries: Entry[] = []
  let continues = paragraphReader()
  let pending = false
  let open: Entry | undefined
  let anyJunk = false
  for (let index = from; index < to; index++) {
    pending ||= lines.blankBefore?.(index) ?? false
    const gone = verdicts.has(index)
    if (keptOnly && gone) continue
    const junk = gone || verdicts.junk(index)
    const text = shapes.text(index)
    if (junk) {
      // Read with the junk in place, a junk line parts the lines around it.
      anyJunk = true
      continues = paragraphReader()
      open = undefined
    } else if (continues(text) && open) {
      open.last = index
      open.joined = true
      open.text =
        open.text.length + text.length < maxJoinedText ? `${open.text} ${text}` : `${open.text.slice(0, maxJoinedText / 2)} … ${text.slice(-maxJoinedText / 2)}`
      pending = false
      continue
    }
    const entry: Entry = {first: index, last: index, text, blank: pending && entries.length > 0, junk, run: verdicts.run(index), joined: false}
    entries.push(entry)
    if (!junk) open = entry
    pending = false
  }
  return {entries, junk: anyJunk}
}

/** Mark every segment of `entry` that does not go yet; whether one was marked. The entry is junk from now on. */
function markEntry(entry: Entry, verdicts: EdgeVerdicts, mark: EdgeMark): boolean {
  entry.junk = true
  let marked = false
  for (let index = entry.first; index <= entry.last; index++) {
    if (verdicts.has(index)) continue
    verdicts.mark(index, mark)
    marked = true
  }
  return marked
}

const link = /(?:https?:\/\/|www\.)\S|[\w.+-]@[\w-]+\.\w/iu
const hashtag = /(?:^|\s)#[\p{L}\p{N}_]/u
const price = /[$£€¥]\s?\d|\d\s?(?:€|zł|руб)/u
const menuBar = /\S \/ \S|\S ?[|•·] ?\S/u
const letter = /[\p{L}\p{M}]/gu
const listItem = /^\s*\d{1,3}[.)] /
const bullet = /^[•·▪◦*-] /
// Endings a story may have after its last paragraph: "-30-", "###", "— Jane".
const signOff = /^(?:-?30-|#{3}|\*{3}|[-–—~] ?\p{Lu}[\p{L}.' -]{0,40}|(?:the )?end|fin|ende|конец)$/iu
const maxNavigationWords = 5
const maxNavigationLength = 40
const minNavigationRun = 4
const minRelatedRun = 3
const maxLabelWords = 3
// A dek (the sentence under a teaser's headline) is one sentence of at most this many words: a body paragraph's
// long line has more (see classify.ts).
const maxDekWords = 24
// A sentence that starts after another one's terminal: "… in court. But a prosecutor …" ("U.S. officials" does not).
const nextSentence = /[\p{Sentence_Terminal}…][”’"»)]*\s+[^\p{Ll}\s]/u
const minBlockSignals = 2
const minBlockDensity = 0.4
// A line ending in a colon introduces what follows (a list) when it has this many words: "Edition:" does not.
const minIntroducerWords = 4
// Each reading of the edges without what the last one removed may find more; a few readings settle real pages.
const maxReadings = 6

/** Letters (with their marks) in `text`, counted up to `limit`. */
function letters(text: string, limit: number): number {
  letter.lastIndex = 0
  let count = 0
  while (count < limit && letter.exec(text)) count++
  return count
}

/** A counter or a symbol: no letters, or one token of a few ("12", "×", "☰", "OK", "• Two"). */
function isCounter(text: string): boolean {
  const count = letters(text, 4)
  return count === 0 || (count <= 3 && !text.replace(bullet, '').includes(' '))
}

/** Longer than a headline, or a finished sentence of some length: a paragraph, never part of a widget block. */
function isProse(text: string): boolean {
  const words = wordCount(text, maxHeadlineWords + 1)
  return words > maxHeadlineWords || (words > 12 && endsSentence(text))
}

/** A finished paragraph: a sentence of more than twelve words (a long unfinished line may be a headline). */
function isParagraph(entry: Entry): boolean {
  return endsSentence(entry.text) && (entry.joined || wordCount(entry.text, 13) > 12)
}

/** A short line, not a numbered list item: what a menu or a widget holds ("Why subscribe?" included). */
function isShortLine(text: string): boolean {
  return text.length <= 80 && !listItem.test(text) && wordCount(text, 9) <= 8
}

/** A label over a list: three words at most, unfinished ("Most read", "On our radar"). */
function isLabel(text: string): boolean {
  return !endsSentence(text) && !endsInColon(text) && letters(text, 1) > 0 && wordCount(text, maxLabelWords + 1) <= maxLabelWords
}

/** Whether a line introduces the lines after it (a list): a sentence ending in a colon. */
function introducesList(text: string): boolean {
  return endsInColon(text) && wordCount(text, minIntroducerWords) >= minIntroducerWords
}

/** Whether a line looks like part of a widget: a link, interface words, hashtags, a price, a counter, a menu bar. */
function isWidgetSignal(text: string): boolean {
  if (text.length > 160 || signOff.test(text)) return false
  if (menuBar.test(text) || interfaceLine.test(text)) return true
  // Links, tags and prices inside a longer line are content (a credit with an e-mail, an offer in the story).
  const words = wordCount(text, 5)
  return (words <= 2 && link.test(text)) || (words <= 4 && (hashtag.test(text) || price.test(text))) || isCounter(text)
}

/**
 * A teaser's dek: one sentence of at most {@link maxDekWords} words, finished
 * or not, no line of several sentences (a sentence that starts after another
 * one's terminal, in any script).
 */
function isDek(text: string): boolean {
  const words = wordCount(text, maxDekWords + 1)
  // A bare link is no sentence.
  return words <= maxDekWords && letters(text, 1) > 0 && !nextSentence.test(text) && !(words <= 2 && link.test(text))
}

/**
 * Whether the lines of a run of cards (headlines and the deks under them),
 * in order, read as teasers rather than a story's last sections under its
 * subheadings: a story ends its paragraphs, and so its last line, with a
 * terminal in every script; teasers end theirs mostly bare. The last line
 * is unfinished, and fewer than a third of the lines are finished.
 */
function readsAsTeasers(lines: readonly string[]): boolean {
  let finished = 0
  for (const line of lines) if (endsSentence(line)) finished++
  return lines.length > 0 && teaserCounts(finished, lines.length, endsSentence(lines.at(-1)!))
}

/** {@link readsAsTeasers} from the counts: finished lines, all lines, and whether the last one is finished. */
function teaserCounts(finished: number, lines: number, lastFinished: boolean): boolean {
  return !lastFinished && 3 * finished < lines
}

/** A line that parts teaser cards: no letters ("-", "•", "12"). */
function isSeparator(text: string): boolean {
  return letters(text, 1) === 0
}

/**
 * Mark runs of three or more headline-shaped lines after the last paragraph
 * that follow boilerplate or a short label ("Most read", "More from us",
 * share buttons): links to other stories. A headline may carry a dek, one
 * sentence under it (a teaser card); a run with deks must reach the end, or
 * junk, and read as teasers (see {@link readsAsTeasers}):
 * otherwise its headlines up to the first dek go, as a run without deks. Junk between them (a date, a counter) and lines without letters do
 * not break a run. A run right after a paragraph is the story's own list, and
 * so is a list the story introduces with a colon.
 */
function markRelatedRuns(entries: readonly Entry[], shapes: Shapes, verdicts: EdgeVerdicts): boolean {
  let marked = false
  let run: Entry[] = []
  let deks: Entry[] = []
  let before: Entry | undefined
  let introduced = false
  // Whether the last line of the run is a headline, which a dek may follow.
  let afterHeadline = false
  // Headlines in the run before its first dek: what goes when a run with deks ends in a line that is neither.
  let plain = 0
  const close = (closed: boolean) => {
    const cards = deks.length === 0 || (closed && readsAsTeasers(inOrder(run, deks))) ? run.length : plain
    if (cards >= minRelatedRun && before !== undefined && (before.junk || isLabel(before.text))) {
      for (const entry of run.slice(0, cards)) marked = markEntry(entry, verdicts, 'related') || marked
      if (cards === run.length) for (const entry of deks) marked = markEntry(entry, verdicts, 'related') || marked
    }
    run = []
    deks = []
    afterHeadline = false
  }
  for (const entry of entries) {
    if (entry.blank) introduced = false
    if (entry.junk) {
      // A heading starts a new list; other junk between headlines (a date, a counter) leaves the run whole.
      if (verdicts.relatedHeading(entry.first)) close(true)
      if (run.length === 0) before = entry
      continue
    }
    // A line without letters ("-") parts cards and changes nothing else.
    if (!entry.joined && isSeparator(entry.text)) continue
    if (!introduced && shapes.headline(entry)) {
      run.push(entry)
      afterHeadline = true
      continue
    }
    if (afterHeadline && !entry.joined && isDek(entry.text)) {
      if (deks.length === 0) plain = run.length
      deks.push(entry)
      afterHeadline = false
      continue
    }
    close(false)
    before = entry
    if (introducesList(entry.text)) introduced = true
  }
  close(true)
  return marked
}

/**
 * Where teaser cards (see {@link markRelatedRuns}) start below boilerplate at
 * the end of a document, when they reach above the last paragraph: a dek is
 * one sentence, and may read as a paragraph. Read from the end, the lines are
 * cards (a headline-shaped line, a dek under it) to the first line that is
 * none; the cards start at the first junk line (or interface word: share
 * buttons) among them with three
 * headlines or more below it that read as teasers (see {@link readsAsTeasers}). Returns its index, or -1 (no cards there, or
 * no junk above them: a story's last sections under subheadings).
 */
export function cardsStart(lines: EdgeLines, verdicts: EdgeVerdicts): number {
  let headlines = 0
  let start = -1
  // The cards' lines, how many end a sentence, and whether the last one does.
  let cards = 0
  let finished = 0
  let lastFinished = false
  const add = (text: string) => {
    const ends = endsSentence(text)
    if (cards++ === 0) lastFinished = ends
    if (ends) finished++
  }
  for (let index = lines.count - 1; index >= 0; index--) {
    const text = lines.text(index).trim()
    if (verdicts.has(index) || verdicts.junk(index) || verdicts.run(index)) {
      if (headlines >= minRelatedRun && teaserCounts(finished, cards, lastFinished)) start = index
      continue
    }
    if (isSeparator(text)) continue
    // A numbered list (of products, of steps) is the story's; teasers are not numbered.
    if (listItem.test(text)) break
    if (isHeadline(text)) {
      add(text)
      headlines++
      continue
    }
    if (index === 0 || !isDek(text) || verdicts.has(index - 1) || verdicts.junk(index - 1)) break
    const above = lines.text(index - 1).trim()
    if (!isHeadline(above)) break
    add(text)
    add(above)
    headlines++
    index--
  }
  return start
}

/** The texts of a run's headlines and deks, in document order. */
function inOrder(run: readonly Entry[], deks: readonly Entry[]): string[] {
  return [...run, ...deks].sort((a, b) => a.first - b.first).map((entry) => entry.text)
}

/**
 * Mark the related links a story carries between its paragraphs: three or
 * more headline-shaped lines right under a heading a rule names ("Don't
 * miss", "Read more"), junk between them aside.
 */
function markInlineRelated(shapes: Shapes, verdicts: EdgeVerdicts, from: number, to: number): void {
  for (let index = from; index <= to; index++) {
    if (!verdicts.relatedHeading(index)) continue
    const run: Entry[] = []
    let next = index + 1
    for (; next <= to; next++) {
      if (verdicts.has(next) || verdicts.junk(next)) continue
      const entry: Entry = {first: next, last: next, text: shapes.text(next), blank: false, junk: false, run: false, joined: false}
      if (!shapes.headline(entry)) break
      run.push(entry)
    }
    if (run.length >= minRelatedRun) for (const entry of run) markEntry(entry, verdicts, 'related')
    index = next - 1
  }
}

/**
 * Mark the block after the last paragraph: the lines from the first widget
 * signal on, when no paragraph follows and the signals are dense (or fewer
 * among nothing but short unfinished lines: a site index, a menu). Lines
 * before the first signal (a last short sentence, a sign-off, a credit)
 * stay, and so do sentences, lines ending in a full stop and paragraphs
 * inside the block.
 */
function markTailBlock(entries: readonly Entry[], shapes: Shapes, verdicts: EdgeVerdicts): boolean {
  const signal = entries.map((entry) => shapes.signal(entry))
  let start = -1
  let signals = 0
  for (const [at, entry] of entries.entries()) {
    if (signal[at]) {
      if (start < 0) start = at
      signals++
    } else if (start >= 0 && (isParagraph(entry) || listItem.test(entry.text))) {
      // A paragraph or a numbered list item after the widgets: not a tail; leave it to the rules.
      start = -1
      signals = 0
    }
  }
  if (start < 0 || signals < minBlockSignals) return false
  const count = entries.length - start
  if (signals < minBlockDensity * count) {
    for (let at = start; at < entries.length; at++) {
      if (!signal[at] && !isShortLine(entries[at]!.text) && !isSentence(entries[at]!.text)) return false
    }
  }
  let marked = false
  for (let at = start; at < entries.length; at++) {
    const entry = entries[at]!
    if (!entry.junk && !isSentence(entry.text) && !endsInFullStop(entry.text) && !isProse(entry.text)) marked = markEntry(entry, verdicts, 'block') || marked
  }
  return marked
}

/** A line a menu may hold: short, unfinished, not a sign-off. */
function isMenuItem(text: string): boolean {
  return (
    text.length <= maxNavigationLength &&
    !endsSentence(text) &&
    !introducesList(text) &&
    !signOff.test(text) &&
    wordCount(text, maxNavigationWords + 1) <= maxNavigationWords
  )
}

/**
 * A line in a block of its own right after a block of several lines (junk
 * lines aside, as a kicker may stand between): a headline below a menu.
 * Where every line stands in a block of its own, blocks tell nothing, and
 * no line stands alone.
 */
function standsAlone(entries: readonly Entry[], at: number): boolean {
  const entry = entries[at]!
  if (!entry.blank || (at + 1 < entries.length && !entries[at + 1]!.blank) || letters(entry.text, 1) === 0) return false
  let before = at - 1
  while (before > 0 && entries[before]!.junk && entries[before]!.blank) before--
  return before > 0 && !entries[before]!.blank
}

/**
 * Mark runs of four or more menu items above the first paragraph. A run is
 * a list of short items: a headline (a line alone after the menu's block),
 * a sentence, or a line that introduces a list ends it, and the lines such a
 * sentence introduces (to the next blank line) are content, not menu items.
 * Junk lines are items wherever they stand. Only above the story: below it,
 * menus measured no gain on aeb-dev over the widget block, and a short list
 * there may be content.
 */
function markNavigationRuns(entries: readonly Entry[], shapes: Shapes, verdicts: EdgeVerdicts): boolean {
  let marked = false
  let runStart = 0
  let introduced = false
  for (let at = 0; at <= entries.length; at++) {
    const entry = entries[at]
    if (entry?.blank) introduced = false
    const item = entry !== undefined && (entry.junk || (!introduced && shapes.menuItem(entry) && !standsAlone(entries, at)))
    if (item) continue
    if (at - runStart >= minNavigationRun) {
      for (let line = runStart; line < at; line++) marked = markEntry(entries[line]!, verdicts, 'navigation') || marked
    }
    runStart = at + 1
    if (entry !== undefined && !entry.junk && (isSentence(entry.text) || introducesList(entry.text))) introduced = true
  }
  return marked
}

// Comment headings and closing lines are short: longer lines are not tested.
const maxCommentLine = 60

/**
 * Find a comment section below the story's first paragraph and mark it: a
 * heading, the readers' posts and the line that closes them ("[ Read All
 * Comments ]"); the heading is the last one before the closing line. A
 * section phrase ("Top Rated Comments", "Leserkommentare") heads posts
 * wherever it stands. A comment word or count ("Comments", "12 Comments")
 * and a call to comment ("Leave a comment") are as often links under the
 * headline, with the whole story between them and a closing link at its end:
 * they count only below the last paragraph, and a comment word next to an
 * interface word is a share bar's button. With no closing line, a section
 * phrase or call to comment below the last paragraph runs to the end; a
 * comment word with no closing line after it is a subheading of the story,
 * and stays. The posts read as paragraphs, so the story's last paragraph is
 * found again before the heading. Returns the section, or `undefined` when
 * there is none.
 */
export function markComments(lines: EdgeLines, verdicts: EdgeVerdicts, firstBody: number, lastBody: number): Section | undefined {
  const {count} = lines
  let heading = -1
  let opening = -1
  for (let index = firstBody + 1; index < count; index++) {
    const text = lines.text(index).trim()
    if (text.length > maxCommentLine) continue
    if (heading >= 0 && commentClosing.test(text)) return markSection(verdicts, heading, index)
    const below = index > lastBody
    if (commentSection.test(text) || (below && commentInvitation.test(text))) {
      heading = index
      if (opening < 0 && below) opening = index
    } else if (below && commentHeading.test(text) && !besideButtons(lines, verdicts, index)) {
      heading = index
    }
  }
  return opening < 0 ? undefined : markSection(verdicts, opening, count - 1)
}

/** The first and last segment of a section that goes. */
export interface Section {
  from: number
  to: number
}

/** Whether an interface word stands right above or below segment `index`: "Comments" there is a button of a share bar. */
function besideButtons(lines: EdgeLines, verdicts: EdgeVerdicts, index: number): boolean {
  return (index > 0 && verdicts.run(index - 1)) || (index + 1 < lines.count && verdicts.run(index + 1))
}

function markSection(verdicts: EdgeVerdicts, from: number, to: number): Section {
  for (let index = from; index <= to; index++) if (!verdicts.has(index)) verdicts.mark(index, 'comments')
  return {from, to}
}

/**
 * Find where the article starts and ends, around the body paragraphs
 * `[firstBody, lastBody]`: related links and the widget block below it, menus
 * above it, and related links under a heading inside it. The edges are read again as the output will read them (without
 * what was removed, lines that rejoining joins as one) until nothing more is
 * found, so that a second pass over the output finds nothing either.
 */
export function markEdges(lines: EdgeLines, verdicts: EdgeVerdicts, firstBody: number, lastBody: number): void {
  const shapes = new Shapes(lines)
  markInlineRelated(shapes, verdicts, firstBody, lastBody)
  let head = firstBody > 0
  let tail = lastBody + 1 < lines.count
  // A reading without junk lines in it reads as the output will: when it finds nothing, nothing is left to find.
  for (let reading = 0; reading < maxReadings && (head || tail); reading++) {
    const keptOnly = reading > 0
    if (tail) {
      const {entries, junk} = readEntries(lines, shapes, verdicts, lastBody + 1, lines.count, keptOnly)
      const related = markRelatedRuns(entries, shapes, verdicts)
      const block = markTailBlock(entries, shapes, verdicts)
      tail = related || block || junk
    }
    if (head) {
      const {entries, junk} = readEntries(lines, shapes, verdicts, 0, firstBody, keptOnly)
      head = markNavigationRuns(entries, shapes, verdicts) || junk
    }
  }
}
