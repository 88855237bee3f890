/**
 * `'context'`: both forms stand between the same two words on each side
 * (`Chinese city of ___`), the signature of syndicated copies.
 */
import {ENGLISH, UNDETERMINED} from '../languages.js'
import {isEndingChange, isPlausibleTypo} from '../rules.js'
import type {EvidenceStep} from './step.js'
import {isNearMiss} from './near.js'

export const contextEvidence: EvidenceStep = {
  name: 'context',
  strength: 40,
  find({weak, strong, sameKey}, corpus) {
    if (sameKey || !isNearMiss(weak, strong, corpus)) return undefined
    const weakKey = corpus.keys[weak] as string
    const strongKey = corpus.keys[strong] as string
    const language = corpus.languages[weak]
    // Text of no language we know: only among English words (the two forms
    // could be two languages' words for one thing, `Pereh`/`Perhe`).
    if (language === UNDETERMINED && !corpus.inKnownCompany(weak)) return undefined
    // Outside English, only names: without a lexicon of the language two
    // lower-case forms are two words (or two related languages' spellings,
    // `creyencia`/`creencia`) as likely as one.
    if (language !== ENGLISH && language !== UNDETERMINED && corpus.patterns[weak] !== 'title') return undefined
    if (!isPlausibleTypo(weakKey, strongKey) || isEndingChange(strongKey, weakKey, language === ENGLISH)) return undefined
    const contexts = corpus.sharedContexts(strong, weak)
    return contexts.length > 0 ? {contexts} : undefined
  }
}
