// Clean one scraped article and show what was removed, and why.
//
//   npx tsx examples/clean-article.ts [FILE]
//
// FILE defaults to examples/data/article.txt: a BBC story as the boilerpipe
// extractor returned it (captions, a share panel and a date stamp included).
import {readFile} from 'node:fs/promises'
import {clean, type Removal} from 'copydesk'

const file = process.argv[2] ?? new URL('data/article.txt', import.meta.url)
const input = await readFile(file, 'utf8')

// Keep the byline: recognised as boilerplate, but some pipelines want it.
const {text, removed} = clean(input, {keep: ['byline']})

console.log(text)
console.log(`\n${removed.length} removed:`)
for (const removal of removed) console.log(describe(removal))

function describe(removal: Removal): string {
  // Offsets are UTF-16 indices into the input, so `input.slice(start, end)` is the removed source.
  const line = input.slice(0, removal.start).split('\n').length
  return `  line ${String(line).padStart(3)}  ${removal.kind.padEnd(12)} ${removal.rule.padEnd(16)} ${JSON.stringify(removal.text)}`
}
