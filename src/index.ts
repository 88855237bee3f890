export {normalize, type NormalizeOptions, type NormalizeExplainOptions, type NormalizeResult, type NormalizeStep} from './normalize/index.js'
export {decodeEntities, type DecodeEntitiesOptions} from './normalize/entities.js'
export {fixMojibake, type FixMojibakeOptions, type CodePage, type MojibakeRepair} from './normalize/mojibake.js'
export {foldFullwidth, foldLigatures} from './normalize/width.js'
export {normalizeQuotes, type NormalizeQuotesOptions, type QuoteStyle} from './normalize/quotes.js'
export {normalizeDashes, normalizeEllipsis} from './normalize/dashes.js'
export {normalizeWhitespace} from './normalize/whitespace.js'
export {normalizeUnicode, removeControlCharacters, type NormalizeUnicodeOptions, type UnicodeForm} from './normalize/unicode.js'
export {clean, type CleanOptions} from './clean.js'
export {stripBoilerplate} from './boilerplate/strip.js'
export type {StripBoilerplateOptions} from './boilerplate/settings.js'
export type {CleanResult, Removal, InputFormat} from './types.js'
export {defaultRules, type Rule, type RuleScope} from './boilerplate/rules.js'
export {learnBoilerplate, mergeBoilerplateModels, type BoilerplateModel, type LearnBoilerplateOptions} from './boilerplate/learn.js'
export {foldLine} from './boilerplate/fold.js'
export {uiVocabulary, type VocabularyLanguage} from './boilerplate/rules-i18n.js'
export {boilerplateKinds, isBoilerplateKind, type BoilerplateKind} from './boilerplate/kinds.js'
export {looksLikeMarkdown} from './markdown.js'
export {rejoinParagraphs} from './paragraphs.js'
export {
  addDocument,
  addSpellingStats,
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
export {cleanStream, type CleanStreamOptions, type CleanedRecord} from './stream.js'
