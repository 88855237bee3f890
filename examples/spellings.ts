// Find canonical spellings across a folder of copies of one story, review
// them, and apply the accepted ones.
//
//   npx tsx examples/spellings.ts [DIR] [--reject VARIANT,...] [--write OUT_DIR]
//
// DIR defaults to the seed corpus (five copies of one story). Without
// --write, it only prints the proposals with their evidence: review them,
// then run again with --reject for the ones you disagree with (a house style
// such as `U.S.`, say) and --write to save corrected copies to OUT_DIR.
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {applySpellings, clean, findCanonicalSpellings, type Spelling} from 'copydesk'

const {values, positionals} = parseArgs({allowPositionals: true, options: {reject: {type: 'string', default: ''}, write: {type: 'string'}}})
const dir = positionals[0] ?? fileURLToPath(new URL('../seeds/', import.meta.url))
const rejected = new Set(values.reject.split(',').filter(Boolean))

const names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort()
// Clean first: spellings are learnt from article text, not from menus and captions.
const documents = await Promise.all(names.map(async (name) => clean(await readFile(join(dir, name), 'utf8')).text))

const spellings = findCanonicalSpellings(documents)
console.log(`${spellings.length} proposed spellings across ${names.length} files:\n`)
for (const spelling of spellings) console.log(review(spelling))

const accepted = spellings.filter((spelling) => !rejected.has(spelling.variant))
if (rejected.size > 0) console.log(`\nAccepted ${accepted.length}, rejected ${spellings.length - accepted.length}.`)

const outDir = values.write
if (outDir) {
  await mkdir(outDir, {recursive: true})
  for (const [index, name] of names.entries()) {
    const {text, replaced} = applySpellings(documents[index]!, accepted)
    await writeFile(join(outDir, name), text + '\n')
    console.log(`${name}: ${replaced.length} replaced`)
  }
}

function review(spelling: Spelling): string {
  const context = spelling.contexts[0] ?? ''
  return [
    `  ${spelling.variant} → ${spelling.canonical}  (${spelling.variantCount} vs ${spelling.canonicalCount}, distance ${spelling.distance})`,
    `    evidence: ${spelling.evidence.join(', ')}`,
    context ? `    context:  …${context}…` : ''
  ]
    .filter(Boolean)
    .join('\n')
}
