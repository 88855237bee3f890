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

/** Character classes, from the Unicode general category. */
const enum Kind {
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
const uncommon = 1 << 13 // a letter of Latin Extended-B or the phonetic alphabet: written, but less often than Latin-1's

const bmp = new Uint16Array(0x10000)
const astral = new Map<number, number>()

function lookUp(codePoint: number): number {
  const character = String.fromCodePoint(codePoint)
  const match = kindPattern.exec(character)
  let kind = Kind.Never
  if (codePoint === 0xfffd) kind = Kind.Replacement
  else if (match) kind = kindOfGroup[match.findIndex((group, index) => index > 0 && group !== undefined) - 1]!
  if ((codePoint & 0xfffe) === 0xfffe || (codePoint >= 0xfdd0 && codePoint <= 0xfdef)) kind = Kind.Never
  let info: number = kind
  if (kind <= Kind.Mark) {
    const script = scriptPattern.exec(character)
    const group = script ? script.findIndex((value, index) => index > 0 && value !== undefined) : commonScript.test(character) ? 0 : otherScript
    info |= group << 5
  }
  if (isRare(codePoint, character, kind)) info |= rare
  else if (kind <= Kind.Letter && codePoint >= 0x180 && codePoint < 0x2b0) info |= uncommon
  if (kind === Kind.Mark && /\p{L}/u.test(('a' + character).normalize('NFC'))) info |= composes
  return info
}

// Letters and symbols that ordinary text in any language seldom has:
// compatibility characters (`ſ`, `ª`, `½`, `ǆ`), letters of the phonetic and
// archaic blocks, and the technical symbols around box drawing.
function isRare(codePoint: number, character: string, kind: Kind): boolean {
  if (kind === Kind.Upper || kind === Kind.Lower || kind === Kind.Letter) {
    if (codePoint < 0x80) return false
    if (character.normalize('NFKC') !== character) return true
    return (codePoint >= 0x1d00 && codePoint < 0x1e00) || (codePoint >= 0xa720 && codePoint < 0xa800) || (codePoint >= 0x2c60 && codePoint < 0x2c80)
  }
  if (kind === Kind.Number) return codePoint < 0x100 // ¹²³¼½¾ outside math and units
  if (kind === Kind.Math || kind === Kind.Symbol) return codePoint >= 0x2300 && codePoint < 0x2400 // ⌐ ⌠ ⌡
  return false
}

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

/** What each kind of oddity costs. */
const weights = {
  never: 8, // private use, unassigned, noncharacter, lone surrogate
  c1: 5, // a C1 control
  control: 3, // any other control character
  replacement: 1.5, // U+FFFD, the mark of a lossy repair
  rare: 1, // a rare letter or symbol
  uncommon: 0.5, // a less common letter (`ƭ` against `í`)
  scriptChange: 4, // letters of two scripts inside one word
  island: 3, // a letter of a script with no letter of that script around it, in a word of other characters
  lowerUpper: 2, // a lower-case letter then an upper-case one, inside a word, one of them not ASCII
  asciiLowerUpper: 0.5, // the same in ASCII (`iPhone`, `McDonald`)
  capsLower: 1.5, // two upper-case letters then a lower-case one, one of them not ASCII (`MÃœ`, `AHř`)
  symbolInWord: 3, // a symbol or odd punctuation mark between two letters (`cafÃ©s`, `pi√π`)
  letterSymbol: 1, // a letter then a symbol, at the end of a word (`Â©`)
  capitalSymbol: 2, // the same after an accented capital
  modifier: 2, // a spacing accent (`¨ ´ ¸`) next to a letter
  mixedSymbols: 1, // two symbols of different kinds side by side (`√©`, `├⌐`)
  markAlone: 4, // a combining mark after no letter
  markApart: 1 // a combining mark that composes with no letter
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
  const word: WordState = {previous: 0, previousCode: 0, lastLetter: 0, upperRun: 0, scripts: [0, 0]}
  let cost = 0
  while (index < end) {
    const code = text.codePointAt(index)!
    const width = code > 0xffff ? 2 : 1
    const info = infoOf(code)
    const kind = kindOf(info)
    if (kind === Kind.Space) {
      word.previous = 0
      word.previousCode = 0
      word.lastLetter = 0
      word.upperRun = 0
      word.scripts[0] = 0
      word.scripts[1] = 0
    } else {
      if (index >= start) cost += characterCost(text, index + width, code, info, kind, word)
      if (isLetter(kind)) {
        word.lastLetter = info
        word.upperRun = kind === Kind.Upper ? word.upperRun + 1 : 0
        const script = scriptOf(info)
        word.scripts[script >> 5]! |= 1 << (script & 31)
      } else if (kind !== Kind.Mark && kind !== Kind.Format) {
        word.upperRun = 0
        // Digits and ASCII punctuation separate words (`ç¬¬11条`, `abc/где`).
        if (kind === Kind.Digit || code < 0x80) word.lastLetter = 0
      }
      word.previous = info
      word.previousCode = code
    }
    index += width
  }
  return cost
}

interface WordState {
  previous: number // info of the previous character in the word, 0 at a word start
  previousCode: number
  lastLetter: number // info of the word's last letter, 0 if none since a separator
  upperRun: number // upper-case letters in a row
  scripts: [number, number] // the script groups of the word's letters so far, as bits
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

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
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
  const nextCode = text.codePointAt(nextIndex) ?? 0x20
  const next = isSpaceCode(nextCode) ? 0 : infoOf(nextCode)
  const nextKind = kindOf(next)
  let cost = kind === Kind.Replacement ? weights.replacement : 0
  if (info & uncommon) cost += weights.uncommon
  if (info & rare && !(previousKind === Kind.Digit)) {
    cost += weights.rare
    if (isLetter(previousKind) && previousCode >= 0x80) cost += weights.rare
  }

  if (kind === Kind.Mark) {
    if (previous === 0 || !(isLetter(previousKind) || previousKind === Kind.Mark)) cost += weights.markAlone
    else if (!(info & composes)) cost += weights.markApart
    const script = scriptOf(info)
    if (script !== 0 && lastLetter !== 0 && scriptOf(lastLetter) !== script) cost += weights.scriptChange
    return cost
  }

  if (isLetter(kind)) {
    const script = scriptOf(info)
    if (lastLetter !== 0) {
      const lastScript = scriptOf(lastLetter)
      if (script !== lastScript && script !== 0 && lastScript !== 0) cost += weights.scriptChange
    }
    if (isLetter(previousKind)) {
      const ascii = code < 0x80 && previousCode < 0x80
      if (kind === Kind.Upper && previousKind === Kind.Lower) cost += ascii ? weights.asciiLowerUpper : weights.lowerUpper
      if (kind === Kind.Lower && previousKind === Kind.Upper && word.upperRun >= 2 && !ascii) cost += weights.capsLower
    }
    // A letter of a script alone in a word of other characters (`2ף10`).
    if (script !== latin && script !== greek && script !== cjk && script !== 0) {
      const alone = (word.scripts[script >> 5]! & (1 << (script & 31))) === 0 && !(isLetter(nextKind) && scriptOf(next) === script) && !isMarkOf(next, script)
      const glued = (previous !== 0 && previousKind !== Kind.Mark) || (next !== 0 && nextKind !== Kind.Mark)
      if (alone && glued) cost += weights.island
    }
    return cost
  }

  if (kind === Kind.Replacement || kind === Kind.Format || (!isSymbol(kind) && !isOddPunctuation(code) && joinsWords(code, kind))) return cost
  const afterLetter = isLetter(previousKind) || previousKind === Kind.Mark
  if (afterLetter && isLetter(nextKind)) return cost + weights.symbolInWord
  if (!isSymbol(kind) && !isOddPunctuation(code)) return cost
  if (kind === Kind.Modifier && (afterLetter || isLetter(nextKind))) cost += weights.modifier
  else if (afterLetter) cost += previousKind === Kind.Upper && previousCode >= 0x80 ? weights.capitalSymbol : weights.letterSymbol
  // Two symbols of different kinds, or a symbol after odd punctuation (`√©`, `‘„™`).
  if (previousCode >= 0x80 && (isSymbol(previousKind) || isPunctuation(previousKind)) && symbolGroup(previousKind, previousCode) !== symbolGroup(kind, code)) {
    cost += weights.mixedSymbols
  }
  return cost
}

// Punctuation that marks notes and lists, not sentences: ¡ § ¶ ¿ † ‡ • ‰ ‱.
// It never ends a word (`KÃ¶`), unlike `…` or `»`.
function isOddPunctuation(code: number): boolean {
  return code === 0xa1 || code === 0xa7 || code === 0xb6 || code === 0xbf || (code >= 0x2020 && code <= 0x2022) || code === 0x2030 || code === 0x2031
}

function isPunctuation(kind: Kind): boolean {
  return kind === Kind.Dash || kind === Kind.Open || kind === Kind.Close || kind === Kind.Quote || kind === Kind.Punctuation
}

function isMarkOf(info: number, script: number): boolean {
  return kindOf(info) === Kind.Mark && scriptOf(info) === script
}

// Symbols that are used together: box drawing with box drawing, math with math…
function symbolGroup(kind: Kind, code: number): number {
  if (kind === Kind.Number) return code < 0x100 ? Kind.Number : Kind.Math
  return kind
}
