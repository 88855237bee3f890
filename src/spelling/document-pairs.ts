/**
 * Same-document pairs: within one document, a rare form one edit away from a
 * form the document uses several times, in a matching context. Found while a
 * document is counted (the document's own tallies are at hand then, and are
 * gone after), and kept in the statistics as per-pair counts, which add up
 * exactly across shards.
 */
import {commonWords} from './common.js'
import {casePattern, spellingKey} from './key.js'
import {capitalizesNames, ENGLISH, isFunctionWord} from './languages.js'
import {ANY_SUBSTITUTION_LENGTH, editDistance, isEndingChange, isPlausibleTypo} from './rules.js'
import {hashSkipping} from './hash.js'

/** A form's tallies within one document. */
export interface DocumentForm {
  /** Occurrences in this document. */
  count: number
  /** The word before each of the first occurrences (`''` across punctuation), as written. */
  left: string[]
  /** The word after each of the first occurrences. */
  right: string[]
}

/** Neighbours kept per form and document: enough to find a shared one. */
export const NEIGHBOURS_KEPT = 8

/** The rare form occurs at most this often in the document… */
const MAX_RARE = 2
/** …and the frequent one at least twice as often, and at least twice. */
const MIN_FREQUENT = 2
const MIN_LENGTH = 4
const MAX_LENGTH = 40
const LETTERS = /^[\p{L}\p{M}]+$/u

/** A form that can take part: a plain cased word (no apostrophes, digits or periods), lower or Title case. */
function isEligible(form: string): boolean {
  if (form.length < MIN_LENGTH || form.length > MAX_LENGTH || !LETTERS.test(form)) return false
  const pattern = casePattern(form)
  // Scripts without case (Han, Thai, Arabic, Hangul …) have no word-internal
  // signal that one letter is a slip rather than another word.
  return (pattern === 'lower' || pattern === 'title') && form.toLowerCase() !== form.toUpperCase()
}

/**
 * Call `onPair(rare, frequent)` for each pair of forms of one document where
 * `rare` occurs at most twice, `frequent` (with its possessive) at least
 * twice as often, their keys are one edit apart (a deletion, insertion,
 * substitution or swap, not at the first letter), the edit is no
 * inflection, and the contexts match (see {@link contextsMatch}).
 * `languageOf(form)` gives the language of the form's text in the document.
 * Outside English text only names are compared, never lower-case words
 * (without a lexicon of the language, `mahkum`/`mahrum` are two words as
 * likely as one), and an edit in the last two letters is an ending.
 */
export function forEachDocumentPair(
  forms: ReadonlyMap<string, DocumentForm>,
  languageOf: (form: string) => number,
  onPair: (rare: string, frequent: string) => void
): void {
  const frequent: Array<{form: string; key: string; tally: DocumentForm}> = []
  const index = new Map<number, number[]>()
  const add = (hash: number, id: number): void => {
    const ids = index.get(hash)
    if (ids === undefined) index.set(hash, [id])
    else if (ids[ids.length - 1] !== id) ids.push(id)
  }
  for (const [form, own] of forms) {
    if (!isEligible(form)) continue
    // `Beijing's` is a use of `Beijing` too.
    const possessive = forms.get(`${form}'s`)
    const tally = possessive === undefined ? own : {count: own.count + possessive.count, left: [...own.left, ...possessive.left], right: own.right}
    if (tally.count < MIN_FREQUENT) continue
    const key = spellingKey(form)
    const id = frequent.length
    frequent.push({form, key, tally})
    add(hashSkipping(key, -1), id)
    for (let at = 1; at < key.length; at++) add(hashSkipping(key, at), id)
  }
  if (frequent.length === 0) return
  const seen = new Set<number>()
  for (const [form, tally] of forms) {
    if (tally.count > MAX_RARE || !isEligible(form)) continue
    const lower = form.toLowerCase()
    if (commonWords.has(lower) || isFunctionWord(lower)) continue
    const english = languageOf(form) === ENGLISH
    const name = casePattern(form) === 'title'
    // Outside English, a name must be capitalized inside a phrase, not only
    // at a sentence start (`Потому`, `Enär`: because, whereas).
    if (!english && !(name && tally.left.some((word) => word !== ''))) continue
    const key = spellingKey(form)
    seen.clear()
    const probe = (hash: number): void => {
      for (const id of index.get(hash) ?? []) seen.add(id)
    }
    probe(hashSkipping(key, -1))
    for (let at = 1; at < key.length; at++) probe(hashSkipping(key, at))
    for (const id of seen) {
      const other = frequent[id] as {form: string; key: string; tally: DocumentForm}
      if (other.form === form || other.tally.count < 2 * tally.count) continue
      if (casePattern(other.form) !== casePattern(form) || other.key.charCodeAt(0) !== key.charCodeAt(0)) continue
      if (other.key === key || editDistance(key, other.key) !== 1) continue
      if (isEndingChange(key, other.key, english)) continue
      const slip = name && capitalizesNames(languageOf(form)) && (key.length >= ANY_SUBSTITUTION_LENGTH || isPlausibleTypo(key, other.key))
      if (!contextsMatch(tally, other.tally, slip, forms)) continue
      onPair(form, other.form)
    }
  }
}

/**
 * Whether the rare form is used as the frequent one is: they share a
 * neighbour on the same side that is not a function word (`Antony ___`,
 * `___ said`), or, for a name one typing slip away (`Blnken`, `Webbb`, not
 * `Iraq` for `Iran`; any letter in a long name) in a language that
 * capitalizes names only, nothing contradicts it. Either way no name clash:
 * where the frequent form stands next to capitalized words on one side, the
 * rare one must not stand next to a different one there (`Jon Stewart`
 * beside `John Oliver` is two people), unless that word stands beside other
 * names too (a title: `Imam Muuslim` beside `Imam Bukhari`, `Shahih Muslim`).
 */
function contextsMatch(rare: DocumentForm, frequent: DocumentForm, slip: boolean, forms: ReadonlyMap<string, DocumentForm>): boolean {
  let shared = false
  for (const [mine, theirs, side] of [
    [rare.left, frequent.left, 'right'],
    [rare.right, frequent.right, 'left']
  ] as const) {
    const theirLower = theirs.map((word) => word.toLowerCase())
    for (const word of mine) {
      if (word === '') continue
      const lower = word.toLowerCase()
      if (theirLower.includes(lower)) {
        if (!isFunctionWord(lower)) shared = true
        continue
      }
      if (!isName(word) || !theirs.some(isName)) continue
      // The names on its own other side: one (the rare form) makes it part of a name.
      const beside = new Set((forms.get(word)?.[side] ?? []).filter(isName))
      if (beside.size < 2) return false
    }
  }
  return shared || slip
}

/** A capitalized word that is not a function word at a sentence start (`The`). */
function isName(word: string): boolean {
  return word !== '' && casePattern(word) === 'title' && !isFunctionWord(word.toLowerCase()) && !commonWords.has(word.toLowerCase())
}
