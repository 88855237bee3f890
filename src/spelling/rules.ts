/**
 * Patterns that make two different spellings two different words. Each
 * blocks a merge; none creates one.
 */
import levenshtein from 'fast-levenshtein'

// Endings that turn one real word into another (`leader`/`leaders`,
// `make`/`making`, `city`/`cities`, `Russia`/`Russian`, `Iraq`/`Iraqi`).
const INFLECTIONS = new Set([
  '',
  's',
  'es',
  'ed',
  'ing',
  'er',
  'ers',
  'est',
  'ly',
  'e',
  'y',
  'i',
  'ies',
  'ied',
  'ier',
  'iest',
  'ment',
  'ments',
  'ness',
  'ion',
  'ions',
  'ation',
  'ations',
  'al',
  'ally',
  'ic',
  'ity',
  'ist',
  'ists',
  'ism',
  'ize',
  'ise',
  'ized',
  'ised',
  'ful',
  'less',
  'ship',
  'hood'
])
// These endings only inflect after a particular letter: `invade`/`invaded`,
// `Russia`/`Russian`, `Korea`/`Koreans`.
const AFTER_E = new Set(['d', 'r', 'rs', 'st'])
const AFTER_A = new Set(['n', 'ns'])

/**
 * Whether two spelling keys are inflections or derivations of one stem
 * (`leader`/`leaders`, `invade`/`invaded`, `russia`/`russian`). A dropped
 * final `e` (`ukrain`/`ukraine`) is a typo, not an inflection.
 */
export function isInflection(a: string, b: string): boolean {
  let prefix = 0
  const shorter = Math.min(a.length, b.length)
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++
  if (prefix < 2) return false
  const tailA = a.slice(prefix)
  const tailB = b.slice(prefix)
  if ((tailA === '' && tailB === 'e') || (tailA === 'e' && tailB === '')) return false
  // Two spellings of one ending (`activities`/`activites`) are a typo.
  const classA = ENDING_CLASS.get(tailA)
  if (classA !== undefined && classA === ENDING_CLASS.get(tailB)) return false
  const last = a.charAt(prefix - 1)
  // A letter typed twice (`focuss`, `Buckleyy`) is a slip, not an ending.
  if ((tailA === '' && tailB === last) || (tailB === '' && tailA === last)) return false
  // `-i` only makes a word of a name (`Iraq`/`Iraqi`); `Europe`/`Europi` is a slip.
  if ((tailA === 'i' && tailB !== '') || (tailB === 'i' && tailA !== '')) return false
  return isEnding(tailA, last) && isEnding(tailB, last)
}

const ENDING_CLASS = new Map<string, number>()
for (const [index, endings] of [
  ['s', 'es', 'ies'],
  ['d', 'ed', 'ied'],
  ['r', 'er', 'ier'],
  ['st', 'est', 'iest'],
  ['ise', 'ize'],
  ['ised', 'ized']
].entries()) {
  for (const ending of endings) ENDING_CLASS.set(ending, index)
}

/**
 * Whether the edit between two keys changes an ending rather than a letter
 * inside the word. In English the known endings are inflections
 * (`leader`/`leaders`); other languages inflect names too, in their last
 * two letters (`Tusk`/`Tuska`, `Beyannameye`/`Beyannamede`,
 * `большое`/`большее`), so there any edit that reaches them is one.
 */
export function isEndingChange(a: string, b: string, english: boolean): boolean {
  if (isInflection(a, b)) return true
  if (english || isSlipOfOrder(a, b)) return false
  let suffix = 0
  while (suffix < 2 && suffix < a.length && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++
  return suffix < 2
}

/**
 * Whether two keys differ by two neighbouring letters swapped (`Cmoo`/`Como`)
 * or one letter doubled (`Klinikenn`/`Kliniken`): slips no language inflects by.
 */
function isSlipOfOrder(a: string, b: string): boolean {
  let at = 0
  while (at < a.length && a.charCodeAt(at) === b.charCodeAt(at)) at++
  if (a.length === b.length) {
    return at + 1 < a.length && a.charAt(at) === b.charAt(at + 1) && a.charAt(at + 1) === b.charAt(at) && a.slice(at + 2) === b.slice(at + 2)
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return long.length === short.length + 1 && at > 0 && long.charAt(at) === long.charAt(at - 1) && long.slice(at + 1) === short.slice(at)
}

function isEnding(tail: string, last: string): boolean {
  return INFLECTIONS.has(tail) || (last === 'e' && AFTER_E.has(tail)) || (last === 'a' && AFTER_A.has(tail))
}

// British → American spelling patterns, applied to whole keys. Only used to
// *block* merges, so erring broad costs recall, never precision.
const REGIONAL: Array<[RegExp, string]> = [
  [/our/g, 'or'],
  [/is(?=e|ing|a)/g, 'iz'],
  [/ys(?=e|ing)/g, 'yz'],
  [/([^aeiou])re(s|d)?$/, '$1er$2'],
  [/ll(?=ed|ing|er|or)/g, 'l'],
  [/ae/g, 'e'],
  [/oe/g, 'e'],
  [/ogue(s)?$/, 'og$1'],
  [/ence(s)?$/, 'ense$1'],
  [/mme(s)?$/, 'm$1'],
  [/dgement/g, 'dgment'],
  [/eing$/, 'ing'],
  [/grey/g, 'gray'],
  [/inium$/, 'inum']
]

export function americanize(key: string): string {
  let value = key
  for (const [pattern, replacement] of REGIONAL) value = value.replace(pattern, replacement)
  return value
}

/** Whether two keys are British and American spellings of one word (`neighbour`/`neighbor`, `organise`/`organize`). */
export function isRegionalPair(a: string, b: string): boolean {
  return a !== b && americanize(a) === americanize(b)
}

// Words that are real without their apostrophe: `its`/`it's`, `well`/`we'll`.
const CONTRACTION_CLASHES = new Set([
  'its',
  'were',
  'well',
  'hell',
  'shell',
  'ill',
  'lets',
  'wed',
  'id',
  'shed',
  'wont',
  'cant',
  'hed',
  'whos',
  'youre',
  'theyre',
  'weve'
])

// Names that are plural in their own right: `the Americas`, `the two Koreas`.
const PLURAL_NAMES = new Set(['americas', 'koreas', 'carolinas', 'dakotas', 'olympics', 'philippines', 'netherlands', 'bahamas', 'maldives', 'emirates'])

/**
 * Whether two forms with one key are different words told apart by an
 * apostrophe: a contraction clash (`its`/`it's`) or a plural against a
 * possessive of a common noun (`leaders`/`leader's`, `CEOs`/`CEO's`). Proper
 * nouns are rarely plural, so `Chinas`/`China's` is a typo, unless
 * `isCommonNoun` says the lower-case plural is a word.
 */
export function isApostropheClash(a: string, b: string, key: string, isCommonNoun: (lowerPlural: string) => boolean): boolean {
  const withApostrophe = a.includes("'") ? a : b.includes("'") ? b : undefined
  if (withApostrophe === undefined) return false
  if (CONTRACTION_CLASHES.has(key)) return true
  const other = withApostrophe === a ? b : a
  if (PLURAL_NAMES.has(key)) return true
  const possessive = withApostrophe.endsWith("'s") || withApostrophe.endsWith("s'")
  if (!possessive || !other.endsWith('s') || other.includes("'")) return false
  const first = other.charAt(0)
  const titled = first !== first.toLowerCase() && other.slice(1) === other.slice(1).toLowerCase()
  return !titled || isCommonNoun(other.toLowerCase())
}

/** Edit distance with an adjacent transposition costing 1 (`Ukriane`/`Ukraine`). */
export function editDistance(a: string, b: string): number {
  const distance = levenshtein.get(a, b)
  if (distance !== 2 || a.length !== b.length) return distance
  let first = -1
  for (let index = 0; index < a.length; index++) {
    if (a.charCodeAt(index) === b.charCodeAt(index)) continue
    if (first !== -1) {
      return index === first + 1 &&
        a.charCodeAt(first) === b.charCodeAt(index) &&
        a.charCodeAt(index) === b.charCodeAt(first) &&
        a.slice(index + 1) === b.slice(index + 1)
        ? 1
        : 2
    }
    first = index
  }
  return distance
}

/** Distance budget by length: 0 up to 3 letters, 1 for 4–7, 2 from 8. */
export function distanceBudget(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
const NEIGHBOURS = new Set<string>()
for (const [row, keys] of KEYBOARD_ROWS.entries()) {
  for (let index = 0; index < keys.length; index++) {
    const key = keys.charAt(index)
    const near = [keys.charAt(index + 1), KEYBOARD_ROWS[row - 1]?.charAt(index) ?? '', KEYBOARD_ROWS[row - 1]?.charAt(index + 1) ?? '']
    for (const other of near) {
      if (other === '') continue
      NEIGHBOURS.add(key + other)
      NEIGHBOURS.add(other + key)
    }
  }
}
const VOWELS = 'aeiou'

/** A substituted letter a typist plausibly hits: a neighbouring key, or one vowel for another. */
function isTypoSubstitution(a: string, b: string): boolean {
  return NEIGHBOURS.has(a + b) || (VOWELS.includes(a) && VOWELS.includes(b))
}

/**
 * Forms this long may differ by any one letter and still be one word
 * mistyped: among short ones, one arbitrary letter makes another word or
 * name (`Iran`/`Iraq`, `fime`: `five` or `time`).
 */
export const ANY_SUBSTITUTION_LENGTH = 7

/**
 * Whether the letters that differ between two keys look like typing slips:
 * any insertion, deletion or adjacent transposition, but a substitution only
 * of a neighbouring key or of a vowel (`seperate`). Two names one letter
 * apart by an arbitrary substitution (`Iran`/`Iraq`, `Marc`/`Mark`) are not typos.
 */
export function isPlausibleTypo(a: string, b: string): boolean {
  if (a.length !== b.length) return true
  for (let index = 0; index < a.length; index++) {
    const x = a.charAt(index)
    const y = b.charAt(index)
    if (x === y) continue
    const swapped = a.charAt(index + 1) === y && b.charAt(index + 1) === x
    if (swapped) {
      index++
      continue
    }
    if (!isTypoSubstitution(x, y)) return false
  }
  return true
}
