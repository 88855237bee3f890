import {assertString} from '../options.js'
import {wellFormed} from '../well-formed.js'

// Hyphen look-alikes: hyphen, non-breaking hyphen, figure dash, hyphen bullet,
// minus sign, small and fullwidth hyphen-minus.
const hyphens = /[\u2010\u2011\u2012\u2043\u2212\uFE63\uFF0D]/g
// Sentence-dash look-alikes: horizontal bar, small em dash, two- and
// three-em dashes, and an en dash with a space on each side (the space after
// it looked at, not taken: it may be the space before the next, ` – – `).
const emDashes = /[\u2015\uFE58\u2E3A\u2E3B]| \u2013(?= )/g
const anyDash = /[\u2010-\u2012\u2015\u2043\u2212\uFE58\uFE63\uFF0D\u2E3A\u2E3B]| \u2013 /

/**
 * Fold dash and hyphen look-alikes, so copies of one story compare equal:
 *
 * | from | to |
 * | --- | --- |
 * | `‐` U+2010, `‑` U+2011, `‒` U+2012, `⁃` U+2043, `−` U+2212 (minus), `﹣` U+FE63, `－` U+FF0D | `-` |
 * | `―` U+2015, `﹘` U+FE58, `⸺` U+2E3A, `⸻` U+2E3B | `—` |
 * | ` – ` (en dash with a space each side) | ` — ` |
 *
 * Em dashes stay; en dashes in ranges (`1990–95`, `pp. 3–7`) stay; ASCII
 * (`-`, `--`) is never touched.
 *
 * @example
 * normalizeDashes('Xi \u2013 and Putin, \u221240 \u00B0C') // => 'Xi — and Putin, -40 °C'
 */
export function normalizeDashes(input: string): string {
  assertString(input, 'input')
  return wellFormed(dashesNormalized(input))
}

/** @internal {@link normalizeDashes} without the argument check. */
export function dashesNormalized(input: string): string {
  if (!anyDash.test(input)) return input
  return input.replace(hyphens, '-').replace(emDashes, (match) => (match.length === 1 ? '\u2014' : ' \u2014'))
}

/**
 * Replace the ellipsis character `…` (U+2026) with three full stops. Other
 * characters (`⋯`, `‥`) are left alone.
 *
 * @example
 * normalizeEllipsis('world… it') // => 'world... it'
 */
export function normalizeEllipsis(input: string): string {
  assertString(input, 'input')
  return wellFormed(ellipsisNormalized(input))
}

/** @internal {@link normalizeEllipsis} without the argument check. */
export function ellipsisNormalized(input: string): string {
  return input.includes('\u2026') ? input.replaceAll('\u2026', '...') : input
}
