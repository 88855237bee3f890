/**
 * A copy of `value` that keeps no reference to the text it was cut from.
 * V8 keeps a substring of 13 or more characters as a view into its parent,
 * so one line or word kept in statistics or a model would keep its whole
 * document alive for as long as they live: in a pass over a corpus, every
 * document. Short strings are copies already.
 */
export function detached(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1)
}
