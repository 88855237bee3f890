/**
 * The shape every kind of spelling evidence shares: a function that looks at
 * one candidate pair of forms in the corpus and either finds support for
 * rewriting the weaker form as the stronger one, or does not. A kind of
 * evidence is one file exporting an {@link EvidenceStep} and one row in the
 * table in `index.ts`.
 */
import type {CasePattern} from '../key.js'
import type {FormEntry, SpellingStats} from '../stats.js'

/**
 * Why a spelling was proposed, strongest first: `'alias'` (from
 * `options.aliases`), `'key'` (equal after folding case, apostrophes,
 * periods, diacritics), `'document'` (the variant's documents use the
 * canonical form more, in a matching context), `'story'` (copies of the same
 * story do), `'context'` (the same two words on each side), `'edit'` (a far
 * more frequent form a small edit away, with a lexicon, in English text).
 */
export type SpellingEvidence = 'alias' | 'key' | 'document' | 'story' | 'context' | 'edit'

/** The corpus as the evidence steps read it: one id per distinct form. */
export interface Corpus {
  readonly stats: SpellingStats
  readonly forms: readonly string[]
  readonly entries: readonly FormEntry[]
  /** `spellingKey` of each form. */
  readonly keys: readonly string[]
  readonly patterns: readonly CasePattern[]
  /** The language index most of each form's occurrences are in. */
  readonly languages: readonly number[]
  /** Known words: never variants. */
  readonly known: readonly boolean[]
  /** Whether the caller gave a lexicon (`known` is then more than the commonest words). */
  readonly hasLexicon: boolean
  isKnown(word: string): boolean
  /** Whether a form stands among known words (a proxy for English where the language is undetermined). */
  inKnownCompany(id: number): boolean
  /** The similarity signature of a story (`stats.stories[index]`), as numbers. */
  storySignature(index: number): readonly number[]
  /** Contexts (`city of|`) both forms occur in; none when context evidence is off. */
  sharedContexts(a: number, b: number): string[]
  /** The resolved options. */
  readonly settings: EvidenceSettings
}

/** The options the steps read. */
export interface EvidenceSettings {
  minRatio: number
  minRatioFar: number
  maxDistance: number
  regional: boolean
  context: boolean
}

/** One candidate: `weak` would be rewritten as `strong`. */
export interface Candidate {
  weak: number
  strong: number
  /** The forms fold to the same key (case shape kept): equal but for apostrophes, periods, diacritics. */
  sameKey: boolean
}

/** What a step found: the phrases both forms share, if that is the evidence. */
export interface Finding {
  contexts: string[]
}

/** One kind of evidence. */
export interface EvidenceStep {
  /** The name proposals list it under. */
  name: SpellingEvidence
  /**
   * How much it outweighs the other kinds when one variant has several
   * possible canonical forms: the strongest evidence wins, then the nearer
   * form, then the more frequent one.
   */
  strength: number
  /** Support for rewriting `candidate.weak` as `candidate.strong`, or `undefined`. */
  find(candidate: Candidate, corpus: Corpus): Finding | undefined
}
