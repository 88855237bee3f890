export {normalize, type NormalizeOptions, type NormalizeExplainOptions, type NormalizeResult, type NormalizeStep} from './normalize/index.js'
export {decodeEntities, type DecodeEntitiesOptions} from './normalize/entities.js'
export {fixMojibake, type FixMojibakeOptions, type CodePage, type MojibakeRepair} from './normalize/mojibake.js'
export {foldFullwidth, foldLigatures} from './normalize/width.js'
export {normalizeQuotes, type NormalizeQuotesOptions, type QuoteStyle} from './normalize/quotes.js'
export {normalizeDashes, normalizeEllipsis} from './normalize/dashes.js'
export {normalizeWhitespace} from './normalize/whitespace.js'
export {normalizeUnicode, removeControlCharacters, type NormalizeUnicodeOptions, type UnicodeForm} from './normalize/unicode.js'
export {clean, type CleanOptions} from './clean.js'
export {stripBoilerplate, type StripBoilerplateOptions, type CleanResult, type Removal, type InputFormat} from './boilerplate/strip.js'
export {defaultRules, type Rule, type RuleScope} from './boilerplate/rules.js'
export {learnBoilerplate, mergeBoilerplateModels, foldLine, type BoilerplateModel, type LearnBoilerplateOptions} from './boilerplate/learn.js'
export {uiVocabulary, type VocabularyLanguage} from './boilerplate/rules-i18n.js'
export {boilerplateKinds, isBoilerplateKind, type BoilerplateKind} from './boilerplate/kinds.js'
export {looksLikeMarkdown} from './markdown.js'
export {rejoinParagraphs} from './paragraphs.js'
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
export {cleanStream, type CleanStreamOptions, type CleanedRecord} from './stream.js'
