/** Apply reviewed spellings to text, whole words only, reporting every replacement. */

import {assertString, booleanOption, checkOptions, typeError, type OptionKeys} from '../options.js'
import {carryCase, titleCase} from './key.js'
import {scanWords} from './words.js'

const TRAILING_APOSTROPHE = /['’ʼ]/
const CURLY_APOSTROPHE = /[’ʼ]/g

/** One replacement made by {@link applySpellings}. */
export interface SpellingReplacement {
  /** The text replaced, as it was in the input (`HEHE`). */
  variant: string
  /** What replaced it, case carried over (`HEIHE`). */
  canonical: string
  /** UTF-16 offset into the input: `input.slice(start, end) === variant`. */
  start: number
  /** UTF-16 offset into the input after the replaced text. */
  end: number
}

/** Result of {@link applySpellings}. */
export interface ApplySpellingsResult {
  /** The text with every variant replaced. */
  text: string
  /** Replacements in input order. */
  replaced: SpellingReplacement[]
}

/** Options for {@link applySpellings}. */
export interface ApplySpellingsOptions {
  /**
   * Also replace the all-caps form of a variant (`HEHE` → `HEIHE`) and the
   * capitalized form of a lower-case one (`Goverment` → `Government`).
   * Never the reverse: a variant `US` leaves the pronoun `us` alone.
   * @default true
   */
  carryCase?: boolean
}

const optionKeys = {carryCase: true} as const satisfies OptionKeys<ApplySpellingsOptions>

/**
 * Replace each `variant` with its `canonical` spelling, whole words only.
 * Accepts the output of `findCanonicalSpellings` or any reviewed list of
 * `{variant, canonical}` pairs (e.g. loaded from JSON). Curly and straight
 * apostrophes match alike.
 *
 * @example
 * applySpellings('HEHE and Hehe, not Hehes', [{variant: 'Hehe', canonical: 'Heihe'}])
 * // => {text: 'HEIHE and Heihe, not Hehes', replaced: [
 * //   {variant: 'HEHE', canonical: 'HEIHE', start: 0, end: 4},
 * //   {variant: 'Hehe', canonical: 'Heihe', start: 9, end: 13}]}
 */
export function applySpellings(
  input: string,
  spellings: Iterable<{readonly variant: string; readonly canonical: string}>,
  options?: ApplySpellingsOptions
): ApplySpellingsResult {
  assertString(input, 'input')
  const lookup = lookupOf(spellings, booleanOption(checkOptions(options, optionKeys).carryCase, 'options.carryCase', true))
  if (lookup.size === 0) return {text: input, replaced: []}
  const replaced: SpellingReplacement[] = []
  let text = ''
  let last = 0
  scanWords(input, (form, start, end) => {
    const found = lookup.get(form)
    // `Chinas’` may be a plural possessive: the apostrophe belongs to the word.
    if (found === undefined || TRAILING_APOSTROPHE.test(input.charAt(end))) return
    const canonical = carryCase(form, found[0], found[1]) as string
    replaced.push({variant: input.slice(start, end), canonical, start, end})
    text += input.slice(last, start) + canonical
    last = end
  })
  return {text: text + input.slice(last), replaced}
}

/** Map every form to replace (exact, upper-case, capitalized) to its `[variant, canonical]`. */
function lookupOf(spellings: Iterable<{readonly variant: string; readonly canonical: string}>, withCase: boolean): Map<string, [string, string]> {
  if (typeof spellings !== 'object' || spellings === null || typeof spellings[Symbol.iterator] !== 'function') {
    throw typeError('spellings', 'an iterable of {variant, canonical}', spellings)
  }
  const exact = new Map<string, [string, string]>()
  let index = 0
  for (const spelling of spellings) {
    const {variant, canonical} = (spelling ?? {}) as {variant?: unknown; canonical?: unknown}
    if (typeof variant !== 'string' || typeof canonical !== 'string' || variant === '') {
      throw new TypeError(`Expected \`spellings[${index}]\` to have string \`variant\` and \`canonical\``)
    }
    const form = variant.replace(CURLY_APOSTROPHE, "'")
    const previous = exact.get(form)
    if (previous !== undefined && previous[1] !== canonical) {
      throw new RangeError(`Expected one canonical spelling per variant, got \`${variant}\` → \`${previous[1]}\` and \`${canonical}\``)
    }
    exact.set(form, [form, canonical])
    index++
  }
  const lookup = new Map(exact)
  if (!withCase) return lookup
  for (const [form, pair] of exact) {
    for (const cased of [form.toUpperCase(), titleCase(form)]) {
      if (cased === form || exact.has(cased) || carryCase(cased, form, pair[1]) === undefined) continue
      const other = lookup.get(cased)
      // Two variants with one capitalized form (`Hehe`, `hehe`): leave it alone unless they agree.
      if (other !== undefined && carryCase(cased, other[0], other[1]) !== carryCase(cased, form, pair[1])) {
        lookup.set(cased, ['', ''])
        continue
      }
      lookup.set(cased, pair)
    }
  }
  for (const [form, pair] of lookup) if (pair[0] === '') lookup.delete(form)
  return lookup
}
