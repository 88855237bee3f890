/**
 * Same-document pairs: within one document, a rare form one edit away from a
 * form the document uses several times, in a matching context. Found while a
 * document is counted (the document's own tallies are at hand then, and are
 * gone after), and kept in the statistics as per-pair counts, which add up
 * exactly across shards.
 */
import {commonWords} from './common.js'
import {type CasePattern, casePattern, spellingKey} from './key.js'
import {capitalizesNames, ENGLISH, isFunctionWord, UNDETERMINED} from './languages.js'
import {ANY_SUBSTITUTION_LENGTH, isEndingChange, isPlausibleTypo} from './rules.js'

/** What a form is, once worked out per form (not per document). */
export interface FormTraits {
  /** `spellingKey` of the form. */
  key: string
  pattern: CasePattern
  /** A plain cased word (letters only, no apostrophes or periods), lower or Title case, 4–40 letters. */
  eligible: boolean
  /** Eligible, and neither one of the commonest English words nor a function word of any language. */
  rare: boolean
}

/** A form's tallies within one document. */
export interface DocumentForm {
  form: string
  /** Occurrences in this document. */
  occurrences: number
  /** Where its neighbours start in the document's neighbour records (see {@link DocumentForms.neighbours}); -1 for none. */
  first: number
  /** Occurrences of its possessive (`Beijing's` for `Beijing`) in this document. */
  possessives: number
  traits: FormTraits
  /** The language of its text in this document. */
  language: number
}

/** The forms of one document: looked up by form, and listed. */
export interface DocumentForms {
  get(form: string): DocumentForm | undefined
  /** Every form of the document. */
  all: Iterable<DocumentForm>
  /**
   * The word before (`'left'`) or after (`'right'`) each of the first
   * occurrences of a form whose traits say `rare`, as written; `''` across punctuation.
   */
  neighbours(form: DocumentForm, side: 'left' | 'right'): string[]
}

/** Neighbours kept per form and document: enough to find a shared one. */
export const NEIGHBOURS_KEPT = 6

/** The rare form occurs at most this often in the document… */
const MAX_RARE = 2
/** …and the frequent one at least twice as often, and at least twice. */
const MIN_FREQUENT = 2
const MIN_LENGTH = 4
const MAX_LENGTH = 40
const LETTERS = /^[\p{L}\p{M}]+$/u

/** Work out a form's traits (see {@link FormTraits}). */
export function formTraits(form: string): FormTraits {
  const pattern = casePattern(form)
  // Scripts without case (Han, Thai, Arabic, Hangul …) have no word-internal
  // signal that one letter is a slip rather than another word.
  const eligible =
    form.length >= MIN_LENGTH &&
    form.length <= MAX_LENGTH &&
    (pattern === 'lower' || pattern === 'title') &&
    LETTERS.test(form) &&
    form.toLowerCase() !== form.toUpperCase()
  const lower = form.toLowerCase()
  return {key: spellingKey(form), pattern, eligible, rare: eligible && !commonWords.has(lower) && !isFunctionWord(lower)}
}

/**
 * Call `onPair(rare, frequent)` for each pair of forms of one document where
 * `rare` occurs at most twice, `frequent` (with its possessive) at least
 * twice as often, neither is one of the commonest words (the lexicon's
 * business), their keys are one edit apart (a deletion, insertion,
 * substitution or swap, not at the first letter), the edit is no
 * inflection, and the contexts match (see {@link contextsMatch}).
 * Outside English text only names are compared, never lower-case words
 * (without a lexicon of the language, `mahkum`/`mahrum` are two words as
 * likely as one), and an edit in the last two letters is an ending.
 */
export function forEachDocumentPair(forms: DocumentForms, onPair: (rare: DocumentForm, frequent: DocumentForm) => void): void {
  // Frequent forms by first letter and length: a rare form looks only at
  // the three buckets one edit can reach.
  const buckets = new Map<number, DocumentForm[]>()
  for (const own of forms.all) {
    // `Beijing's` is a use of `Beijing` too.
    if (!own.traits.rare || frequency(own) < MIN_FREQUENT) continue
    const key = own.traits.key
    const bucket = bucketOf(key, key.length)
    const members = buckets.get(bucket)
    if (members === undefined) buckets.set(bucket, [own])
    else members.push(own)
  }
  if (buckets.size === 0) return
  for (const tally of forms.all) {
    if (tally.occurrences > MAX_RARE || !tally.traits.rare) continue
    const language = tally.language
    // In text of no language we know, nothing tells a name from an inflected word.
    if (language === UNDETERMINED) continue
    const english = language === ENGLISH
    const name = tally.traits.pattern === 'title'
    // Outside English, a name must be capitalized inside a phrase, not only
    // at a sentence start (`Потому`, `Enär`: because, whereas).
    if (!english && !(name && forms.neighbours(tally, 'left').some((word) => word !== ''))) continue
    const key = tally.traits.key
    for (let length = key.length - 1; length <= key.length + 1; length++) {
      for (const other of buckets.get(bucketOf(key, length)) ?? NO_FORMS) {
        if (frequency(other) < 2 * tally.occurrences || other.traits.pattern !== tally.traits.pattern) continue
        const otherKey = other.traits.key
        if (!isOneEdit(key, otherKey) || isEndingChange(key, otherKey, english)) continue
        const slip = name && capitalizesNames(language) && (key.length >= ANY_SUBSTITUTION_LENGTH || isPlausibleTypo(key, otherKey))
        if (!contextsMatch(tally, other, slip, forms)) continue
        onPair(tally, other)
      }
    }
  }
}

const NO_FORMS: readonly DocumentForm[] = []

/** Occurrences of a form in its document, its possessive's included. */
function frequency(tally: DocumentForm): number {
  return tally.occurrences + tally.possessives
}

function bucketOf(key: string, length: number): number {
  return key.charCodeAt(0) * 64 + Math.min(length, 63)
}

/**
 * Whether two different keys with the same first letter are one edit apart:
 * a letter inserted, deleted or substituted, or two neighbours swapped.
 */
function isOneEdit(a: string, b: string): boolean {
  if (a === b) return false
  let start = 0
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--
    endB--
  }
  const middleA = endA - start
  const middleB = endB - start
  if (middleA + middleB === 1) return true
  if (middleA === 1 && middleB === 1) return true
  return middleA === 2 && middleB === 2 && a.charAt(start) === b.charAt(start + 1) && a.charAt(start + 1) === b.charAt(start)
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
function contextsMatch(rare: DocumentForm, frequent: DocumentForm, slip: boolean, forms: DocumentForms): boolean {
  let shared = false
  for (const [side, other] of [
    ['left', 'right'],
    ['right', 'left']
  ] as const) {
    const theirs = forms.neighbours(frequent, side)
    const theirLower = theirs.map((word) => word.toLowerCase())
    for (const word of forms.neighbours(rare, side)) {
      if (word === '') continue
      const lower = word.toLowerCase()
      if (theirLower.includes(lower)) {
        if (!isFunctionWord(lower)) shared = true
        continue
      }
      if (!isName(word) || !theirs.some(isName)) continue
      // The names on its own other side: one (the rare form) makes it part of a name.
      const besideForm = forms.get(word)
      const beside = new Set(besideForm === undefined ? [] : forms.neighbours(besideForm, other).filter(isName))
      if (beside.size < 2) return false
    }
  }
  return shared || slip
}

/** A capitalized word that is not a function word at a sentence start (`The`). */
function isName(word: string): boolean {
  return word !== '' && casePattern(word) === 'title' && !isFunctionWord(word.toLowerCase()) && !commonWords.has(word.toLowerCase())
}
