import {decodeHTMLStrict} from 'entities'

/** Options for {@link decodeEntities}. */
export interface DecodeEntitiesOptions {
  /**
   * How many layers of escaping to undo (`&amp;amp;rsquo;` is three).
   * @default 3
   */
  maxDepth?: number
}

// A cheap guard: most text has no `&` followed by something entity-like.
const entityLike = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/

/**
 * Decode HTML entities (named, decimal and hex), including double-escaped ones.
 * Only well-formed references with a terminating `;` are decoded, so `AT&T` and
 * `R&D` survive.
 *
 * @example
 * decodeEntities('Moscow&amp;rsquo;s') // => 'Moscow’s'
 */
export function decodeEntities(input: string, options: DecodeEntitiesOptions = {}): string {
  const maxDepth = options.maxDepth ?? 3
  let text = input
  for (let depth = 0; depth < maxDepth && entityLike.test(text); depth++) {
    const next = decodeHTMLStrict(text)
    if (next === text) break
    text = next
  }
  return text
}
