/** Words in a normalized line: one more than its runs of spaces (counted without allocating). */
export function wordCount(text: string): number {
  let count = 1
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1)) {
    if (text.charCodeAt(index - 1) !== 32) count++
  }
  return count
}
