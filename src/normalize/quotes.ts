/** Quote style for {@link normalizeQuotes}. */
export type QuoteStyle = 'straight' | 'curly' | 'keep'

/** Options for {@link normalizeQuotes}. */
export interface NormalizeQuotesOptions {
  /**
   * `'straight'` folds typographic quotes to `'` and `"`; `'keep'` leaves them.
   * @default 'straight'
   */
  quotes?: QuoteStyle
}

const doubleQuotes = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\uFF02]/g
const singleQuotes = /[\u2018\u2019\u201A\u201B\u2032\u2035\u2039\u203A\uFF07]/g
const anyQuote = /[\u00AB\u00BB\u2018-\u201F\u2032\u2033\u2035\u2036\u2039\u203A\uFF02\uFF07]/

/**
 * Fold typographic quotes and apostrophes so copies of one story compare equal.
 *
 * @example
 * normalizeQuotes('China’s “no limits” tie') // => 'China\'s "no limits" tie'
 */
export function normalizeQuotes(input: string, options: NormalizeQuotesOptions = {}): string {
  const style = options.quotes ?? 'straight'
  if (style === 'keep' || !anyQuote.test(input)) return input
  return input.replace(doubleQuotes, '"').replace(singleQuotes, "'")
}
