// Generate a JSON Lines feed of scraped articles, on the fly, for the stream
// and worker benchmarks and examples/parallel.sh. The texts are the aeb-dev
// extractor outputs and the seed corpus; each record gets its own id.
//
//   node bench/stream-records.mjs --mb 50 [--bad-every N] [--large-mb N] > feed.jsonl
import {readdirSync, readFileSync} from 'node:fs'

const pages = JSON.parse(readFileSync(new URL('aeb-dev/pages.json', import.meta.url), 'utf8')).pages
const seeds = new URL('../seeds/', import.meta.url)

/** The distinct article texts to draw from. */
export const texts = [
  ...Object.values(pages).flatMap((page) => Object.values(page.extracted).filter((text) => typeof text === 'string' && text.length > 0)),
  ...readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, seeds), 'utf8'))
]

/**
 * JSON Lines, `{id, source, text}` per line, until `bytes` bytes; every
 * `badEvery`-th line is bad (alternately not JSON and missing the field).
 * With `largeMb`, the 10th record is that many MB of article text, yielded
 * in pieces of about 1 MB (it counts towards `bytes`).
 */
export function* recordLines({bytes = Infinity, badEvery = 0, largeMb = 0} = {}) {
  let written = 0
  for (let id = 0; written < bytes; id++) {
    if (largeMb > 0 && id === 10) {
      for (const piece of largeRecord(id, largeMb)) {
        written += piece.length
        yield piece
      }
      continue
    }
    const text = texts[id % texts.length]
    let line
    if (badEvery > 0 && id % badEvery === badEvery - 1)
      line = Math.floor(id / badEvery) % 2 ? `{"id": ${id}, "broken` : JSON.stringify({id, source: 'feed', body: text})
    else line = JSON.stringify({id, source: `feed-${id % 7}`, text})
    line += '\n'
    written += Buffer.byteLength(line)
    yield line
  }
}

/** A record of about `mb` MB: the article texts over and over, ASCII escapes and all, in pieces. */
function* largeRecord(id, mb) {
  yield `{"id": ${id}, "source": "large", "text": "`
  let written = 0
  for (let index = 0; written < mb * 1e6; ) {
    let piece = ''
    while (piece.length < 1e6) piece += JSON.stringify(texts[index++ % texts.length] + '\n\n').slice(1, -1)
    written += piece.length
    yield piece
  }
  yield '"}\n'
}

/** Write the lines to `stream`, waiting whenever it is full. */
export async function writeLines(stream, lines) {
  let buffered = ''
  for (const line of lines) {
    buffered += line
    if (buffered.length < 1 << 16) continue
    if (!stream.write(buffered)) await new Promise((resolve) => stream.once('drain', resolve))
    buffered = ''
  }
  if (buffered) stream.write(buffered)
  await new Promise((resolve) => stream.end(resolve))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argument = (name, fallback) => {
    const index = process.argv.indexOf(name)
    return index === -1 ? fallback : Number(process.argv[index + 1])
  }
  process.stdout.on('error', () => process.exit(0))
  await writeLines(process.stdout, recordLines({bytes: argument('--mb', 10) * 1e6, badEvery: argument('--bad-every', 0), largeMb: argument('--large-mb', 0)}))
}
