export {normalize, type NormalizeOptions} from './normalize/index.js'
export {decodeEntities, type DecodeEntitiesOptions} from './normalize/entities.js'
export {normalizeQuotes, type NormalizeQuotesOptions, type QuoteStyle} from './normalize/quotes.js'
export {normalizeDashes, normalizeEllipsis} from './normalize/dashes.js'
export {normalizeWhitespace} from './normalize/whitespace.js'
export {normalizeUnicode, removeControlCharacters, type UnicodeForm} from './normalize/unicode.js'
export {
  addDocument,
  applySpellings,
  createSpellingStats,
  findCanonicalSpellings,
  mergeSpellingStats,
  spellingKey,
  spellingStatsFromJSON,
  spellingStatsToJSON,
  type ApplySpellingsOptions,
  type ApplySpellingsResult,
  type FindCanonicalSpellingsOptions,
  type Spelling,
  type SpellingEvidence,
  type SpellingReplacement,
  type SpellingStats,
  type SpellingStatsJSON
} from './spelling/index.js'
