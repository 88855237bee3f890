/**
 * The trigger words of every rule, found in one pass over a line.
 *
 * A rule with triggers is tried only on a line that contains one of them,
 * ignoring case, in the parts where triggers are looked for (see
 * {@link triggerWindows}). The words of all rules make one automaton
 * (Aho–Corasick, as a table of transitions): each character of a line costs
 * two table reads, whatever the number of words, and the answer is exact:
 * no rule is tried because another rule's word looks like its own, and no
 * word is searched for again with `includes`.
 */

/** The words of every rule as one automaton. */
export interface TriggerTable {
  /** Rules with triggers, each one bit of a line's mask: `width` 32-bit words per line. */
  readonly width: number
  /** Per UTF-16 code unit: the class of its lowercase form (0: in no word), or {@link special}. */
  readonly classes: Uint16Array
  /** The class of a lowercase code unit that `classes` marks special (a surrogate), for a line read lowercased. */
  readonly lowered: ReadonlyMap<number, number>
  readonly classCount: number
  /** The state after state `s` reads class `c`: `next[s * classCount + c]`. */
  readonly next: Uint16Array | Uint32Array
  /** The rules whose words end at state `s`: `width` words from `s * width`. */
  readonly found: Int32Array
}

// A code unit whose lowercase form, in a line, is not its own lowercase form
// alone: `İ` lowercases to two characters, `Σ` to `ς` or `σ` by what follows,
// and a surrogate pair lowercases as a pair. A line with one is read lowercased.
const special = 0xff_ff

/** Where triggers are looked for: a line's first 320 and last 160 characters. */
export const triggerHead = 320
export const triggerTail = 160

/**
 * The parts of a line where triggers are looked for, joined by a line break
 * (which no trigger holds): a label, a banner's first sentence or a caption's
 * credit stands near a line's ends, and a long paragraph costs no more than a
 * short one.
 */
export function triggerWindows(text: string): string {
  return text.length > triggerHead + triggerTail ? `${text.slice(0, triggerHead)}\n${text.slice(text.length - triggerTail)}` : text
}

/**
 * Build the automaton of `words`: `words[slot]` are the lowercase trigger
 * words of the rule whose bit is `slot`.
 */
export function triggerTable(words: ReadonlyArray<readonly string[]>): TriggerTable {
  const width = Math.max(1, Math.ceil(words.length / 32))
  // The alphabet: every code unit of a word, each its class (0 is "in no word").
  const alphabet = new Map<number, number>()
  for (const list of words) {
    for (const word of list)
      for (let at = 0; at < word.length; at++) if (!alphabet.has(word.charCodeAt(at))) alphabet.set(word.charCodeAt(at), alphabet.size + 1)
  }
  const classCount = alphabet.size + 1
  return {width, ...classesOf(alphabet), classCount, ...automaton(words, alphabet, classCount, width)}
}

// Code units are lowercased a block at a time: one call per block, not per character.
const block = 1024

/** The class of each code unit's lowercase form, and which code units make a line be read lowercased. */
function classesOf(alphabet: ReadonlyMap<number, number>): Pick<TriggerTable, 'classes' | 'lowered'> {
  const classes = new Uint16Array(0x1_00_00)
  for (const [code, symbol] of alphabet) classes[code] = symbol
  const own = classes.slice()
  const lowered = new Map<number, number>()
  const codes = new Uint16Array(block)
  for (let from = 0; from < 0x1_00_00; from += block) {
    // A lone code unit of a pair says nothing of the pair's lowercase form: a line with one is read lowercased.
    if (from >= 0xd8_00 && from < 0xe0_00) {
      for (let code = from; code < from + block; code++) {
        if (alphabet.has(code)) lowered.set(code, alphabet.get(code)!)
      }
      continue
    }
    for (let at = 0; at < block; at++) codes[at] = from + at
    const chars = String.fromCharCode(...codes)
    const lower = chars.toLowerCase()
    for (let at = 0; at < block; at++) {
      const code = from + at
      if (lower.length === block) {
        if (lower.charCodeAt(at) !== code) classes[code] = own[lower.charCodeAt(at)]!
        continue
      }
      // A block with a character that lowercases to two (`İ`): read one by one.
      const alone = chars[at]!.toLowerCase()
      if (alone.length === 1) classes[code] = own[alone.charCodeAt(0)]!
      else if (Array.from(alone).some((char) => own[char.charCodeAt(0)] !== 0)) classes[code] = special
    }
  }
  if (lowered.size > 0) for (let code = 0xd8_00; code < 0xe0_00; code++) classes[code] = special
  // Capital sigma lowercases to `ς` at a word's end, to `σ` elsewhere.
  if (own[0x03_c3] !== 0 || own[0x03_c2] !== 0) classes[0x03_a3] = special
  return {classes, lowered}
}

/** The transitions of the automaton of `words`, and what each state finds. */
function automaton(
  words: ReadonlyArray<readonly string[]>,
  alphabet: ReadonlyMap<number, number>,
  classCount: number,
  width: number
): Pick<TriggerTable, 'next' | 'found'> {
  // The trie of the words, then its failure links, breadth first, folded into one transition table.
  const children: Array<Map<number, number>> = [new Map()]
  const endings: number[][] = [[]]
  for (const [slot, list] of words.entries()) {
    for (const word of list) {
      let state = 0
      for (let at = 0; at < word.length; at++) {
        const symbol = alphabet.get(word.charCodeAt(at))!
        let child = children[state]!.get(symbol)
        if (child === undefined) {
          child = children.length
          children.push(new Map())
          endings.push([])
          children[state]!.set(symbol, child)
        }
        state = child
      }
      endings[state]!.push(slot)
    }
  }
  const states = children.length
  const next = states < 0x1_00_00 ? new Uint16Array(states * classCount) : new Uint32Array(states * classCount)
  const found = new Int32Array(states * width)
  const fail = new Int32Array(states)
  const queue: number[] = []
  for (const [symbol, child] of children[0]!) {
    next[symbol] = child
    queue.push(child)
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!
    // What the longest proper suffix ending here finds, this state finds too.
    for (let word = 0; word < width; word++) found[state * width + word] = found[state * width + word]! | found[fail[state]! * width + word]!
    for (const slot of endings[state]!) found[state * width + (slot >>> 5)] = found[state * width + (slot >>> 5)]! | (1 << (slot & 31))
    for (let symbol = 0; symbol < classCount; symbol++) {
      const child = children[state]!.get(symbol)
      const fallback = next[fail[state]! * classCount + symbol]!
      if (child === undefined) {
        next[state * classCount + symbol] = fallback
      } else {
        fail[child] = fallback
        next[state * classCount + symbol] = child
        queue.push(child)
      }
    }
  }
  return {next, found}
}

/**
 * Set in `mask` (of `table.width` words) the bit of every rule one of whose
 * words occurs in `text`, ignoring case (as `text.toLowerCase()` has it),
 * in the parts of it that {@link triggerWindows} keeps.
 */
export function findTriggers(table: TriggerTable, text: string, mask: Int32Array): void {
  const {classes, classCount, next, found, width} = table
  mask.fill(0)
  const length = text.length
  const skip = length > triggerHead + triggerTail ? triggerHead : -1
  let state = 0
  let bits = 0
  for (let index = 0; index < length; index++) {
    if (index === skip) {
      // The windows are read as if joined by a line break.
      state = next[state * classCount + classes[10]!]!
      index = length - triggerTail
    }
    const symbol = classes[text.charCodeAt(index)]!
    if (symbol === special) {
      findLowered(table, triggerWindows(text).toLowerCase(), mask)
      return
    }
    state = next[state * classCount + symbol]!
    // One word of bits (up to 32 rules with triggers, as the built-in ones) is kept in a local.
    if (width === 1) bits |= found[state]!
    else orFound(mask, found, state, width)
  }
  if (width === 1) mask[0] = bits
}

function orFound(mask: Int32Array, found: Int32Array, state: number, width: number): void {
  for (let word = 0; word < width; word++) mask[word] = mask[word]! | found[state * width + word]!
}

/** {@link findTriggers} on text already lowercased and cut to its windows. */
function findLowered(table: TriggerTable, lower: string, mask: Int32Array): void {
  const {classes, lowered, classCount, next, found, width} = table
  mask.fill(0)
  let state = 0
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index)
    let symbol = classes[code]!
    if (symbol === special) symbol = lowered.get(code) ?? 0
    state = next[state * classCount + symbol]!
    orFound(mask, found, state, width)
  }
}
