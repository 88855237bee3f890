// A deterministic news corpus for benchmarks: real extractor output from
// aeb-dev (article text plus the boilerplate extractors leave) and the seeds,
// repeated until it reaches the size asked for.
import {readFileSync, readdirSync} from 'node:fs'

const here = new URL('./', import.meta.url)

/** Documents: each extractor's output for each aeb-dev page, then the seeds. */
export function documents() {
  const pages = JSON.parse(readFileSync(new URL('aeb-dev/pages.json', here), 'utf8')).pages
  const docs = []
  for (const page of Object.values(pages)) {
    for (const text of Object.values(page.extracted)) if (text) docs.push(text)
  }
  const seeds = new URL('../seeds/', here)
  for (const name of readdirSync(seeds)
    .filter((n) => n.endsWith('.txt'))
    .sort())
    docs.push(readFileSync(new URL(name, seeds), 'utf8'))
  return docs
}

/** Turn a plain document into markdown the way scrapers emit it: links, escapes, headings. */
export function toMarkdown(text, index) {
  return text
    .split('\n')
    .map((line, n) => {
      if (n === 0 && line) return `# ${line}`
      if (/^By /.test(line)) return line.replace(/^By (.+)$/, 'By [$1](#)')
      if (/^https?:\/\//.test(line)) return `<${line}>`
      return line.replace(/\$(\d)/g, '\\$$$1').replace(/\b(Reuters|AFP|AP)\b/, `[$1](https://example.com/${index})`)
    })
    .join('\n')
}

/** Repeat `docs` until their total length reaches `bytes` (UTF-16 code units). */
export function corpusOf(docs, bytes) {
  const out = []
  let total = 0
  for (let i = 0; total < bytes; i++) {
    const doc = docs[i % docs.length]
    out.push(doc)
    total += doc.length
  }
  return {docs: out, bytes: out.reduce((sum, doc) => sum + Buffer.byteLength(doc), 0)}
}
