import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  addDocument,
  addSpellingStats,
  applySpellings,
  createSpellingStats,
  findCanonicalSpellings,
  mergeSpellingStats,
  spellingKey,
  spellingStatsFromJSON,
  spellingStatsToJSON,
  type Spelling
} from '../src/index.js'
import {americanSpellings, britishSpellings, englishLexicon} from '../src/spelling/lexicon.js'
import {editDistance, isInflection, isPlausibleTypo, isRegionalPair} from '../src/spelling/rules.js'

const seedsDirectory = new URL('../seeds/', import.meta.url)
const seeds = readdirSync(seedsDirectory)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, seedsDirectory), 'utf8'))
const labels = JSON.parse(readFileSync(new URL('labels.json', seedsDirectory), 'utf8')) as {
  spellings: {must_find: Array<{variant: string; canonical: string}>; must_not_merge: Array<[string, string]>}
}
const news = JSON.parse(readFileSync(new URL('fixtures/spelling/news.json', import.meta.url), 'utf8')) as {
  documents: Array<{name: string; text: string}>
  expected: Array<{variant: string; canonical: string}>
  mustNotMerge: Array<[string, string]>
}

const pairsOf = (spellings: Spelling[]): string[] => spellings.map((s) => `${s.variant} → ${s.canonical}`)
const merges = (spellings: Spelling[], a: string, b: string): boolean =>
  spellings.some(
    (s) =>
      (s.variant === a && s.canonical === b) ||
      (s.variant === b && s.canonical === a) ||
      (s.variant.toLowerCase() === a.toLowerCase() && s.canonical.toLowerCase() === b.toLowerCase()) ||
      (s.variant.toLowerCase() === b.toLowerCase() && s.canonical.toLowerCase() === a.toLowerCase())
  )

describe('findCanonicalSpellings on the seeds', () => {
  for (const [name, options] of [
    ['without a lexicon', {}],
    ['with englishLexicon', {lexicon: englishLexicon}]
  ] as const) {
    const found = findCanonicalSpellings(seeds, options)

    it(`finds every labelled variant ${name}`, () => {
      for (const {variant, canonical} of labels.spellings.must_find) {
        expect(pairsOf(found)).toContain(`${variant} → ${canonical}`)
      }
    })

    it(`merges no must_not_merge pair ${name}`, () => {
      for (const [a, b] of labels.spellings.must_not_merge) expect(merges(found, a, b), `${a}/${b}`).toBe(false)
    })
  }

  it('says why: Hehe shares `city of ___` with Heihe; Chinas collides by key', () => {
    const found = findCanonicalSpellings(seeds)
    const hehe = found.find((s) => s.variant === 'Hehe')
    expect(hehe).toMatchObject({canonical: 'Heihe', variantCount: 1, canonicalCount: 2, distance: 1})
    expect(hehe?.evidence).toEqual(['context'])
    expect(hehe?.contexts).toContain('city of ___')
    expect(found.find((s) => s.variant === 'Chinas')?.evidence).toContain('key')
  })
})

describe('key evidence', () => {
  const table: Array<[string, string[], string | undefined]> = [
    // [description, documents, expected "variant → canonical" or undefined for no merge]
    [
      'possessive of a name without apostrophe',
      ["China's role in the talks is clear. China's view of the deal is firm.", 'Chinas role in the talks is clear.'],
      "Chinas → China's"
    ],
    ['plural of a common noun is a word', ["The leader's view. The leader's call.", 'The leaders met.'], undefined],
    ['diacritics', ['a naïve plan, naïve hopes', 'a naive plan'], 'naive → naïve'],
    ['contraction clash its/it’s', ["it's late, it's over", 'its role'], undefined],
    ['curly apostrophes are the same form', ['China’s role', "China's view"], undefined],
    ['acronym periods', ['the U.S. and the U.S. Senate', 'the US said'], 'US → U.S.'],
    ['case differs: the pronoun us is not US', ['the US said, the US did', 'tell us now'], undefined],
    ['Title and upper-case forms are not compared', ['Nato said, Nato did', 'NATO said'], undefined],
    ['mixed case must match exactly', ['noise in dBA, in dBA', 'in dBa'], undefined],
    ['short words with diacritics are other words', ['e só isso, só isso', 'so what'], undefined],
    ['Cyrillic й is not и', ['мои идеи, мои идеи', 'мой идей'], undefined],
    ['a contraction on a short word is no typo (Ive, Im)', ["I've seen, I've said", 'Jony Ive said'], undefined],
    ['a Title Case plural is a plural when the common noun occurs', ["Bank's Plea. Bank's Rise.", 'Banks Rally as banks lend.'], undefined],
    ['accents among foreign words are left alone', ['o vídeo que publica, o vídeo que publica', 'sobre o video que publica'], undefined],
    ['decomposed and composed accents are one form', ['a nai\u0308ve plan', 'a naïve plan'], undefined]
  ]
  for (const [description, documents, expected] of table) {
    it(description, () => {
      const found = pairsOf(findCanonicalSpellings(documents))
      if (expected === undefined) expect(found).toEqual([])
      else expect(found).toEqual([expected])
    })
  }

  it('with a lexicon, accents among foreign words are left alone', () => {
    const documents = ['the video was shared, the video went viral', 'o vídeo que publica em que']
    expect(findCanonicalSpellings(documents, {lexicon: englishLexicon})).toEqual([])
    const english = ['the video was shared, the video went viral', 'the vídeo was shared']
    expect(pairsOf(findCanonicalSpellings(english, {lexicon: englishLexicon}))).toEqual(['vídeo → video'])
  })

  it('a known variant is never remapped', () => {
    expect(pairsOf(findCanonicalSpellings(['a naïve plan, naïve hopes', 'a naive plan'], {lexicon: ['naive']}))).toEqual([])
  })
})

describe('context and edit evidence', () => {
  const city = (name: string) => `The bridge reached the northern Chinese city of ${name} last week.`

  it('shared context links two rare spellings of a name', () => {
    expect(pairsOf(findCanonicalSpellings([city('Heihe'), city('Heihe'), city('Hehe')]))).toEqual(['Hehe → Heihe'])
  })

  it('a tie in frequency proposes nothing', () => {
    expect(findCanonicalSpellings([city('Heihe'), city('Hehe')])).toEqual([])
  })

  it('without shared context and without a lexicon, frequency alone proposes nothing', () => {
    const documents = ['The government said.', 'The government met.', 'The government left.', 'A goverment plan.']
    expect(findCanonicalSpellings(documents)).toEqual([])
    expect(pairsOf(findCanonicalSpellings(documents, {lexicon: englishLexicon}))).toEqual(['goverment → government'])
  })

  it('frequency needs a ratio of 2 at distance 1 and 10 at distance 2', () => {
    const corpus = (canonical: number, variant: string) => [
      ...Array.from({length: canonical}, (_, index) => `item ${index}: the infrastructure`),
      `and ${variant} too`
    ]
    const lexicon = {lexicon: englishLexicon}
    expect(pairsOf(findCanonicalSpellings(corpus(2, 'infrastucture'), lexicon))).toEqual(['infrastucture → infrastructure'])
    expect(findCanonicalSpellings(corpus(1, 'infrastucture'), lexicon)).toEqual([])
    expect(pairsOf(findCanonicalSpellings(corpus(10, 'infrastuctre'), lexicon))).toEqual(['infrastuctre → infrastructure'])
    expect(findCanonicalSpellings(corpus(9, 'infrastuctre'), lexicon)).toEqual([])
  })

  it('never merges two known words, even in the same context', () => {
    const documents = ['plans to form a party', 'plans to form a party', 'plans to from a party']
    expect(findCanonicalSpellings(documents, {lexicon: englishLexicon})).toEqual([])
  })

  it('never merges inflections or names an arbitrary letter apart', () => {
    const documents = [...Array.from({length: 12}, () => 'Iran and Russia said the leader would call.'), 'Iraq and the Russian leaders calls']
    expect(findCanonicalSpellings(documents, {lexicon: englishLexicon})).toEqual([])
  })

  const repeat = (count: number, text: string) => Array.from({length: count}, () => text)
  it.each([
    ['a contraction is not a typo of a word', [...repeat(20, 'and there it was'), "and they're here"], undefined],
    ['a word among foreign words is another language', [...repeat(20, 'in this case we ask'), 'por sua casa de campo'], undefined],
    ['a typo among English words is a typo', [...repeat(20, 'in this case we ask'), 'in this csae we ask'], 'csae → case'],
    ['a name next to a capitalized word is a name', [...repeat(20, 'Like many others, she left.'), 'Luke Smith left.'], undefined],
    ['two short names are two people', [...repeat(20, 'Megan Davis spoke.'), 'Ray Davies sang.'], undefined],
    [
      'a long name one slip from a frequent one is a typo',
      [...repeat(20, 'NATO chief Jens Stoltenberg said on Monday.'), 'NATO chief Jens Stoltenburg said on Friday.'],
      'Stoltenburg → Stoltenberg'
    ],
    ['non-Latin words get no frequency evidence', [...repeat(20, 'это продукты'), 'это продуты'], undefined]
  ])('%s', (_, documents, expected) => {
    const found = pairsOf(findCanonicalSpellings(documents, {lexicon: englishLexicon}))
    expect(found).toEqual(expected === undefined ? [] : [expected])
  })

  it('keeps British and American spellings apart unless asked', () => {
    const documents = [...Array.from({length: 10}, () => 'our neighbor said the defense program'), 'our neighbour said the defence programme']
    expect(findCanonicalSpellings(documents, {lexicon: englishLexicon})).toEqual([])
    expect(pairsOf(findCanonicalSpellings(documents, {lexicon: englishLexicon, aliases: americanSpellings}))).toEqual([
      'defence → defense',
      'neighbour → neighbor',
      'programme → program'
    ])
  })

  it('aliases are proposed even when the canonical form is absent', () => {
    const [kiev] = findCanonicalSpellings(['Talks in Kiev.', 'KIEV said'], {aliases: {Kiev: 'Kyiv'}})
    expect(kiev).toMatchObject({variant: 'Kiev', canonical: 'Kyiv', variantCount: 2, canonicalCount: 0, evidence: ['alias']})
  })

  it('a canonical form is never itself remapped', () => {
    const documents = [
      ...Array.from({length: 30}, () => 'the infrastructure plan'),
      ...Array.from({length: 3}, () => 'the infrastucture plan'),
      'the infrastucure plan'
    ]
    const found = findCanonicalSpellings(documents, {lexicon: englishLexicon})
    const variants = new Set(found.map((s) => s.variant))
    for (const spelling of found) expect(variants.has(spelling.canonical)).toBe(false)
    expect(pairsOf(found)).toContain('infrastucture → infrastructure')
  })
})

describe('rules', () => {
  it.each([
    ['leader', 'leaders', true],
    ['russia', 'russian', true],
    ['invade', 'invaded', true],
    ['city', 'cities', true],
    ['activities', 'activites', false],
    ['ukraine', 'ukrain', false],
    ['government', 'goverment', false]
  ])('isInflection(%s, %s) is %s', (a, b, expected) => {
    expect(isInflection(a, b)).toBe(expected)
  })

  it.each([
    ['neighbour', 'neighbor', true],
    ['organisation', 'organization', true],
    ['centre', 'center', true],
    ['travelled', 'traveled', true],
    ['defence', 'defense', true],
    ['neighbor', 'neighbors', false],
    ['goverment', 'government', false]
  ])('isRegionalPair(%s, %s) is %s', (a, b, expected) => {
    expect(isRegionalPair(a, b)).toBe(expected)
  })

  it.each([
    ['ukriane', 'ukraine', true],
    ['seperate', 'separate', true],
    ['kremlim', 'kremlin', true],
    ['heihe', 'hehe', true],
    ['iraq', 'iran', false],
    ['marc', 'mark', false]
  ])('isPlausibleTypo(%s, %s) is %s', (a, b, expected) => {
    expect(isPlausibleTypo(a, b)).toBe(expected)
  })

  it.each([
    ['ukriane', 'ukraine', 1],
    ['abcd', 'bcda', 2],
    ['said', 'says', 2],
    ['hehe', 'heihe', 1]
  ])('editDistance(%s, %s) is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected)
  })

  it('spellingKey folds case, apostrophes, periods and diacritics', () => {
    expect(spellingKey("China's")).toBe(spellingKey('CHINAS'))
    expect(spellingKey('U.S.')).toBe('us')
    expect(spellingKey('naïve')).toBe('naive')
    expect(spellingKey('Heihe')).not.toBe(spellingKey('Hehe'))
  })
})

describe('the news fixture', () => {
  const documents = news.documents.map((document) => document.text)
  const truth = new Map(news.expected.map(({variant, canonical}) => [variant, canonical]))
  const score = (found: Spelling[]) => {
    const correct = found.filter((s) => truth.get(s.variant) === s.canonical).length
    return {precision: correct / found.length, recall: correct / truth.size}
  }

  it('reaches precision ≥ 97% and recall ≥ 85% with englishLexicon', () => {
    const {precision, recall} = score(findCanonicalSpellings(documents, {lexicon: englishLexicon}))
    expect(precision).toBeGreaterThanOrEqual(0.97)
    expect(recall).toBeGreaterThanOrEqual(0.85)
  })

  it('stays precise without a lexicon', () => {
    const {precision, recall} = score(findCanonicalSpellings(documents))
    expect(precision).toBeGreaterThanOrEqual(0.97)
    expect(recall).toBeGreaterThanOrEqual(0.75)
  })

  it('never merges the British copies into the American ones', () => {
    for (const options of [{}, {lexicon: englishLexicon}]) {
      const found = findCanonicalSpellings(documents, options)
      for (const [a, b] of news.mustNotMerge) expect(merges(found, a, b), `${a}/${b}`).toBe(false)
    }
  })
})

describe('applySpellings', () => {
  const spellings = [
    {variant: 'Hehe', canonical: 'Heihe'},
    {variant: 'goverment', canonical: 'government'},
    {variant: 'US', canonical: 'U.S.'},
    {variant: 'Chinas', canonical: "China's"}
  ]

  it('replaces whole words, carries case and reports offsets', () => {
    const input = 'HEHE, Hehe and Hehes. Goverment and goverment, not us but US. Chinas’ view'
    const result = applySpellings(input, spellings)
    expect(result.text).toBe('HEIHE, Heihe and Hehes. Government and government, not us but U.S.. Chinas’ view')
    expect(result.replaced.map((r) => [r.variant, r.canonical])).toEqual([
      ['HEHE', 'HEIHE'],
      ['Hehe', 'Heihe'],
      ['Goverment', 'Government'],
      ['goverment', 'government'],
      ['US', 'U.S.']
    ])
    for (const replacement of result.replaced) expect(input.slice(replacement.start, replacement.end)).toBe(replacement.variant)
  })

  it('matches curly apostrophes', () => {
    expect(applySpellings('China’s view', [{variant: "China's", canonical: 'China'}]).text).toBe('China view')
  })

  it('with carryCase: false replaces exact forms only', () => {
    expect(applySpellings('HEHE Hehe', spellings, {carryCase: false}).text).toBe('HEHE Heihe')
  })

  it('leaves a lower-case form of a capitalized variant alone', () => {
    expect(applySpellings('hehe Hehe', spellings).text).toBe('hehe Heihe')
  })

  it('rejects conflicting spellings and bad input', () => {
    expect(() =>
      applySpellings('x', [
        {variant: 'a', canonical: 'b'},
        {variant: 'a', canonical: 'c'}
      ])
    ).toThrow(RangeError)
    expect(() => applySpellings(42 as unknown as string, spellings)).toThrow(/`input`.*number/)
    expect(() => applySpellings('x', [{variant: 1 as unknown as string, canonical: 'b'}])).toThrow(/spellings\[0\]/)
    expect(() => applySpellings('x', null as unknown as [])).toThrow(TypeError)
    expect(() => applySpellings('x', spellings, {carryCase: 'yes' as unknown as boolean})).toThrow(/carryCase/)
  })

  it('is idempotent with discovered spellings: canonical forms are never variants', () => {
    const found = findCanonicalSpellings(seeds)
    for (const seed of seeds) {
      const once = applySpellings(seed, found).text
      expect(applySpellings(once, found)).toEqual({text: once, replaced: []})
    }
  })

  it('offsets always point at the replaced text (property)', () => {
    const word = fc.constantFrom('Hehe', 'HEHE', 'hehe', 'Heihe', 'goverment', 'Goverment', 'US', 'us', 'Chinas', '69th', 'x')
    const gap = fc.constantFrom(' ', ', ', '. ', '\n', "'", '-', '’')
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), {maxLength: 30}), (parts) => {
        const input = parts.map(([w, g]) => w + g).join('')
        const {text, replaced} = applySpellings(input, spellings)
        let rebuilt = ''
        let last = 0
        for (const r of replaced) {
          expect(input.slice(r.start, r.end)).toBe(r.variant)
          rebuilt += input.slice(last, r.start) + r.canonical
          last = r.end
        }
        expect(rebuilt + input.slice(last)).toBe(text)
      })
    )
  })
})

describe('spelling statistics', () => {
  const documents = [...seeds, ...news.documents.map((document) => document.text)]

  it('any split into shards, merged in any order, equals one pass (property)', () => {
    const whole = createSpellingStats()
    for (const document of documents) addDocument(whole, document)
    const expectedJSON = spellingStatsToJSON(whole)
    const expectedSpellings = findCanonicalSpellings(whole, {lexicon: englishLexicon})
    fc.assert(
      fc.property(
        fc.array(fc.nat({max: 4}), {minLength: documents.length, maxLength: documents.length}),
        fc.array(fc.nat(), {minLength: 5, maxLength: 5}),
        (assignment, order) => {
          const shards = Array.from({length: 5}, () => createSpellingStats())
          for (const [index, document] of documents.entries()) addDocument(shards[assignment[index] as number] as never, document)
          const sorted = shards.map((shard, index) => ({shard, key: order[index] as number})).sort((a, b) => a.key - b.key)
          const merged = sorted.reduce((total, {shard}) => mergeSpellingStats(total, shard), createSpellingStats())
          expect(spellingStatsToJSON(merged)).toEqual(expectedJSON)
          expect(findCanonicalSpellings(merged, {lexicon: englishLexicon})).toEqual(expectedSpellings)
        }
      ),
      {numRuns: 25}
    )
  })

  it('merges any number of shards in one call, or into one accumulator, as one pass', () => {
    const whole = createSpellingStats()
    for (const document of documents) addDocument(whole, document)
    const shards = documents.map((document) => addDocument(createSpellingStats(), document))
    expect(spellingStatsToJSON(mergeSpellingStats(...shards))).toEqual(spellingStatsToJSON(whole))
    const total = createSpellingStats()
    for (const shard of shards) expect(addSpellingStats(total, shard)).toBe(total)
    expect(spellingStatsToJSON(total)).toEqual(spellingStatsToJSON(whole))
    expect(spellingStatsToJSON(addSpellingStats(total, total))).toEqual(spellingStatsToJSON(mergeSpellingStats(whole, whole)))
  })

  it('round-trips through JSON', () => {
    const stats = createSpellingStats()
    for (const seed of seeds) addDocument(stats, seed)
    const json = JSON.parse(JSON.stringify(spellingStatsToJSON(stats)))
    const again = spellingStatsFromJSON(json)
    expect(spellingStatsToJSON(again)).toEqual(json)
    expect(findCanonicalSpellings(again)).toEqual(findCanonicalSpellings(seeds))
    addDocument(again, 'Hehe again')
    expect(again.documents).toBe(stats.documents + 1)
  })

  it('merging leaves its inputs unchanged', () => {
    const a = addDocument(createSpellingStats(), 'Heihe city')
    const b = addDocument(createSpellingStats(), 'Heihe town')
    const before = spellingStatsToJSON(a)
    mergeSpellingStats(a, b)
    expect(spellingStatsToJSON(a)).toEqual(before)
  })

  it('rejects bad input with a named error', () => {
    expect(() => addDocument(createSpellingStats(), 5 as unknown as string)).toThrow(/`text`.*number/)
    expect(() => addDocument({} as never, 'x')).toThrow(/`stats`/)
    expect(() => mergeSpellingStats(createSpellingStats(), null as never)).toThrow(/`b`.*null/)
    expect(() => spellingStatsFromJSON({type: 'other'} as never)).toThrow(TypeError)
    expect(() => spellingStatsFromJSON({type: 'copydesk-spelling-stats', version: 1} as never)).toThrow(RangeError)
    const row = {type: 'copydesk-spelling-stats', version: 2, documents: 1, languages: {}, stories: [], forms: [['x', 1, 2, [], {}, []]], pairs: []}
    expect(() => spellingStatsFromJSON(row as never)).toThrow(/forms\[0\]/)
  })
})

describe('input validation', () => {
  it('names the argument or option', () => {
    expect(() => findCanonicalSpellings('text' as never)).toThrow(/`documents`.*string/)
    expect(() => findCanonicalSpellings([1] as never)).toThrow(/`documents\[0\]`.*number/)
    expect(() => findCanonicalSpellings([], {minRatio: 0.5})).toThrow(/minRatio/)
    expect(() => findCanonicalSpellings([], {maxDistance: 3})).toThrow(/maxDistance/)
    expect(() => findCanonicalSpellings([], {regional: 'no' as never})).toThrow(/regional/)
    expect(() => findCanonicalSpellings([], {lexicon: 5 as never})).toThrow(/lexicon/)
    expect(() => findCanonicalSpellings([], {aliases: [['a']] as never})).toThrow(/aliases/)
  })
})

describe('hostile input', () => {
  const size = 200_000
  it.each([
    ['apostrophe chains', "a'".repeat(size / 2)],
    ['acronym chains', 'U.'.repeat(size / 2)],
    ['one huge word', 'a'.repeat(size)],
    ['a URL that never ends', `http://${'a'.repeat(size)}`],
    ['digits glued to letters', 'a1'.repeat(size / 2)]
  ])('%s', (_, text) => {
    const stats = addDocument(createSpellingStats(), text)
    expect(stats.documents).toBe(1)
    expect(findCanonicalSpellings(stats)).toEqual([])
    expect(applySpellings(text, [{variant: 'a', canonical: 'b'}]).text.length).toBeGreaterThan(0)
  })
})

describe('copydesk/lexicon', () => {
  it('knows common words in every spelling and no names', () => {
    for (const word of ['the', 'neighbour', 'neighbor', 'government', 'its']) expect(englishLexicon.has(word)).toBe(true)
    for (const word of ['goverment', 'Heihe', "it's"]) expect(englishLexicon.has(word)).toBe(false)
  })

  it('pairs British and American spellings both ways', () => {
    expect(americanSpellings.neighbour).toBe('neighbor')
    expect(britishSpellings.neighbor).toBe('neighbour')
    expect(Object.keys(americanSpellings).length).toBeGreaterThan(2000)
  })
})
