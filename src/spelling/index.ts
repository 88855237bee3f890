export {
  findCanonicalSpellings,
  type FindCanonicalSpellingsOptions,
  type Spelling,
  type SpellingEvidence
} from './find.js'
export {
  applySpellings,
  type ApplySpellingsOptions,
  type ApplySpellingsResult,
  type SpellingReplacement
} from './apply.js'
export {
  addDocument,
  addSpellingStats,
  createSpellingStats,
  mergeSpellingStats,
  spellingStatsFromJSON,
  spellingStatsToJSON,
  type SpellingStats,
  type SpellingStatsJSON
} from './stats.js'
export {spellingKey} from './key.js'
