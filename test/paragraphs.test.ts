import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clean, rejoinParagraphs} from '../src/index.js'
import {declarations} from './fixtures/udhr/index.mjs'

const joined: Array<[string, string, string]> = [
  [
    'a blank line after a preposition',
    'It was their second call since Putin launched his invasion of\n\nUkraine on Feb. 24.',
    'It was their second call since Putin launched his invasion of Ukraine on Feb. 24.'
  ],
  [
    'a line break after an article',
    'Officials said the storm would reach the\ncoast by Thursday night.',
    'Officials said the storm would reach the coast by Thursday night.'
  ],
  [
    'a comma at the break',
    'When the storm hit the coast on Tuesday night,\n\nthousands of homes lost power.',
    'When the storm hit the coast on Tuesday night, thousands of homes lost power.'
  ],
  [
    'a lowercase continuation',
    'The council voted to approve the new budget plan\n\nafter a long and heated debate.',
    'The council voted to approve the new budget plan after a long and heated debate.'
  ],
  [
    'a conjunction at the break',
    'Prices rose for a third month in a row and\n\nthe central bank signalled more hikes.',
    'Prices rose for a third month in a row and the central bank signalled more hikes.'
  ],
  [
    'a sentence broken twice',
    'The two leaders agreed to expand cooperation in\n\nenergy, finance and\n\ntransport, the Kremlin said.',
    'The two leaders agreed to expand cooperation in energy, finance and transport, the Kremlin said.'
  ]
]

const separate: Array<[string, string]> = [
  [
    'a headline followed by its first paragraph',
    'China Vows Support for Russia, Drawing U.S. Ire\n\nPresident Xi Jinping on Wednesday assured Vladimir Putin of support.'
  ],
  [
    'a headline ending in a month that is also a function word',
    'Glastonbury festival will return next year in May\n\nOrganisers said tickets would go on sale in October.'
  ],
  ['a subhead ending in a lowercase word', 'Why the storm hit harder than forecasters expected\n\nThe storm moved slowly and stalled over the coast.'],
  ['a short subhead ending in a function word', "'No limits' relationship with\n\nThe West has adopted unprecedented sanctions."],
  ['a quote that ends the paragraph', '"We will not back down from this fight, not now and not ever"\n\nThe crowd cheered as the mayor left the stage.'],
  ['list items', '- Pack enough water and food for\n- three days in case roads close'],
  ['numbered list items', '1. Charge your phone and your\n\n2. Fill the car with fuel before the'],
  ['a paragraph ending in a question', 'Will the city ever rebuild the old harbour wall?\n\nthe mayor asked reporters on Friday.'],
  ['a line ending in a colon', 'The minister listed three demands for the talks:\n\nLower taxes, cheaper fuel and more police.'],
  ['a paragraph ending in a number', 'The death toll from the earthquake rose to 2022\n\nRescuers said the search would go on.'],
  ['a comma before a capital', 'The council will vote on the harbour plan at its meeting next spring,\n\nResidents said the detour would hurt the shops.'],
  [
    'a comma before a capital, in Spanish',
    'El ayuntamiento votará el plan del puerto en la próxima primavera,\n\nLos vecinos temen que el desvío perjudique al comercio.'
  ],
  ['a dangling word and a comma before a capital', 'Prices rose for a third month in a row across the region and,\n\nOfficials said the trend would continue.'],
  ['Japanese paragraphs ending in a comma', '人類社会のすべての構成員の固有の尊厳を承認することは、\n\n世界における自由の基礎であるので、']
]

describe('rejoinParagraphs', () => {
  for (const [name, input, output] of joined) {
    it(`joins ${name}`, () => {
      expect(rejoinParagraphs(input)).toBe(output)
    })
  }

  for (const [name, input] of separate) {
    it(`keeps ${name} apart`, () => {
      expect(rejoinParagraphs(input)).toBe(input)
    })
  }

  it('keeps the blank lines between paragraphs it does not join', () => {
    const input = 'First paragraph ends here with a full stop.\n\nSecond paragraph follows it.\nA line of its own.'
    expect(rejoinParagraphs(input)).toBe(input)
  })

  it('collapses runs of blank lines to one', () => {
    expect(rejoinParagraphs('One sentence here.\n\n\n\nAnother one here.')).toBe('One sentence here.\n\nAnother one here.')
  })

  it('throws a TypeError naming the argument', () => {
    expect(() => rejoinParagraphs(42 as unknown as string)).toThrow(/`input`.*number/)
  })

  it('is idempotent', () => {
    const pieces = fc.constantFrom(
      'Putin launched his invasion of',
      'Ukraine on Feb. 24.',
      'the storm moved east,',
      'A headline about the storm',
      '- a list item for the',
      '"A quote"',
      'and then it rained for days and'
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(pieces, fc.constantFrom('\n', '\n\n')), {maxLength: 10}), (parts) => {
        const once = rejoinParagraphs(parts.map(([text, separator]) => text + separator).join(''))
        expect(rejoinParagraphs(once)).toBe(once)
      })
    )
  })
})

describe('rejoining correct text in 532 languages', () => {
  it('never joins a paragraph ending in a comma to one starting with a capital', () => {
    const joined: string[] = []
    for (const declaration of declarations()) {
      const blocks = declaration.blocks.map((block) => block.text)
      const output = rejoinParagraphs(blocks.join('\n\n')).split('\n\n')
      for (const paragraph of output) {
        if (blocks.includes(paragraph)) continue
        // A joined paragraph: find the joint after a comma that a capital follows.
        for (const [index, block] of blocks.entries()) {
          const next = blocks[index + 1]
          if (next && /,$/.test(block) && /^\p{Lu}/u.test(next) && paragraph.includes(`${block} ${next}`))
            joined.push(`${declaration.code}: ${block.slice(-20)} | ${next.slice(0, 20)}`)
        }
      }
    }
    expect(joined).toEqual([])
  })
})

describe('clean() rejoins', () => {
  it('across a removed line', () => {
    const input =
      'Xi said China was ready to push the international order towards\n\nAdvertisement\n\na more just and reasonable development, state media reported.'
    expect(clean(input).text).toBe(
      'Xi said China was ready to push the international order towards a more just and reasonable development, state media reported.'
    )
  })

  it('only when asked', () => {
    const input = 'It was their second call since Putin launched his invasion of\n\nUkraine on Feb. 24.'
    expect(clean(input, {rejoin: false}).text).toBe(input)
    expect(clean(input).text).toBe('It was their second call since Putin launched his invasion of Ukraine on Feb. 24.')
  })

  it('not a short fragment: five words ending in a preposition may be a headline', () => {
    const input = 'The Rise and Fall of\n\nEmpires is a new book.'
    expect(rejoinParagraphs(input)).toBe(input)
  })
})

describe('rejoining long runs of broken lines', () => {
  it("joins 4 MB of lines that each end mid-sentence into one paragraph, reading only each join's ends", () => {
    // A test of the growing paragraph's whole text at every join is quadratic here: it would run for minutes.
    const line = 'and the people of the city went on with their lives and'
    const input = `${line}\n`.repeat(Math.ceil(4_000_000 / (line.length + 1)))
    const output = rejoinParagraphs(input)
    expect(output.includes('\n')).toBe(false)
    expect(output.length).toBe(input.length - 1)
  })
})

describe('documented example', () => {
  it('joins the README and JSDoc example as shown', () => {
    expect(rejoinParagraphs('It was their second call since Putin launched his invasion of\n\nUkraine on Feb. 24.')).toBe(
      'It was their second call since Putin launched his invasion of Ukraine on Feb. 24.'
    )
  })
})
