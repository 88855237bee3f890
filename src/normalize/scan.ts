// One pass over a string that tells which normalization steps could change
// it, so that `normalize` runs only those: most lines of news text need one
// or two steps, or none.
import {codePages, encoderFor, upperHalf} from './codepages.js'
import {commonness, widelyWritten} from './commonness.js'

/** Bits of the mask that {@link scan} returns. */
export const needs = {
  entities: 1,
  mojibake: 2,
  controls: 4,
  unicode: 8,
  ligatures: 16,
  fullwidth: 32,
  lineBreaks: 64, // CR, NEL, U+2028, U+2029
  invisible: 4096, // zero-width space, word joiner, soft hyphen, BOM
  spaces: 8192, // no-break and typographic spaces
  lineEnds: 16384, // trailing spaces, runs of blank lines
  quotes: 128, // typographic quotes, folded by `quotes: 'straight'`
  straightQuotes: 256, // `'` and `"`, curled by `quotes: 'curly'`
  dashes: 512,
  ellipsis: 1024,
  nonAscii: 2048, // anything NFKC might change
  surrogates: 32768, // lone surrogates, which become U+FFFD
  lineFeeds: 65536 // line feeds: the text is a document, not one line (no step of its own)
} as const

/** All the whitespace bits of {@link needs}. */
export const whitespaceNeeds = needs.lineBreaks | needs.invisible | needs.spaces | needs.lineEnds

let characterTable: Uint32Array | undefined
let pageTable: Uint32Array | undefined

// Per character: the steps it calls for (non-ASCII only; ASCII is handled inline).
function characters(): Uint32Array {
  if (characterTable) return characterTable
  const table = new Uint32Array(0x10000)
  const mark = (from: number, to: number, bit: number): void => {
    for (let code = from; code <= to; code++) table[code]! |= bit
  }
  mark(0x80, 0xffff, needs.nonAscii)
  mark(0x80, 0x9f, needs.controls | needs.mojibake)
  mark(0x85, 0x85, needs.lineBreaks)
  mark(0xd800, 0xdfff, needs.surrogates)
  // NFC can only change combining marks, jamo, and a few singletons, all at
  // U+0300 and above; skip the ranges news text is made of.
  mark(0x300, 0xffff, needs.unicode)
  for (const [from, to] of [
    [0x400, 0x482],
    [0x48a, 0x4ff],
    [0x5d0, 0x5ea],
    [0x2002, 0x2027],
    [0x2030, 0x205e],
    [0x20a0, 0x20c0],
    [0x2190, 0x2199],
    [0x2200, 0x221f],
    [0x2500, 0x25ff],
    [0x3040, 0x3098],
    [0x30a0, 0x30ff],
    [0x4e00, 0x9fff],
    [0xac00, 0xd7a3]
  ] as const) {
    for (let code = from; code <= to; code++) table[code]! &= ~needs.unicode
  }
  mark(0xfb00, 0xfb06, needs.ligatures)
  mark(0xff01, 0xff5e, needs.fullwidth)
  for (const code of [0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) table[code]! |= needs.spaces
  mark(0x2000, 0x200a, needs.spaces)
  for (const code of [0x200b, 0x2060, 0xad, 0xfeff]) table[code]! |= needs.invisible
  table[0x2028]! |= needs.lineBreaks
  table[0x2029]! |= needs.lineBreaks
  for (const code of [0xab, 0xb4, 0xbb, 0x2bc, 0x2032, 0x2033, 0x2035, 0x2036, 0x2039, 0x203a, 0xff02, 0xff07]) {
    table[code]! |= needs.quotes
  }
  mark(0x2018, 0x201f, needs.quotes)
  mark(0x301d, 0x301f, needs.quotes)
  for (const code of [0x2043, 0x2212, 0x2013, 0x2015, 0xfe58, 0xfe63, 0xff0d, 0x2e3a, 0x2e3b]) table[code]! |= needs.dashes
  mark(0x2010, 0x2012, needs.dashes)
  table[0x2026]! |= needs.ellipsis
  characterTable = table
  return table
}

// Bits of `pageBits`, for the code page of index i: bit i if the character
// stands for a two-byte UTF-8 lead (0xC2–0xDF), bit 9 + i for a longer
// sequence's lead (0xE0–0xF4), bit 18 + i for a continuation byte (0x80–0xBF).
const pageCount = codePages.length
const pageMask = (1 << pageCount) - 1
const longLead = pageCount
const continuation = 2 * pageCount
// Pages whose byte 0xA0 is a no-break space, which may have been flattened to a space.
let nbspPages = 0

const latin1Controls = String.fromCharCode(...Array.from({length: 32}, (_, index) => 0x80 + index))

/** @internal Per UTF-16 code unit: which code pages read it as which kind of UTF-8 byte. */
export function pageBits(): Uint32Array {
  if (pageTable) return pageTable
  const table = new Uint32Array(0x10000)
  codePages.forEach((page, index) => {
    const encoder = encoderFor(page)
    // The characters the page encodes: its upper half, and C1 controls.
    const characters = (upperHalf(page) ?? '') + latin1Controls
    for (let offset = 0; offset < characters.length; offset++) {
      const code = characters.charCodeAt(offset)
      const byte = encoder[code]!
      if (byte === 0) continue
      if (byte <= 0xbf) table[code]! |= 1 << (continuation + index)
      else if (byte >= 0xc2 && byte <= 0xdf) table[code]! |= 1 << index
      else if (byte >= 0xe0 && byte <= 0xf4) table[code]! |= 1 << (longLead + index)
    }
    if (upperHalf(page)?.charCodeAt(0x20) === 0xa0) nbspPages |= 1 << index
  })
  pageTable = table
  return table
}

let noBreakLeads: string | undefined

/**
 * @internal Whether some code page reads the character as byte 0xC2 and its
 * byte 0xA0 as a no-break space: there the character and a no-break space
 * after it are a no-break space misread (C2 A0), the most common misreading.
 */
export function isNoBreakLead(code: number): boolean {
  noBreakLeads ??= codePages
    .map((page) => upperHalf(page) ?? '')
    .filter((half) => half.charCodeAt(0x20) === 0xa0)
    .map((half) => half.charAt(0x42))
    .join('')
  return noBreakLeads.includes(String.fromCharCode(code))
}

let lowerLeads: string | undefined
const lowerLetter = /\p{Ll}/u
// Latin-1's and Latin Extended's letters.
const isLatin = (code: number): boolean => code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7

/**
 * @internal Whether some code page reads the character as a two-byte lead
 * whose sequence with 0xA0 (a no-break space, flattened or not, after it)
 * is a Latin lower-case letter many people write: `Ã` through
 * Windows-1252, `Ă` through Windows-1250, `Γ` through Windows-1253, as `à`
 * is C3 A0. (Other leads make capitals, `Å` `Š`, or letters few people
 * write, `É` `ɠ`.)
 */
export function isLowerLetterLead(code: number): boolean {
  if (lowerLeads === undefined) {
    lowerLeads = ''
    for (const page of codePages) {
      const half = upperHalf(page)
      if (half === undefined) continue
      for (let byte = 0xc2; byte <= 0xdf; byte++) {
        const letter = ((byte & 0x1f) << 6) | 0x20
        if (isLatin(letter) && lowerLetter.test(String.fromCharCode(letter)) && commonness(letter) >= widelyWritten) lowerLeads += half.charAt(byte - 0x80)
      }
    }
  }
  return lowerLeads.includes(String.fromCharCode(code))
}

let capitalLeads: Uint16Array | undefined
let firstCapitalLead = 0
const capital = /^\p{Lu}$/u
const latinLetter = /^\p{sc=Latin}$/u

/**
 * @internal The code pages (a mask by index) that read the character at
 * `index` as a two-byte lead that lost its second byte: a Latin capital
 * that stands inside a word of ASCII lower-case letters, two before it and
 * one after it, or ending one (`andebiĚdo`, `ArtykuĹ 5`: Mirandese
 * `andebíduo`, written with a combining acute, CC 81, and Polish `Artykuł`,
 * C5 82, that lost 0x81 and 0x82 through ISO-8859-2). No orthography writes
 * a capital there (Irish writes one after a one-letter prefix, `hÉireann`);
 * camel case does, in hashtags and handles, which stay (`#ParisÉlections`),
 * and elsewhere in text that holds other characters outside ASCII, which
 * stays too (`RokČeskéKultury`: see strayLeads in mojibake.ts).
 */
export function strayLeadPages(text: string, index: number): number {
  const pages = (capitalLeads ??= capitalLeadTable())[text.charCodeAt(index) - firstCapitalLead] ?? 0
  if (pages === 0 || !isAsciiLower(text.charCodeAt(index - 1)) || !isAsciiLower(text.charCodeAt(index - 2))) return 0
  if (inTag(text, index)) return 0
  const next = text.charCodeAt(index + 1)
  // After it, a lower-case letter, or no letter of any script (the end, a
  // space, punctuation); not a `?`, which may stand for the byte it lost (see pairPages).
  return isAsciiLower(next) || Number.isNaN(next) || (next < 0x80 && next !== 0x3f && !isAsciiLower(next | 0x20)) ? pages : 0
}

// The Latin capitals some page reads as a two-byte lead (a few dozen, all
// of U+00C0–U+024F), each with those pages (a mask by index), in an array
// from the first of them to the last: no hash look-up for the curly quote
// or Cyrillic letter this is asked about.
function capitalLeadTable(): Uint16Array {
  const found = new Map<number, number>()
  codePages.forEach((page, index) => {
    const half = upperHalf(page)
    if (half === undefined) return
    for (let byte = 0xc2; byte <= 0xdf; byte++) {
      const character = half.charAt(byte - 0x80)
      const code = character.charCodeAt(0)
      if (capital.test(character) && latinLetter.test(character)) found.set(code, (found.get(code) ?? 0) | (1 << index))
    }
  })
  firstCapitalLead = Math.min(...found.keys())
  const pages = new Uint16Array(Math.max(...found.keys()) - firstCapitalLead + 1)
  for (const [code, mask] of found) pages[code - firstCapitalLead] = mask
  return pages
}

function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

/**
 * @internal Whether the character at `index` ends or stands inside a
 * hashtag or a handle: ASCII letters and digits after `#` or `@` run up to
 * it. Those write words together in camel case, capitals inside
 * (`#ParisÉlections`): no sign of a lead that lost its byte.
 */
export function inTag(text: string, index: number): boolean {
  let start = index
  while (start > 0 && isAsciiAlphanumeric(text.charCodeAt(start - 1))) start--
  return start < index && (text.charCodeAt(start - 1) === 0x23 || text.charCodeAt(start - 1) === 0x40)
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLower(code | 0x20) || (code >= 0x30 && code <= 0x39)
}

/**
 * @internal The code pages (a mask by index) in which the character with
 * `bits` then the one with code `code` and `nextBits` start a UTF-8 sequence:
 * a lead byte then a continuation byte, or a two-byte lead then a space
 * (a flattened no-break space), `?` or U+FFFD (a lost byte).
 */
export function pairPages(bits: number, code: number, nextBits: number): number {
  const leads = (bits | (bits >>> longLead)) & pageMask
  if (leads === 0) return 0
  if (code === 0x20) return bits & nbspPages
  if (code === 0x3f || code === 0xfffd) return leads
  return leads & (nextBits >>> continuation)
}

/** @internal Whether some code page reads the character (a UTF-16 code unit) as the lead byte of a UTF-8 sequence. */
export function isLeadByte(code: number): boolean {
  const bits = (pageTable ?? pageBits())[code]!
  return ((bits | (bits >>> longLead)) & pageMask) !== 0
}

/**
 * @internal The code pages (a mask by index) in which the character with
 * `bits` is the lead of a sequence of three or four bytes and the one with
 * `nextBits` a continuation byte.
 */
export function longPairPages(bits: number, nextBits: number): number {
  return (bits >>> longLead) & pageMask & (nextBits >>> continuation)
}

/**
 * @internal The code pages (a mask by index) in which the character with
 * `bits` is the lead of a longer sequence whose second byte, 0xA0, a space
 * may stand for (a flattened no-break space), before the character with
 * `nextBits` as its third byte (`í ½` is half a surrogate pair).
 */
export function middleSpacePages(bits: number, nextBits: number): number {
  return (bits >>> longLead) & pageMask & nbspPages & (nextBits >>> continuation)
}

/**
 * @internal What in the text looks like mojibake through the code pages in
 * `pages` (a mask by index): the pages with a suspect pair (see
 * {@link pairPages}), plus `suspectC1` if there is a C1 control.
 */
export function suspectPages(text: string, pages: number): number {
  const bits = pageTable ?? pageBits()
  let found = 0
  nonAscii.lastIndex = 0
  while (nonAscii.test(text)) {
    const first = nonAscii.lastIndex - 1
    let index = first
    for (; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code < 0x80) break
      if (code <= 0x9f) found |= suspectC1
      else if (code >= 0xd800 && code <= 0xdfff) found |= suspectSurrogate
      const own = bits[code]!
      if (own === 0) continue
      // A stray lead follows ASCII letters: only the run's first character can be one.
      if (index === first && (own & pageMask) !== 0) found |= strayLeadPages(text, index)
      if (index + 1 === text.length) continue
      const next = text.charCodeAt(index + 1)
      found |= pairPages(own, next, bits[next]!)
    }
    nonAscii.lastIndex = index + 1
  }
  return found & (pages | suspectC1 | suspectSurrogate)
}

/** @internal The bit of {@link suspectPages} for a C1 control. */
export const suspectC1 = 1 << 30
/** @internal The bit of {@link suspectPages} for a surrogate, lone or paired. */
export const suspectSurrogate = 1 << 29

const nonAscii = /[^\u0000-\u007F]/g

// Per ASCII character: the steps it calls for. Line feeds are checked apart.
const lineFeed = 0x80000000
const asciiTable = new Uint32Array(0x80)
for (let code = 0; code < 0x20; code++) asciiTable[code] = needs.controls
asciiTable[0x7f] = needs.controls
asciiTable[0x09] = 0 // tab: only trailing ones matter, checked at line ends
asciiTable[0x0a] = lineFeed
asciiTable[0x0d] = needs.lineBreaks
asciiTable[0x22] = needs.straightQuotes
asciiTable[0x26] = needs.entities
asciiTable[0x27] = needs.straightQuotes

// Characters the scan must look at: everything but printable ASCII, plus
// `&`, and (when curling) `'` and `"`. A regex finds them faster than a loop.
const specialStraight = /[^\u0020-\u0025\u0027-\u007E]/g
const specialCurly = /[^\u0020\u0021\u0023-\u0025\u0028-\u007E]/g
const plainStretch = 12

/**
 * Which steps could change `text`: a mask of {@link needs} bits. With
 * `curly`, straight quotes count (as {@link needs.straightQuotes}). With
 * `untilLineFeed`, the scan stops at the first line feed, with only the bits
 * found so far and {@link needs.lineFeeds}: a document is scanned line by line.
 */
export function scan(text: string, curly = false, untilLineFeed = false): number {
  const table = characterTable ?? characters()
  const pages = pageTable ?? pageBits()
  const special = curly ? specialCurly : specialStraight
  let mask = 0
  special.lastIndex = 0
  while (special.test(text)) {
    // Then walk on from here while special characters stay dense (non-Latin
    // text, a no-break space between every word), back to the regex after a
    // stretch of plain ASCII.
    let index = special.lastIndex - 1
    let plain = 0
    for (; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code < 0x80) {
        const bits = asciiTable[code]!
        if (bits === 0) {
          if (++plain > plainStretch) break
          continue
        }
        plain = 0
        if (bits !== lineFeed) mask |= bits
        else if (untilLineFeed) return mask | needs.lineFeeds
        else mask |= isBlankOrLineEnd(text, index) ? needs.lineFeeds | needs.lineEnds : needs.lineFeeds
        continue
      }
      plain = 0
      mask |= table[code]!
      // A lead byte then a continuation byte (or a flattened or lost byte) in some code page.
      const bits = pages[code]!
      if (bits !== 0 && (mask & needs.mojibake) === 0) {
        // pairPages, inline: this loop runs over every character outside ASCII.
        const leads = (bits | (bits >>> longLead)) & pageMask
        if (leads !== 0 && index + 1 < text.length) {
          const next = text.charCodeAt(index + 1)
          if (next === 0x20 ? (bits & nbspPages) !== 0 : next === 0x3f || next === 0xfffd || (leads & (pages[next]! >>> continuation)) !== 0)
            mask |= needs.mojibake
        }
        if ((bits & pageMask) !== 0 && strayLeadPages(text, index) !== 0) mask |= needs.mojibake
      }
    }
    special.lastIndex = index + 1
  }
  const end = text.charCodeAt(text.length - 1)
  if (end === 0x20 || end === 0x09) mask |= needs.lineEnds
  return mask
}

// A line feed after a trailing space or tab, or starting a run of blank lines.
function isBlankOrLineEnd(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1)
  if (before === 0x20 || before === 0x09) return true
  return text.charCodeAt(index + 1) === 0x0a && text.charCodeAt(index + 2) === 0x0a
}
