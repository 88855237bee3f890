import {assertString, checkOptions, rangeError, typeError, type OptionKeys} from '../options.js'
import {encoderFor, windows1252Character, type CodePage} from './codepages.js'
import {leadMask, mojibakeSuspects, suspect} from './scan.js'

export type {CodePage} from './codepages.js'

/** Options for {@link fixMojibake}. */
export interface FixMojibakeOptions {
  /**
   * Code pages that UTF-8 may have been misread as. `'windows-1252'` also
   * covers Latin-1 (ISO-8859-1) and text mixing the two.
   * @default ['windows-1252', 'macintosh', 'cp437']
   */
  encodings?: readonly CodePage[]
}

const allPages: readonly CodePage[] = ['windows-1252', 'macintosh', 'cp437']
const allLeads = leadMask(allPages)

// How much a decoded character is worth as evidence that a misreading happened.
const weird = 0 // never the result of a repair: private use, unassigned, rare blocks
const supported = 1 // plausible only next to another repaired character (rare scripts, extended blocks)
const good = 2 // a common letter, symbol, CJK character or emoji
const combining = 3 // a combining mark: plausible only right after a letter

const noOptions: FixMojibakeOptions = {}
const nonAscii = /[^\u0000-\u007F]/g

// At most this many layers of misreading are undone (real feeds show up to three).
const maxRounds = 4

/**
 * Repair mojibake: UTF-8 text that was decoded as Windows-1252, Latin-1,
 * Mac OS Roman or code page 437, once or several times over, in whole or in
 * part. Each run of suspicious characters is encoded back to bytes and decoded
 * as UTF-8, and the result is kept only where it is clearly more plausible
 * (common letters, symbols, CJK, emoji) than the original. Text that is
 * already correct, in any script, is returned unchanged; a quick pre-check
 * makes that nearly free.
 *
 * Also repairs the common lossy forms: `â€` whose last byte was lost (`”`),
 * `â€"` from a feed that then straightened its quotes (`—`), `Â` and `Ã`
 * before a space where a no-break space was flattened, and lone C1 controls,
 * which are Windows-1252 characters read as Latin-1 (`\x92` → `’`; NEL is
 * left for {@link normalizeWhitespace} to treat as a line break).
 *
 * @example
 * fixMojibake('Itâ€™s the cafÃ© of MÃ¼nchen') // => 'It’s the café of München'
 * fixMojibake('Ã¢â‚¬â„¢') // => '’' (encoded twice)
 * fixMojibake('SÃO PAULO, 5 €') // => 'SÃO PAULO, 5 €' (correct text stays)
 */
export function fixMojibake(input: string, options: FixMojibakeOptions = noOptions): string {
  assertString(input, 'input')
  const pages = resolveFixMojibakeOptions(options)
  const leads = pages === allPages ? allLeads : leadMask(pages)
  let found = mojibakeSuspects(input, leads)
  if (found === 0) return input

  // Windows-1252 first, to a fixed point (double encoding), then the rarer
  // pages, so that one page's half-repaired text is not misread by another.
  let text = input
  for (const page of pages) {
    if ((found & suspect[page]) === 0) continue
    const before = text
    for (let round = 0; round < maxRounds; round++) {
      const next = repairPage(text, page, pages, false)
      if (next === text) break
      text = next
    }
    // Once a page has clearly been misread, its lone short sequences count too.
    if (text !== before && page !== 'windows-1252') text = repairPage(text, page, pages, true)
    if (text !== before) found = mojibakeSuspects(text, leads)
  }

  if (found & suspect.flattened) {
    if (text.includes('\u00C2')) text = text.replace(flattenedNbspAfterA, '')
    if (text.includes('\u00C3')) text = text.replace(flattenedAGrave, '\u00E0')
  }
  if (found & suspect.c1) text = text.replace(c1Controls, (control) => windows1252Character(control.charCodeAt(0)))
  return text
}

// `Â` + flattened no-break space, glued to what precedes it (`100Â km`), but
// not at the end of an all-caps word (`CÂ `) nor standing alone (`Â and Ê`).
const flattenedNbspAfterA = /(?<=[^\sA-Z\u00C0-\u00DE])\u00C2(?= )/g
// `Ã` + no-break space (`à`) where the no-break space became a space or went missing.
// (The look-behind comes after the `Ã` so that only an `Ã` triggers it.)
const flattenedAGrave = /\u00C3(?<=(?:[\p{Ll} (]|^)\u00C3) ?(?= [\p{Ll}\p{P}]| ?$)/gmu
// C1 controls that Windows-1252 defines, except NEL (a line break).
const c1Controls = /[\u0080-\u0084\u0086-\u008C\u008E\u0091-\u009C\u009E\u009F]/g

const optionKeys = {encodings: true} as const satisfies OptionKeys<FixMojibakeOptions>

/** @internal Resolve {@link fixMojibake}'s options to the code pages to try. */
function resolveFixMojibakeOptions(options: FixMojibakeOptions | undefined): readonly CodePage[] {
  if (options === noOptions) return allPages
  const pages = checkOptions(options, optionKeys).encodings
  if (pages === undefined) return allPages
  if (!Array.isArray(pages)) throw typeError('options.encodings', 'an array of code pages', pages)
  for (const [index, page] of pages.entries()) {
    if (!allPages.includes(page)) throw rangeError(`options.encodings[${index}]`, `one of ${allPages.map((name) => `'${name}'`).join(', ')}`, page)
  }
  return pages
}

function repairPage(text: string, page: CodePage, pages: readonly CodePage[], relaxed: boolean): string {
  const table = encoderFor(page)
  let result = ''
  let last = 0
  nonAscii.lastIndex = 0
  while (nonAscii.test(text)) {
    // Every character a code page maps to a high byte is outside ASCII.
    const index = nonAscii.lastIndex - 1
    if (table[text.charCodeAt(index)] === 0) continue
    let end = index + 1
    while (end < text.length && table[text.charCodeAt(end)] !== 0) end++
    if (end - index > 1) {
      const repair = repairRun(text, index, end, page, table, relaxed)
      if (repair && !betterElsewhere(text, index, end, page, pages, repair.covered)) {
        result += text.slice(last, index) + repair.text
        last = repair.end
        end = repair.end
      }
    }
    nonAscii.lastIndex = end
  }
  return last === 0 ? text : result + text.slice(last)
}

// Whether another code page explains more of the text around a repaired run
// (`‚Ä¶` is a whole Mac OS Roman `…`, but only half a Windows-1252 `Ķ`). Only
// asked when the run is partly repaired or borders other non-ASCII text.
function betterElsewhere(text: string, start: number, end: number, page: CodePage, pages: readonly CodePage[], covered: number): boolean {
  if (covered === end - start && !(text.charCodeAt(start - 1) >= 0x80) && !(text.charCodeAt(end) >= 0x80)) return false
  for (const other of pages) {
    if (other === page) continue
    const table = encoderFor(other)
    let otherStart = start
    let otherEnd = start
    while (otherStart > 0 && start - otherStart < reach && table[text.charCodeAt(otherStart - 1)] !== 0) otherStart--
    while (otherEnd < text.length && otherEnd - end < reach && table[text.charCodeAt(otherEnd)] !== 0) otherEnd++
    if (otherEnd - otherStart <= covered || otherEnd <= start) continue
    const repair = repairRun(text, otherStart, otherEnd, other, table, true)
    if (repair && repair.covered > covered) return true
  }
  return false
}

// How far around a run another code page's reading is looked for.
const reach = 32

interface Sequence {
  start: number
  length: number
  codePoint: number
  level: number
}

// Decode the bytes of one run of encodable characters as UTF-8 and keep the
// plausible sequences. Returns undefined when nothing is worth changing.
function repairRun(
  text: string,
  start: number,
  end: number,
  page: CodePage,
  table: Uint8Array,
  relaxed: boolean
): {text: string; end: number; covered: number} | undefined {
  const count = end - start
  const byteAt = (offset: number): number => (offset < count ? table[text.charCodeAt(start + offset)]! : 0)
  const sequences: Sequence[] = []
  let runEnd = end

  for (let offset = 0; offset < count; ) {
    const length = sequenceLength(byteAt, offset)
    if (length > 0) {
      sequences.push({start: offset, length, codePoint: decode(byteAt, offset, length), level: good})
      offset += length
      continue
    }
    // `â€` with its last byte lost: 0x9D (undefined in Windows-1252) dropped
    // from `”`, 0x8D from a zero-width joiner between emoji, or `“`/`”`
    // from a dash flattened to `"` after the damage.
    if (page === 'windows-1252' && byteAt(offset) === 0xe2 && byteAt(offset + 1) === 0x80) {
      const previous = sequences.at(-1)
      if (offset + 2 < count && previous && previous.codePoint >= 0x1f000 && byteAt(offset + 2) === 0xf0) {
        sequences.push({start: offset, length: 2, codePoint: 0x200d, level: good})
        offset += 2
        continue
      }
      if (offset + 2 === count) {
        let codePoint = 0x201d
        if (text.charCodeAt(end) === 0xfffd)
          runEnd = end + 1 // the lost byte, shown as `�`
        else if (text.charAt(end) === '"') {
          const between = isDigit(text.charCodeAt(start + offset - 1)) && isDigit(text.charCodeAt(end + 1))
          codePoint = between ? 0x2013 : 0x2014
          runEnd = end + 1
        }
        sequences.push({start: offset, length: 2, codePoint, level: good})
        break
      }
      // The same, encoded twice: the lost 0x9D leaves its `Â` (0xC2) behind.
      if (offset + 3 === count && byteAt(offset + 2) === 0xc2) {
        sequences.push({start: offset, length: 3, codePoint: 0x201d, level: good})
        break
      }
    }
    offset++
  }
  if (sequences.length === 0) return undefined

  const before = text.charCodeAt(start - 1)
  const after = text.charCodeAt(runEnd)
  const nextToLetter = isAsciiLetter(before) || isAsciiLetter(after)
  // Two-character sequences in Mac OS Roman and cp437 are easy to hit by
  // accident with math and box drawing (`≈π`, `√°`, `├┤`): away from a word,
  // ask that the whole run decode to common characters.
  const strict =
    page !== 'windows-1252' && !relaxed && !(nextToLetter || isDigit(before) || isDigit(after)) && sequences.some((sequence) => sequence.length === 2)
  let support = 0
  let length = 0
  for (const sequence of sequences) {
    let level = levelOf(sequence.codePoint)
    if (level === combining) {
      level = page === 'windows-1252' && sequence.start === 0 && isAsciiLetter(before) ? good : weird
    }
    if (strict && (level !== good || sequences.length < 2)) return undefined
    length += sequence.length
    // An upper-case word ending in a letter and a closing quote (`„KYLLÄ”`,
    // `“NÃ”`) is more likely text than a misread letter.
    if (sequence.length === 2 && closesWord(text, start + sequence.start) && level === good) level = supported
    // A lone CJK character glued to Latin letters is more likely Latin text.
    if (sequence.length === 3 && sequences.length === 1 && nextToLetter && isHan(sequence.codePoint)) level = supported
    sequence.level = level
    if (level !== weird) support++
  }
  if (strict && length !== count) return undefined

  let repaired = ''
  let covered = 0
  let offset = 0
  for (const sequence of sequences) {
    if (sequence.level === good || (sequence.level === supported && support > 1 && sameScriptSupport(sequence, sequences))) {
      repaired += text.slice(start + offset, start + sequence.start) + String.fromCodePoint(sequence.codePoint)
      offset = sequence.start + sequence.length
      covered += sequence.length
    }
  }
  if (covered === 0) return undefined
  // The flattened `"` after a dash was consumed only if the dash was repaired.
  if (offset < count) runEnd = end
  return {text: repaired + text.slice(start + offset, end), end: runEnd, covered}
}

// Armenian, Hebrew, Arabic, Syriac and Thaana marks and letters outside the
// common ranges: two of them from different scripts side by side (`Չ۪`) are a
// misreading of Latin text, not a repair. They need a neighbour of their own script.
const rareScripts = [0x530, 0x590, 0x600, 0x700, 0x750, 0x780, 0x7c0, 0x800]

function rareScript(codePoint: number): number {
  if (codePoint < rareScripts[0]! || codePoint >= rareScripts.at(-1)!) return -1
  let index = 0
  while (codePoint >= rareScripts[index + 1]!) index++
  return index
}

function sameScriptSupport(sequence: {codePoint: number}, sequences: ReadonlyArray<{codePoint: number; level?: number}>): boolean {
  const script = rareScript(sequence.codePoint)
  if (script < 0) return true
  return sequences.some((other) => other !== sequence && other.level !== weird && rareScript(other.codePoint) === script)
}

// Length of the well-formed UTF-8 sequence at `offset`, or 0.
function sequenceLength(byteAt: (offset: number) => number, offset: number): number {
  const lead = byteAt(offset)
  const second = byteAt(offset + 1)
  if (lead < 0xc2 || lead > 0xf4 || !isContinuation(second)) return 0
  if (lead < 0xe0) return 2
  // Reject overlong forms, surrogates and code points above U+10FFFF.
  if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return 0
  if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return 0
  if (!isContinuation(byteAt(offset + 2))) return 0
  if (lead < 0xf0) return 3
  return isContinuation(byteAt(offset + 3)) ? 4 : 0
}

function decode(byteAt: (offset: number) => number, offset: number, length: number): number {
  let codePoint = byteAt(offset) & (0xff >> (length + 1))
  for (let index = 1; index < length; index++) codePoint = (codePoint << 6) | (byteAt(offset + index) & 0x3f)
  return codePoint
}

// Whether the two characters at `index` are a letter and a closing quote
// (`’`, `”`, `»`) ending an upper-case word.
function closesWord(text: string, index: number): boolean {
  const quote = text.charCodeAt(index + 1)
  if (quote !== 0x2019 && quote !== 0x201d && quote !== 0xbb) return false
  const before = text.charAt(index - 1)
  return before !== before.toLowerCase() && !wordCharacter.test(text.charAt(index + 2))
}

const wordCharacter = /[\p{L}\p{N}]/u

function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

function isHan(codePoint: number): boolean {
  return (codePoint >= 0x3400 && codePoint <= 0x9fff) || (codePoint >= 0xac00 && codePoint <= 0xd7a3)
}

// Evidence levels by Unicode block. Common letters and symbols count on their
// own; rarer blocks need a neighbour; controls, private use and blocks that
// UTF-8 misreadings of ordinary Latin text tend to land in never count.
function levelOf(codePoint: number): number {
  // A C1 control only as a layer of double encoding, next to other repairs.
  if (codePoint < 0xa0) return codePoint === 0x85 ? weird : supported // NEL would add a line break
  if (codePoint < 0x180) return good
  // Windows-1252's `ƒ`, `ˆ` and `˜`: seen as one layer of double encoding.
  if (codePoint === 0x192 || codePoint === 0x2c6 || codePoint === 0x2dc) return supported
  if (codePoint < 0x250) return isLatinExtendedBLetter(codePoint) ? good : weird
  if (codePoint < 0x300) return weird
  if (codePoint < 0x370) return combining
  if (codePoint < 0x400) return codePoint >= 0x386 && codePoint <= 0x3ce ? good : supported
  if (codePoint < 0x460) return good
  if (codePoint < 0x590) return supported
  if (codePoint < 0x600) return codePoint >= 0x5d0 && codePoint <= 0x5ea ? good : supported
  if (codePoint < 0x700) return codePoint >= 0x621 && codePoint <= 0x64a ? good : supported
  if (codePoint < 0x800) return supported
  if (codePoint < 0x900) return weird
  if (codePoint < 0x13a0) return good // Indic scripts, Thai, Lao, Tibetan, Myanmar, Georgian, Jamo, Ethiopic
  if (codePoint < 0x1780) return weird
  if (codePoint < 0x1800) return good // Khmer
  if (codePoint < 0x1e00) return weird
  if (codePoint === 0x2028 || codePoint === 0x2029) return weird // would add a line break
  if (codePoint < 0x2c00) return good // Latin and Greek extended, punctuation, symbols
  if (codePoint < 0x2e80) return weird
  if (codePoint < 0xa000) return good // CJK and kana
  if (codePoint < 0xac00) return weird
  if (codePoint < 0xd7a4) return good // Hangul
  if (codePoint < 0xf900) return weird // private use
  if (codePoint < 0xfb07) return good // CJK compatibility, Latin ligatures
  if (codePoint >= 0xfe00 && codePoint < 0xfe10) return good // variation selectors (emoji)
  if (codePoint >= 0xfe30 && codePoint < 0xfe50) return good
  if (codePoint === 0xfeff) return good
  if (codePoint >= 0xff00 && codePoint < 0xfff0) return good // fullwidth and halfwidth forms
  if (codePoint < 0x10000) return weird
  if (codePoint >= 0x1f000 && codePoint < 0x1fb00) return good // emoji
  if (codePoint >= 0x1d400 && codePoint < 0x1d800) return good // mathematical letters
  if (codePoint >= 0x20000 && codePoint < 0x323b0) return good // CJK extensions
  if (codePoint >= 0xe0020 && codePoint < 0xe0080) return supported // emoji tag sequences
  return weird
}

// Vietnamese horn letters, Pinyin caron vowels, Romanian comma-below letters.
function isLatinExtendedBLetter(codePoint: number): boolean {
  return (
    codePoint === 0x1a0 ||
    codePoint === 0x1a1 ||
    codePoint === 0x1af ||
    codePoint === 0x1b0 ||
    (codePoint >= 0x1cd && codePoint <= 0x1dc) ||
    (codePoint >= 0x218 && codePoint <= 0x21b)
  )
}
