// Hyphen look-alikes (hyphen, non-breaking hyphen, figure dash, minus, small and fullwidth hyphen-minus).
const hyphens = /[\u2010\u2011\u2012\u2043\u2212\uFE63\uFF0D]/g
// Dash look-alikes used as a sentence dash: horizontal bar, small em dash, two-em dash; ` -- `; spaced en dash.
const emDashes = /[\u2015\uFE58\u2E3A]| -- | \u2013 /g
const anyDash = /[\u2010-\u2015\u2043\u2212\uFE58\uFE63\uFF0D\u2E3A]| -- /

/**
 * Fold hyphen and dash look-alikes: hyphen variants and the minus sign become
 * `-`; a horizontal bar, ` -- ` or a spaced en dash used as a sentence dash
 * becomes an em dash (`—`). Ranges written with an unspaced en dash (`1990–95`) stay.
 *
 * @example
 * normalizeDashes('Xi \u2013 and Putin') // => 'Xi — and Putin'
 */
export function normalizeDashes(input: string): string {
  if (!anyDash.test(input)) return input
  return input.replace(hyphens, '-').replace(emDashes, (match) => (match.length === 1 ? '\u2014' : ' \u2014 '))
}

/**
 * Replace the ellipsis character with three full stops.
 *
 * @example
 * normalizeEllipsis('world… it') // => 'world... it'
 */
export function normalizeEllipsis(input: string): string {
  return input.includes('\u2026') ? input.replaceAll('\u2026', '...') : input
}
