/** Conditions the edit-distance kinds of evidence share. */
import {distanceBudget, editDistance, isInflection, isRegionalPair} from '../rules.js'
import type {Corpus} from './step.js'

/**
 * Whether two forms of one case shape and first letter are within the
 * distance budget for their length (0 up to 3 letters, 1 for 4–7, 2 from 8,
 * at most `maxDistance`), are no inflection of each other, and (unless
 * `regional`) are no British/American pair.
 */
export function isNearMiss(weak: number, strong: number, corpus: Corpus): boolean {
  if (corpus.patterns[weak] !== corpus.patterns[strong]) return false
  const weakKey = corpus.keys[weak] as string
  const strongKey = corpus.keys[strong] as string
  if (weakKey.charCodeAt(0) !== strongKey.charCodeAt(0)) return false
  // A tie in frequency leaves no reason to prefer either spelling.
  const weakEntry = corpus.entries[weak]
  const strongEntry = corpus.entries[strong]
  if (weakEntry?.count === strongEntry?.count && weakEntry?.documents === strongEntry?.documents && !corpus.known[strong]) return false
  const budget = Math.min(corpus.settings.maxDistance, distanceBudget(Math.min(weakKey.length, strongKey.length)))
  if (Math.abs(weakKey.length - strongKey.length) > budget) return false
  const distance = editDistance(weakKey, strongKey)
  if (distance === 0 || distance > budget) return false
  if (isInflection(strongKey, weakKey)) return false
  return corpus.settings.regional || !isRegionalPair(strongKey, weakKey)
}
