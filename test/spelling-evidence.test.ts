import {describe, expect, it} from 'vitest'
import {addDocument, createSpellingStats, findCanonicalSpellings, type Spelling} from '../src/index.js'
import {evidenceSteps} from '../src/spelling/evidence/index.js'
import {createLanguageTally, decideLanguage, languageCode, tallyWord} from '../src/spelling/languages.js'
import {englishLexicon} from '../src/spelling/lexicon.js'
import {declarations} from './fixtures/udhr/index.mjs'

const pairsOf = (spellings: Spelling[]): string[] => spellings.map((s) => `${s.variant} → ${s.canonical}`)
const udhr = declarations()
const declaration = (code: string): string => (udhr.find((d) => d.code === code)?.blocks ?? []).map((block) => block.text).join('\n\n')

describe('the evidence table', () => {
  it('has one row per kind, strongest first, each strength distinct', () => {
    const names = evidenceSteps.map((step) => step.name)
    expect(new Set(names).size).toBe(names.length)
    const strengths = evidenceSteps.map((step) => step.strength)
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a))
    expect(new Set(strengths).size).toBe(strengths.length)
  })

  it('lists a proposal’s evidence strongest first, whatever order the steps find it in', () => {
    const city = (name: string) => `Talks were held in the northern Chinese city of ${name} on Monday, and the city of ${name} was calm.`
    const [hehe] = findCanonicalSpellings([`${city('Heihe')} ${city('Heihe')}`, `${city('Heihe')} The city of Hehe was calm.`])
    expect(hehe?.evidence).toEqual(['document', 'story', 'context'])
  })
})

describe('language of the text', () => {
  // The declarations are text nobody here wrote: each must be recognized as
  // its language, and none of the others as English.
  const expected: Array<[string, string]> = [
    ['eng', 'en'],
    ['deu_1996', 'de'],
    ['fra', 'fr'],
    ['spa', 'es'],
    ['por_PT', 'pt'],
    ['ita', 'it'],
    ['nld', 'nl'],
    ['pol', 'pl'],
    ['swe', 'sv'],
    ['ces', 'cs'],
    ['ind', 'id'],
    ['rus', 'ru']
  ]
  it.each(expected)('the %s declaration is %s', (code, language) => {
    const tally = createLanguageTally()
    for (const word of declaration(code).split(/[\s.,;:()«»"]+/)) if (word !== '') tallyWord(tally, word)
    expect(languageCode(decideLanguage(tally))).toBe(language)
  })

  it('calls no declaration of another language English, except English-based ones', () => {
    const english = udhr
      .filter((d) => !d.bcp47.startsWith('en'))
      .filter((d) => {
        const stats = addDocument(createSpellingStats(), d.blocks.map((block) => block.text).join('\n\n'))
        const [language, count] = [stats.languages[0], stats.languages[1]]
        return language === 0 && (count as number) * 2 > stats.languages.reduce((sum, value, index) => (index % 2 === 1 ? sum + value : sum), 0)
      })
      .map((d) => d.code)
    // Scots and Nigerian Pidgin share English's function words.
    expect(english.filter((code) => !['sco', 'pcm'].includes(code))).toEqual([])
  })

  it.each([
    ['two function words are too few to tell', 'the plan'],
    ['a list of names', 'Heihe Blagoveshchensk Amur Moscow Beijing Kremlin Xi Putin'],
    ['Chinese has no spaces to split words at', '各国人民之间的友好关系'],
    [
      'English words scattered through Irish',
      'Airteagal 1. Saolaítear na daoine uile saor agus comhionann i ndínit agus i gcearta. Tá bua an réasúin agus an choinsiasa acu'
    ]
  ])('undetermined: %s', (_, text) => {
    const tally = createLanguageTally()
    for (const word of text.split(/[\s.,]+/)) if (word !== '') tallyWord(tally, word)
    expect(languageCode(decideLanguage(tally))).toBe('und')
  })
})

describe('same-document evidence (no lexicon)', () => {
  const article = [
    'Secretary of State Antony Blinken arrived in Beijing on Sunday for talks with Chinese officials.',
    'Blinken said the two countries had to manage their differences responsibly.',
    'Chinese officials said they would listen, and Blnken said on Monday that progress was possible.',
    'Blinken is the most senior American official to visit in five years.'
  ].join('\n')

  it('finds a name spelled right several times and wrong once', () => {
    const found = findCanonicalSpellings([article])
    expect(pairsOf(found)).toEqual(['Blnken → Blinken'])
    expect(found[0]).toMatchObject({evidence: ['document'], language: 'en'})
  })

  it('finds it in a copy of the story too', () => {
    const copies = [article.replace('Blnken', 'Blinken'), article.replace('Blnken', 'Blinken'), article]
    expect(pairsOf(findCanonicalSpellings(copies))).toEqual(['Blnken → Blinken'])
  })

  const guarded: Array<[string, string[]]> = [
    [
      'two countries an arbitrary letter apart (Iran/Iraq)',
      [
        'Iran said on Monday that Iran would not talk. The war between Iran and Iraq lasted eight years, and Iran lost many soldiers.',
        'Officials in Iran said Iraq was an ally now.'
      ]
    ],
    ['two countries two letters apart (Austria/Australia)', ['Austria played Australia. Austria won, and the fans of Austria sang while Australia went home.']],
    ['two people (Megan Davis, Ray Davies)', ['Megan Davis spoke first. Davis said the plan was sound, and Davis thanked the board. Then Ray Davies sang.']],
    ['an inflection (Russia/Russian)', ['Russia said Russia would respond. Russia has troops there, and a Russian official confirmed it.']],
    ['a plural (leader/leaders)', ['The leader said the leader would stay. The leader met the other leaders on Monday.']],
    [
      'a case ending outside English (Tusk/Tuska)',
      ['Donald Tusk powiedział, że Tusk nie zmieni zdania. Tusk jest premierem, a współpracownicy Tuska milczą w tej sprawie.']
    ],
    [
      'a word capitalized at a sentence start in another language (Потому/Поэтому)',
      ['Поэтому мы пришли. Поэтому они ушли, и он сказал, что это так. Потому что он знал.']
    ]
  ]
  it.each(guarded)('leaves alone %s', (_, documents) => {
    expect(findCanonicalSpellings(documents)).toEqual([])
    expect(findCanonicalSpellings(documents, {lexicon: englishLexicon})).toEqual([])
  })
})

describe('language awareness', () => {
  const english = Array.from({length: 6}, () => 'The apps were downloaded by millions of users, and the apps were free.')

  it('applies the English lexicon only to English text (após is Portuguese)', () => {
    const portuguese = 'O governo disse que, após a reunião, os ministros não falaram com a imprensa sobre o acordo.'
    expect(findCanonicalSpellings([...english, portuguese], {lexicon: englishLexicon})).toEqual([])
    const typo = 'The apsp were downloaded by millions of users, and the apps were free.'
    expect(pairsOf(findCanonicalSpellings([...english, typo], {lexicon: englishLexicon}))).toEqual(['apsp → apps'])
  })

  it('says which language a proposal was made in', () => {
    const german = Array.from(
      {length: 3},
      () => 'Die Ministerin Annalena Baerbock sagte am Montag, dass die Regierung den Plan unterstützt und dass Baerbock ihn vorstellt.'
    )
    const slip = 'Die Ministerin Annalena Baerbock sagte am Montag, dass die Regierung den Plan unterstützt und dass Barbock ihn vorstellt.'
    const found = findCanonicalSpellings([...german, slip])
    expect(found).toEqual([expect.objectContaining({variant: 'Barbock', canonical: 'Baerbock', language: 'de'})])
  })

  it('proposes nothing on the English declaration and eleven others but the Dutch one’s own slip', () => {
    const codes = ['deu_1996', 'fra', 'spa', 'por_PT', 'ita', 'nld', 'pol', 'swe', 'ces', 'tur', 'ind']
    const documents = [declaration('eng'), ...codes.map(declaration)]
    // The Dutch declaration spells its title `Verkaring` once and `Verklaring` five times.
    for (const options of [{}, {lexicon: englishLexicon}]) expect(pairsOf(findCanonicalSpellings(documents, options))).toEqual(['Verkaring → Verklaring'])
  })
})
