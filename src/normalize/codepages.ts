// The upper halves (bytes 0x80–0xFF) of the single-byte code pages that UTF-8
// text is most often misread as. Written out from the published code pages;
// the lower halves are ASCII in all of them.

/**
 * Windows-1252 (the WHATWG `windows-1252` index). The five bytes it leaves
 * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to the C1 control of the
 * same number, as in browsers and Latin-1.
 */
const windows1252 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178' +
  latin1Range(0xa0, 0x100)

/** Mac OS Roman, with 0xDB as the euro sign (Apple's mapping since Mac OS 8.5). */
const macRoman =
  '\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8' +
  '\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3\u00F2\u00F4\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC' +
  '\u2020\u00B0\u00A2\u00A3\u00A7\u2022\u00B6\u00DF\u00AE\u00A9\u2122\u00B4\u00A8\u2260\u00C6\u00D8' +
  '\u221E\u00B1\u2264\u2265\u00A5\u00B5\u2202\u2211\u220F\u03C0\u222B\u00AA\u00BA\u03A9\u00E6\u00F8' +
  '\u00BF\u00A1\u00AC\u221A\u0192\u2248\u2206\u00AB\u00BB\u2026\u00A0\u00C0\u00C3\u00D5\u0152\u0153' +
  '\u2013\u2014\u201C\u201D\u2018\u2019\u00F7\u25CA\u00FF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02' +
  '\u2021\u00B7\u201A\u201E\u2030\u00C2\u00CA\u00C1\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u00D3\u00D4' +
  '\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC\u00AF\u02D8\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7'

/** IBM code page 437, the original PC and DOS console character set. */
const cp437 =
  '\u00C7\u00FC\u00E9\u00E2\u00E4\u00E0\u00E5\u00E7\u00EA\u00EB\u00E8\u00EF\u00EE\u00EC\u00C4\u00C5' +
  '\u00C9\u00E6\u00C6\u00F4\u00F6\u00F2\u00FB\u00F9\u00FF\u00D6\u00DC\u00A2\u00A3\u00A5\u20A7\u0192' +
  '\u00E1\u00ED\u00F3\u00FA\u00F1\u00D1\u00AA\u00BA\u00BF\u2310\u00AC\u00BD\u00BC\u00A1\u00AB\u00BB' +
  '\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510' +
  '\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567' +
  '\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580' +
  '\u03B1\u00DF\u0393\u03C0\u03A3\u03C3\u00B5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229' +
  '\u2261\u00B1\u2265\u2264\u2320\u2321\u00F7\u2248\u00B0\u2219\u00B7\u221A\u207F\u00B2\u25A0\u00A0'

function latin1Range(from: number, to: number): string {
  let text = ''
  for (let code = from; code < to; code++) text += String.fromCharCode(code)
  return text
}

/** A code page misreading that {@link fixMojibake} knows how to undo. */
export type CodePage = 'windows-1252' | 'macintosh' | 'cp437'

/** The characters bytes 0x80–0xFF decode to, per code page. */
export const upperHalves: Readonly<Record<CodePage, string>> = {
  'windows-1252': windows1252,
  macintosh: macRoman,
  cp437
}

/**
 * Reverse table: UTF-16 code unit → byte (0x80–0xFF), 0 where the character
 * is not in the code page. For Windows-1252 the C1 controls map to their own
 * byte as well, so Latin-1 misreadings (and mixtures of the two) encode back.
 */
export function encoderFor(page: CodePage): Uint8Array {
  const cached = encoders.get(page)
  if (cached) return cached
  const table = new Uint8Array(0x10000)
  if (page === 'windows-1252') for (let byte = 0x80; byte < 0xa0; byte++) table[byte] = byte
  const half = upperHalves[page]
  for (let index = 0; index < 128; index++) table[half.charCodeAt(index)] = 0x80 + index
  encoders.set(page, table)
  return table
}

const encoders = new Map<CodePage, Uint8Array>()

/** Decode a Windows-1252 byte in 0x80–0x9F (a C1 control read as Latin-1) to its character. */
export function windows1252Character(byte: number): string {
  return windows1252.charAt(byte - 0x80)
}
