import type {BoilerplateKind} from './boilerplate/kinds.js'

/** How to read the input. */
export type InputFormat = 'text' | 'markdown' | 'auto'

/** @internal Every {@link InputFormat}, for option checks. */
export const inputFormats: readonly InputFormat[] = ['text', 'markdown', 'auto']

/** One piece of the input that was removed, and why. */
export interface Removal {
  /** The kind of boilerplate. */
  kind: BoilerplateKind
  /** The name of the rule that fired. */
  rule: string
  /** Why: the rule's description, plus the context it needed. */
  reason: string
  /** The removed source: `input.slice(start, end)`. */
  text: string
  /** UTF-16 offset of the removed source in the input. */
  start: number
  /** UTF-16 offset just past the removed source in the input. */
  end: number
}

/** What `stripBoilerplate` and `clean` return. */
export interface CleanResult {
  /** The text that remains. */
  text: string
  /** Everything that was removed, in input order. */
  removed: Removal[]
}
