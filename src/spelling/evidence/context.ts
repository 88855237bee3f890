/**
 * `'context'`: both forms stand between the same two words on each side
 * (`Chinese city of ___`), the signature of syndicated copies.
 */
import {ENGLISH} from '../languages.js'
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
    if (!isPlausibleTypo(weakKey, strongKey) || isEndingChange(strongKey, weakKey, corpus.languages[weak] === ENGLISH)) return undefined
    const contexts = corpus.sharedContexts(strong, weak)
    return contexts.length > 0 ? {contexts} : undefined
  }
}
