/**
 * Words in a normalized line: one more than its runs of spaces, counted
 * without allocating. With `limit`, counting stops there: callers that only
 * need "at least n words" don't read a long paragraph to its end.
 */
export function wordCount(text: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 1
  for (let index = text.indexOf(' '); index !== -1 && count < limit; index = text.indexOf(' ', index + 1)) {
    if (text.charCodeAt(index - 1) !== 32) count++
  }
  return count
}
