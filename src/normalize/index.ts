import {decodeEntities} from './entities.js'
import {normalizeDashes, normalizeEllipsis} from './dashes.js'
import {normalizeQuotes, type QuoteStyle} from './quotes.js'
import {normalizeUnicode, removeControlCharacters, type UnicodeForm} from './unicode.js'
import {normalizeWhitespace} from './whitespace.js'

/** Options for {@link normalize}. Every step is on by default. */
export interface NormalizeOptions {
  /** Decode HTML entities. @default true */
  entities?: boolean
  /** Quote style. @default 'straight' */
  quotes?: QuoteStyle
  /** Fold dash and hyphen look-alikes. @default true */
  dashes?: boolean
  /** Replace `…` with `...`. @default true */
  ellipsis?: boolean
  /** Normalize spaces and line breaks. @default true */
  whitespace?: boolean
  /** Unicode normalization form, or `false` to skip. @default 'NFC' */
  unicode?: UnicodeForm | false
  /** Remove control characters and ANSI escapes. @default true */
  controls?: boolean
}

/**
 * Normalize characters: control characters, HTML entities, Unicode form,
 * whitespace, quotes, dashes and ellipses, in that order.
 *
 * @example
 * normalize('Moscow&rsquo;s\u00A0“war”') // => 'Moscow\'s "war"'
 */
export function normalize(input: string, options: NormalizeOptions = {}): string {
  let text = input
  if (options.controls !== false) text = removeControlCharacters(text)
  if (options.entities !== false) text = decodeEntities(text)
  if (options.unicode !== false) text = normalizeUnicode(text, options.unicode ?? 'NFC')
  if (options.whitespace !== false) text = normalizeWhitespace(text)
  text = normalizeQuotes(text, {quotes: options.quotes ?? 'straight'})
  if (options.dashes !== false) text = normalizeDashes(text)
  if (options.ellipsis !== false) text = normalizeEllipsis(text)
  return text
}
