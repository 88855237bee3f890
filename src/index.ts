export {normalize, type NormalizeOptions, type NormalizeResult, type NormalizeStep} from './normalize/index.js'
export {decodeEntities, type DecodeEntitiesOptions} from './normalize/entities.js'
export {fixMojibake, type FixMojibakeOptions, type CodePage} from './normalize/mojibake.js'
export {normalizeQuotes, type NormalizeQuotesOptions, type QuoteStyle} from './normalize/quotes.js'
export {normalizeDashes, normalizeEllipsis} from './normalize/dashes.js'
export {normalizeWhitespace} from './normalize/whitespace.js'
export {
  normalizeUnicode,
  removeControlCharacters,
  type NormalizeUnicodeOptions,
  type UnicodeForm
} from './normalize/unicode.js'
export {foldFullwidth, foldLigatures} from './normalize/width.js'
