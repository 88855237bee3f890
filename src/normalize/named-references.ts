import {characterEntities} from 'character-entities'

/**
 * @internal The 2,125 HTML5 named character references (`AElig` → `Æ`),
 * encoded small for bundles: 7 KB gzip where the same table as an object
 * literal is 11.7 KB (`npm run size`). Read by `namedReferences()` in
 * entities.ts. The data is character-entities' (wooorm's table of the WHATWG
 * list); this initializer only runs from source (tests). The build
 * (tsup.config.ts) replaces it with the string it returns, so dist/ ships the
 * encoded table, not character-entities and not this encoder.
 *
 * Entries are sorted by value, so a value is a small step from the one
 * before. Each run of names for one value is `[step][~second~]name[ name…]`,
 * runs separated by `,`: `step` is the decimal difference from the previous
 * value's first code point, left out when it is 1; `second` is the value's
 * second code point in base 36, for the 93 values of two characters (`&nvlt;`
 * is `<` and U+20D2). Names never start with a digit, so a step needs no
 * separator.
 */
export const namedReferenceTable: string = encodeNamedReferences(characterEntities)

function encodeNamedReferences(table: Readonly<Record<string, string>>): string {
  const entries = Object.entries(table).map(([name, value]) => ({name, first: value.codePointAt(0)!, second: secondCodePoint(value)}))
  entries.sort((a, b) => a.first - b.first || a.second - b.second || (a.name < b.name ? -1 : 1))
  const runs: string[] = []
  let previous: (typeof entries)[number] | undefined
  for (const entry of entries) {
    if (previous && previous.first === entry.first && previous.second === entry.second) {
      runs[runs.length - 1] += ` ${entry.name}`
    } else {
      const step = entry.first - (previous?.first ?? 0)
      runs.push(`${step === 1 ? '' : step}${entry.second === -1 ? '' : `~${entry.second.toString(36)}~`}${entry.name}`)
    }
    previous = entry
  }
  return runs.join(',')
}

// The second code point of a two-character value, or -1 for one character.
function secondCodePoint(value: string): number {
  const [, second, ...rest] = [...value]
  if (rest.length > 0) throw new RangeError(`A named reference of more than two characters: ${JSON.stringify(value)}`)
  return second === undefined ? -1 : second.codePointAt(0)!
}
