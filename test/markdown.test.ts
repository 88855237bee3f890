import {describe, expect, it} from 'vitest'
import {clean, looksLikeMarkdown, stripBoilerplate} from '../src/index.js'
import {expectConsistent} from './removals.js'

describe('looksLikeMarkdown', () => {
  const yes = [
    'By [AFP](#)',
    'Original url:\n\n<https://example.com/story>',
    'Trade hit \\$147 billion.',
    'Intro\n# Heading',
    '```\ncode\n```',
    'A **bold** claim',
    // Normalizing makes these ASCII escapes (`\\...`), which a second pass reads as markdown: so does the first.
    'Wait \\… what?',
    'A \\— dash'
  ]
  const no = [
    'By AFP',
    'Trade hit $147 billion.',
    'See https://example.com/story for more.',
    'The #1 seed won. #sports',
    'Prices [in dollars] rose (again).',
    'Use 2 * 3 * 4 to get the volume.',
    'C:\\Users\\jane'
  ]
  for (const input of yes) it(`sniffs ${JSON.stringify(input)}`, () => expect(looksLikeMarkdown(input)).toBe(true))
  for (const input of no) it(`does not sniff ${JSON.stringify(input)}`, () => expect(looksLikeMarkdown(input)).toBe(false))
})

describe('reading markdown', () => {
  const cases: Array<[string, string, string]> = [
    ['links', 'Read [the full report](https://example.com/report) before the vote.', 'Read the full report before the vote.'],
    [
      'reference links',
      'Read [the report][r] before the vote.\n\n[r]: https://example.com/report',
      'Read the report before the vote.\n\nhttps://example.com/report'
    ],
    ['autolinks', 'Documents are at <https://example.com/docs> for anyone.', 'Documents are at https://example.com/docs for anyone.'],
    ['escapes', 'Trade hit \\$147 billion, up 30\\% on \\*2019\\*.', 'Trade hit $147 billion, up 30% on *2019*.'],
    ['ATX headings', '# China vows support\n\n## What comes next', 'China vows support\n\nWhat comes next'],
    ['setext headings', 'China vows support\n==================', 'China vows support'],
    ['bullet lists', '- Pack water\n- Charge phones', '• Pack water\n• Charge phones'],
    // Numbers are content (years, steps, ranks): they stay as written, delimiter included.
    ['ordered lists', '1. Pack water\n2. Charge phones', '1. Pack water\n2. Charge phones'],
    [
      'ordered lists numbered by year',
      '1989. The Berlin Wall falls.\n\n2014) Russia annexes Crimea.',
      '1989. The Berlin Wall falls.\n\n2014) Russia annexes Crimea.'
    ],
    ['ordered lists in a block quote', '> 1. Pack water\n> 2. Charge phones', '1. Pack water\n2. Charge phones'],
    ['emphasis', 'It was **not** a *small* ___change___.', 'It was not a small change.'],
    ['images (alt text stays)', '![Firefighters battle the blaze near Athens](fire.jpg)', 'Firefighters battle the blaze near Athens'],
    ['inline code', 'Run `npm install copydesk` first, then `copydesk clean`.', 'Run npm install copydesk first, then copydesk clean.'],
    // Scraped prose has no code: a fence is debris and stays, indentation is layout.
    ['fences (kept as text)', '~~~\nWar in **Ukraine**\n~~~', '~~~\nWar in Ukraine\n~~~'],
    ['indented lines (not code)', 'Intro line.\n\n    An indented **bold** line.', 'Intro line.\n\nAn indented bold line.'],
    ['escaped backslashes (stay escaped)', 'A \\\\* and \\\\# in **text**.', 'A \\\\* and \\\\# in text.'],
    [
      'block quotes',
      '> Nations that side with Putin will find themselves on the wrong side.',
      'Nations that side with Putin will find themselves on the wrong side.'
    ],
    ['thematic breaks', 'First part of the story.\n\n---\n\nSecond part of the story.', 'First part of the story.\n\nSecond part of the story.'],
    ['html blocks (kept as written)', '<div class="note">Editor note</div>', '<div class="note">Editor note</div>']
  ]
  for (const [name, input, output] of cases) {
    it(`reads ${name}`, () => {
      expect(clean(input, {format: 'markdown'}).text).toBe(output)
    })
  }

  it('leaves markdown as written when stripping', () => {
    const input = 'By [AFP](#)\n\nXi backs **Russia**, state media said, in [a call](https://x.test).'
    const result = stripBoilerplate(input)
    expect(result.text).toBe('Xi backs **Russia**, state media said, in [a call](https://x.test).')
    expect(result.removed).toEqual([expect.objectContaining({kind: 'byline', text: 'By [AFP](#)', start: 0, end: 11})])
  })

  it('reads a paragraph of a hundred links as markdown', () => {
    const input = `The study cites ${'[a](b) '.repeat(100)}and more.`
    expect(clean(input).text).toBe(`The study cites ${'a '.repeat(100)}and more.`)
  })

  it('reads a block with more delimiters than the parser handles in linear time as plain text, and the rest as markdown', () => {
    const input = `Lead paragraph of the story, with a [link](https://x.test) in it.\n\nSources: ${'[a](b) '.repeat(1001)}`
    expect(clean(input).text).toBe(`Lead paragraph of the story, with a link in it.\n\nSources: ${'[a](b) '.repeat(1001).trimEnd()}`)
  })

  it('counts delimiters per block: blank lines start over', () => {
    const list = '- [a](b)\n\n'.repeat(1200)
    expect(clean(list, {format: 'markdown'}).text).toBe('• a\n\n'.repeat(1200).trimEnd())
  })

  // Issue #16, item 6: the years went, replaced by bullets, and nothing said so.
  it('keeps ordered-list numbers as written when a link makes the text markdown', () => {
    const input = 'Read the [full timeline](https://e.com/t).\n\n1989. The Berlin Wall falls.\n\n2014. Russia annexes Crimea.'
    expect(clean(input).text).toBe('Read the full timeline.\n\n1989. The Berlin Wall falls.\n\n2014. Russia annexes Crimea.')
  })

  // Issue #16, item 7: character references to line breaks are spaces, as in text.
  describe('entity line breaks are spaces, as in text', () => {
    const story = 'President Xi Jinping assured Vladimir Putin of support, state media said.'
    for (const reference of ['&#10;', '&#13;', '&#xA;', '&#x0d;', '&#0010;', '&NewLine;', '&#12;', '&#11;', '&#8232;', '&#x2029;']) {
      it(`reads ${reference} in markdown as the text reading does`, () => {
        const input = `See [the report](https://e.com/r). ${story}${reference}Share this article${reference}Back to Top`
        const markdown = clean(input)
        expect(markdown.text).toBe(clean(input.replace('[the report](https://e.com/r)', 'the report'), {format: 'text'}).text)
        expect(markdown.text).not.toContain('\n')
        expect(clean(markdown.text).text).toBe(markdown.text)
        expectConsistent(input, markdown)
      })
    }

    it('never starts the output with a line break or holds a run of them', () => {
      for (const input of ['[a](b)&#10;&#10;&#10;text here', '&#10;[a](b) text', '[a](b)\n\n&#10;\n\nmore text']) {
        const {text} = clean(input)
        expect(text).not.toMatch(/^\n|\n\n\n|\n$/)
      }
    })
  })

  // Issue #16, item 8: a link made the whole text markdown, and emphasis ate markers inside numbers and names.
  describe('emphasis markers that enclose no prose stay', () => {
    const cases: Array<[string, string]> = [
      ['2*3*4 equals 24', '2*3*4 equals 24'],
      ['The volume is 2*3*4 = 24 cubic metres.', 'The volume is 2*3*4 = 24 cubic metres.'],
      ['Python calls __init__ first.', 'Python calls __init__ first.'],
      ['Set __version__ and __all__ at the top.', 'Set __version__ and __all__ at the top.'],
      ['snake_case_name and foo*bar*baz stay', 'snake_case_name and foo*bar*baz stay'],
      // Prose emphasis still reads as emphasis.
      ['It was **not** a *small* change.', 'It was not a small change.'],
      ['A __bold claim__ and _an aside_.', 'A bold claim and an aside.'],
      ['**Breaking:** the talks resume.', 'Breaking: the talks resume.']
    ]
    for (const [line, output] of cases) {
      it(`reads ${JSON.stringify(line)}`, () => {
        const input = `See [the report](https://e.com/r).\n\n${line}`
        expect(clean(input).text).toBe(`See the report.\n\n${output}`)
        expect(clean(clean(input).text).text).toBe(`See the report.\n\n${output}`)
      })
    }
  })

  it('reads markdown-looking text as text when told to', () => {
    expect(clean('A **bold** claim', {format: 'text'}).text).toBe('A **bold** claim')
  })
})

describe('offsets of removed markdown blocks', () => {
  const story =
    'President Xi Jinping on Wednesday assured Vladimir Putin of support on Russian "sovereignty and security", state media said.\n\n' +
    'China has refused to condemn the invasion and has been accused of giving Russia diplomatic cover, diplomats said.'
  const documents: Array<[string, string, string[]]> = [
    ['a byline with a link', `By [AFP](#)\n\n${story}`, ['By [AFP](#)']],
    [
      'an autolink after its label',
      `${story}\n\nOriginal url:\n\n<https://www.example.com/2022/06/15/story>`,
      ['Original url:', '<https://www.example.com/2022/06/15/story>']
    ],
    [
      'a related link',
      `${story}\n\nRelated article: [China Seeks Ways to Help Russia](#)\n\n${story}`,
      ['Related article: [China Seeks Ways to Help Russia](#)']
    ],
    [
      'list items in a share widget',
      `${story}\n\nShare this article\n\n- Facebook\n- Twitter\n- Email`,
      ['Share this article', 'Facebook', 'Twitter', 'Email']
    ],
    [
      'a heading over related stories and its links',
      `${story}\n\n## Related Stories\n\n- [One](#)\n- [Two](#)`,
      ['## Related Stories', '[One](#)', '[Two](#)']
    ],
    ['an escaped price widget', `${story}\n\nAdd to cart\n\n\\$29.99`, ['Add to cart', '\\$29.99']],
    ['a hashtag tail at the end of a paragraph', `${story}\n\nIt was a good day for the city, she said. #news #world #city`, ['#news #world #city']],
    // The lines of a paragraph are judged one by one, as in plain text.
    ['a byline hard-wrapped onto the first line', `By [AFP](#)\n${story}`, ['By [AFP](#)']],
    ['a credit line inside a block quote', `> ${story}\n> Photo: [Reuters](#)\n\n${story}`, ['Photo: [Reuters](#)']],
    ['a byte order mark before the markdown', `\uFEFFBy [AFP](#)\n\n${story}\nFollow us on Twitter`, ['By [AFP](#)', 'Follow us on Twitter']],
    [
      'a hashtag tail after markup on its line',
      `${story}\n\nTrade hit \\$147 billion, [officials](#) said on Monday. #news #world #city`,
      ['#news #world #city']
    ],
    [
      'the last line of a setext heading, with its underline',
      `By [AFP](#)\n${story}\nFollow us on Twitter\n---\n\n${story}`,
      ['By [AFP](#)', 'Follow us on Twitter\n---']
    ],
    ['a widget line after a line break that is U+2028', `${story}\u2028Share this article\r\n${story}\n\n**${story}**`, ['Share this article']],
    ['a widget line after a hard break', `${story}  \nShare this article\n\n${story}`, ['Share this article']]
  ]
  for (const [name, input, removed] of documents) {
    it(`slice the source: ${name}`, () => {
      const result = clean(input, {format: 'markdown'})
      expect(result.removed.map((removal) => removal.text)).toEqual(removed)
      expectConsistent(input, result)
      expect(result.text).toContain('sovereignty and security')
    })
  }
})

describe('cleaning markdown twice', () => {
  // Inputs where a second pass used to remove or change more than the first.
  const inputs = [
    'By [AFP](#)\n!\n',
    '```\nBy [AFP](#)\n',
    '\\\\#\n',
    '  • Rating\nThe two countries have drawn closer in the political, trade and military spheres as part of a "no limits" relationship.\nFacebook\n\n\nBy [AFP](#)\n',
    'Officials say *IcDi\\”< and **more** \\… here',
    '- &rsquo; j1M5)\\… more text\nChina as well as India are two major economies.'
  ]
  for (const input of inputs) {
    it(`settles in one pass: ${JSON.stringify(input).slice(0, 40)}`, () => {
      const once = clean(input)
      expect(clean(once.text).text).toBe(once.text)
      expect(clean(once.text, {format: 'text'}).text).toBe(once.text)
      const stripped = stripBoilerplate(input).text
      expect(stripBoilerplate(stripped).text).toBe(stripped)
    })
  }
})

describe('stripBoilerplate keeps markdown as markdown', () => {
  const story = 'President Xi Jinping on Wednesday assured Vladimir Putin of support on Russian sovereignty and security, state media said.'

  it('cuts removed lines with their list markers and keeps the markup of the rest', () => {
    const input = `# Heading\n\n${story}\n\nShare this article\n\n- Facebook\n- Twitter\n\n- keep **one**\n- keep [two](https://x.test)\n\n> a quoted line\n\n${story}`
    const result = stripBoilerplate(input)
    expect(result.text).toBe(`# Heading\n\n${story}\n\n- keep **one**\n- keep [two](https://x.test)\n\n> a quoted line\n\n${story}`)
    expect(result.removed.map((removal) => removal.text)).toEqual(['Share this article', 'Facebook', 'Twitter'])
    expect(stripBoilerplate(result.text)).toEqual({text: result.text, removed: []})
  })

  it('keeps CRLF line endings of the lines it keeps', () => {
    const input = `By AFP\r\n\r\n${story}\r\n${story}\r\n`
    expect(stripBoilerplate(input).text).toBe(`${story}\r\n${story}`)
  })
})
