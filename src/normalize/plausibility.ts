// How implausible a stretch of text is as something a person wrote: the one
// measure that decides every mojibake repair. A repair is kept only when the
// text it gives is clearly more plausible than the text it replaces, so
// correct text, which is already as plausible as text gets, stays as it is.
//
// The measure adds up costs for what real text in any language does not do:
// characters that are never written (controls, unassigned and private-use
// code points), letters of two scripts inside one word, case that changes
// inside a word (`cafÃ©`, `MÃœNCHEN`), symbols glued into words (`Itâ€™s`,
// `pi√π`), a combining mark with no letter to sit on, a lone letter of a
// script that has no neighbour of its own. Each is a row of `weights`.
import {armsOf} from './box-arms.js'
import {commonness, widelyWritten} from './commonness.js'
import {writtenTogether} from './letter-languages.js'
import {isLeadByte, isLowerLetterLead, isNoBreakLead} from './scan.js'

/** Character classes, from the Unicode general category. */
enum Kind {
  Unknown = 0, // not yet looked up
  Upper,
  Lower,
  Letter, // no case: Lo, Lm, Lt
  Mark,
  Digit,
  Number, // No, Nl: ² ½ Ⅻ
  Dash,
  Open,
  Close,
  Quote, // Pi, Pf
  Punctuation, // Po, Pc
  Math,
  Currency,
  Modifier, // Sk: ¨ ´ ¸ ˜
  Symbol, // So
  Drawing, // box drawing and block elements (So)
  Space,
  Control,
  C1,
  Format,
  Never, // private use, unassigned, surrogate, noncharacter
  Replacement // U+FFFD
}

// Script groups: letters of different groups inside one word are a sign of
// a misreading. Han, kana and Hangul are written together, so they are one group.
const scriptNames = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Nko',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Tibetan',
  'Myanmar',
  'Georgian',
  'Ethiopic',
  'Cherokee',
  'Canadian_Aboriginal',
  'Khmer',
  'Mongolian',
  'Han|Hiragana|Katakana|Bopomofo|Hangul',
  'Yi',
  'Vai',
  'Tifinagh',
  'Javanese',
  'Balinese',
  'Sundanese',
  'Coptic',
  'Glagolitic',
  'Ogham',
  'Runic'
] as const
const latin = 1
const greek = 2
const cjk = scriptNames.indexOf('Han|Hiragana|Katakana|Bopomofo|Hangul') + 1
// Script groups whose words run together, or are parted by marks of their own (Tibetan's `་`, Ethiopic's `፡`).
const spaceless = new Set(
  ['Thai', 'Lao', 'Tibetan', 'Myanmar', 'Ethiopic', 'Khmer', 'Han|Hiragana|Katakana|Bopomofo|Hangul', 'Javanese', 'Balinese'].map(
    (name) => scriptNames.indexOf(name as (typeof scriptNames)[number]) + 1
  )
)
const otherScript = 63

// One regex per lookup: the first group that matches names the class.
const kindPattern =
  /(\p{Lu})|(\p{Ll})|([\p{Lt}\p{Lm}\p{Lo}])|(\p{M})|(\p{Nd})|(\p{N})|(\p{Pd})|(\p{Ps})|(\p{Pe})|([\p{Pi}\p{Pf}'"])|(\p{P})|(\p{Sm})|(\p{Sc})|(\p{Sk})|([\u2500-\u259F])|(\p{So})|([\p{Zs}\t])|([\u0080-\u009F])|(\p{Cc})|(\p{Cf})/u
const kindOfGroup: readonly Kind[] = [
  Kind.Upper,
  Kind.Lower,
  Kind.Letter,
  Kind.Mark,
  Kind.Digit,
  Kind.Number,
  Kind.Dash,
  Kind.Open,
  Kind.Close,
  Kind.Quote,
  Kind.Punctuation,
  Kind.Math,
  Kind.Currency,
  Kind.Modifier,
  Kind.Drawing,
  Kind.Symbol,
  Kind.Space,
  Kind.C1,
  Kind.Control,
  Kind.Format
]
const commonScript = /[\p{sc=Common}\p{sc=Inherited}]/u
const scriptPattern = new RegExp(scriptNames.map((name) => `([${name.split('|').map((part) => `\\p{sc=${part}}`)}])`).join('|'), 'u')

// Bits of a character's info, besides its kind (bits 0–4) and script (bits 5–10).
const rare = 1 << 11 // a letter or symbol that text seldom uses: compatibility forms, archaic or phonetic letters
const composes = 1 << 12 // a combining mark that NFC composes with some letter (acute, diaeresis…)
// A letter of Latin Extended-B or the phonetic alphabet (U+0180–U+02AF) that
// fewer than about ten million people write (see commonness.ts): written, but
// less often than Latin-1's (`ƭ`, `ʠ`). Not the letters African orthographies
// write for many (`Ɛ`, `Ɔ`, `Ɗ`, `Ƙ`): `Ć\x90` through Windows-1250 is Akan
// and Ewe `Ɛ`, no worse than Windows-1257's `Ð`.
const uncommon = 1 << 13

const bmp = new Uint16Array(0x10000)
const astral = new Map<number, number>()

function lookUp(codePoint: number): number {
  const character = String.fromCodePoint(codePoint)
  const match = kindPattern.exec(character)
  let kind = Kind.Never
  if (codePoint === 0xfffd) kind = Kind.Replacement
  else if (match) kind = kindOfGroup[match.findIndex((group, index) => index > 0 && group !== undefined) - 1]!
  if ((codePoint & 0xfffe) === 0xfffe || (codePoint >= 0xfdd0 && codePoint <= 0xfdef)) kind = Kind.Never
  // Spacing accents that Unicode files as letters (`ˆ ˇ ˉ ˊ ˋ`, tone marks in
  // Bopomofo): beside Latin letters they are accents, as `¨ ´ ¸` are.
  if (codePoint === 0x2c6 || codePoint === 0x2c7 || (codePoint >= 0x2c9 && codePoint <= 0x2cb)) kind = Kind.Modifier
  let info: number = kind
  if (kind <= Kind.Mark || (codePoint >= 0x80 && kind < Kind.Space)) {
    const script = scriptPattern.exec(character)
    const group = script ? script.findIndex((value, index) => index > 0 && value !== undefined) : commonScript.test(character) ? 0 : otherScript
    info |= group << 5
  }
  if (isRare(codePoint, character, kind)) info |= rare
  else if (kind <= Kind.Letter && codePoint >= 0x180 && codePoint < 0x2b0 && commonness(codePoint) < widelyWritten) info |= uncommon
  if (kind === Kind.Mark && composingBases.some((base) => (base + character).normalize('NFC').length === 1)) info |= composes
  return info
}

// Letters and symbols that ordinary text in any language seldom has:
// compatibility characters (`ſ`, `ª`, `½`, `ǆ`), letters of the phonetic and
// archaic blocks and Greek's archaic letters, and the technical symbols around box drawing.
function isRare(codePoint: number, character: string, kind: Kind): boolean {
  if (kind === Kind.Upper || kind === Kind.Lower || kind === Kind.Letter) {
    if (codePoint < 0x80) return false
    if (character.normalize('NFKC') !== character) return true
    // Archaic and Coptic letters of the Greek block (`ͻ`, `ϣ`) are no modern Greek's.
    return (
      (codePoint >= 0x1d00 && codePoint < 0x1e00) ||
      (codePoint >= 0xa720 && codePoint < 0xa800) ||
      (codePoint >= 0x2c60 && codePoint < 0x2c80) ||
      (codePoint >= 0x370 && codePoint < 0x386) ||
      (codePoint > 0x3ce && codePoint < 0x400)
    )
  }
  if (kind === Kind.Number) return codePoint < 0x100 // ¹²³¼½¾ outside math and units
  // Technical symbols (`⌐ ⌠ ⌡`), control pictures and OCR characters, and
  // the supplemental arrows and math operators.
  if (kind === Kind.Math || kind === Kind.Symbol) return (codePoint >= 0x2300 && codePoint < 0x2460) || (codePoint >= 0x2900 && codePoint < 0x2b00)
  return false
}

// Letters that the marks Latin, Greek and Cyrillic writing uses compose with.
const composingBases = ['a', 'e', 'o', 'u', 'i', 'c', 'n', 's', 'z', 'g', 'y', 'w', 'α', 'ο', 'ι', 'и', 'е', 'у']

function infoOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    const info = bmp[codePoint]!
    if (info !== 0) return info
    return (bmp[codePoint] = lookUp(codePoint))
  }
  let info = astral.get(codePoint)
  if (info === undefined) {
    info = lookUp(codePoint)
    if (astral.size < 4096) astral.set(codePoint, info)
  }
  return info
}

const kindOf = (info: number): Kind => info & 31
const scriptOf = (info: number): number => (info >> 5) & 63

// The kind of the UTF-16 unit at `index`; a space outside the text, as its ends count.
function kindAt(text: string, index: number): Kind {
  return index >= 0 && index < text.length ? kindOf(infoOf(text.charCodeAt(index))) : Kind.Space
}

/** What each kind of oddity costs. */
const weights = {
  never: 8, // private use, unassigned, noncharacter, lone surrogate
  c1: 5, // a C1 control
  control: 3, // any other control character
  replacement: 1, // U+FFFD, the mark of a lossy repair
  questionInWord: 1.5, // a question mark between two letters
  leftover: 1, // U+FFFD or `?` after a letter some code page reads as a lead byte, left over from the same sequence (`Ã�`)
  rare: 1, // a rare letter or symbol
  uncommon: 0.5, // a less common letter (`ƭ` against `í`)
  scriptChange: 4, // letters of two scripts inside one word
  mathScripts: 1, // Latin and Greek letters inside one word, as math writes them (`Σx`, `2πr`)
  island: 3, // a letter of a script with no letter of that script around it, in a word of other characters
  lowerUpper: 2, // a lower-case letter then an upper-case one, inside a word, one of them not ASCII
  betweenDashes: 1, // a letter outside ASCII between two dashes
  digitCapital: 1, // a capital outside ASCII right after a digit, or a digit and a full stop
  punctuationCapital: 2, // a capital read as 0xC2 alone as a word, glued to the punctuation mark before it, a no-break space after it
  capitalAlone: 2, // a capital outside ASCII alone as a word, a no-break space and a space after it, or two spaces and a word where it reads with 0xA0 as `à`
  capitalGlued: 1, // an accented capital ending a word in capitals, a no-break space and a lower-case letter after it
  asciiLowerUpper: 0.5, // the same in ASCII (`iPhone`, `McDonald`)
  capsLower: 1.5, // two upper-case letters then a lower-case one, one of them not ASCII (`MÃœ`, `AHř`)
  symbolInWord: 3, // a symbol or odd punctuation mark between two letters (`cafÃ©s`, `pi√π`)
  letterSymbol: 1, // a letter then a symbol, at the end of a word (`Â©`)
  symbolBeforeLetter: 2, // a symbol opening a word before a letter outside ASCII and Greek (`√Ñ`, `├▒`)
  accentSymbol: 2, // the same after a letter outside ASCII (`Ã©`, `â€`)
  modifier: 2, // a spacing accent (`¨ ´ ¸`) next to a letter
  unclosedQuote: 1, // a low-9 quote opening a word, with no quote closing it after
  openAfterLetter: 1, // an opening quote right after a letter outside ASCII
  unopenedQuote: 1, // a closing double quote right after two letters outside ASCII, the last lower-case, with no quotation opened before it
  mixedSymbols: 1, // two symbols of different kinds side by side (`√©`, `├⌐`)
  markAlone: 4, // a combining mark after no letter
  markApart: 2, // a combining mark that composes with no letter
  strangers: 2, // two letters side by side that no language writes both of (`Ăł`), the word's only letters outside ASCII
  drawingBeforeWord: 2, // two different box-drawing characters, or math symbols, opening a word of lower-case letters (`├╡igus`, `√≠nagdau`)
  drawingApart: 1, // two box-drawing lines side by side that do not connect (`┬║`)
  softHyphen: 2, // a soft hyphen right after a word's first letter, or ending a word (`Ã\u00ADndice`)
  unopenedGuillemet: 2, // a single closing guillemet after a letter outside ASCII, none before it (`SÉ›`): rarer than a closing double quote
  capitalDash: 2 // a capital outside ASCII alone before a dash, a quote or a mark like them and a lower-case ASCII word, or as a one-letter word between such words (`Ã–sterreich`, `Å’uvre`, `sane É” haa`); a stutter repeats an accented letter (`É—était`)
} as const

// Punctuation that words contain in real text: the apostrophe, middle dot
// (Catalan), hyphens and dashes, geresh, and ASCII.
function joinsWords(code: number, kind: Kind): boolean {
  return code < 0x80 || kind === Kind.Dash || code === 0x2019 || code === 0xb7 || code === 0x5f3 || code === 0x5f4
}

function isLetter(kind: Kind): boolean {
  return kind === Kind.Upper || kind === Kind.Lower || kind === Kind.Letter
}

function isSymbol(kind: Kind): boolean {
  return kind === Kind.Math || kind === Kind.Currency || kind === Kind.Modifier || kind === Kind.Symbol || kind === Kind.Drawing || kind === Kind.Number
}

/** @internal The script group of Latin letters, as {@link letterScriptOf} gives it. */
export const latinScript = latin

/** @internal What U+FFFD costs where it stands for a lost character (without what its neighbours add). */
export const replacementCost = weights.replacement
/** @internal What two letters side by side that no language writes both of cost. */
export const strangersCost = weights.strangers

/** @internal The script group of a letter (see `scriptNames`, from 1), or 0 if the character is no letter or of no script. */
export function letterScriptOf(codePoint: number): number {
  const info = infoOf(codePoint)
  return isLetter(kindOf(info)) ? scriptOf(info) : 0
}

/** @internal The script group of a letter, combining mark or digit (see letterScriptOf), or 0. */
export function wordScriptOf(codePoint: number): number {
  const info = infoOf(codePoint)
  return isWordKind(kindOf(info)) ? scriptOf(info) : 0
}

/**
 * @internal Whether the character belongs to a script's writing of words: a
 * letter, combining mark or digit (not a space, punctuation mark or symbol).
 */
export function isWordCharacter(codePoint: number): boolean {
  return isWordKind(kindOf(infoOf(codePoint)))
}

// Whether a character of this kind belongs to a script's writing of words (see isWordCharacter).
function isWordKind(kind: Kind): boolean {
  return isLetter(kind) || kind === Kind.Mark || kind === Kind.Digit
}

/** @internal Whether the character is a combining mark. */
export function isMarkCharacter(codePoint: number): boolean {
  return kindOf(infoOf(codePoint)) === Kind.Mark
}

/**
 * @internal Whether the character is one text uses plainly: a letter, digit,
 * punctuation mark or symbol, and not a rare one; not a space, control,
 * format character or unassigned code point.
 */
export function isPlainCharacter(codePoint: number): boolean {
  const info = infoOf(codePoint)
  const kind = kindOf(info)
  return kind !== Kind.Mark && kind < Kind.Space && (info & rare) === 0
}

/**
 * @internal How implausible `text.slice(from, to)` is as written text: 0
 * for anything ordinary, more for each oddity (see `weights`). The
 * characters are scored against their neighbours, which may lie outside the
 * range, and so are two characters on each side, whose score depends on the
 * range: two versions of a stretch can be compared in the same surroundings.
 */
export function implausibility(text: string, from: number, to: number): number {
  const start = moveBy(text, from, -2)
  const end = moveBy(text, to, 2)
  // Walk from the start of the word, to know its letters so far.
  let index = start
  while (index > 0 && start - index < 24 && !isSpaceCode(text.charCodeAt(index - 1))) index--
  // One state, reset per call: scoring is never nested, and this runs often.
  const word = state
  startWord(word)
  let cost = 0
  while (index < end) {
    const code = codePointAt(text, index)
    const width = code > 0xffff ? 2 : 1
    const info = infoOf(code)
    const kind = kindOf(info)
    if (kind === Kind.Space) {
      startWord(word)
    } else {
      if (index >= start) cost += characterCost(text, index + width, code, info, kind, word)
      if (isLetter(kind)) {
        if (code >= 0x80) word.accented++
        word.lastLetter = info
        word.upperRun = kind === Kind.Upper ? word.upperRun + 1 : 0
        const script = scriptOf(info)
        word.scripts[script >> 5]! |= 1 << (script & 31)
      } else if (kind !== Kind.Mark && kind !== Kind.Format) {
        word.upperRun = 0
        // Digits, ASCII punctuation and apostrophes separate words (`ç¬¬11条`, `abc/где`, `Путин’s`).
        if (kind === Kind.Digit || code < 0x80 || code === 0x2019) word.lastLetter = 0
      }
      // A soft hyphen is a place inside a word where it may break: the
      // letters on either side are neighbours, and their case pattern is the
      // word's (`SÃ\u00ADnis`, whose `Ã\u00AD` is `í`, is a word in capitals
      // going on in lower case).
      if (code !== 0xad) {
        word.previous = info
        word.previousCode = code
      }
    }
    index += width
  }
  return cost
}

const state: WordState = {previous: 0, previousCode: 0, lastLetter: 0, upperRun: 0, scripts: [0, 0], accented: 0}

function startWord(word: WordState): void {
  word.previous = 0
  word.previousCode = 0
  word.lastLetter = 0
  word.upperRun = 0
  word.scripts[0] = 0
  word.scripts[1] = 0
  word.accented = 0
}

interface WordState {
  previous: number // info of the previous character in the word, 0 at a word start
  previousCode: number
  lastLetter: number // info of the word's last letter, 0 if none since a separator
  upperRun: number // upper-case letters in a row
  scripts: [number, number] // the script groups of the word's letters so far, as bits
  accented: number // letters outside ASCII in the word so far
}

// `index` moved by `count` code points (negative: back), within the text.
function moveBy(text: string, index: number, count: number): number {
  let at = index
  for (let step = 0; step < Math.abs(count); step++) {
    if (count < 0) {
      if (at === 0) break
      at -= at > 1 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2)) ? 2 : 1
    } else {
      if (at >= text.length) break
      at += isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1
    }
  }
  return at
}

// `String.prototype.codePointAt`, quicker where there is no surrogate.
function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff ? text.codePointAt(index)! : code
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

// A comma, full stop, semicolon, colon, exclamation or question mark.
function isClauseEnd(code: number): boolean {
  return code === 0x2c || code === 0x2e || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0
}

function characterCost(text: string, nextIndex: number, code: number, info: number, kind: Kind, word: WordState): number {
  if (kind === Kind.Never) return weights.never
  if (kind === Kind.C1) return weights.c1
  if (kind === Kind.Control) return weights.control
  const {previous, previousCode, lastLetter} = word
  const previousKind = kindOf(previous)
  const nextCode = nextIndex < text.length ? codePointAt(text, nextIndex) : 0x20
  const next = isSpaceCode(nextCode) ? 0 : infoOf(nextCode)
  const nextKind = kindOf(next)
  let cost =
    kind === Kind.Replacement
      ? weights.replacement + ((isLetter(previousKind) || isSymbol(previousKind)) && isLeftover(previousCode) ? weights.leftover : 0)
      : 0
  if (info & uncommon) cost += weights.uncommon
  // A superscript digit that ends a word, before a space or ASCII
  // punctuation, marks a footnote or a power (`Hómé¹`, `km²;`): no rarer
  // than any mark after a letter, after an accented one too (`Ã³` is `ó`
  // where nothing else reads the text). Before anything else it may be a
  // continuation byte (`á¹±` is `ṱ`, E1 B9 B1; `á¹?wa`, a byte lost as `?`).
  if (isSuperscriptDigit(code) && isLetter(previousKind) && nextCode < 0x80 && !isLetter(nextKind) && nextCode !== 0x3f && nextCode !== 0x22)
    return cost + weights.letterSymbol
  // Ordinal indicators and superscripts after a number are as written (`2º`, `28.º`, `m²`).
  if (info & rare && !afterNumber(text, nextIndex, previousKind, previousCode)) {
    cost += weights.rare
    if (isLetter(previousKind) && previousCode >= 0x80) cost += weights.rare
  }

  if (kind === Kind.Mark) {
    // A variation selector picks the glyph of the character before it, a symbol as often as a letter (`❤️`).
    if (isVariationSelector(code)) return previous === 0 ? cost + weights.markAlone : cost
    // U+FFFD stands for a character lost on the way, a letter as often as
    // not: a mark of no script, or of the script of the letters nearest,
    // goes on it (`�̀` is `ọ̀` that lost a byte, `ה�ָבן` Yiddish `האָבן`).
    if (
      previous === 0 ||
      !(isLetter(previousKind) || previousKind === Kind.Mark || (previousKind === Kind.Replacement && markFitsAround(text, nextIndex, info)))
    )
      cost += weights.markAlone
    // A mark of a script of its own (a Devanagari vowel sign) composes with nothing and need not.
    else if (!(info & composes) && scriptOf(info) === 0) cost += weights.markApart
    const script = scriptOf(info)
    if (script !== 0 && lastLetter !== 0 && scriptOf(lastLetter) !== script) cost += scriptChangeCost(script, scriptOf(lastLetter))
    return cost
  }

  // A digit of another script is a letter here: alone among Latin letters it is a misreading (`۲a`).
  if (isLetter(kind) || (kind === Kind.Digit && code >= 0x80)) {
    const script = scriptOf(info)
    if (lastLetter !== 0) {
      const lastScript = scriptOf(lastLetter)
      if (script !== lastScript && script !== 0 && lastScript !== 0) cost += scriptChangeCost(script, lastScript)
    }
    // A letter outside ASCII between two dashes (`–ê—â–æ`, Cyrillic read as Mac OS Roman).
    if (code >= 0x80 && previousKind === Kind.Dash && nextKind === Kind.Dash) cost += weights.betweenDashes
    // A symbol that starts a word, glued to a letter outside ASCII (`√Ñ`,
    // `∆ô`, `├▒`: a lead byte's reading before a continuation byte's): symbols
    // end words (`5€`, `Â©`) or stand before ASCII or Greek (`°C`, `√x`,
    // `√π`, `│a│`), but do not open words of accented letters.
    if (
      lastLetter === 0 &&
      previousCode >= 0x80 &&
      !isMathLetter(info, code) &&
      (previousKind === Kind.Math || previousKind === Kind.Symbol || previousKind === Kind.Currency || previousKind === Kind.Drawing)
    )
      cost += weights.symbolBeforeLetter
    // An accented capital standing alone as a word with a no-break space and
    // a space after it (`Paris Â\u00A0 London`, `Ã\u00A0 la carte`: a
    // no-break space, `à`, misread), or two spaces and a word, where a page
    // reads it with a no-break space as a Latin lower-case letter many people
    // write (`Ã` as `à`: `tocca Ã  pruteghja`, `Bienvenue Ã  Paris`, `De 10
    // Ã  12`, the no-break space flattened); a capital of another script only
    // between lower-case Latin words (Windows-1253's `Γ` in `tocca Γ
    // pruteghja`; not Cyrillic `Г  Москва`, `слово Г  слово`). One-letter
    // words in capitals open sentences (`Å leve`, `É proibido`), stand in
    // titles (`Xi Ê Na`) or name a letter (`the letter Å is`), one space
    // after them; a double space typed after them makes no `Š` or `ʠ`.
    if (
      kind === Kind.Upper &&
      code >= 0x80 &&
      previous === 0 &&
      ((nextCode === 0xa0 && text.charCodeAt(nextIndex + 1) === 0x20) ||
        (nextCode === 0x20 &&
          text.charCodeAt(nextIndex + 1) === 0x20 &&
          wordAt(text, nextIndex + 2) &&
          isLowerLetterLead(code) &&
          (scriptOf(info) === latin || (lowerWordBefore(text, nextIndex - 1) && isLatinLowerAt(text, nextIndex + 2)))))
    )
      cost += weights.capitalAlone
    // An accented capital ending a capitalised word, glued by a no-break
    // space to a lower-case word (`GÃ\u00A0idhlig`, `CÃ\u00A0nan`: `à`,
    // C3 A0, misread in `Gàidhlig`). Words in capitals go on in capitals
    // after one (`SELKÄ\u00A0EDELLÄ`).
    if (kind === Kind.Upper && code >= 0x80 && previousKind === Kind.Upper && nextCode === 0xa0 && kindAt(text, nextIndex + 1) === Kind.Lower)
      cost += weights.capitalGlued
    // An accented capital right after a digit (`100Â km`, `5Â°`), or after a
    // number's full stop (`2.Âş`: `2.º`, Portuguese, misread through Windows-1250).
    if (kind === Kind.Upper && code >= 0x80 && afterNumber(text, nextIndex, previousKind, previousCode)) cost += weights.digitCapital
    // A capital alone as a word, glued to the comma or full stop before it,
    // that a code page reads as 0xC2 before a no-break space (`liburan,Â\u00A0tamasuak`,
    // `13.Â\u00A0pants`, `vi,В\u00A0ne`: a no-break space misread, C2 A0,
    // the only damage in the line). Clauses start after a space. Only before
    // the no-break space itself: text glues words to punctuation (Quechua
    // `JUK!Ä NASYURIMAN`, Tatar `[П..П ?]`), and before a space or another
    // lead's no-break space it could be any lead and its flattened or kept
    // byte (`Ä\u00A0` is `Ġ`, `É\u00A0` `ɠ`), a letter glued to the next word.
    if (kind === Kind.Upper && nextCode === 0xa0 && isClauseEnd(previousCode) && isNoBreakLead(code)) cost += weights.punctuationCapital
    if (isLetter(previousKind)) {
      // Only where the two are the word's only letters outside ASCII:
      // stylised text strings letters of many languages together
      // (`ÆŠTHËTÏÇ`), mojibake makes a pair of each letter (`ARTĂŤCULO`).
      if (word.accented === 1 && code >= 0x80 && !writtenTogether(previousCode, code) && !accentedAfter(text, nextIndex)) cost += weights.strangers
      const ascii = code < 0x80 && previousCode < 0x80
      if (kind === Kind.Upper && previousKind === Kind.Lower) cost += ascii ? weights.asciiLowerUpper : weights.lowerUpper
      if (kind === Kind.Lower && previousKind === Kind.Upper && word.upperRun >= 2 && !ascii) cost += weights.capsLower
    }
    // A letter of a script alone in a word of other characters (`2ף10`).
    if (script !== latin && script !== greek && script !== cjk && script !== 0) {
      // Modifier letters of no script (`ʼ`) go with any.
      const alone =
        (word.scripts[script >> 5]! & (1 << (script & 31))) === 0 &&
        !(isLetter(nextKind) && (scriptOf(next) === script || (nextKind === Kind.Letter && scriptOf(next) === 0))) &&
        !(nextKind === Kind.Digit && scriptOf(next) === script) &&
        !(previousKind === Kind.Digit && scriptOf(previous) === script) &&
        !(previousKind === Kind.Letter && scriptOf(previous) === 0) &&
        !isMarkOf(next, script)
      // Glued to digits, symbols or letters of another script; punctuation is no glue (`и…`).
      const glued = gluesTo(previousKind) || gluesTo(nextKind)
      const first = (word.scripts[script >> 5]! & (1 << (script & 31))) === 0
      // A word of one or two such letters among words of another script is stranded too (`1.Вє`).
      if ((alone && glued) || (first && stranded(text, nextIndex, script))) cost += weights.island
    }
    return cost
  }

  // A question mark inside a word may be a lost byte (`ARTÃ?CULO`).
  if (code === 0x3f && isLetter(previousKind) && isLetter(nextKind))
    return cost + (isLeftover(previousCode) ? weights.questionInWord + weights.leftover : weights.questionInWord)
  // Punctuation of a script, away from its letters (`5׀10`).
  const script = scriptOf(info)
  if (script !== 0 && script !== latin && script !== greek && script !== cjk && (word.scripts[script >> 5]! & (1 << (script & 31))) === 0) {
    if (scriptOf(next) !== script && (gluesTo(previousKind) || gluesTo(nextKind))) cost += weights.island
  }
  // A capital outside ASCII alone before a dash, a quote or a mark like them
  // (see isGluingPunctuation), a lower-case ASCII word after it
  // (`Ã–sterreich`, `Å’uvre`: `Ö` and `Œ` misread):
  // compounds join words, in capitals too (`MALMÖ—LUND`), and elision keeps
  // an ASCII letter (`L’homme`, `D’être`), or a word of its own script after
  // (`М’ясо`), not one accented capital to the rest of a word. So is one
  // between lower-case words, the word ending a letter after the mark at most
  // (`sane É” haa`, `kpokpwi É–o a`: Akan `ɔ`, Fon `ɖo`), unless a
  // quotation opened before closes there (`“Å” is`, `disse: “Não é. É” e`).
  // Only before ASCII, as below.
  if (
    isGluingPunctuation(code) &&
    capitalAloneAt(text, nextIndex - 2) &&
    ((isAsciiLower(nextCode) && isAsciiLower(text.charCodeAt(nextIndex + 1))) ||
      (betweenAsciiWords(text, nextIndex - 2, nextIndex) && !(closesQuotation(code) && quotationBefore(text, nextIndex - 3))))
  )
    cost += weights.capitalDash
  // Box drawing runs in lines (`╚═╝end`), frames text (`│ name │`,
  // `┤title├`) and cells of one letter (`├┤a┼┐a`), math puts one symbol
  // before a letter (`√x`, `∫dx`); two different drawing characters or math
  // symbols opening a word of lower-case letters are a lead byte and a
  // continuation byte read through code page 437 (`├╡igus` is `õigus`, C3
  // B5) or Mac OS Roman (`√≠nagdau`, `ínagdau`). Only before ASCII: a
  // letter outside it may be mojibake whose repair, scored as another
  // stretch, would count this one against it (`├╛j├│├░irnar`, `þjóðirnar`;
  // `É–oÉ–o`, `ɖoɖo`).
  if (
    (kind === Kind.Drawing || kind === Kind.Math) &&
    previousKind === kind &&
    previousCode !== code &&
    opensWord(kindAt(text, nextIndex - 3)) &&
    isAsciiLower(nextCode) &&
    isAsciiLower(text.charCodeAt(nextIndex + 1)) &&
    !framedAfter(text, nextIndex)
  )
    cost += weights.drawingBeforeWord
  // Box-drawing characters side by side connect (`├┤`, `═╗`, `┌─┐`, `║│`):
  // one reaching right meets one reaching left. Code page 437's reading of a
  // UTF-8 sequence pairs a lead with a continuation byte at random (`1┬║` is
  // `1º`, C2 BA: `┬` reaches right, `║` does not reach left).
  if (kind === Kind.Drawing && previousKind === Kind.Drawing && armsOf(previousCode) >> 1 !== (armsOf(code) & 1) && isLine(previousCode) && isLine(code))
    cost += weights.drawingApart
  // A soft hyphen marks where a word may break: between letters, two or more
  // before it. Right after a word's first letter, or ending a word, it is the
  // last byte of a sequence (`Ã\u00ADndice` is `índice`, `í` being C3 AD).
  if (code === 0xad && (!isLetter(nextKind) || !isLetter(kindAt(text, nextIndex - 3)))) cost += weights.softHyphen
  if (kind === Kind.Replacement || kind === Kind.Format || (!isSymbol(kind) && !isOddPunctuation(code) && joinsWords(code, kind))) return cost
  // Scripts written without spaces between words put their punctuation
  // between letters (`，`, `、` in Chinese, Tibetan's `་`, Ethiopic's `፡`);
  // no code page reads mojibake as their letters.
  if (!isSymbol(kind) && !isOddPunctuation(code) && writtenWithoutSpaces(word.lastLetter) && (writtenWithoutSpaces(next) || !isLetter(nextKind))) return cost
  const afterLetter = isLetter(previousKind) || previousKind === Kind.Mark
  // A keyboard's spacing accent (Latin-1's `´ ¨ ¸ ¯`) after an ASCII letter
  // stands for an apostrophe (`k´inal`, `XA´JCH`, `don´t`): no odder than a
  // letter then a symbol, inside a word too. No code page reads a lead byte
  // as an ASCII letter: mojibake puts one after an accented letter (`Ã¨`,
  // `Ä´`) or a symbol (`√´`, `┬┤`). Modifier letters beyond Latin-1 are
  // tone and stress marks (`MAR˹` is `MARË¹`).
  if (kind === Kind.Modifier && code < 0x100 && afterLetter && previousCode < 0x80) return cost + weights.letterSymbol
  // Math between ASCII letters is math (`a×b`); anything else between letters is not text.
  if (afterLetter && isLetter(nextKind) && !(kind === Kind.Math && isMathLetter(previous, previousCode) && isMathLetter(next, nextCode)))
    return cost + weights.symbolInWord
  // Nor is a closing guillemet and another quotation mark between letters,
  // or a closing guillemet and an opening mark after a word: quotation marks
  // stand at a word's edges, closing ones last (`Quá»‘c` is Vietnamese
  // `Quốc`, `ố` being E1 BB 91; Igbo `dá»‹`, `dị`, `ị` E1 BB 8B). Not an
  // apostrophe after it: a quoted name takes a possessive (`«Le Monde»’s`).
  if (code === 0xbb && afterLetter && (isOpeningQuote(nextCode) || (closesQuotation(nextCode) && isLetter(kindAt(text, nextIndex + 1)))))
    return cost + weights.symbolInWord
  // A low-9 quote that opens a word and is never closed (`‚Äôs`, Mac OS Roman's `’`),
  // or that stands inside a word (`20‚Äêm`): it opens quotations, after a space.
  if (code === 0x201a && isLetter(nextKind) && (previous === 0 ? !closedAfter(text, nextIndex) : isLetter(previousKind) || previousKind === Kind.Digit))
    cost += weights.unclosedQuote
  // An opening quote right after a letter outside ASCII (`Ã‘`, `Î‘`) opens
  // nothing; nor does a guillemet, unless it closes what `»` opened, as
  // German and Danish quote (`Â« Bonjour`, but `»JA, KÄ«`).
  if (
    (kind === Kind.Open || code === 0x2018 || code === 0x201c || ((code === 0xab || code === 0x2039) && !reversedBefore(text, nextIndex - 2, code))) &&
    previousCode >= 0x80 &&
    afterLetter
  )
    return cost + weights.openAfterLetter
  // A closing quote closes a quotation opened before it; right after two
  // letters outside ASCII, the second lower-case, and nothing opened, it is
  // the last byte of a three-byte sequence (`âœ”` is `✔`, E2 9C 94). After
  // a capital it may close one opened lines before (`ΟΧΙ”`, whose `Ι”` is
  // `ɔ` through Windows-1253), after one such letter end a word (`и”`, `ō'ē”`).
  if (code === 0x201d && previousKind === Kind.Lower && previousCode >= 0x80 && accentedLetterAt(text, nextIndex - 3) && !quotationBefore(text, nextIndex - 2))
    return cost + weights.unopenedQuote
  // So does a single guillemet after a letter outside ASCII: with none
  // before it, it closes nothing (`SÉ›` is `Sɛ`, `ɛ` being C9 9B; `‹Café›` closes).
  if (code === 0x203a && previousCode >= 0x80 && afterLetter && !standsBefore(text, nextIndex - 3, isSingleGuillemet)) return cost + weights.unopenedGuillemet
  if (!isSymbol(kind) && !isOddPunctuation(code)) return cost
  if (kind === Kind.Modifier && (afterLetter || isLetter(nextKind))) cost += weights.modifier
  // A mark of trade or copyright ends a name (`AHÅ™`, `CAFÉ®`): after one in capitals it is as written.
  else if (afterLetter && isTradeMark(code)) cost += word.upperRun >= 2 ? 0 : weights.letterSymbol
  // A footnote mark ends a word of two letters or more, the last one cased
  // (`JOSÉ†`, a name and the year its bearer died): no odder after an
  // accented letter than after any. Not a word of one letter (Armenian `և`, D6 87, is
  // `Ö‡`), nor after a mark or a letter of a script without case: there
  // `†` is as likely a zero-width joiner that lost its last byte before a
  // space (Malayalam `്` then `â€ `, E2 80 8D without 0x8D, reads with a
  // flattened no-break space as `†`, E2 80 A0).
  else if (
    (previousKind === Kind.Upper || previousKind === Kind.Lower) &&
    (code === 0x2020 || code === 0x2021) &&
    !isLetter(nextKind) &&
    isLetter(kindAt(text, nextIndex - 3))
  )
    cost += weights.letterSymbol
  // Spanish's inverted marks end a word only by mistake (`¡YO SÉ¡`, typed
  // on the wrong side): as odd after an accented letter as after any.
  // Box drawing after a word that opened after box drawing frames it (`┤Settings├┐`, `│Name├┐`).
  else if (afterLetter && !(kind === Kind.Drawing && framedBefore(text, nextIndex - 1)))
    cost += previousCode >= 0x80 && code !== 0xa1 && code !== 0xbf ? weights.accentSymbol : weights.letterSymbol
  // Two symbols of different kinds, or a symbol after odd punctuation (`√©`, `‘„™`).
  if (previousCode >= 0x80 && (isSymbol(previousKind) || isPunctuation(previousKind)) && symbolGroup(previousKind, previousCode) !== symbolGroup(kind, code)) {
    cost += weights.mixedSymbols
  }
  return cost
}

/** @internal Whether the code unit is a lower-case ASCII letter. */
export function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

// ASCII punctuation that ends a clause: `,` `.` `;` `:` `!` `?`.
function endsClause(code: number): boolean {
  return code === 0x2c || code === 0x2e || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f
}

function isAsciiLowerOrDigit(code: number): boolean {
  return isAsciiLower(code) || isDigit(code)
}

// Whether the character is a box-drawing line (U+2500–U+257F), not a block or shade.
function isLine(code: number): boolean {
  return code >= 0x2500 && code <= 0x257f
}

// Whether what follows a character of this kind starts a word: it is no letter, mark or box drawing.
function opensWord(kind: Kind): boolean {
  return !(isLetter(kind) || kind === Kind.Mark || kind === Kind.Drawing)
}

// Whether the letters that end before `index` are a capitalised word that
// follows a box-drawing character, as labels and titles in frames do
// (`┤Title`); a letter or two between drawing characters may be mojibake
// (`├╝ng├╝n` is `üngün`).
function framedBefore(text: string, index: number): boolean {
  let at = index - 1
  while (at >= 0 && index - at < 24 && isLetter(kindAt(text, at))) at--
  return at < index - 2 && kindAt(text, at + 1) === Kind.Upper && kindAt(text, at) === Kind.Drawing
}

// Whether the letters that start at `index` run into a box-drawing character (`┤title├`).
function framedAfter(text: string, index: number): boolean {
  let at = index
  while (at < text.length && at - index < 24 && isLetter(kindAt(text, at))) at++
  return kindAt(text, at) === Kind.Drawing
}

// Dashes, curly quotes, guillemets, the middle dot and the trade mark sign:
// what Windows-1252 reads continuation bytes 0x8B, 0x91–0x9B, 0xAB, 0xB7 and 0xBB as.
function isGluingPunctuation(code: number): boolean {
  return (
    code === 0x2013 ||
    code === 0x2014 ||
    (code >= 0x2018 && code <= 0x201d && code !== 0x201a && code !== 0x201b) ||
    code === 0x2039 ||
    code === 0x203a ||
    code === 0xab ||
    code === 0xbb ||
    code === 0xb7 ||
    code === 0x2122
  )
}

function isSingleGuillemet(code: number): boolean {
  return code === 0x2039 || code === 0x203a
}

// Quotes that may close a quotation (`”`, and guillemets either way round: `«…»`, `»…«`).
function closesQuotation(code: number): boolean {
  return code === 0x201d || code === 0xab || code === 0xbb || code === 0x2039 || code === 0x203a
}

// Whether the character at `index` is a capital outside ASCII that stands alone after a space or the text's start.
function capitalAloneAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 0x80 && kindAt(text, index) === Kind.Upper && (index === 0 || isSpaceCode(text.charCodeAt(index - 1)))
}

// Whether a letter before U+FFFD or `?` may be left over from the sequence
// it lost a byte of: one that some code page reads as a lead byte (`Ã�`,
// `Ä?`), not a letter a repair gave (`ү�`, whose lead was read).
function isLeftover(code: number): boolean {
  return code >= 0x80 && code <= 0xffff && isLeadByte(code)
}

// Whether a letter (by its info; 0 for none) is of a script written without spaces between words.
function writtenWithoutSpaces(info: number): boolean {
  return info !== 0 && isLetter(kindOf(info)) && spaceless.has(scriptOf(info))
}

// Whether the character is a quotation mark that opens: `‘`, `“`, `‹`, `«`.
function isOpeningQuote(code: number): boolean {
  return code === 0x2018 || code === 0x201c || code === 0x2039 || code === 0xab
}

// Punctuation that marks notes and lists, not sentences: ¡ § ¶ ¿ † ‡ • ‰ ‱.
// It never ends a word (`KÃ¶`), unlike `…` or `»`.
function isOddPunctuation(code: number): boolean {
  return code === 0xa1 || code === 0xa7 || code === 0xb6 || code === 0xbf || (code >= 0x2020 && code <= 0x2022) || code === 0x2030 || code === 0x2031
}

// Letters math writes around its symbols: ASCII and Greek (`x∈ℝ`, `2π×r`).
function isMathLetter(info: number, code: number): boolean {
  return code < 0x80 || scriptOf(info) === greek
}

// Whether the word that starts before `end` (the index after its first
// letter) is one or two letters of `script` among words of other scripts
// (`Г` in `droit Г accéder`, `ײ` in `½×¾ and ײ`).
function stranded(text: string, end: number, script: number): boolean {
  let start = end - 1
  while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) if (end - --start > 8) return false
  let stop = end
  while (stop < text.length && !isSpaceCode(text.charCodeAt(stop))) if (++stop - start > 8) return false
  let letters = 0
  for (let index = start; index < stop; index++) {
    const info = infoOf(text.charCodeAt(index))
    if (!isLetter(kindOf(info))) continue
    if (scriptOf(info) !== script && scriptOf(info) !== 0) return false
    if (++letters > 2) return false
  }
  const before = nearestLetterScript(text, start - 1, -1, script)
  const after = nearestLetterScript(text, stop, 1, script)
  return (before !== -1 || after !== -1) && before !== script && after !== script
}

// Whether the mark ending at `end` (by its info) has no script of its own, or
// that of the nearest letter before or after it (within 24 characters).
function markFitsAround(text: string, end: number, info: number): boolean {
  const script = scriptOf(info)
  if (script === 0) return true
  return nearestLetterScript(text, end - 2, -1, script) === script || nearestLetterScript(text, end, 1, script) === script
}

// The script of the nearest letter from `index` in direction `step`, within
// a few words and within the line; -1 if none, or if it is outside ASCII and of a script other
// than `own`: that may be mojibake still to repair, not the text around. A
// letter of `own` script is the text around (`; и” — Reuters`).
function nearestLetterScript(text: string, index: number, step: number, own: number): number {
  for (let at = index, seen = 0; at >= 0 && at < text.length && seen < 24; at += step, seen++) {
    const code = text.charCodeAt(at)
    // Within the line: another line may come from elsewhere.
    if (code === 0x0a) break
    const info = infoOf(code)
    if (isLetter(kindOf(info)) && scriptOf(info) !== 0) return code < 0x80 || scriptOf(info) === own ? scriptOf(info) : -1
  }
  return -1
}

function scriptChangeCost(script: number, other: number): number {
  return (script === latin && other === greek) || (script === greek && other === latin) ? weights.mathScripts : weights.scriptChange
}

function gluesTo(kind: Kind): boolean {
  return isLetter(kind) || isSymbol(kind) || kind === Kind.Digit
}

// Whether a single quote that closes (`‘ ’ ‛`) follows within a few words.
function closedAfter(text: string, index: number): boolean {
  const end = Math.min(text.length, index + 64)
  for (let at = index; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x2018 || code === 0x2019 || code === 0x201b || code === 0x27) return true
  }
  return false
}

// Whether `»` (for `«`) or `›` (for `‹`) stands within a few sentences before `index`.
function reversedBefore(text: string, index: number, code: number): boolean {
  const opener = code === 0xab ? 0xbb : 0x203a
  return standsBefore(text, index, (at) => at === opener)
}

// Whether a space, then a word ending in a lower-case Latin letter, stand before `index`.
function lowerWordBefore(text: string, index: number): boolean {
  return index >= 2 && text.charCodeAt(index - 1) === 0x20 && isLatinLowerAt(text, index - 2)
}

// Whether a lower-case Latin letter stands at `index`.
function isLatinLowerAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  const info = infoOf(text.charCodeAt(index))
  return kindOf(info) === Kind.Lower && scriptOf(info) === latin
}

// Whether a word (a letter or a digit) starts at `index`.
function wordAt(text: string, index: number): boolean {
  const kind = kindAt(text, index)
  return isLetter(kind) || kind === Kind.Digit
}

// Whether a lower-case ASCII word or a number ends before the space before
// `before`, and a word ends at `index` or after one lower-case ASCII letter
// there (a comma or full stop may close it), and a space and a lower-case
// ASCII letter or a digit follow (`10 Ã— 20`: `×` misread). ASCII, for a
// letter outside it may be mojibake whose repair, scored as another
// stretch, would count this one against it (`x Г· ПЂ`: `π` after `÷`).
function betweenAsciiWords(text: string, before: number, index: number): boolean {
  let at = isAsciiLower(text.charCodeAt(index)) ? index + 1 : index
  if (endsClause(text.charCodeAt(at))) at++
  return (
    before >= 2 &&
    text.charCodeAt(before - 1) === 0x20 &&
    isAsciiLowerOrDigit(text.charCodeAt(before - 2)) &&
    text.charCodeAt(at) === 0x20 &&
    isAsciiLowerOrDigit(text.charCodeAt(at + 1))
  )
}

function accentedLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 0x80 && isLetter(kindOf(infoOf(code)))
}

// Whether a double quote of any style (`“ „ ” « » "`, `「 『`) stands within
// a few sentences before `index`: a quotation a closing quote may close.
function quotationBefore(text: string, index: number): boolean {
  return standsBefore(
    text,
    index,
    (code) => code === 0x22 || (code >= 0x201c && code <= 0x201f) || code === 0xab || code === 0xbb || code === 0x300c || code === 0x300e
  )
}

// Whether a character that `matches` stands at `index` or within the 255 before it.
function standsBefore(text: string, index: number, matches: (code: number) => boolean): boolean {
  for (let at = index; at >= 0 && index - at < 256; at--) if (matches(text.charCodeAt(at))) return true
  return false
}

function isTradeMark(code: number): boolean {
  return code === 0x2122 || code === 0xae || code === 0xa9 || code === 0x2120
}

function isPunctuation(kind: Kind): boolean {
  return kind === Kind.Dash || kind === Kind.Open || kind === Kind.Close || kind === Kind.Quote || kind === Kind.Punctuation
}

function isMarkOf(info: number, script: number): boolean {
  return kindOf(info) === Kind.Mark && scriptOf(info) === script
}

// Symbols that are used together: box drawing with box drawing, math with
// math… and Latin-1's symbols with Latin-1's: a symbol of Latin-1 beside a
// symbol of a later block (`¬∫`, `√±`) is how Mac OS Roman reads a lead and
// a continuation byte, not how math is written (`±∞`, `−∞` have no lead byte).
// Shades and blocks (`░▒▓█`) fill; lines (`├─┐`) draw: a line glued to a
// shade (`├▒`, `╨░`) is code page 437's reading of a lead and a continuation byte.
function symbolGroup(kind: Kind, code: number): number {
  const group = kind === Kind.Number ? (code < 0x100 ? Kind.Number : Kind.Math) : kind
  if (group === Kind.Drawing && code >= 0x2580) return group + 64
  return code < 0x100 ? group : group + 32
}

function isSuperscriptDigit(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || (code >= 0x2070 && code <= 0x2079)
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

// Whether the character ending at `nextIndex` follows a digit, or a number's
// full stop (`2.º`, `2.Âş`): `previousKind` and `previousCode` are the character's before it.
function afterNumber(text: string, nextIndex: number, previousKind: Kind, previousCode: number): boolean {
  return previousKind === Kind.Digit || (previousCode === 0x2e && isDigit(text.charCodeAt(nextIndex - 3)))
}

// Whether the rest of the word from `index` (up to 32 characters) holds a
// letter outside ASCII, or a combining mark that makes one (decomposed `i\u0323` is `ị`).
function accentedAfter(text: string, index: number): boolean {
  for (let at = index; at < text.length && at < index + 32; at++) {
    const code = text.charCodeAt(at)
    if (isSpaceCode(code)) return false
    const kind = code >= 0x80 ? kindOf(infoOf(code)) : Kind.Unknown
    if (isLetter(kind) || kind === Kind.Mark) return true
  }
  return false
}

function isVariationSelector(code: number): boolean {
  return (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef)
}
