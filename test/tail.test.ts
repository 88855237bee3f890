import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clean, stripBoilerplate} from '../src/index.js'

const body = [
  'The council voted on Tuesday to close the old harbour bridge to lorries after engineers found cracks in two of its piers.',
  'Repairs are expected to take most of next year, and the detour through the town centre will add twenty minutes to the trip.'
]

/** Clean the body followed (or preceded) by `lines`; return what stayed and what went. */
function run(before: string[], after: string[], options = {}) {
  const result = clean([...before, ...body, ...after].join('\n'), options)
  return {text: result.text, removed: result.removed.map((removal) => `${removal.rule}:${removal.text}`)}
}

describe('widget block after the last paragraph', () => {
  it.each([
    ['share bar and counters', ['Facebook', 'Twitter', '12', 'Most shared this week', 'Harbour fees rise again']],
    ['prices and hashtags', ['$19.99', 'Harbour mugs', '#harbour #bridge', 'Gift shop']],
    ['a menu bar and a link', ['About / Advertise / Contact', 'www.valleycourier.example', 'Weather', 'Jobs']],
    ['foreign interface words', ['Partager', 'Imprimer', 'Kommentare', 'Ähnliche Artikel']]
  ])('removes a tail of %s as one block', (_, tail) => {
    const {text, removed} = run([], tail)
    for (const line of tail) expect(text).not.toContain(line)
    expect(removed.length).toBe(tail.length)
    expect(text).toContain('twenty minutes')
  })

  it.each([
    ['a one-line final sentence', ['He said the bridge would reopen.', 'Facebook', 'Twitter', 'Email'], 'He said the bridge would reopen.'],
    ['a sign-off', ['— Jane Doe', 'Facebook', 'Twitter', 'Email'], '— Jane Doe'],
    ['a numbered list after the widgets', ['Facebook', 'Twitter', '1. Close the bridge', '2. Build a new one'], '2. Build a new one'],
    ['a finished sentence inside the block', ['Facebook', 'Twitter', 'Corrections are welcome.', 'Email'], 'Corrections are welcome.']
  ])('keeps %s', (_, tail, kept) => {
    expect(run([], tail).text).toContain(kept)
  })

  it('keeps the lines before the first widget signal', () => {
    expect(run([], ['Harbour mugs', '$19.99', '#harbour #bridge', 'Gift shop']).text).toContain('Harbour mugs')
  })

  it('keeps a contributor credit the user keeps', () => {
    const tail = ['Jane Doe contributed to this report.', 'Facebook', 'Twitter', '#harbour']
    expect(run([], tail, {keep: ['credit']}).text).toContain('Jane Doe contributed')
    expect(run([], tail).text).not.toContain('Jane Doe contributed')
  })

  it.each([
    ['one signal only', ['Facebook', 'Harbour Lane', 'Mill Street', 'Station Road', 'Old Quay']],
    ['a price inside a longer line', ['Tickets for the ferry now cost $12 each way', 'Harbour master']],
    ['an e-mail inside a credit', ['Jane Doe jane@valley.example', 'Harbour desk']],
    ['a paragraph after the widgets', ['Facebook', 'Twitter', `${body[0]} ${body[1]}`]]
  ])('leaves a tail alone with %s', (_, tail) => {
    const {removed} = run([], tail)
    expect(removed.filter((removal) => removal.startsWith('widget-block'))).toEqual([])
  })

  it('rejects a non-boolean edges option', () => {
    expect(() => clean('x', {edges: 'no' as never})).toThrow(/options.edges/)
  })

  it('is off with edges: false', () => {
    expect(run([], ['Harbour mugs', '$19.99', '#harbour #bridge', 'Gift shop'], {edges: false}).text).toContain('Gift shop')
  })
})

describe('navigation run above the headline', () => {
  const menu = ['Valley Notes', 'News', 'Sport', 'Business', 'Weather', 'Jobs']

  it('removes a menu above the headline and keeps the headline and standfirst', () => {
    const {text, removed} = run([...menu, 'Council closes harbour bridge to lorries after engineers find cracks'], [])
    expect(removed.map((removal) => removal.slice(removal.indexOf(':') + 1))).toEqual(menu)
    expect(removed).toContain('navigation-run:Valley Notes')
    expect(text).toContain('Council closes harbour bridge')
  })

  it('keeps three short lines (a headline, a kicker, a place)', () => {
    expect(run(['Harbour', 'Bridge closed', 'Valley'], []).removed).toEqual([])
  })

  it('keeps short finished sentences above the story', () => {
    expect(run(['It cracked.', 'Then it sagged.', 'Now it shuts.', 'Good.', 'Fine.'], []).removed).toEqual([])
  })
})

describe('related links after the last paragraph', () => {
  const headlines = [
    'Council approves new cycle lanes on the seafront',
    'Ferry fares to rise by ten percent in April',
    'Local bakery wins national bread award'
  ]

  it.each([
    ['under a heading the rules know', ['Most Popular', ...headlines]],
    ['under a short label', ['On our radar', ...headlines]],
    ['after share buttons, with no heading', ['Facebook', 'Twitter', ...headlines]],
    ['with dates between them', ['Most Popular', headlines[0]!, 'June 15, 2022', headlines[1]!, 'June 14, 2022', headlines[2]!]],
    ['under a heading that follows a headline-shaped line', ['The Full Story Is for Members', 'Most Popular', ...headlines]]
  ])('removes a run of headlines %s', (_, tail) => {
    const {text, removed} = run([], tail)
    for (const line of headlines) expect(text).not.toContain(line)
    for (const line of headlines) expect(removed).toContain(`related-run:${line}`)
  })

  it('removes them under a heading between paragraphs too, and keeps headline-shaped lines no heading names', () => {
    const input = [body[0], "Don't miss", ...headlines, body[1], 'What the council decided', ...headlines.slice(0, 1), body[0]].join('\n')
    const result = clean(input)
    expect(result.removed.map((removal) => `${removal.rule}:${removal.text}`)).toEqual([
      "related-heading:Don't miss",
      ...headlines.map((line) => `related-run:${line}`)
    ])
  })

  it.each([
    ['right after the last paragraph (the story’s own list)', headlines],
    ['introduced by the story with a colon', ['Three things change on Monday:', ...headlines]],
    ['two of them only', ['Most Popular', headlines[0]!, headlines[1]!]]
  ])('keeps headline-shaped lines %s', (_, tail) => {
    const {text} = run([], tail)
    for (const line of tail.filter((line) => line !== 'Most Popular')) expect(text).toContain(line)
  })
})

describe('navigation run: what ends a menu', () => {
  const menu = ['News', 'Harbour', 'Sport', 'Business', 'Weather']

  it('stops at a headline standing alone after the menu, however short', () => {
    const input = [menu.join('\n'), 'Bridge closes', ...body].join('\n\n')
    const result = clean(input)
    expect(result.text).toContain('Bridge closes')
    expect(result.removed.map((removal) => removal.text)).toEqual(menu)
  })

  it('keeps a list that a sentence introduces', () => {
    const list = ['Offline maps for the coast', 'A night mode for charts', 'Faster search for marinas', 'Fixed a crash when sharing']
    const input = [menu.join('\n'), 'Version 4.2 is out', ['Here is what is new in this version:', ...list].join('\n'), ...body].join('\n\n')
    const result = clean(input)
    for (const line of list) expect(result.text).toContain(line)
  })

  it('stops at a sentence in any script', () => {
    const japanese = ['ホーム', 'ニュース', '政治', '経済', '嵐で橋が閉鎖された。', '国際', 'スポーツ', '天気']
    const input = [...japanese, ...body].join('\n')
    expect(clean(input).text).toContain('嵐で橋が閉鎖された。')
  })

  it('judges the lines as the output will read them, so a second pass removes nothing more', () => {
    // Rejoining makes the first paragraph of these two lines: the head is what lies above it, in both passes.
    const input = 'Menu\nChinese President Xi Jinping said on Wednesday\nthat Beijing would back Moscow.'
    const once = clean(input)
    expect(once.removed.map((removal) => removal.text)).toEqual(['Menu'])
    expect(clean(once.text).text).toBe(once.text)
    expect(stripBoilerplate(stripBoilerplate(input).text).removed).toEqual([])
  })
})

describe('edge detection', () => {
  const line = fc.oneof(
    fc.constantFrom('Facebook', 'Twitter', '12', '$5', '#tag', 'Home', 'News', 'He left.', '— Jane', '1. One', 'About / Contact', 'Anmelden'),
    fc.constantFrom(...body)
  )

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.array(line, {maxLength: 20}), (lines) => {
        const once = clean(lines.join('\n')).text
        expect(clean(once).text).toBe(once)
      }),
      {numRuns: 300}
    )
  })

  it('handles hostile lines in linear time', () => {
    const hostile = ['a / '.repeat(50_000), '#'.repeat(200_000), '— '.repeat(100_000), 'www.' + 'a'.repeat(200_000), '1'.repeat(200_000)]
    for (const tail of hostile) {
      const {text} = run([tail, tail], [tail, 'Facebook', tail])
      expect(text).toContain('twenty minutes')
    }
  })
})
