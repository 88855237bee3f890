/**
 * `'story'`: copies of the same story (near-duplicate documents, by the
 * similarity signatures `learnBoilerplate` computes) use the canonical form
 * at least twice where the variant's document has the variant, in a
 * matching context (`Blnken` in one wire copy, `Blinken` in the others).
 * Needs no lexicon. Only forms in few documents keep the list of them, so
 * this is evidence for rare names and words and their near twins.
 */
import {similarity} from '../../boilerplate/learn.js'
import {capitalizesNames, ENGLISH, isFunctionWord, UNDETERMINED} from '../languages.js'
import {ANY_SUBSTITUTION_LENGTH, editDistance, isEndingChange, isPlausibleTypo} from '../rules.js'
import {isNearMiss} from './near.js'
import type {Corpus, EvidenceStep} from './step.js'

/** Two documents are copies of one story at this estimated similarity, `learnBoilerplate`'s default. */
const SAME_STORY = 0.5
/** The variant occurs at most this often… */
const MAX_RARE = 2
/** …and the copies use the canonical form at least this often. */
const MIN_USES = 2

export const storyEvidence: EvidenceStep = {
  name: 'story',
  strength: 50,
  find({weak, strong, sameKey}, corpus) {
    const weakEntry = corpus.entries[weak]
    const strongEntry = corpus.entries[strong]
    if (sameKey || weakEntry === undefined || strongEntry === undefined || weakEntry.count > MAX_RARE) return undefined
    if (weakEntry.stories === null || strongEntry.stories === null || !isNearMiss(weak, strong, corpus)) return undefined
    const weakKey = corpus.keys[weak] as string
    const strongKey = corpus.keys[strong] as string
    if (editDistance(weakKey, strongKey) !== 1) return undefined
    const language = corpus.languages[weak] as number
    if (language === UNDETERMINED) return undefined
    const english = language === ENGLISH
    const name = corpus.patterns[weak] === 'title'
    // As within a document: outside English only names inside a phrase, and no endings.
    if (!english && !(name && (weakEntry.contexts ?? []).some((context) => !context.startsWith(' |')))) return undefined
    if (isEndingChange(strongKey, weakKey, english)) return undefined
    if (usesInCopies(weakEntry.stories, strongEntry.stories, corpus) < MIN_USES) return undefined
    const contexts = corpus.sharedContexts(strong, weak)
    if (contexts.length > 0 || sharesNeighbour(weakEntry.contexts ?? [], strongEntry.contexts ?? [])) return {contexts}
    const slip = name && capitalizesNames(language) && (weakKey.length >= ANY_SUBSTITUTION_LENGTH || isPlausibleTypo(weakKey, strongKey))
    return slip ? {contexts} : undefined
  }
}

/** Occurrences of the canonical form in other documents that are copies of one of the variant's. */
function usesInCopies(weakStories: readonly number[], strongStories: readonly number[], corpus: Corpus): number {
  let uses = 0
  for (let index = 0; index < strongStories.length; index += 2) {
    const story = strongStories[index] as number
    if (weakStories.some((other, at) => at % 2 === 0 && other === story)) continue
    const signature = corpus.storySignature(story)
    for (let at = 0; at < weakStories.length; at += 2) {
      if (similarity(signature, corpus.storySignature(weakStories[at] as number)) >= SAME_STORY) {
        uses += strongStories[index + 1] as number
        break
      }
    }
  }
  return uses
}

/** Whether two context samples share the word just before, or just after, that is not a function word. */
function sharesNeighbour(a: readonly string[], b: readonly string[]): boolean {
  const sides = (contexts: readonly string[]): Set<string> => {
    const words = new Set<string>()
    for (const context of contexts) {
      const bar = context.indexOf('|')
      const before = context.slice(0, bar).split(' ').pop() ?? ''
      const after = context.slice(bar + 1).split(' ')[0] ?? ''
      if (before !== '' && !isFunctionWord(before)) words.add(`<${before}`)
      if (after !== '' && !isFunctionWord(after)) words.add(`>${after}`)
    }
    return words
  }
  const other = sides(b)
  for (const word of sides(a)) if (other.has(word)) return true
  return false
}
