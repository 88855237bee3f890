// How widely each character is written, read from the table
// scripts/letter-commonness.mjs generates from Unicode CLDR (commonness-table.ts).
import {digits, ranges, table} from './commonness-table.js'

/** @internal The commonness of a character about ten million people write: below it, few do. */
export const widelyWritten = 100

/** @internal Whether commonness() knows `code` (see commonness-table.ts for the ranges). */
export function isTabled(code: number): boolean {
  return indexOf(code) !== -1
}

/**
 * @internal How widely `code` is written, as 100 × log10(1 + millions of
 * writers): 0 for a character no language lists, and outside the ranges tabled (see isTabled).
 */
export function commonness(code: number): number {
  const index = indexOf(code)
  if (index === -1) return 0
  return digits.indexOf(table.charAt(2 * index)) * 64 + digits.indexOf(table.charAt(2 * index + 1))
}

// Where `code`'s figure is in the table, in code points; -1 outside the ranges tabled.
function indexOf(code: number): number {
  for (const [first, last, at] of ranges) if (code >= first && code <= last) return at + code - first
  return -1
}
