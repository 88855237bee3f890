// Speed-up of `copydesk clean --jsonl` with worker threads, against one
// worker (cleaning on the main thread), in the same run on the same feed.
//
//   npm run bench:workers [-- --mb 40 --workers 2 --rounds 3]
//
// Prints MB/s for each setting (best of the rounds) and the ratio. The feed is
// generated to a temporary file first so reading it costs the same each time.
// The ceiling is measured in the same run: two independent processes, one
// thread each, cleaning a feed of half the size (the same records as the
// feed's first half) at the same time; what the machine gives
// two cores' worth of this work, with no worker threads involved.
import {spawn} from 'node:child_process'
import {createWriteStream, mkdtempSync, rmSync, statSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {recordLines, writeLines} from './stream-records.mjs'

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}
const mb = argument('--mb', 40)
const workers = argument('--workers', Math.max(2, availableParallelism()))
const rounds = argument('--rounds', 3)
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'))
const feed = join(dir, 'feed.jsonl')
await writeLines(createWriteStream(feed), recordLines({bytes: mb * 1e6}))
const bytes = statSync(feed).size
const halves = [join(dir, 'a.jsonl'), join(dir, 'b.jsonl')]
for (const half of halves) await writeLines(createWriteStream(half), recordLines({bytes: (mb * 1e6) / 2}))

function run(n, file) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'clean', '--jsonl', '--quiet', '--workers', String(n), file], {stdio: ['ignore', 'ignore', 'inherit']})
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))))
  })
}

async function time(n) {
  const started = process.hrtime.bigint()
  await (n === 'processes' ? Promise.all(halves.map((half) => run(1, half))) : run(n, feed))
  return Number(process.hrtime.bigint() - started) / 1e9
}

const best = {1: Infinity, [workers]: Infinity, processes: Infinity}
// Alternate the settings so a change in machine load hits all alike.
for (let round = 0; round < rounds; round++) {
  for (const n of [1, workers, 'processes']) best[n] = Math.min(best[n], await time(n))
}
rmSync(dir, {recursive: true})

const rate = (seconds) => (bytes / 1e6 / seconds).toFixed(1)
console.log(`clean --jsonl on ${(bytes / 1e6).toFixed(0)} MB, best of ${rounds}, ${availableParallelism()} cores`)
console.log(`  --workers 1   ${rate(best[1]).padStart(6)} MB/s`)
console.log(`  --workers ${workers}   ${rate(best[workers]).padStart(6)} MB/s`)
console.log(`  speed-up      ${(best[1] / best[workers]).toFixed(2)}x`)
console.log(`  ceiling       ${(best[1] / best.processes).toFixed(2)}x  (two processes, a half-size feed each, at once)`)
