// The single-byte code pages that UTF-8 text is misread as, as one table:
// adding a code page is one entry here (and its fixtures). The byte tables
// come from `TextDecoder` (the WHATWG encodings, in Node and every browser);
// only code page 437, which WHATWG does not define, is written out.

/** A code page misreading that {@link fixMojibake} knows how to undo. */
export type CodePage =
  | 'windows-1252'
  | 'windows-1251'
  | 'windows-1250'
  | 'iso-8859-2'
  | 'windows-1253'
  | 'windows-1254'
  | 'windows-1257'
  | 'macintosh'
  | 'cp437'

interface CodePageEntry {
  name: CodePage
  /**
   * Whether C1 controls (U+0080–U+009F) stand for their own byte even where
   * the page defines it: text read as Latin-1, which WHATWG and this table
   * fold into Windows-1252, has them. (Every page takes a byte it leaves
   * undefined back from the Latin-1 character of that number; ISO-8859-2 has
   * the C1 controls as its own.)
   */
  c1: boolean
  /** The characters of bytes 0x80–0xFF, where `TextDecoder` does not know the page. */
  upperHalf?: string
  /**
   * The characters of bytes 0x80–0x9F, for runtimes whose `TextDecoder`
   * reads them as C1 controls (Latin-1) against the WHATWG index: Node.js 20
   * does so for Windows-1252.
   */
  controlRange?: string
}

// Windows-1252 bytes 0x80–0x9F (the WHATWG index; the five bytes it leaves
// undefined stay C1 controls, as in browsers).
const windows1252Controls =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

/**
 * IBM code page 437, the original PC and DOS console character set: the one
 * page here that WHATWG (and so `TextDecoder`) does not define.
 */
const cp437 =
  '\u00C7\u00FC\u00E9\u00E2\u00E4\u00E0\u00E5\u00E7\u00EA\u00EB\u00E8\u00EF\u00EE\u00EC\u00C4\u00C5' +
  '\u00C9\u00E6\u00C6\u00F4\u00F6\u00F2\u00FB\u00F9\u00FF\u00D6\u00DC\u00A2\u00A3\u00A5\u20A7\u0192' +
  '\u00E1\u00ED\u00F3\u00FA\u00F1\u00D1\u00AA\u00BA\u00BF\u2310\u00AC\u00BD\u00BC\u00A1\u00AB\u00BB' +
  '\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510' +
  '\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567' +
  '\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580' +
  '\u03B1\u00DF\u0393\u03C0\u03A3\u03C3\u00B5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229' +
  '\u2261\u00B1\u2265\u2264\u2320\u2321\u00F7\u2248\u00B0\u2219\u00B7\u221A\u207F\u00B2\u25A0\u00A0'

/**
 * The code pages, in order of preference: when two pages explain a run
 * equally well (Windows-1252 and Windows-1254 share most bytes), the first
 * one's reading is kept.
 */
const table: readonly CodePageEntry[] = [
  {name: 'windows-1252', c1: true, controlRange: windows1252Controls}, // also Latin-1 (ISO-8859-1), which WHATWG reads as Windows-1252
  {name: 'windows-1251', c1: false},
  {name: 'windows-1250', c1: false},
  {name: 'iso-8859-2', c1: false},
  {name: 'windows-1253', c1: false},
  {name: 'windows-1254', c1: false},
  {name: 'windows-1257', c1: false},
  {name: 'macintosh', c1: false},
  {name: 'cp437', c1: false, upperHalf: cp437}
]

/** Whether text misread through `page` may have been read as Latin-1, C1 controls and all. */
export function readsLatin1(page: CodePage): boolean {
  return table[pageIndex[page]]!.c1
}

/** The characters of Windows-1252's bytes 0x80–0x9F, which Latin-1 reads as C1 controls. */
export const windows1252Only = new RegExp(`[${[...windows1252Controls].filter((character) => character.charCodeAt(0) > 0x9f).join('')}]`)

/** Every code page {@link fixMojibake} knows, in order of preference. */
export const codePages: readonly CodePage[] = table.map((entry) => entry.name)

/** The index of each code page in {@link codePages}. */
export const pageIndex: Readonly<Record<CodePage, number>> = Object.fromEntries(codePages.map((name, index) => [name, index])) as Record<CodePage, number>

const upperHalves = new Map<CodePage, string | undefined>()

/**
 * The characters bytes 0x80–0xFF decode to in `page`, or undefined if the
 * runtime's `TextDecoder` does not know the page (a build of Node.js without
 * full ICU): the page is then skipped. A byte the page leaves undefined is U+FFFD.
 */
export function upperHalf(page: CodePage): string | undefined {
  if (upperHalves.has(page)) return upperHalves.get(page)
  const entry = table[pageIndex[page]]!
  let half = entry.upperHalf
  if (half === undefined) {
    const bytes = new Uint8Array(128)
    for (let index = 0; index < 128; index++) bytes[index] = 0x80 + index
    half = decodeBytes(page, bytes)
    if (half === undefined) return undefined
    if (entry.controlRange !== undefined && half.charCodeAt(0) === 0x80) half = entry.controlRange + half.slice(32)
  }
  upperHalves.set(page, half)
  return half
}

function decodeBytes(page: CodePage, bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder(page).decode(bytes)
    // WHATWG decoders turn an undefined byte into U+FFFD: one character per byte.
    return text.length === bytes.length ? text : undefined
  } catch {
    return undefined
  }
}

const encoders = new Map<CodePage, Uint8Array>()

/**
 * Reverse table: UTF-16 code unit → byte (0x80–0xFF), 0 where the character
 * is not in the code page. A byte the page leaves undefined is read back from
 * the Latin-1 character of the same number, as lenient decoders write it;
 * on pages with `c1`, C1 controls map to their own byte too, so text read
 * as Latin-1 (or ISO-8859-x) and text mixing both encode back.
 */
export function encoderFor(page: CodePage): Uint8Array {
  const cached = encoders.get(page)
  if (cached) return cached
  const encoder = new Uint8Array(0x10000)
  const half = upperHalf(page)
  encoders.set(page, encoder)
  if (half === undefined) return encoder
  if (table[pageIndex[page]]!.c1) for (let byte = 0x80; byte < 0xa0; byte++) encoder[byte] = byte
  for (let index = 0; index < 128; index++) {
    const code = half.charCodeAt(index)
    if (code !== 0xfffd) encoder[code] = 0x80 + index
  }
  for (let index = 0; index < 128; index++) {
    const latin1 = 0x80 + index
    if (half.charCodeAt(index) === 0xfffd && encoder[latin1] === 0) encoder[latin1] = latin1
  }
  return encoder
}

const lossy = new Map<CodePage, [undefinedBytes: number[], lossyBytes: number[]]>()

/**
 * The bytes that a decoder of `page` may lose on the way: those the page
 * leaves undefined or reads as C1 controls (which text filters drop).
 * Windows-1252 text is also read as Latin-1, so all of 0x80–0x9F.
 */
export function lossyBytes(page: CodePage): readonly number[] {
  return lostBytes(page)[1]
}

/** The bytes `page` leaves undefined (or defines as C1 controls, as ISO-8859-2 does). */
export function undefinedBytes(page: CodePage): readonly number[] {
  return lostBytes(page)[0]
}

function lostBytes(page: CodePage): [number[], number[]] {
  const cached = lossy.get(page)
  if (cached) return cached
  const half = upperHalf(page) ?? ''
  const c1 = table[pageIndex[page]]!.c1
  const missing: number[] = []
  const lost: number[] = []
  for (let index = 0; index < half.length; index++) {
    const code = half.charCodeAt(index)
    const undefinedByte = code === 0xfffd || (code >= 0x80 && code <= 0x9f)
    if (undefinedByte) missing.push(0x80 + index)
    if (undefinedByte || (c1 && index < 0x20)) lost.push(0x80 + index)
  }
  const result: [number[], number[]] = [missing, lost]
  lossy.set(page, result)
  return result
}

/** Decode a Windows-1252 byte in 0x80–0x9F (a C1 control read as Latin-1) to its character. */
export function windows1252Character(byte: number): string {
  return windows1252Controls.charAt(byte - 0x80)
}
