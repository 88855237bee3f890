import {describe, expect, it} from 'vitest'
import {clean} from '../src/index.js'
import {declarations} from './fixtures/udhr/index.mjs'
import {framedArticles, measureFramed} from './fixtures/udhr/framed.mjs'

// The 532 declarations of the Universal Declaration of Human Rights, each laid
// out as an article bare, framed by a menu and share/legal links, and framed
// with an "Advertisement" line between paragraphs (test/fixtures/udhr/framed.mjs;
// bench/framed-udhr.mjs prints the same figures).
const articles = framedArticles()

describe('framed udhr', () => {
  const {variants, losses, leftovers} = measureFramed(clean, articles)

  it('lays out 1,596 articles: 532 declarations, three ways', () => {
    expect(articles).toHaveLength(1596)
    expect(Object.fromEntries(Object.entries(variants).map(([variant, stats]) => [variant, stats.articles]))).toEqual({bare: 532, framed: 532, ads: 532})
  })

  it('keeps every character of every declaration', () => {
    expect(losses.map((loss) => `${loss.code} (${loss.variant}): ${loss.lines.slice(0, 2).join(' | ')}`)).toEqual([])
  })

  it('removes every menu, share, legal and ad line', () => {
    expect(leftovers.map((line) => `${line.code} (${line.variant}): ${line.text}`)).toEqual([])
    expect(variants.framed!.frameLines).toBeGreaterThan(5000)
  })

  it('cleans each article to text a second pass leaves alone', () => {
    const changed = articles.filter((article) => {
      const once = clean(article.text).text
      return clean(once).text !== once
    })
    expect(changed.map((article) => `${article.code} (${article.variant})`)).toEqual([])
  })
})

// A paragraph the declaration itself finishes with a sentence terminal of its script (Unicode's list).
const finished = /\p{L}[^\p{L}]*\p{Sentence_Terminal}["'”’»›)\]}」』》〉】〕）]*$/u

describe('a short finished last paragraph after an ad', () => {
  // The shortest finished paragraph of each declaration (। ։ ۔ ။ ። 。 …) closes an article after an
  // "Advertisement" line and before the share links: it is the story's end, not part of a widget block.
  const footer = ['Share this article', 'Facebook', 'Twitter', 'Privacy Policy']
  const all = declarations()
  const tested = all.filter((declaration) => declaration.blocks.filter((block) => block.kind === 'paragraph' && finished.test(block.text)).length >= 3)

  it('covers most of the 532 languages (the others never end a paragraph with a terminal)', () => {
    expect(tested.length).toBeGreaterThan(450)
  })

  for (const declaration of tested) {
    const paragraphs = declaration.blocks.filter((block) => block.kind === 'paragraph' && finished.test(block.text))
    const last = paragraphs.reduce((shortest, block) => (block.text.length < shortest.text.length ? block : shortest))
    const body = paragraphs.filter((block) => block !== last).slice(0, 3)
    const input = [declaration.blocks[0]!.text, ...body.map((block) => block.text), 'Advertisement', last.text, footer.join('\n')].join('\n\n')
    it(`keeps ${declaration.code}'s ${JSON.stringify(last.text.slice(0, 24))}`, () => {
      const result = clean(input)
      const start = input.lastIndexOf(last.text)
      expect(result.removed.filter((removal) => removal.start < start + last.text.length && removal.end > start)).toEqual([])
      expect(result.removed.map((removal) => removal.text)).toEqual(expect.arrayContaining(['Advertisement', ...footer]))
    })
  }
})
