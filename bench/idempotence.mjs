#!/usr/bin/env node
// Idempotence on real text: clean() each aeb-dev extractor output (and the
// seeds), then clean the result again, and count the texts the second pass
// changes. The same for the texts with hashtag tails appended (after a
// no-break space, `&#32;`, a closing quote, fullwidth signs, a zero-width
// space), for the texts turned into markdown, and for stripBoilerplate().
//
//   npm run build && node bench/idempotence.mjs [--show]
//
// Exits 1 when a plain text (hashtags or not) changes on a second pass. With
// markdown, a second `clean()` sniffs its input again: the count of texts it
// changes is reported, with how many of those outputs look like markdown.
import {clean, looksLikeMarkdown, stripBoilerplate} from '../dist/index.js'
import {documents, toMarkdown} from './corpus.mjs'

const show = process.argv.includes('--show')
const plain = documents()
const tails = [
  ' #news #ukraine #war',
  '\u00A0#news #ukraine #war',
  '&#32;#news #ukraine #war',
  '” #news #ukraine #war',
  ' ＃news ＃ukraine ＃war',
  ' #news #ukraine #war\u200B'
]

/** `text` with a hashtag tail after its last line and after its first line that ends a sentence. */
function withHashtags(text, index) {
  const lines = text.split('\n')
  const tail = tails[index % tails.length]
  const sentence = lines.findIndex((line) => /[.!?]$/.test(line))
  if (sentence >= 0) lines[sentence] += tail
  let last = lines.length - 1
  while (last > 0 && lines[last].trim() === '') last--
  if (last !== sentence) lines[last] += tail
  return lines.join('\n')
}

const sets = [
  ['plain text', plain],
  ['with hashtag tails', plain.map(withHashtags)],
  ['as markdown', plain.map((text) => toMarkdown(text))]
]
const checks = [
  ['clean', (text) => clean(text).text],
  ['clean, then as text', (text) => clean(text).text, (text) => clean(text, {format: 'text'}).text],
  ['stripBoilerplate', (text) => stripBoilerplate(text).text]
]

let failed = false
console.log('| texts | check | changed by a second pass |\n|---|---|---|')
for (const [setName, texts] of sets) {
  for (const [checkName, first, second = first] of checks) {
    let changed = 0
    let markdownLike = 0
    for (const text of texts) {
      const once = first(text)
      const twice = second(once)
      if (twice === once) continue
      changed++
      if (looksLikeMarkdown(once)) markdownLike++
      if (show) console.error(`[${setName}, ${checkName}] ${JSON.stringify(once.slice(0, 160))}`)
    }
    if (changed > 0 && setName !== 'as markdown') failed = true
    console.log(`| ${setName} (${texts.length}) | ${checkName} | ${changed}${changed > 0 ? ` (${markdownLike} look like markdown)` : ''} |`)
  }
}
process.exitCode = failed ? 1 : 0
