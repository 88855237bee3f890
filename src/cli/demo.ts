import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {clean} from '../index.js'
import {UsageError, write, type Io} from './io.js'

/** `copydesk demo [DIR]`: clean every `.txt` file of the seed corpus and count removals by kind. */
export async function runDemo(args: string[], io: Io): Promise<number> {
  const directory = args[0] ?? fileURLToPath(new URL('../seeds/', import.meta.url))
  let names: string[]
  try {
    names = (await readdir(directory)).filter((name) => name.endsWith('.txt')).sort()
  } catch {
    throw new UsageError(`copydesk: no such directory: ${directory}`)
  }
  const counts = new Map<string, number>()
  let total = 0
  for (const name of names) {
    const result = clean(await readFile(join(directory, name), 'utf8'))
    await write(io.stdout, `==> ${name} (${result.removed.length} removed)\n${result.text}\n\n`)
    for (const removal of result.removed) counts.set(removal.kind, (counts.get(removal.kind) ?? 0) + 1)
    total += result.removed.length
  }
  const width = Math.max(...[...counts.keys()].map((kind) => kind.length), 5)
  let summary = `Removed ${total} lines from ${names.length} files:\n`
  for (const [kind, count] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    summary += `  ${kind.padEnd(width)}  ${count}\n`
  }
  await write(io.stdout, summary)
  return 0
}
