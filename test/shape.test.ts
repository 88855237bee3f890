import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {endsInColon, endsInFullStop, endsSentence, isHeadline, isSentence, wordCount} from '../src/shape.js'
import {declarationLines} from './fixtures/udhr/index.mjs'

const lines = declarationLines()

describe('wordCount', () => {
  it.each([
    ['The storm moved east', 4, 4],
    ['spaces   between  words', 3, 3],
    // Unspaced scripts go through Intl.Segmenter: several words, not one (how many depends a little on ICU's dictionaries).
    ['嵐は東へ移動した', 4, 7],
    ['大雨で道路が冠水し、数千世帯が停電した。', 8, 14],
    ['ฝนตกหนักทั้งคืนและถนนหลายสายถูกน้ำท่วม', 7, 13],
    // Old Ethiopic writing parts words with ፡, not spaces.
    ['የሰው፡ልጅ፡ሁሉ፡ሲወለድ', 4, 4]
  ])('counts %j as %i to %i words', (text, least, most) => {
    expect(wordCount(text)).toBeGreaterThanOrEqual(least)
    expect(wordCount(text)).toBeLessThanOrEqual(most)
  })

  it('counts a run the segmenter cannot split by its length', () => {
    // Tai Tham: no dictionary, so one segment; estimated at one word per six code units.
    const run = 'ᨴᩩᨠᨤ᩠ᨶᩫᨾᩦᩈᩥᨴ᩠ᨵᩥᨶᩱᨠᩣ᩠ᩁᨳᩨᨠᩣ᩠ᩁᩁ᩠ᩅ᩵ᨾᨩᩣ᩠ᨲ'
    expect(wordCount(run)).toBe(Math.round(run.length / 6))
  })

  it('stops counting at the limit', () => {
    expect(wordCount('one two three four five six', 3)).toBe(3)
    expect(wordCount('人類社会のすべての構成員の固有の尊厳と平等で譲ることのできない権利', 4)).toBe(4)
  })

  it('finds several words in every long line of the 532 declarations, in every script', () => {
    const short = lines.filter((line) => Array.from(line.text).length >= 60 && wordCount(line.text) < 4)
    expect(short.map((line) => `${line.code}: ${line.text.slice(0, 40)}`)).toEqual([])
  })

  it('counts spaced text by its spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Zа-яё,.'-]{1,12}$/), {minLength: 1, maxLength: 30}), (words) => {
        expect(wordCount(words.join(' '))).toBe(words.length)
        expect(wordCount(words.join(' '), 5)).toBe(Math.min(5, words.length))
      })
    )
  })
})

describe('endsSentence', () => {
  it.each([
    ['He left.', 'English'],
    ['Did he leave?', 'English question'],
    ['"We will rebuild it."', 'closing quote'],
    ['«Он ушёл.»', 'guillemets after the stop'],
    ['We hope to see you soon! 🙂', 'an emoji after the stop'],
    ['He said so. (Reuters)', 'a short note after the stop'],
    ['大雨で道路が冠水した。', 'Japanese'],
    ['这是真的吗？', 'Chinese'],
    ['सभी मनुष्य स्वतंत्र पैदा होते हैं।', 'Hindi'],
    ['यह सच है॥', 'double danda'],
    ['یہ سچ ہے۔', 'Urdu'],
    ['هل هذا صحيح؟', 'Arabic'],
    ['Մարդիկ ծնվում են ազատ։', 'Armenian'],
    ['လူတိုင်း လွတ်လပ်စွာ မွေးဖွားလာသည်။', 'Burmese'],
    ['ሰው ሁሉ ነጻ ሆኖ ተወለደ።', 'Amharic'],
    ['មនុស្សទាំងអស់កើតមកមានសេរីភាព។', 'Khmer'],
    ['བོད་ཡིག་ནི་འདི་རེད།', 'Tibetan'],
    ['ᠬᠦᠮᠦᠨ ᠪᠦᠷ᠃', 'Mongolian'],
    ['ყველა ადამიანი იბადება თავისუფალი჻', 'Georgian paragraph separator']
  ])('ends %j (%s)', (text) => {
    expect(endsSentence(text)).toBe(true)
  })

  it.each([
    'Most read',
    'When the storm hit,',
    'Here is what changed:',
    'Done ✅',
    '2019',
    '',
    'A note (with a long aside that keeps going and going past any short credit)'
  ])('does not end %j', (text) => {
    expect(endsSentence(text)).toBe(false)
  })

  it('ends every line of the 532 declarations whose last mark is a sentence terminal', () => {
    const missed = lines.filter((line) => /\p{Sentence_Terminal}["'”’»›)\]}」』》〉】〕）\s]*$/u.test(line.text) && !endsSentence(line.text))
    expect(missed.map((line) => `${line.code}: ${line.text.slice(-30)}`)).toEqual([])
  })

  it('holds for any text followed by a terminal and closing marks', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('.', '!', '?', '。', '।', '։', '။', '።', '؟'),
        fc.constantFrom('', '"', '”', '»', ')', ' '),
        (text, stop, close) => {
          expect(endsSentence(text + stop + close)).toBe(true)
        }
      )
    )
  })
})

describe('isSentence, endsInColon, isHeadline', () => {
  it('reads a finished sentence of three words or more', () => {
    expect(isSentence('See you at the fair.')).toBe(true)
    expect(isSentence('Good.')).toBe(false)
    expect(isSentence('大雨で道路が冠水した。')).toBe(true)
  })

  it('tells a full stop from an ellipsis, a question and an exclamation', () => {
    for (const text of ['Kö.', 'Thanks.', '完了。', 'ठीक है।', 'Լավ։', '"Done."']) expect(endsInFullStop(text), text).toBe(true)
    for (const text of ['Loading...', 'All…', 'Why subscribe?', 'Sorry!', 'Most read', '本当？']) expect(endsInFullStop(text), text).toBe(false)
  })

  it('reads a line ending in a colon', () => {
    expect(endsInColon('What changed in this version:')).toBe(true)
    expect(endsInColon('今回の変更点：')).toBe(true)
    expect(endsInColon('Edition: International')).toBe(false)
  })

  it.each([
    'Storm floods roads and cuts power across the region',
    'Council votes to close the harbour bridge',
    '13-inch laptop gets a new keyboard next year',
    'Всеобщая декларация прав человека',
    '"No limits" friendship tested at summit'
  ])('calls %j a headline', (text) => {
    expect(isHeadline(text)).toBe(true)
  })

  it.each([
    'Heavy rain swept across the region on Tuesday.',
    'Most read',
    'and then the rain came down',
    '(Graphic: Global assets in 2019 - here)',
    'Here is what changed in this version:',
    'Shares of the company rose for a third day as investors cheered the results of the merger with its rival'
  ])('does not call %j a headline', (text) => {
    expect(isHeadline(text)).toBe(false)
  })
})
