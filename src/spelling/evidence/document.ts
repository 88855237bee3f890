/**
 * `'document'`: the documents that use the variant use the canonical form
 * several times, side by side with it, in a matching context (`Antony
 * Blnken` in an article that says `Antony Blinken` four times). Found while
 * counting (see `document-pairs.ts`); needs no lexicon and holds in any
 * language with word spaces and letter case.
 */
import {isRegionalPair} from '../rules.js'
import type {EvidenceStep} from './step.js'

export const documentEvidence: EvidenceStep = {
  name: 'document',
  strength: 60,
  find({weak, strong}, corpus) {
    const pair = corpus.stats.pairs.get(`${corpus.forms[weak] as string}\n${corpus.forms[strong] as string}`)
    if (pair === undefined || corpus.settings.maxDistance === 0) return undefined
    if (!corpus.settings.regional && isRegionalPair(corpus.keys[strong] as string, corpus.keys[weak] as string)) return undefined
    // Most of the variant's occurrences must be beside the canonical form: a
    // form used on its own elsewhere (`Iraq` in other articles) is a word.
    if (pair.occurrences * 3 < (corpus.entries[weak]?.count ?? 0) * 2) return undefined
    return {contexts: corpus.sharedContexts(strong, weak)}
  }
}
