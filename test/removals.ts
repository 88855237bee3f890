import {expect} from 'vitest'
import type {CleanResult} from '../src/index.js'

/** Assert removals are in input order, do not overlap, and slice `input` to their text. */
export function expectConsistent(input: string, result: CleanResult): void {
  let previous = 0
  for (const removal of result.removed) {
    expect(removal.start).toBeGreaterThanOrEqual(previous)
    expect(removal.end).toBeGreaterThan(removal.start)
    expect(input.slice(removal.start, removal.end)).toBe(removal.text)
    previous = removal.end
  }
}
