// Reading Unicode CLDR (npm `cldr-misc-full`, `cldr-core`; Unicode-3.0
// licence) for the scripts that derive copydesk's tables from it
// (letter-commonness.mjs, letter-languages.mjs): each language's exemplar
// characters and its literate speakers. Development only: the package ships
// the derived tables, not CLDR.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

const require = createRequire(import.meta.url)
const misc = join(dirname(require.resolve('cldr-misc-full/package.json')), 'main')
const core = dirname(require.resolve('cldr-core/package.json'))

/** The CLDR release the data comes from. */
export const cldrVersion = JSON.parse(readFileSync(join(core, 'package.json'), 'utf8')).version

/** Literate speakers of each language (base subtag), summed over the territories CLDR gives populations for. */
export function literateWriters() {
  const territories = JSON.parse(readFileSync(join(core, 'supplemental', 'territoryInfo.json'), 'utf8')).supplemental.territoryInfo
  const writers = new Map()
  for (const territory of Object.values(territories)) {
    const literate = Number(territory._population) * (Number(territory._literacyPercent ?? 100) / 100)
    for (const [language, entry] of Object.entries(territory.languagePopulation ?? {})) {
      const base = language.split('_')[0]
      writers.set(base, (writers.get(base) ?? 0) + (literate * Number(entry._populationPercent)) / 100)
    }
  }
  return writers
}

/**
 * Every language's exemplar characters (a language's regional variants count
 * once), as code points: `main` and `auxiliary` sets, each character also in
 * lower and upper case and composed, where that is one code point.
 */
export function exemplars() {
  const languages = []
  for (const locale of readdirSync(misc)) {
    if (locale.includes('-')) continue
    const characters = JSON.parse(readFileSync(join(misc, locale, 'characters.json'), 'utf8')).main[locale].characters
    languages.push({locale, main: codePoints(characters.exemplarCharacters), auxiliary: codePoints(characters.auxiliary)})
  }
  return languages
}

function codePoints(set) {
  const found = new Set()
  if (!set) return found
  for (const character of members(set))
    for (const form of [character, character.toLowerCase(), character.toUpperCase(), character.normalize('NFC')])
      if ([...form].length === 1) found.add(form.codePointAt(0))
  return found
}

// The characters of a CLDR UnicodeSet such as `[aàâ b cç {ch} \u0300 a-z]`; sequences in braces are skipped.
function members(set) {
  const body = set
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/\{[^}]*\}/g, ' ')
  const characters = []
  for (let index = 0; index < body.length; ) {
    let character
    if (body[index] === '\\' && body[index + 1] === 'u') {
      character = String.fromCodePoint(Number.parseInt(body.slice(index + 2, index + 6), 16))
      index += 6
    } else if (body[index] === '\\') {
      character = body[index + 1]
      index += 2
    } else {
      character = String.fromCodePoint(body.codePointAt(index))
      index += character.length
    }
    characters.push(character)
  }
  const found = new Set()
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index]
    if (character === '-' && index > 0 && index + 1 < characters.length && characters[index - 1] !== ' ' && characters[index + 1] !== ' ') {
      const from = characters[index - 1].codePointAt(0)
      const to = characters[index + 1].codePointAt(0)
      for (let code = from; code <= to && code - from < 0x10000; code++) found.add(String.fromCodePoint(code))
      index++
    } else if (character !== ' ') found.add(character)
  }
  return found
}

/** Writes `source` to `file` (a URL), or with `--check` fails if the file holds something else. */
export function writeGenerated(file, source, script) {
  if (!process.argv.includes('--check')) return writeFileSync(file, source)
  if (readFileSync(file, 'utf8') === source) return
  console.error(`${file.pathname} is not what ${script} writes: run it`)
  process.exit(1)
}
