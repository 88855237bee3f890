/** The functions `copydesk spellings` needs, as the spelling module exports them. */
export interface SpellingApi<Stats = unknown, Json = unknown, Spelling = unknown> {
  createSpellingStats(): Stats
  /** Count one document into `stats` (mutates and returns it). */
  addDocument(stats: Stats, text: string): Stats
  /** Add `other` into `stats` (mutates and returns `stats`): the accumulator `--merge` folds shards into. */
  addSpellingStats(stats: Stats, other: Stats): Stats
  spellingStatsToJSON(stats: Stats): Json
  spellingStatsFromJSON(json: Json): Stats
  findCanonicalSpellings(stats: Stats, options?: {lexicon?: Iterable<string> | ((word: string) => boolean); regional?: boolean}): Spelling[]
  /** Documents are normalized before counting, as the spelling module expects. */
  normalize(text: string): string
  /** The default lexicon (`copydesk/lexicon`), loaded only when proposals are made. */
  loadLexicon?(): Promise<Iterable<string>>
}
