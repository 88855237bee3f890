import {windows1252Character} from '../normalize/codepages.js'

/**
 * How the CLI reads bytes as text. The codecs are the runtime's own
 * `TextDecoder` (the WHATWG Encoding Standard): this module only decides
 * which one to use and finds where the input breaks it, so a damaged file is
 * reported with its byte offset instead of turning silently into U+FFFD.
 */

/** A byte order mark: the encoding it announces and its length in bytes. */
interface Bom {
  encoding: string
  length: number
}

// The Encoding Standard's BOM sniffing: a BOM overrides any label.
const boms: ReadonlyArray<{bytes: readonly number[]; encoding: string}> = [
  {bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8'},
  {bytes: [0xfe, 0xff], encoding: 'utf-16be'},
  {bytes: [0xff, 0xfe], encoding: 'utf-16le'}
]

/** Longest byte order mark: read this many bytes before sniffing. */
export const bomBytes = 3

/** The byte order mark `bytes` starts with, if any. */
export function sniffBom(bytes: Uint8Array): Bom | undefined {
  for (const bom of boms) {
    if (bom.bytes.every((byte, index) => bytes[index] === byte)) return {encoding: bom.encoding, length: bom.bytes.length}
  }
  return undefined
}

/**
 * The canonical name of an encoding label (`latin1` → `windows-1252`,
 * `cp1251` → `windows-1251`), as `TextDecoder` knows it, or undefined for a
 * label it does not know.
 */
export function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined
  }
}

/** How newlines look in an encoding's bytes. */
export interface Newline {
  /** The byte that ends a line. */
  byte: number
  /** Bytes per code unit: 2 for UTF-16, where a newline is a whole aligned unit. */
  unit: 1 | 2
  /** Index of `byte` within the unit (UTF-16LE: 0, UTF-16BE: 1). */
  at: 0 | 1
}

/**
 * Newlines in `encoding`. Every encoding of the Encoding Standard but UTF-16
 * is ASCII-compatible where it matters here: byte 0x0A is a line feed and
 * never part of another character, so input can be cut into lines before it
 * is decoded. UTF-16's line feed is a 2-byte unit at an even offset.
 */
export function newlineOf(encoding: string): Newline {
  if (encoding === 'utf-16le') return {byte: 0x0a, unit: 2, at: 0}
  if (encoding === 'utf-16be') return {byte: 0x0a, unit: 2, at: 1}
  return {byte: 0x0a, unit: 1, at: 0}
}

/** Offset just past the newline whose `newline.byte` is at `index`, or -1 when that byte belongs to another character. */
function newlineEndAt(bytes: Uint8Array, index: number, newline: Newline): number {
  if (newline.unit === 1) return index + 1
  const start = index - newline.at
  return start >= 0 && start % 2 === 0 && start + 1 < bytes.length && bytes[start + 1 - newline.at] === 0 ? start + 2 : -1
}

/** Offset just past the last newline in `bytes`, or -1; `bytes` starts on a code unit boundary. */
export function lastNewlineEnd(bytes: Uint8Array, newline: Newline): number {
  for (let index = bytes.lastIndexOf(newline.byte); index !== -1; index = index > 0 ? bytes.lastIndexOf(newline.byte, index - 1) : -1) {
    const end = newlineEndAt(bytes, index, newline)
    if (end !== -1) return end
  }
  return -1
}

/** Offsets just past each newline in `bytes`, in order; `bytes` starts on a code unit boundary. */
export function newlineEnds(bytes: Uint8Array, newline: Newline): number[] {
  const ends: number[] = []
  for (let index = bytes.indexOf(newline.byte); index !== -1; index = bytes.indexOf(newline.byte, index + 1)) {
    const end = newlineEndAt(bytes, index, newline)
    if (end !== -1) ends.push(end)
  }
  return ends
}

/** Text decoded from bytes, and where the bytes first broke the encoding. */
export interface Decoded {
  text: string
  /** Offset in the bytes of the first sequence that is not valid in the encoding (it became U+FFFD). */
  invalidAt?: number
}

/**
 * Node 20 decodes windows-1252 (and its labels latin1, iso-8859-1, ascii) as
 * ISO-8859-1: bytes 0x80–0x9F come out as C1 controls, so `’` (0x92) or `€`
 * (0x80) would be lost. Where the runtime does that, they are read again as
 * the standard's windows-1252 characters.
 */
const windows1252IsLatin1 = new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) !== '\u20AC'

function windows1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (char) => windows1252Character(char.charCodeAt(0)))
}

const decoders = new Map<string, {fatal: TextDecoder; lenient: TextDecoder}>()

/** Decoders for `encoding`, made once. A BOM is removed by the caller, so any U+FEFF decoded here is text. */
function decodersOf(encoding: string): {fatal: TextDecoder; lenient: TextDecoder} {
  let pair = decoders.get(encoding)
  if (!pair) {
    pair = {fatal: new TextDecoder(encoding, {fatal: true, ignoreBOM: true}), lenient: new TextDecoder(encoding, {ignoreBOM: true})}
    decoders.set(encoding, pair)
  }
  return pair
}

/**
 * Decode `bytes` (without a BOM) in `encoding`. Valid input costs one decode;
 * invalid input is decoded as the standard says (each bad sequence becomes
 * U+FFFD) and `invalidAt` tells where the first one starts.
 */
export function decodeBytes(bytes: Uint8Array, encoding: string): Decoded {
  // Windows-1252 defines every byte: nothing to check.
  if (encoding === 'windows-1252' && windows1252IsLatin1) return {text: windows1252(decodersOf(encoding).lenient.decode(bytes))}
  const {fatal, lenient} = decodersOf(encoding)
  try {
    return {text: fatal.decode(bytes)}
  } catch {
    return {text: lenient.decode(bytes), invalidAt: firstInvalidByte(bytes, encoding)}
  }
}

/**
 * Offset of the first byte sequence in `bytes` that `encoding` cannot
 * decode. A streaming decode of a prefix fails exactly when the prefix holds
 * a bad sequence, so a binary search over prefix lengths finds the byte that
 * breaks it; the bad sequence starts where the last good character ends. Runs
 * on the error path only (log2 of the length decodes).
 */
function firstInvalidByte(bytes: Uint8Array, encoding: string): number {
  const fails = (length: number, stream: boolean): boolean => {
    try {
      new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes.subarray(0, length), {stream})
      return false
    } catch {
      return true
    }
  }
  // Smallest prefix that fails while more could follow: its last byte breaks the sequence.
  let low = 1
  let high = bytes.length
  if (!fails(high, true)) {
    // Only the end is bad: a character cut short. It starts after the last prefix that decodes whole.
    let start = bytes.length - 1
    while (start > 0 && fails(start, false)) start--
    return start
  }
  while (low < high) {
    const middle = (low + high) >>> 1
    if (fails(middle, true)) high = middle
    else low = middle + 1
  }
  // bytes[0, high - 1) decodes, possibly leaving a character open: the bad
  // sequence starts at that open character, or at the breaking byte itself.
  let start = high - 1
  while (start > 0 && fails(start, false)) start--
  return start
}
