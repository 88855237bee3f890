// Peak memory of `copydesk clean --jsonl` on a long generated stream: the
// feed is generated on the fly and piped in, never written to disk.
//
//   npm run bench:stream [-- --mb 1000 --limit 200] [--large-mb 150]
//
// Exits 1 when the CLI's peak RSS (all its threads) is over --limit MB.
// --large-mb puts one record that large among the others (the 10th): it is
// cleaned on the main thread, so the peak is then that record's.
import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {recordLines, writeLines} from './stream-records.mjs'

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}
const mb = argument('--mb', 1000)
const limit = argument('--limit', 200)
const largeMb = argument('--large-mb', 0)
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

// Run the CLI inside a process that reports its own peak RSS when it exits.
const probe = `process.on('exit', () => require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS)));
process.argv.splice(1, 1, ${JSON.stringify(cli)});
import(${JSON.stringify(cli)})`
const child = spawn(process.execPath, ['-e', probe, '--', cli, 'clean', '--jsonl', '--quiet'], {stdio: ['pipe', 'pipe', 'inherit', 'pipe']})

let out = 0
let lines = 0
child.stdout.on('data', (chunk) => {
  out += chunk.length
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++
})
let maxRSS = ''
child.stdio[3].on('data', (chunk) => (maxRSS += chunk))
const started = Date.now()
const exited = new Promise((resolve) => child.on('exit', resolve))
let bytesIn = 0
await writeLines(
  child.stdin,
  (function* () {
    for (const line of recordLines({bytes: mb * 1e6, largeMb})) {
      bytesIn += Buffer.byteLength(line)
      yield line
    }
  })()
)
const code = await exited
const seconds = (Date.now() - started) / 1000
const peak = Number(maxRSS) / 1024

const inMb = bytesIn / 1e6
console.log(
  `clean --jsonl, ${inMb.toFixed(0)} MB piped in${largeMb ? `, one record of ${largeMb} MB` : ''}: ${lines} records, ${(out / 1e6).toFixed(0)} MB out, ${seconds.toFixed(0)} s (${(inMb / seconds).toFixed(1)} MB/s)`
)
console.log(`peak RSS ${peak.toFixed(0)} MB (limit ${limit} MB)`)
if (code !== 0) throw new Error(`copydesk exited with ${code}`)
if (!(peak <= limit)) process.exitCode = 1
