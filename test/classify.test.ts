import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clean, stripBoilerplate, type CleanResult, type Rule} from '../src/index.js'
import {expectConsistent} from './removals.js'

const body = [
  'Heavy rain swept across the region on Tuesday, flooding roads and cutting power to thousands of homes.',
  'Emergency crews worked through the night to clear fallen trees, and schools in three districts stayed closed.',
  'Forecasters said the storm would move east by Thursday, bringing cooler air and clearer skies to the coast.'
]
const story = body.join('\n\n')

function removedTexts(result: CleanResult): string[] {
  return result.removed.map((removal) => removal.text)
}

describe('context: the same words are junk in a widget run and content in prose', () => {
  const words = ['Close', 'Email', '• Price', 'Privacy Policy']

  it('removes them in a widget run after the last paragraph', () => {
    const input = `${story}\n\nShare this article\n${words.join('\n')}`
    const result = clean(input)
    expect(result.text).toBe(story)
    expect(removedTexts(result)).toEqual(['Share this article', ...words])
    expectConsistent(input, result)
  })

  it('says why a run word went', () => {
    const result = clean(`${story}\n\nShare this article\nClose`)
    const close = result.removed.find((removal) => removal.text === 'Close')
    expect(close?.rule).toBe('ui-words')
    expect(close?.reason).toMatch(/next to other boilerplate/)
  })

  const prose: Array<[string, string]> = [
    ['Close', 'Close to the border, the army dug in for the winter and waited for orders.'],
    ['Email', 'Email records obtained by the newspaper show the mayor knew about the leak in May.'],
    ['• Price', 'Price rises slowed in May, the data showed, as fuel costs fell for a third month.'],
    ['Privacy Policy', 'The Privacy Policy the company published in June was rewritten after the complaint.']
  ]
  for (const [word, sentence] of prose) {
    it(`keeps ${JSON.stringify(word)} inside a sentence, even in the tail`, () => {
      const input = `${story}\n\n${sentence}\n\nShare this article`
      const result = clean(input)
      expect(result.text).toContain(sentence)
      expect(removedTexts(result)).toEqual(['Share this article'])
    })
  }

  for (const word of ['Close', 'Email', '• Price']) {
    it(`keeps ${JSON.stringify(word)} alone between paragraphs, with no junk beside it`, () => {
      const input = `${body[0]}\n\n${word}\n\n${body[1]}\n\n${body[2]}`
      expect(clean(input).removed).toEqual([])
    })
  }

  it('removes run words above the story (a nav bar)', () => {
    const input = `Menu\nSearch\nHome\n\n${story}`
    const result = clean(input)
    expect(removedTexts(result)).toEqual(['Menu', 'Search', 'Home'])
    expect(result.text).toBe(story)
  })

  it('keeps run words below the story when nothing else there is junk', () => {
    const input = `${story}\n\nClose\nEmail`
    // The rules alone keep them; edge detection (on by default) sees a widget tail.
    expect(clean(input, {edges: false}).removed).toEqual([])
  })
})

describe('context: the widget block after the last paragraph', () => {
  it('removes the block whole, unknown short lines between junk included', () => {
    const tail = ['Back to Top', 'Close Create', 'Your saved stories', 'Log In', 'Manage preferences here', 'Privacy Policy']
    const input = `${story}\n\n${tail.join('\n')}`
    const result = clean(input)
    expect(result.text).toBe(story)
    expect(removedTexts(result)).toEqual(tail)
    const byRule = Object.fromEntries(result.removed.map((removal) => [removal.text, removal.rule]))
    expect(byRule['Your saved stories']).toBe('widget-block')
    expect(byRule['Manage preferences here']).toBe('widget-block')
    expectConsistent(input, result)
  })

  it('needs two junk lines: one is not a block', () => {
    const input = `${story}\n\nYour saved stories\nPrivacy Policy`
    expect(removedTexts(clean(input))).toEqual(['Privacy Policy'])
  })

  it('is part of edge detection: with edges off only the lines rules name go', () => {
    const input = `${story}\n\nBack to Top\nYour saved stories\nPrivacy Policy\nWritten in the stars`
    expect(removedTexts(clean(input, {edges: false}))).toEqual(['Back to Top', 'Privacy Policy'])
    expect(removedTexts(clean(input))).toEqual(['Back to Top', 'Your saved stories', 'Privacy Policy', 'Written in the stars'])
  })

  it('keeps a finished sentence inside the block', () => {
    const input = `${story}\n\nBack to Top\nSee you at the fair.\nYour saved stories\nPrivacy Policy\nLog In`
    const result = clean(input)
    expect(result.text).toBe(`${story}\n\nSee you at the fair.`)
    expect(removedTexts(result)).toEqual(['Back to Top', 'Your saved stories', 'Privacy Policy', 'Log In'])
  })

  it('keeps a numbered list item (a listicle) inside the block', () => {
    const input = `${story}\n\nBack to Top\n1. Pack water\nPrivacy Policy`
    expect(clean(input).text).toContain('1. Pack water')
  })
})

describe('metadata', () => {
  it('removes CMS fields above and below the story, and keeps a line of code the story shows', () => {
    const code = 'server_name: harbour.example'
    const input = ['post_id: 48213', body[0], code, body[1], body[2], 'og:title: Storm floods roads'].join('\n\n')
    const result = clean(input)
    expect(removedTexts(result)).toEqual(['post_id: 48213', 'og:title: Storm floods roads'])
    expect(result.text).toContain(code)
  })
})

describe('keep', () => {
  it('recognises a kept kind but leaves it in', () => {
    const input = `By AFP\n\n${story}`
    expect(clean(input, {keep: ['byline']}).text).toBe(input)
    expect(removedTexts(clean(input))).toEqual(['By AFP'])
  })

  it('still counts a kept line as context for its neighbours', () => {
    const input = `${story}\n\nSign up for our newsletter\nClose\nMenu`
    const result = clean(input, {keep: ['newsletter']})
    expect(result.text).toBe(`${story}\n\nSign up for our newsletter`)
    expect(removedTexts(result)).toEqual(['Close', 'Menu'])
  })

  it('keeps a removed kind’s run neighbours of the same kind too', () => {
    const input = `${story}\n\nShare this article\nEmail\nClose`
    const result = clean(input, {keep: ['share']})
    expect(result.text).toBe(`${story}\n\nShare this article\nEmail`)
    expect(removedTexts(result)).toEqual(['Close'])
  })
})

describe('user rules', () => {
  const rule = (name: string, pattern: RegExp, scope?: Rule['scope']): Rule => ({
    name,
    kind: 'widget',
    description: `test ${name}`,
    pattern,
    ...(scope ? {scope} : {})
  })

  it('are tried before the built-in rules', () => {
    const input = `${story}\n\nPrivacy Policy`
    const result = clean(input, {rules: [{...rule('mine', /^Privacy Policy$/), kind: 'navigation'}]})
    expect(result.removed.map((removal) => [removal.rule, removal.kind])).toEqual([['mine', 'navigation']])
  })

  it('default their description', () => {
    const {name, kind, pattern} = rule('bare', /^Zap$/)
    const result = clean(`${story}\n\nZap`, {rules: [{name, kind, pattern} as Rule]})
    expect(result.removed[0]?.reason).toBe('User rule bare')
  })

  const scoped: Array<[Rule['scope'], {removedAt: string[]; keptAt: string[]}]> = [
    ['line', {removedAt: ['head', 'middle', 'tail'], keptAt: []}],
    ['head', {removedAt: ['head'], keptAt: ['middle', 'tail']}],
    ['tail', {removedAt: ['tail'], keptAt: ['head', 'middle']}],
    ['edge', {removedAt: ['head', 'tail'], keptAt: ['middle']}],
    ['run', {removedAt: ['head', 'beside junk'], keptAt: ['middle', 'tail']}]
  ]
  const place = (line: string, where: string): string => {
    const [b1, b2, b3] = body as [string, string, string]
    if (where === 'head') return [line, b1, b2, b3].join('\n\n')
    if (where === 'tail') return [b1, b2, b3, line].join('\n\n')
    if (where === 'beside junk') return [b1, b2, 'Advertisement', line, b3].join('\n\n')
    return [b1, line, b2, b3].join('\n\n')
  }
  for (const [scope, {removedAt, keptAt}] of scoped) {
    const rules = [rule(`zap-${scope}`, /^Zap zap$/, scope)]
    for (const where of removedAt) {
      it(`with scope '${scope}' fire in the ${where}`, () => {
        const result = clean(place('Zap zap', where), {rules})
        expect(result.removed.find((removal) => removal.text === 'Zap zap')?.rule).toBe(`zap-${scope}`)
      })
    }
    for (const where of keptAt) {
      it(`with scope '${scope}' do not fire in the ${where}`, () => {
        const result = clean(place('Zap zap', where), {rules})
        expect(result.text).toContain('Zap zap')
      })
    }
  }

  it("with scope 'suffix' remove the end of a line only", () => {
    const input = `${body[0]}\n\n${body[1]} [END]`
    const result = clean(input, {rules: [rule('end-mark', / \[END\]$/, 'suffix')]})
    expect(result.text).toBe(`${body[0]}\n\n${body[1]}`)
    expect(result.removed).toEqual([expect.objectContaining({rule: 'end-mark', text: ' [END]', end: input.length})])
    expectConsistent(input, result)
  })

  it('with g or y flags give the same verdict on every line', () => {
    for (const flags of ['g', 'y', 'gy', 'gi']) {
      const rules = [rule('zap', new RegExp('^Zap$', flags))]
      const input = `${story}\n\n${'Zap\n'.repeat(9)}`
      const first = clean(input, {rules})
      expect(first.removed.filter((removal) => removal.rule === 'zap')).toHaveLength(9)
      expect(clean(input, {rules})).toEqual(first)
    }
  })

  it('leave the caller’s RegExp untouched', () => {
    const pattern = /^Zap$/g
    clean(`${story}\n\nZap\nZap`, {rules: [rule('zap', pattern)]})
    expect(pattern.lastIndex).toBe(0)
  })

  it('can replace the built-in rules', () => {
    const input = `By AFP\n\n${story}\n\nZap`
    const result = clean(input, {defaultRules: false, rules: [rule('zap', /^Zap$/)]})
    expect(removedTexts(result)).toEqual(['Zap'])
  })
})

describe('removals', () => {
  const lines = [
    ...body,
    'By AFP',
    'June 15, 2022',
    'Close',
    'Email',
    '• Price',
    'Privacy Policy',
    'Share this article',
    'Advertisement',
    'Your saved stories',
    'Photo ID is required to vote in Georgia.',
    'Sign in to the building was required for all visitors, officials said.',
    'The conflict continues, officials said. #Ukraine #war',
    '#news #world',
    'Back to Top',
    'https://example.com/story',
    'Loading…',
    '1. Pack water'
  ]
  const documents = fc
    .array(fc.tuple(fc.constantFrom(...lines), fc.constantFrom('\n', '\n\n', '\r\n', '\n \n')), {maxLength: 14})
    .map((parts) => parts.map(([line, separator]) => line + separator).join(''))

  it('are in order, do not overlap, and slice the input to their text', () => {
    fc.assert(
      fc.property(documents, (input) => {
        const result = clean(input)
        expectConsistent(input, result)
        expect(stripBoilerplate(input).removed).toEqual(result.removed)
      })
    )
  })

  it('leave nothing a second pass would remove', () => {
    fc.assert(
      fc.property(documents, (input) => {
        const once = clean(input).text
        expect(clean(once).text).toBe(once)
      })
    )
  })
})
