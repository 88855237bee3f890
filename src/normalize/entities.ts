import {assertString, checkOptions, choiceOption, numberOption, type OptionKeys} from '../options.js'
import {windows1252Character} from './codepages.js'
import {namedReferenceTable} from './named-references.js'

/** Options for {@link decodeEntities}. */
export interface DecodeEntitiesOptions {
  /**
   * How many layers of escaping to undo (`&amp;amp;rsquo;` is three). The
   * default undoes all of them, which makes decoding idempotent.
   * @default Infinity
   */
  maxDepth?: number
  /**
   * What references to line breaks (`&#10;`, `&#13;`, `&NewLine;`, `&#x2028;`…)
   * become: `'decode'` gives the character, `'space'` a space, so that one
   * line stays one line.
   * @default 'decode'
   */
  lineBreaks?: 'decode' | 'space'
}

// One reference after its `&`: decimal, hex, or a name. Bounded lengths keep the scan linear.
const reference = /#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,7};|[A-Za-z][A-Za-z0-9]{0,31};/y
const allCaps = /^[A-Z][A-Z0-9]*$/
const lineBreak = /[\n\v\f\r\u0085\u2028\u2029]/g
// One run of the named reference table, `[step][~second~]name[ name…]` (see named-references.ts).
const tableRun = /^(\d*)(?:~([0-9a-z]+)~)?(.+)$/

const optionKeys = {maxDepth: true, lineBreaks: true} as const satisfies OptionKeys<DecodeEntitiesOptions>

/** @internal Resolve {@link decodeEntities}'s options, defaults filled in. */
function resolveDecodeEntitiesOptions(options: DecodeEntitiesOptions | undefined): Required<DecodeEntitiesOptions> {
  const given = checkOptions(options, optionKeys)
  return {
    maxDepth: numberOption(
      given.maxDepth,
      'options.maxDepth',
      Number.POSITIVE_INFINITY,
      'a positive integer or Infinity',
      (value) => value === Number.POSITIVE_INFINITY || (Number.isInteger(value) && value >= 1)
    ),
    lineBreaks: choiceOption(given.lineBreaks, ['decode', 'space'] as const, 'options.lineBreaks', 'decode')
  }
}

/**
 * Decode HTML character references: every HTML5 named reference, decimal and
 * hex numeric ones (numbers 128–159 as Windows-1252, as browsers do: `&#146;` →
 * `’`), multiply escaped ones (`&amp;amp;rsquo;` → `’`) and all-caps names
 * that HTML lacks (`&EURO;` → `€`, `&EACUTE;` → `É`). Only complete
 * references ending in `;` are decoded, so `AT&T`, `R&D`, `&not html` and
 * unknown names like `&foo;` stay as they are.
 *
 * @example
 * decodeEntities('Moscow&amp;rsquo;s &#147;war&#148; &EURO;5') // => 'Moscow’s “war” €5'
 */
export function decodeEntities(input: string, options: DecodeEntitiesOptions = {}): string {
  assertString(input, 'input')
  const {maxDepth, lineBreaks} = resolveDecodeEntitiesOptions(options)

  let ampersand = input.indexOf('&')
  if (ampersand === -1) return input
  let result = ''
  let last = 0
  while (ampersand !== -1) {
    // Follow a chain of escaped ampersands (`&amp;amp;…`, `&#38;…`) to the
    // reference it escapes, in one pass, so hostile input stays linear.
    let position = ampersand + 1
    let depth = 0
    let decoded: string | undefined
    while (depth < maxDepth) {
      reference.lastIndex = position
      const match = reference.exec(input)
      if (!match) break
      const value = decodeReference(match[0])
      if (value === undefined) break
      depth++
      position = reference.lastIndex
      if (value !== '&') {
        decoded = value
        break
      }
    }
    if (depth > 0) {
      if (decoded !== undefined && lineBreaks === 'space') decoded = decoded.replace(lineBreak, ' ')
      result += input.slice(last, ampersand) + (decoded ?? '&')
      last = position
    }
    ampersand = input.indexOf('&', Math.max(position, ampersand + 1))
  }
  return last === 0 ? input : result + input.slice(last)
}

// Decode one reference (without its `&`), or undefined if it is not one.
function decodeReference(body: string): string | undefined {
  if (body.charCodeAt(0) === 0x23 /* # */) {
    const hex = body.charCodeAt(1) === 0x78 || body.charCodeAt(1) === 0x58
    const code = Number.parseInt(body.slice(hex ? 2 : 1, -1), hex ? 16 : 10)
    // As in the HTML standard: no NUL, surrogates or numbers past Unicode.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD'
    if (code >= 0x80 && code <= 0x9f) return windows1252Character(code)
    return String.fromCodePoint(code)
  }
  const named = decodeName(body)
  if (named !== undefined) return named
  // `&EURO;`, `&NBSP;`, `&EACUTE;`: a name upper-cased along with its text.
  if (allCaps.test(body.slice(0, -1))) {
    const lower = decodeName(body.toLowerCase())
    if (lower !== undefined) return lower.toUpperCase().length === lower.length ? lower.toUpperCase() : lower
  }
  return undefined
}

function decodeName(body: string): string | undefined {
  return namedReferences().get(body.slice(0, -1))
}

/**
 * @internal Decode one named character reference, given without its `&` and
 * `;`, or `false` for a name HTML does not define: the signature of
 * `decode-named-character-reference`, which the build points the markdown
 * parser (micromark) at, so that it reads the same table, and none through the
 * DOM, in every runtime.
 */
export function decodeNamedCharacterReference(name: string): string | false {
  return namedReferences().get(name) ?? false
}

// Name (without `&` and `;`) → its text. Built on first use, not at import, so
// a program that never meets a named reference never pays for the table.
let names: Map<string, string> | undefined

function namedReferences(): Map<string, string> {
  if (names) return names
  names = new Map()
  let first = 0
  for (const run of namedReferenceTable.split(',')) {
    const [, step, second, list] = tableRun.exec(run)!
    first += step === '' ? 1 : Number(step)
    const value = String.fromCodePoint(first) + (second === undefined ? '' : String.fromCodePoint(Number.parseInt(second, 36)))
    for (const name of list!.split(' ')) names.set(name, value)
  }
  return names
}
