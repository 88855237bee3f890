/**
 * `'edit'`: a small edit distance to a far more frequent form, 3× at
 * distance 1 and 10× at distance 2. Frequency alone cannot tell a typo from
 * a rare real word, so this needs a lexicon (the variant is unknown to it)
 * and English text: the lexicon is English.
 */
import {ENGLISH, functionWordMask, UNDETERMINED} from '../languages.js'
import {ANY_SUBSTITUTION_LENGTH, editDistance, isPlausibleTypo} from '../rules.js'
import type {Corpus, EvidenceStep} from './step.js'
import {isNearMiss} from './near.js'

export const editEvidence: EvidenceStep = {
  name: 'edit',
  strength: 20,
  find({weak, strong, sameKey}, corpus) {
    if (sameKey || !corpus.hasLexicon || !isNearMiss(weak, strong, corpus)) return undefined
    const language = corpus.languages[weak]
    if (language !== ENGLISH && (language !== UNDETERMINED || !corpus.inKnownCompany(weak))) return undefined
    if (inForeignPhrase(corpus.entries[weak]?.contexts ?? [])) return undefined
    const weakKey = corpus.keys[weak] as string
    const strongKey = corpus.keys[strong] as string
    // A name an arbitrary letter away is another name (`Iraq`/`Iran`), and
    // so is a short word (`fime` is as near `five` as `time`); a longer
    // lower-case form unknown to the lexicon is no other word.
    if ((corpus.patterns[weak] !== 'lower' || weakKey.length < ANY_SUBSTITUTION_LENGTH) && !isPlausibleTypo(weakKey, strongKey)) return undefined
    const weakEntry = corpus.entries[weak]
    const strongEntry = corpus.entries[strong]
    if (weakEntry === undefined || strongEntry === undefined) return undefined
    const ratio = strongEntry.count / weakEntry.count
    const distance = editDistance(weakKey, strongKey)
    if (ratio < (distance === 1 ? corpus.settings.minRatio : corpus.settings.minRatioFar)) return undefined
    // A lower-case variant's canonical form is a word of the lexicon: `bodie`
    // is no slip for `bodi`, a word the lexicon does not know either.
    if (corpus.patterns[weak] === 'lower' ? !corpus.known[strong] : !isLikelyNameTypo(weak, strong, distance, ratio, corpus)) return undefined
    return {contexts: corpus.sharedContexts(strong, weak)}
  }
}

const CONTEXT_WORDS = /[ |]/

/**
 * Whether a form stands next to a function word of another language but not
 * of English (`en masse`, `la dolce`): a foreign phrase inside English text,
 * whose words the English lexicon cannot judge.
 */
function inForeignPhrase(contexts: readonly string[]): boolean {
  for (const context of contexts) {
    for (const word of context.split(CONTEXT_WORDS)) {
      if (word === '') continue
      const mask = functionWordMask(word)
      if (mask !== 0 && (mask & (1 << ENGLISH)) === 0) return true
    }
  }
  return false
}

/**
 * Frequency alone is weak evidence for names: `Jane`/`June`, `Davies`/`Davis`,
 * `Luke`/`Like` are all real. Only a long name, one rare slip away from a
 * far more frequent name with the same ending, passes.
 */
function isLikelyNameTypo(weak: number, strong: number, distance: number, ratio: number, corpus: Corpus): boolean {
  const weakKey = corpus.keys[weak] as string
  const strongKey = corpus.keys[strong] as string
  return (
    !corpus.known[strong] &&
    distance === 1 &&
    weakKey.length >= 8 &&
    ratio >= corpus.settings.minRatioFar &&
    (corpus.entries[weak]?.count ?? 0) <= 2 &&
    weakKey.slice(-2) === strongKey.slice(-2)
  )
}
