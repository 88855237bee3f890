// The one seam between `copydesk spellings` and the spelling module (branch
// `spelling`). Once that is on main, wire it in src/cli/main.ts:
//
//   import {addDocument, createSpellingStats, findCanonicalSpellings, mergeSpellingStats,
//     normalize, spellingStatsFromJSON, spellingStatsToJSON} from '../index.js'
//   import {createSpellingsCommand} from './spellings.js'
//   spellings: createSpellingsCommand({addDocument, createSpellingStats, findCanonicalSpellings,
//     mergeSpellingStats, normalize, spellingStatsFromJSON, spellingStatsToJSON})

/** The functions `copydesk spellings` needs, as the spelling module exports them. */
export interface SpellingApi<Stats = unknown, Json = unknown, Spelling = unknown> {
  createSpellingStats(): Stats
  /** Count one document into `stats` (mutates and returns it). */
  addDocument(stats: Stats, text: string): Stats
  /** Combine two statistics into new ones (commutative, associative). */
  mergeSpellingStats(a: Stats, b: Stats): Stats
  spellingStatsToJSON(stats: Stats): Json
  spellingStatsFromJSON(json: Json): Stats
  findCanonicalSpellings(stats: Stats, options?: {lexicon?: Iterable<string>; regional?: boolean}): Spelling[]
  /** Documents are normalized before counting, as the spelling module expects. */
  normalize(text: string): string
}
