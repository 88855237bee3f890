/**
 * Editing one member of a JSON object in its source text. Re-serializing a
 * parsed record would round every number to a double (a 64-bit id
 * `1234567890123456789` comes back as `1234567890123456800`), turn `1e400`
 * into `null` and `-0` into `0`, and drop duplicate keys; splicing the new
 * value into the line leaves every other byte as it was.
 */

/** Where a member's value sits in the source: `[start, end)`. */
interface Span {
  start: number
  end: number
}

/** Some top-level members of a JSON object's source text. */
interface ObjectSource {
  /** The value span of each key asked for that the object has; for a repeated key, the last (the one `JSON.parse` keeps). */
  spans: Map<string, Span>
  /** How many members the object has. */
  count: number
  /** Offset of the closing `}`. */
  close: number
}

const whitespace = /[ \t\n\r]*/y
// In valid JSON, the characters that can end a scalar (number, true, false, null).
const scalarEnd = /[ \t\n\r,}\]]|$/g
// The characters that matter while skipping a nested value.
const structural = /["{}[\]]/g

/**
 * Find the members named `keys` at the top level of `source`, a JSON object
 * that `JSON.parse` has accepted (this scanner trusts its syntax and only
 * walks it). Linear in the length: strings are skipped by searching for
 * their closing quote, and only the keys asked for are kept.
 */
function objectSource(source: string, keys: readonly string[]): ObjectSource {
  const spans = new Map<string, Span>()
  let count = 0
  let at = skipWhitespace(source, 0) + 1 // past `{`
  for (;;) {
    at = skipWhitespace(source, at)
    if (source[at] === '}') return {spans, count, close: at}
    const keyEnd = stringEnd(source, at)
    const key = keys.find((wanted) => isKey(source, at, keyEnd, wanted))
    at = skipWhitespace(source, skipWhitespace(source, keyEnd) + 1) // past `:`
    const end = valueEnd(source, at)
    if (key !== undefined) spans.set(key, {start: at, end})
    count++
    at = skipWhitespace(source, end)
    if (source[at] === ',') at++
  }
}

/** Whether the string `source[start, end)` (quotes included) is `key`: compared in place, decoded only when it has escapes. */
function isKey(source: string, start: number, end: number, key: string): boolean {
  for (let index = start + 1; index < end - 1; index++) {
    if (source.charCodeAt(index) === 0x5c) return JSON.parse(source.slice(start, end)) === key
  }
  return end - start - 2 === key.length && source.startsWith(key, start + 1)
}

/**
 * `source` with the top-level members in `values` (key → JSON text) set:
 * an existing member's value is replaced where it stands (the last one, for
 * a repeated key); a new one is added before the closing brace, in the order
 * given. Every other character is kept.
 */
export function withMembers(source: string, values: ReadonlyArray<readonly [string, string]>): string {
  const {spans, count, close} = objectSource(
    source,
    values.map(([key]) => key)
  )
  const edits: Array<{start: number; end: number; text: string}> = []
  let added = ''
  let members = count
  for (const [key, value] of values) {
    const span = spans.get(key)
    if (span) edits.push({...span, text: value})
    else added += `${members++ > 0 ? ',' : ''}${JSON.stringify(key)}:${value}`
  }
  if (added !== '') edits.push({start: close, end: close, text: added})
  edits.sort((a, b) => a.start - b.start)
  let out = ''
  let from = 0
  for (const edit of edits) {
    out += source.slice(from, edit.start) + edit.text
    from = edit.end
  }
  return out + source.slice(from)
}

function skipWhitespace(source: string, at: number): number {
  whitespace.lastIndex = at
  whitespace.test(source)
  return whitespace.lastIndex
}

/** Offset just past the string that opens at `at`. */
function stringEnd(source: string, at: number): number {
  let quote = source.indexOf('"', at + 1)
  for (;;) {
    // A quote is escaped when an odd number of backslashes precede it.
    let backslashes = 0
    while (source.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++
    if (backslashes % 2 === 0) return quote + 1
    quote = source.indexOf('"', quote + 1)
  }
}

/** Offset just past the value that starts at `at`. */
function valueEnd(source: string, at: number): number {
  const first = source[at]
  if (first === '"') return stringEnd(source, at)
  if (first !== '{' && first !== '[') {
    scalarEnd.lastIndex = at
    return scalarEnd.exec(source)!.index
  }
  let depth = 0
  structural.lastIndex = at
  for (;;) {
    const match = structural.exec(source)!
    const char = match[0]
    if (char === '"') structural.lastIndex = stringEnd(source, match.index)
    else if (char === '{' || char === '[') depth++
    else if (--depth === 0) return match.index + 1
  }
}
