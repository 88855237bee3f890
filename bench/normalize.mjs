// Throughput of normalize() on ≥ 10 MB of news text with injected damage,
// next to one bare String.replace pass over the same text in the same run.
// Run after `npm run build`: node bench/normalize.mjs
import {readFileSync, readdirSync} from 'node:fs'
import {fixMojibake, normalize} from '../dist/index.js'

const seedsDirectory = new URL('../seeds/', import.meta.url)
const seeds = readdirSync(seedsDirectory)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, seedsDirectory), 'utf8'))

// Deterministic PRNG (mulberry32), so every run measures the same text.
let state = 0x5eed
function random() {
  state = (state + 0x6d2b79f5) | 0
  let t = Math.imul(state ^ (state >>> 15), 1 | state)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

// UTF-8 read as Windows-1252: the most common mojibake.
const windows1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
function misread(text) {
  let result = ''
  for (const byte of new TextEncoder().encode(text)) {
    result += byte >= 0x80 && byte < 0xa0 ? windows1252[byte - 0x80] : String.fromCharCode(byte)
  }
  return result
}

const damages = [
  (line) => line.replaceAll('’', '&rsquo;'),
  (line) => line.replaceAll('’', '&amp;rsquo;').replaceAll('“', '&#147;'),
  (line) => misread(line),
  (line) => line.replaceAll(' ', '\u00A0'),
  (line) => line.replace(' ', ' \u200B') + '  ',
  (line) => line.replaceAll(' — ', ' &mdash; ').replaceAll('"', '&quot;'),
  (line) => line + '\r'
]

function corpus(minimumBytes, damageRate) {
  const lines = []
  let bytes = 0
  while (bytes < minimumBytes) {
    for (const seed of seeds) {
      for (let line of seed.split('\n')) {
        if (line !== '' && random() < damageRate) line = damages[Math.floor(random() * damages.length)](line)
        lines.push(line)
        bytes += Buffer.byteLength(line) + 1
      }
    }
  }
  // Split the joined text, as a caller reading a file would: flat strings.
  const text = lines.join('\n')
  return {lines: text.split('\n'), text, bytes}
}

// Best of several runs: on a shared machine the fastest run is the one least
// disturbed by other work. Every figure is also given as a ratio to the
// baseline, measured the same way in the same run.
function measure(run, bytes) {
  run() // warm up
  let best = Number.POSITIVE_INFINITY
  for (let index = 0; index < 7; index++) {
    const start = performance.now()
    run()
    best = Math.min(best, performance.now() - start)
  }
  return bytes / 1e6 / (best / 1000)
}

// Correct text in many scripts: what fixMojibake must leave alone, cheaply.
const multilingualLines = [
  '中国国家主席习近平周三向普京保证，中国支持俄罗斯的“主权和安全”。',
  'Президент Китая Си Цзиньпин в среду заверил Владимира Путина в поддержке.',
  'Ο Κινέζος πρόεδρος διαβεβαίωσε τον Πούτιν για τη στήριξη της Κίνας.',
  'أكد الرئيس الصيني شي جين بينغ يوم الأربعاء دعم الصين لروسيا.',
  'चीनी राष्ट्रपति शी जिनपिंग ने बुधवार को पुतिन को समर्थन का आश्वासन दिया।',
  'Le président chinois a assuré à Poutine le soutien de la Chine — « souveraineté ».',
  'Mối quan hệ song phương 🇨🇳🤝🇷🇺 đã “phát triển tốt” từ đầu năm; x² ≤ √2 ± 5 °C.'
]
const multilingual = {lines: [], bytes: 0}
while (multilingual.bytes < 10e6) {
  for (const line of multilingualLines) {
    multilingual.lines.push(line)
    multilingual.bytes += Buffer.byteLength(line) + 1
  }
}

const damaged = corpus(10e6, 0.3)
const clean = corpus(10e6, 0)
let sink = 0

const baseline = measure(() => {
  sink += damaged.text.replace(/\u2019/g, "'").length
}, damaged.bytes)
const baselinePerLine = measure(() => {
  for (const line of damaged.lines) sink += line.replace(/\u2019/g, "'").length
}, damaged.bytes)
const perLine = measure(() => {
  for (const line of damaged.lines) sink += normalize(line).length
}, damaged.bytes)
const whole = measure(() => {
  sink += normalize(damaged.text).length
}, damaged.bytes)
const cleanPerLine = measure(() => {
  for (const line of clean.lines) sink += normalize(line).length
}, clean.bytes)
const mojibakeClean = measure(() => {
  for (const line of clean.lines) sink += fixMojibake(line).length
}, clean.bytes)
const mojibakeMultilingual = measure(() => {
  for (const line of multilingual.lines) sink += fixMojibake(line).length
}, multilingual.bytes)
const mojibakeCleanWhole = measure(() => {
  sink += fixMojibake(clean.text).length
}, clean.bytes)

const row = (name, value) => console.log(`${name.padEnd(52)} ${value.toFixed(0).padStart(6)} MB/s  ${(value / baseline).toFixed(2).padStart(5)}× baseline`)
console.log(`corpus: ${(damaged.bytes / 1e6).toFixed(1)} MB, ${damaged.lines.length} lines, 30% of lines damaged; node ${process.version}`)
row('baseline: one String.replace(/’/g) pass', baseline)
row('the same String.replace, line by line', baselinePerLine)
row('normalize(), defaults, line by line (as clean())', perLine)
row('normalize(), defaults, whole text at once', whole)
row('normalize(), defaults, clean text, line by line', cleanPerLine)
row('fixMojibake(), clean text, line by line', mojibakeClean)
row('fixMojibake(), clean text, whole text at once', mojibakeCleanWhole)
row('fixMojibake(), clean text in 7 scripts, line by line', mojibakeMultilingual)
if (sink === 0) console.log('')
