import {createReadStream} from 'node:fs'
import {readFile, writeFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'
import {readBatches} from './batches.js'
import {decodeBytes} from './encoding.js'
import {readInputs, UsageError, write, type Io} from './io.js'
import {readField} from './records.js'
import type {SpellingApi} from './spelling-api.js'

const spellingsUsage = `Usage: copydesk spellings [--json] [--jsonl [--field NAME]] [--stats-out FILE] [FILE...]
       copydesk spellings --merge [--json] [--stats-out FILE] [STATS...]

Find the house spelling of each variant across a corpus, and list the
proposals with their evidence (with --json: one JSON object per line, the
form \`copydesk clean --spellings\` reads), each with the language of the text
it was found in. Each FILE is one document; with --jsonl, each record's field
is one. Documents are normalized before counting. Known words come from
copydesk/lexicon (about 116,000 English words), applied to English text only.

Map-reduce: with --stats-out, write the corpus statistics (one JSON line)
instead of proposals; --merge reads such statistics (any number per file or
on stdin, one per line) and adds them into one total, so any number of
shards merge in one pass. Proposals from merged shards are identical to one
run over everything.

Options:
  --jsonl            read JSON Lines records (stdin or files)
  --field NAME       the record field holding the text (default: text)
  --stats-out FILE   write statistics to FILE (- for stdout) instead of proposals
  --merge            inputs are statistics from --stats-out, not documents
  --json             print proposals as JSON Lines
  --lexicon FILE     more known words, one per line: never proposed as variants
  --no-lexicon       no built-in English word list (only your --lexicon)
  --regional         also merge British and American spellings
  -h, --help         show this help`

/** `copydesk spellings`, given the spelling functions (see `spelling-api.ts`). */
export function createSpellingsCommand<Stats, Json, Spelling>(api: SpellingApi<Stats, Json, Spelling>) {
  return async function runSpellings(args: string[], io: Io): Promise<number> {
    const {values, positionals} = parseArgs({
      args,
      allowPositionals: true,
      options: {
        jsonl: {type: 'boolean', default: false},
        field: {type: 'string'},
        'stats-out': {type: 'string'},
        merge: {type: 'boolean', default: false},
        json: {type: 'boolean', default: false},
        lexicon: {type: 'string'},
        'no-lexicon': {type: 'boolean', default: false},
        regional: {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false}
      }
    })
    if (values.help) {
      await write(io.stdout, spellingsUsage + '\n')
      return 0
    }
    if (values.merge && (values.jsonl || values.field !== undefined))
      throw new UsageError('copydesk: --merge reads statistics, not documents: drop --jsonl and --field')
    if (values.field !== undefined && !values.jsonl) throw new UsageError('copydesk: --field needs --jsonl')
    const userWords = values.lexicon === undefined ? undefined : await readLexicon(values.lexicon)
    let stats: Stats
    let failed = 0
    if (values.merge) {
      stats = await mergeInputs(api, positionals, io)
    } else if (values.jsonl) {
      ;({stats, failed} = await countRecords(api, positionals, values.field ?? 'text', io))
    } else {
      stats = api.createSpellingStats()
      for (const input of await readInputs(positionals, io)) api.addDocument(stats, api.normalize(input.text))
    }
    const out = values['stats-out']
    if (out !== undefined) {
      const line = JSON.stringify(api.spellingStatsToJSON(stats)) + '\n'
      if (out === '-') await write(io.stdout, line)
      else await writeFile(out, line)
    } else {
      const builtIn = values['no-lexicon'] || !api.loadLexicon ? undefined : new Set(await api.loadLexicon())
      const lexicon = builtIn && userWords ? new Set([...builtIn, ...userWords]) : (builtIn ?? userWords)
      const options = {regional: values.regional, ...(lexicon ? {lexicon} : {})}
      for (const spelling of api.findCanonicalSpellings(stats, options)) {
        await write(io.stdout, (values.json ? JSON.stringify(spelling) : describeSpelling(spelling)) + '\n')
      }
    }
    if (failed > 0) await write(io.stderr, `copydesk: ${failed} records failed\n`)
    return failed > 0 ? 1 : 0
  }
}

/** Count the `field` of every JSON Lines record, streaming; bad records are reported and skipped. */
async function countRecords<Stats>(api: SpellingApi<Stats>, files: readonly string[], field: string, io: Io): Promise<{stats: Stats; failed: number}> {
  const stats = api.createSpellingStats()
  let failed = 0
  await eachLine(files, io, async (line, name, number) => {
    const {value, error} = readField(line, field)
    if (value !== undefined) {
      api.addDocument(stats, api.normalize(value))
      return
    }
    failed++
    await write(io.stderr, `copydesk: ${name}:${number}: ${error}\n`)
  })
  return {stats, failed}
}

/**
 * Merge every statistics line of the inputs into one accumulator, so each
 * shard costs its own size (folding a copying merge made n shards cost n²).
 * A bad line is a usage error: a reducer must not drop a shard.
 */
async function mergeInputs<Stats, Json>(api: SpellingApi<Stats, Json>, files: readonly string[], io: Io): Promise<Stats> {
  const stats = api.createSpellingStats()
  await eachLine(files, io, async (line, name, number) => {
    let shard: Stats
    try {
      shard = api.spellingStatsFromJSON(JSON.parse(line) as Json)
    } catch (error) {
      throw new UsageError(`copydesk: ${name}:${number}: not spelling statistics: ${(error as Error).message}`)
    }
    api.addSpellingStats(stats, shard)
  })
  return stats
}

/** Call `each` on every non-blank line of the inputs (stdin when none), streaming. */
async function eachLine(files: readonly string[], io: Io, each: (line: string, file: string, number: number) => Promise<void>): Promise<void> {
  for (const name of files.length === 0 ? ['-'] : files) {
    const stream = name === '-' ? io.stdin : createReadStream(name)
    const file = name === '-' ? '<stdin>' : name
    try {
      for await (const batch of readBatches(stream, file)) {
        // The batch's encoding is its input's BOM (UTF-16 too), else UTF-8; bad bytes are read as U+FFFD, never silently.
        const {text, invalidAt} = decodeBytes(batch.bytes, batch.encoding)
        if (invalidAt !== undefined) {
          await write(io.stderr, `copydesk: ${file}: not valid ${batch.encoding} at byte ${batch.offset + invalidAt}; the bad bytes were read as U+FFFD\n`)
        }
        for (const [index, line] of text.split(/\r?\n/).entries()) {
          if (line.trim() !== '') await each(line, file, batch.firstLine + index)
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`copydesk: no such file: ${name}`)
      throw error
    }
  }
}

/** One proposal as a line a reviewer reads: `Hehe → Heihe  context  1× / 2×  distance 1  en  e.g. city of ___`. */
function describeSpelling(spelling: unknown): string {
  const {variant, canonical, variantCount, canonicalCount, distance, evidence, language, contexts} = spelling as {
    variant: string
    canonical: string
    variantCount: number
    canonicalCount: number
    distance: number
    evidence: string[]
    language: string
    contexts: string[]
  }
  const example = contexts.length > 0 ? `  e.g. ${contexts.slice(0, 2).join('; ')}` : ''
  return `${variant} → ${canonical}  ${evidence.join('+')}  ${variantCount}× / ${canonicalCount}×  distance ${distance}  ${language}${example}`
}

async function readLexicon(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8'))
      .split(/\r?\n/)
      .map((word) => word.trim())
      .filter(Boolean)
  } catch {
    throw new UsageError(`copydesk: cannot read lexicon: ${file}`)
  }
}
