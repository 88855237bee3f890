// How often a line misread through one code page is, byte for byte, what a
// different text, as plausible, looks like through another page: no repair
// can be right for both, so this bounds the repair rate of each page of
// the pair (Windows-1250 and ISO-8859-2 hold the same letters at other bytes).
//
//   npx tsx bench/page-ambiguity.ts
import {encoderFor} from '../src/normalize/codepages.js'
import {implausibility} from '../src/normalize/plausibility.js'
import {misreadExactly, type Reading} from '../test/fixtures/normalize/damage.js'
import {declarationLines} from '../test/fixtures/udhr/index.mjs'

const lines = declarationLines().filter((line) => !/[\u0080-\u009F]/.test(line.text))
const utf8 = new TextDecoder('utf-8', {fatal: true})

// `text` encoded through `page` and read as UTF-8; undefined if it cannot be.
function readBack(text: string, page: Parameters<typeof encoderFor>[0]): string | undefined {
  const encoder = encoderFor(page)
  const bytes: number[] = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) bytes.push(code)
    else if (encoder[code]) bytes.push(encoder[code]!)
    else return undefined
  }
  try {
    return utf8.decode(new Uint8Array(bytes))
  } catch {
    return undefined
  }
}

console.log('| misread through | read back through | lines | as plausible another way |\n|---|---|---:|---:|')
const pairs: Array<[Reading, Parameters<typeof encoderFor>[0]]> = [
  ['windows-1250', 'iso-8859-2'],
  ['iso-8859-2', 'windows-1250'],
  ['macintosh', 'windows-1252'],
  ['cp437', 'windows-1252']
]
for (const [page, other] of pairs) {
  let total = 0
  let ambiguous = 0
  for (const line of lines) {
    const misread = misreadExactly(line.text, page)
    if (misread === undefined || misread === line.text) continue
    total++
    const alternative = readBack(misread, other)
    if (
      alternative !== undefined &&
      alternative !== line.text &&
      implausibility(alternative, 0, alternative.length) <= implausibility(line.text, 0, line.text.length)
    )
      ambiguous++
  }
  console.log(`| ${page} | ${other} | ${total} | ${ambiguous} (${((100 * ambiguous) / total).toFixed(2)}%) |`)
}
