import {runClean} from './clean.js'
import {runDemo} from './demo.js'
import {UsageError, write, type Io} from './io.js'
import {runLearn} from './learn.js'
import {runNormalize} from './normalize.js'
import {createSpellingsCommand} from './spellings.js'
import {addDocument, addSpellingStats, createSpellingStats, findCanonicalSpellings, normalize, spellingStatsFromJSON, spellingStatsToJSON} from '../index.js'

const usage = `Usage: copydesk <command> [options] [FILE...]

Commands:
  clean       strip boilerplate, normalize, rejoin paragraphs (stdin or files)
  normalize   normalize characters only
  demo        clean the bundled seed corpus and count removals by kind
  learn       learn a source's repeated boilerplate lines from its documents (a model for clean --model)
  spellings   find canonical spellings across a corpus, with evidence; map-reduce with --stats-out/--merge

Run 'copydesk <command> --help' for a command's options.`

const commands: Record<string, (args: string[], io: Io) => Promise<number>> = {
  clean: runClean,
  normalize: runNormalize,
  demo: runDemo,
  learn: runLearn,
  spellings: createSpellingsCommand({
    addDocument,
    createSpellingStats,
    addSpellingStats,
    findCanonicalSpellings,
    normalize: (text: string) => normalize(text),
    spellingStatsFromJSON,
    spellingStatsToJSON,
    // The word list is its own entry point (1.5 MB): loaded only when proposals are made.
    loadLexicon: async () => (await import('copydesk/lexicon')).englishLexicon
  })
}

/** Run the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    await write(command === undefined ? io.stderr : io.stdout, usage + '\n')
    return command === undefined ? 2 : 0
  }
  const run = commands[command]
  try {
    if (!run) throw new UsageError(`copydesk: unknown command '${command}'\n\n${usage}`)
    return await run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      await write(io.stderr, error.message + '\n')
      return 2
    }
    // parseArgs reports unknown or malformed options with these codes.
    const code = (error as {code?: string}).code
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      await write(io.stderr, `copydesk: ${(error as Error).message}\n`)
      return 2
    }
    await write(io.stderr, `copydesk: ${(error as Error).message}\n`)
    return 1
  }
}
