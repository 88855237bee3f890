import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clean, foldLine, learnBoilerplate, mergeBoilerplateModels, stripBoilerplate, type BoilerplateModel} from '../src/index.js'
import {storyWords, vocabulary} from './fixtures/learn/stories.js'

/** A story of `paragraphs` distinct sentences, different for every `seed`. */
function story(seed: number, paragraphs = 5): string[] {
  const lines: string[] = []
  for (let p = 0; p < paragraphs; p++) {
    lines.push(`Story ${seed} part ${p}: the ${storyWords(seed, p)} said on ${['Monday', 'Tuesday', 'Friday'][p % 3]} in town ${seed}.`)
  }
  return lines
}

const pitch = 'Get our free Morning Brief every weekday'
const footer = 'Tips for the newsroom go to the Valley desk'

/** Five different stories of one site, each with the site's pitch and footer. */
const site = Array.from({length: 5}, (_, seed) => [...story(seed), pitch, footer].join('\n\n'))

describe('foldLine', () => {
  it.each([
    ['12 Comments »', '0 comments'],
    ['SHARE:  Facebook | Twitter', 'share facebook twitter'],
    ['Updated 3:45 PM', 'updated 0 0 pm'],
    ['—', '']
  ])('folds %j to %j', (input, expected) => {
    expect(foldLine(input)).toBe(expected)
  })

  it('keeps lines that differ in words apart', () => {
    expect(foldLine('Sign up for our newsletter')).not.toBe(foldLine('Sign up for our podcast'))
  })
})

describe('learnBoilerplate', () => {
  it('removes lines that recur across different stories, kind repeated, with the count as the reason', () => {
    const model = learnBoilerplate(site)
    const page = [...story(42), pitch, footer].join('\n\n')
    const result = clean(page, {model})
    const repeated = result.removed.filter((removal) => removal.kind === 'repeated')
    expect(repeated.map((removal) => removal.text)).toEqual([pitch, footer])
    expect(repeated[0]!.reason).toMatch(/^Occurs in 5 documents/)
    expect(result.text).not.toContain('Morning Brief')
    expect(result.text).toContain('Story 42 part 4')
  })

  it('matches lines that differ only in case, digits and punctuation', () => {
    const model = learnBoilerplate(site.map((text, index) => text.replace(pitch, `Get our free Morning Brief every weekday (${index + 1} issues)`)))
    const result = clean([...story(40), 'GET OUR FREE MORNING BRIEF, EVERY WEEKDAY (99 issues)!'].join('\n\n'), {model})
    expect(result.removed.map((removal) => removal.kind)).toEqual(['repeated'])
  })

  it('does not learn a line seen in fewer than minDocuments stories', () => {
    const model = learnBoilerplate([...site.slice(0, 2), story(9).join('\n\n')])
    expect(clean([...story(42), pitch].join('\n\n'), {model}).removed).toEqual([])
    expect(clean([...story(42), pitch].join('\n\n'), {model: learnBoilerplate(site.slice(0, 2), {minDocuments: 2})}).removed).toHaveLength(1)
  })

  it('keeps quotes shared by syndicated copies of one story', () => {
    const quote = '"We will rebuild the bridge," the mayor said.'
    const base = story(7)
    // Five copies of one story on five sites: each with its own header, the same quote.
    const copies = ['Valley Courier', 'Hill Times', 'Coast Herald', 'Plains Daily', 'Lake Gazette'].map((name) =>
      [name, ...base.slice(0, 3), quote, ...base.slice(3)].join('\n\n')
    )
    const model = learnBoilerplate([...copies, ...site])
    const result = clean(copies[0]!, {model})
    expect(result.text).toContain('We will rebuild the bridge')
    expect(result.removed.filter((removal) => removal.kind === 'repeated')).toEqual([])
    // The site's pitch, in five different stories, is still learned.
    expect(clean([...story(50), pitch].join('\n\n'), {model}).removed.map((removal) => removal.kind)).toEqual(['repeated'])
  })

  it('keeps quotes shared by syndicated copies on sites with heavy, different chrome', () => {
    const quote = '"We will rebuild the bridge," the mayor said.'
    const base = story(8)
    const names = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel']
    // Each site's menus and footers: 60 short lines of its own, more text than the story.
    const chrome = (site: number) =>
      Array.from(
        {length: 60},
        (_, line) => `${names[site]} ${names[(site + line) % 8]} ${vocabulary[line % vocabulary.length]} ${vocabulary[(line * 5 + site) % vocabulary.length]}`
      )
    const copies = [0, 2, 4, 6].map((site) => [...chrome(site), ...base.slice(0, 2), quote, ...base.slice(2), ...chrome(site + 1)].join('\n\n'))
    const model = learnBoilerplate(copies)
    expect(clean(copies[0]!, {model}).text).toContain('We will rebuild the bridge')
  })

  it('counts a line repeated by copies of one story once: three copies are not three stories', () => {
    const copies = [0, 1, 2].map((copy) => [...story(3), `Copy ${copy} of the wire`, pitch].join('\n\n'))
    const model = learnBoilerplate(copies)
    expect(clean([...story(60), pitch].join('\n\n'), {model}).removed).toEqual([])
  })

  it('leaves learned lines in when kind repeated is kept', () => {
    const model = learnBoilerplate(site)
    const page = [...story(42), pitch].join('\n\n')
    expect(clean(page, {model, keep: ['repeated']}).removed).toEqual([])
    expect(stripBoilerplate(page, {model}).text).not.toContain(pitch)
  })

  it('reads markdown documents as clean reads them: a learned link line matches without its markup', () => {
    const link = 'Read the [Valley Courier](https://courier.example/) app'
    const model = learnBoilerplate(site.map((text) => `${text}\n\n${link}`))
    const result = clean([...story(42), link].join('\n\n'), {model})
    expect(result.removed.map((removal) => [removal.kind, removal.text])).toEqual([['repeated', link]])
    expect(model.lines['read the valley courier app']).toHaveLength(5)
  })

  it('is idempotent with a model', () => {
    const model = learnBoilerplate(site)
    const once = clean([...story(42), pitch, footer].join('\n\n'), {model}).text
    expect(clean(once, {model}).text).toBe(once)
  })

  it('is plain JSON: a serialized model cleans the same', () => {
    const model = learnBoilerplate(site)
    const parsed = JSON.parse(JSON.stringify(model)) as BoilerplateModel
    expect(parsed).toEqual(model)
    const page = [...story(42), pitch, footer].join('\n\n')
    expect(clean(page, {model: parsed})).toEqual(clean(page, {model}))
  })

  it('rejects bad input with errors that name it', () => {
    expect(() => learnBoilerplate('text' as never)).toThrow(TypeError)
    expect(() => learnBoilerplate([1] as never)).toThrow(/documents\[0\]/)
    expect(() => learnBoilerplate([], {minDocuments: 1})).toThrow(RangeError)
    expect(() => learnBoilerplate([], {similarity: 2})).toThrow(/options.similarity/)
    expect(() => learnBoilerplate([], {maxLength: -1})).toThrow(/options.maxLength/)
    expect(() => learnBoilerplate([], {format: 'html' as never})).toThrow(/options.format/)
    expect(() => learnBoilerplate([], {minDocs: 3} as never)).toThrow(/minDocs/)
    expect(() => clean('x', {model: {} as never})).toThrow(/options.model/)
    expect(() => clean('x', {model: {...learnBoilerplate(site), lines: {a: [99]}}})).toThrow(/options.model.lines/)
  })
})

describe('mergeBoilerplateModels', () => {
  const corpus = [...site, ...[0, 1, 2].map((copy) => [`Copy ${copy}`, ...story(3)].join('\n\n')), story(11).join('\n')]

  it('gives the model of one pass, whatever the split and order', () => {
    const whole = learnBoilerplate(corpus)
    fc.assert(
      fc.property(fc.array(fc.nat(3), {minLength: corpus.length, maxLength: corpus.length}), fc.boolean(), (shardOf, reverse) => {
        const shards: string[][] = [[], [], [], []]
        for (const [index, document] of corpus.entries()) shards[shardOf[index]!]!.push(document)
        const models = shards.map((shard) => learnBoilerplate(shard))
        expect(mergeBoilerplateModels(reverse ? models.reverse() : models)).toEqual(whole)
      }),
      {numRuns: 40}
    )
  })

  it('counts a document present in two shards once', () => {
    expect(mergeBoilerplateModels([learnBoilerplate(site), learnBoilerplate(site.slice(0, 2))])).toEqual(learnBoilerplate(site))
  })

  it('refuses models learned with different options', () => {
    expect(() => mergeBoilerplateModels([learnBoilerplate(site), learnBoilerplate(site, {minDocuments: 4})])).toThrow(/models\[1\]/)
    expect(() => mergeBoilerplateModels([])).toThrow(RangeError)
    expect(() => mergeBoilerplateModels('x' as never)).toThrow(TypeError)
  })
})
