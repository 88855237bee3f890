/**
 * The characters a `^`-anchored pattern can start a match with, read off its
 * source, so a line whose first character cannot start a match skips the
 * regex entirely. Most lines of a page are short, and most rules fail on
 * their first character: this turns some forty regex calls per line into a
 * handful of table lookups.
 *
 * The analysis is conservative: anything it does not understand (a
 * backreference, `\p{…}`, `.`, a negated class, an unanchored branch) makes it
 * answer `undefined`, "could start with anything", and the rule is always tried.
 */

/** `table[c]` is 1 when char code `c` (< 128) may start a match; `table[128]` covers everything else. */
export type FirstTable = Uint8Array

const nonAscii = 128

interface Result {
  /** Characters that may start the item, or `undefined` for any character. */
  chars: Set<number> | undefined
  /** Whether the item can match the empty string. */
  nullable: boolean
}

class Unsupported extends Error {}

/**
 * The start-character table of `pattern`, or `undefined` when the pattern is
 * not anchored with `^` in every branch or uses syntax the analysis skips.
 */
export function firstChars(pattern: RegExp): FirstTable | undefined {
  if (pattern.flags.includes('m')) return undefined
  try {
    const parser = new Parser(pattern.source, pattern.flags.includes('i'))
    const result = parser.anchoredAlternation()
    if (!result.chars || result.nullable) return undefined
    const table = new Uint8Array(nonAscii + 1)
    for (const code of result.chars) table[code < nonAscii ? code : nonAscii] = 1
    return table
  } catch (error) {
    if (error instanceof Unsupported) return undefined
    throw error
  }
}

const escapes: Record<string, string> = {n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0'}

class Parser {
  private index = 0

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean
  ) {}

  /** Top level: every branch must start with `^`. */
  anchoredAlternation(): Result {
    const branches: Result[] = []
    for (;;) {
      if (this.source[this.index] !== '^') throw new Unsupported()
      this.index++
      branches.push(this.sequence())
      if (this.index >= this.source.length) break
      if (this.source[this.index] !== '|') throw new Unsupported()
      this.index++
    }
    return union(branches)
  }

  private alternation(): Result {
    const branches = [this.sequence()]
    while (this.source[this.index] === '|') {
      this.index++
      branches.push(this.sequence())
    }
    return union(branches)
  }

  /** A sequence up to `|`, `)` or the end: the first items up to the first non-nullable one. */
  private sequence(): Result {
    let chars: Set<number> | undefined = new Set()
    let nullable = true
    while (this.index < this.source.length && this.source[this.index] !== '|' && this.source[this.index] !== ')') {
      const item = this.quantified()
      if (nullable) {
        chars = chars && item.chars ? new Set([...chars, ...item.chars]) : undefined
        nullable = item.nullable
      }
    }
    return {chars, nullable}
  }

  private quantified(): Result {
    const atom = this.atom()
    const next = this.source[this.index]
    if (next === '?' || next === '*') {
      this.index++
      this.lazy()
      return {chars: atom.chars, nullable: true}
    }
    if (next === '+') {
      this.index++
      this.lazy()
      return atom
    }
    if (next === '{') {
      const match = /^\{(\d+)(?:,(\d*))?\}/.exec(this.source.slice(this.index))
      if (!match) throw new Unsupported()
      this.index += match[0].length
      this.lazy()
      return {chars: atom.chars, nullable: atom.nullable || Number(match[1]) === 0}
    }
    return atom
  }

  private lazy(): void {
    if (this.source[this.index] === '?') this.index++
  }

  private atom(): Result {
    const char = this.source[this.index]!
    switch (char) {
      case '(': {
        return this.group()
      }
      case '[': {
        return {chars: this.characterClass(), nullable: false}
      }
      case '\\': {
        const next = this.source[this.index + 1]
        if (next === 'b' || next === 'B') {
          this.index += 2
          return {chars: new Set(), nullable: true}
        }
        return {chars: this.escape(), nullable: false}
      }
      case '.': {
        this.index++
        return {chars: undefined, nullable: false}
      }
      case '^':
      case '$': {
        this.index++
        return {chars: new Set(), nullable: true}
      }
      default: {
        this.index++
        return {chars: this.withCase(char.charCodeAt(0)), nullable: false}
      }
    }
  }

  private group(): Result {
    const rest = this.source.slice(this.index, this.index + 4)
    if (rest.startsWith('(?=') || rest.startsWith('(?!') || rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
      // A lookaround consumes nothing: skip it; what follows decides.
      this.index += rest.startsWith('(?<') ? 4 : 3
      this.alternation()
      this.expect(')')
      return {chars: new Set(), nullable: true}
    }
    if (rest.startsWith('(?:')) this.index += 3
    else if (rest.startsWith('(?<')) {
      const end = this.source.indexOf('>', this.index)
      if (end < 0) throw new Unsupported()
      this.index = end + 1
    } else this.index++
    const result = this.alternation()
    this.expect(')')
    return result
  }

  private expect(char: string): void {
    if (this.source[this.index] !== char) throw new Unsupported()
    this.index++
  }

  /** An escape: one character, a shorthand class (`undefined`: any character), or an error for backreferences. */
  private escape(): Set<number> | undefined {
    if (this.source[this.index + 1] === 'd') {
      this.index += 2
      return range(48, 57)
    }
    const code = this.escapedCode()
    return code === undefined ? undefined : this.withCase(code)
  }

  /** The character an escape stands for, or `undefined` for a class of many. */
  private escapedCode(): number | undefined {
    const next = this.source[this.index + 1]
    if (next === undefined) throw new Unsupported()
    this.index += 2
    if (next === 'p' || next === 'P') {
      const end = this.source.indexOf('}', this.index)
      if (this.source[this.index] !== '{' || end < 0) throw new Unsupported()
      this.index = end + 1
      return undefined
    }
    if ('dDwWsS'.includes(next)) return undefined
    if (next === 'u' || next === 'x') {
      const match = (next === 'u' ? /^[\da-fA-F]{4}/ : /^[\da-fA-F]{2}/).exec(this.source.slice(this.index))
      if (!match) throw new Unsupported()
      this.index += match[0].length
      return Number.parseInt(match[0], 16)
    }
    if (next in escapes) return escapes[next]!.charCodeAt(0)
    if (/[a-zA-Z1-9]/.test(next)) throw new Unsupported()
    return next.charCodeAt(0)
  }

  private characterClass(): Set<number> | undefined {
    this.index++
    // A negated class can start with almost anything: parse it, then answer "any".
    const negated = this.source[this.index] === '^'
    if (negated) this.index++
    let chars: Set<number> | undefined = new Set<number>()
    let previous: number | undefined
    while (this.source[this.index] !== ']') {
      if (this.index >= this.source.length) throw new Unsupported()
      if (this.source[this.index] === '-' && previous !== undefined && this.source[this.index + 1] !== ']') {
        this.index++
        const last = this.classCode()
        if (last === undefined) throw new Unsupported()
        for (const code of range(previous, last)) for (const cased of this.withCase(code)) chars?.add(cased)
        previous = undefined
        continue
      }
      previous = this.classCode()
      if (previous === undefined) chars = undefined
      else for (const cased of this.withCase(previous)) chars?.add(cased)
    }
    this.index++
    return negated ? undefined : chars
  }

  private classCode(): number | undefined {
    const char = this.source[this.index]!
    if (char === '\\') return this.escapedCode()
    this.index++
    return char.charCodeAt(0)
  }

  private withCase(code: number): Set<number> {
    const chars = new Set([code])
    if (this.ignoreCase) {
      const char = String.fromCharCode(code)
      chars.add(char.toLowerCase().charCodeAt(0))
      chars.add(char.toUpperCase().charCodeAt(0))
      // Case folding can map non-ASCII characters onto ASCII ones (K ↔ Kelvin sign): keep non-ASCII open.
      chars.add(nonAscii)
    }
    return chars
  }
}

function union(results: readonly Result[]): Result {
  let chars: Set<number> | undefined = new Set()
  let nullable = false
  for (const result of results) {
    chars = chars && result.chars ? new Set([...chars, ...result.chars]) : undefined
    nullable ||= result.nullable
  }
  return {chars, nullable}
}

function range(from: number, to: number): Set<number> {
  if (to < from || to - from > 0xffff) throw new Unsupported()
  const chars = new Set<number>()
  for (let code = from; code <= to; code++) chars.add(code)
  return chars
}
