// The box-drawing table (scripts/box-arms.py, from the Unicode character
// names) says which way each character reaches; CI checks the file is what
// the script writes.
import {describe, expect, it} from 'vitest'
import {armsOf} from '../src/normalize/box-arms.js'

const left = 1
const right = 2

describe('armsOf', () => {
  it.each([
    ['─', left | right],
    ['═', left | right],
    ['━', left | right],
    ['│', 0],
    ['║', 0],
    ['┌', right],
    ['┐', left],
    ['└', right],
    ['┘', left],
    ['├', right],
    ['┤', left],
    ['┬', left | right],
    ['┼', left | right],
    ['╞', right],
    ['╡', left],
    ['╟', right],
    ['╢', left],
    ['╭', right],
    ['╯', left],
    ['╴', left],
    ['╶', right],
    ['╼', left | right],
    ['╱', 0],
    ['╳', 0]
  ])('%s reaches %i', (character, arms) => {
    expect(armsOf(character.codePointAt(0)!)).toBe(arms)
  })

  it('is 0 outside the box-drawing lines: blocks, shades, letters', () => {
    for (const character of ['█', '▒', '░', 'a', 'é', '\u24FF', '\u2580']) expect(armsOf(character.codePointAt(0)!)).toBe(0)
  })
})
