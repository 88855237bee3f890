// Hostile inputs for bench/linear.mjs: `make(size)` returns about `size` UTF-16
// code units of text built to make regexes backtrack, parsers nest and loops
// rescan. `sizes` overrides the default pair (50 KB and 200 KB).
import {readFileSync, readdirSync} from 'node:fs'

const fill = (unit, size) => unit.repeat(Math.max(1, Math.ceil(size / unit.length)))
const wrap = (before, unit, after) => (size) => before + fill(unit, size) + after

// Backtick runs of growing length, none closed: `e` + "`"×1, `e` + "`"×2, …
function growingRuns(unit, size) {
  let text = ''
  for (let length = 1; text.length < size; length++) text += 'e' + unit.repeat(length)
  return text
}

const seeds = new URL('../seeds/', import.meta.url)
const corpus = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, seeds), 'utf8'))
  .join('\n\n')

export const inputs = [
  // Baseline: real pages, repeated.
  {name: 'seed pages', make: (size) => fill(corpus + '\n\n', size)},
  // Headings and hashtags.
  {name: '#', make: (size) => fill('#', size)},
  {name: '#a ', make: (size) => fill('#a ', size)},
  {name: '. #a hashtags', make: wrap('The end. ', '#a ', '')},
  // Whitespace: runs that end in text, so trailing-space regexes backtrack.
  {name: 'spaces', make: wrap('x', ' ', 'x')},
  {name: 'tabs', make: wrap('x', '\t', 'x')},
  {name: 'NBSP', make: wrap('x', '\u00A0', 'x')},
  {name: 'space tab NBSP', make: wrap('x', ' \t\u00A0\u3000', 'x')},
  {name: 'trailing spaces lines', make: (size) => fill('a   \t \n', size)},
  {name: 'blank lines', make: wrap('a', '\n \n\r\n', 'b')},
  // Markdown structure (CommonMark's pathological cases).
  {name: '[ nesting', make: (size) => fill('[', size / 2) + 'a' + fill(']', size / 2)},
  {name: '[', make: (size) => fill('[', size)},
  {name: '](', make: (size) => fill('](', size)},
  {name: '[a](<b unclosed', make: (size) => fill('[a](<b', size)},
  {name: '[a](b unclosed', make: (size) => fill('[a](b', size)},
  {name: '[ (](', make: (size) => fill('[ (](', size)},
  {name: '* nesting', make: (size) => fill('*', size / 2) + 'a' + fill('*', size / 2)},
  {name: '*a **a', make: (size) => fill('*a **a ', size)},
  {name: '_a openers', make: (size) => fill('_a ', size)},
  {name: 'a_ closers', make: (size) => fill('a_ ', size)},
  {name: '*a_ mismatched', make: (size) => fill('*a_ ', size)},
  {name: 'backtick runs', make: (size) => growingRuns('`', size)},
  {name: '> nesting', make: (size) => fill('> ', size) + 'a'},
  {name: '- nesting', make: (size) => fill('- ', size) + 'a'},
  {name: '<!-- unclosed', make: (size) => '</' + fill('<!--', size)},
  {name: '< run', make: (size) => fill('<a ', size)},
  {name: '\\ escapes', make: (size) => fill('\\*', size)},
  {name: 'link lines', make: (size) => fill('By [AFP](https://example.com/a_b) and [more](#)\n', size)},
  // Entities.
  {name: '&amp; run', make: (size) => fill('&amp;', size)},
  {name: '&amp;amp;… chain', make: (size) => '&' + fill('amp;', size) + 'rsquo;'},
  {name: '&# dangling', make: (size) => fill('&#', size)},
  {name: '&#1111… no ;', make: wrap('&#', '1', '')},
  {name: '&aaaa… no ;', make: wrap('&', 'a', '')},
  // Quotes, dashes, ellipses.
  {name: '" run', make: wrap('x', '"', 'x')},
  {name: '“ run', make: wrap('x', '\u201C', 'x')},
  {name: '." run', make: wrap('a b c d e f g h ', '."', 'x')},
  {name: '. then quotes', make: (size) => 'a b c d e f g h .' + fill('\u201D', size) + 'x'},
  {name: ' -- run', make: (size) => fill(' -- ', size)},
  {name: '– run', make: (size) => fill('\u2013', size)},
  {name: '… run', make: (size) => fill('\u2026', size)},
  // Mojibake and Unicode.
  {name: 'mojibake Ã©', make: (size) => fill('Ã©', size)},
  {name: 'mojibake â€™', make: (size) => fill('â€™', size)},
  {name: 'mojibake Ã run', make: (size) => fill('Ã', size)},
  {name: 'mojibake Ã‚ double', make: (size) => fill('Ã‚Â', size)},
  // Lines that leave doubts (a lead before a space) beside misread lines:
  // what a call learns about the whole text must not be learnt again per doubt.
  {name: 'mojibake lines, doubts between', make: (size) => fill('KYLLÄ SE\nÃ©tÃ©\n', size)},
  // Leads that lost their byte, to weigh in every word beside misread words,
  // alone inside lower-case words, or inside hashtags.
  {name: 'mojibake lone leads beside misread words', make: (size) => fill('É² aÉb ', size)},
  {name: 'mojibake stray leads', make: (size) => fill('abĚ abĹ ', size)},
  {name: 'mojibake leads in hashtags', make: (size) => fill('#abcÉd ', size)},
  // A run of three letters repeated, the only one outside ASCII, and three letters few write together.
  {name: 'mojibake repeated triples', make: (size) => fill('qaáťša ', size)},
  {name: 'mojibake triples of strangers', make: (size) => fill('káşšta ', size)},
  {name: 'combining marks', make: wrap('a', '\u0301', '')},
  {name: 'combining marks mixed', make: wrap('a', '\u0301\u0316', '')},
  {name: 'lone surrogates', make: (size) => fill('\uDC00a\uD800', size)},
  {name: 'NUL and controls', make: (size) => fill('\u0000a\u0007\u001B[0m', size)},
  {name: 'ANSI unterminated', make: wrap('\u001B[', '0', '')},
  {name: 'BOM and ZWSP', make: (size) => fill('\uFEFF\u200Ba', size)},
  {name: 'U+2028 U+2029', make: (size) => fill('a\u2028\u2029', size)},
  {name: 'CR', make: (size) => fill('a\r', size)},
  // Paragraphs: rejoining that grows one paragraph, a word that never ends.
  {name: 'dangling joins', make: (size) => fill('one two three four five six of\n\n', size)},
  {name: 'lowercase joins', make: (size) => fill('alpha beta gamma delta epsilon zeta\n', size)},
  {name: 'long word', make: (size) => 'a b c d e f ' + fill('a', size) + '-\nNext'},
  // Boilerplate rules: lines at their length limits.
  {name: 'date-like lines', make: (size) => fill('Updated 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 June 15, 2022 12:30 EST\n', size)},
  {name: 'by lines', make: (size) => fill(`By ${'Abc '.repeat(24)}\n`, size)},
  {name: 'url lines', make: (size) => fill(`https://${'a.'.repeat(900)}\n`, size)},
  // The large ones the issue names, at their own sizes.
  {name: 'one line, no break', sizes: [1_250_000, 5_000_000], make: (size) => fill('Lorem ipsum dolor sit amet, of the ', size)},
  {name: '"Log in" lines', sizes: [175_000, 700_000], make: (size) => fill('Log in\n', size)},
  // Widget lines between kept lines: every cut is made inside kept text.
  {name: 'story and "Log in" lines', make: (size) => fill('The council voted on the budget today.\nLog in\n', size)},
  {name: 'URL of a million dots', sizes: [250_000, 1_000_000], make: (size) => 'http://' + fill('.', size)},
  // The pipeline (issue #16): suffixes found in the normalized line and mapped back to
  // the source, lines classified again once cut or rejoined, markdown read as text is.
  {name: 'hashtag tails after entities', make: (size) => fill('He said.&#32;#a\u00A0#b &#35;c #d\u200B\n', size)},
  {name: 'one line, entities at both ends', make: (size) => '&amp;' + fill('x &amp; ', size) + '. #a #b #c&nbsp;'},
  {name: 'menus above broken sentences', make: (size) => fill('Menu\nHome\nWorld\nOfficials said on Monday that the\nbudget would pass. #a #b #c\n', size)},
  {name: 'rejoined en dashes', make: (size) => fill('one two three four five six said –\n', size)},
  {name: 'markdown entity line breaks', make: (size) => '[a](b) ' + fill('x&#10;&NewLine;&#x2028;', size)},
  {name: 'markdown kept emphasis', make: (size) => '[a](b) ' + fill('2*3*4 __a__ x*y*z ', size)},
  {name: 'markdown ordered years', make: (size) => '[a](b)\n\n' + fill('1989. The wall falls.\n\n', size)},
  {name: 'HTML block with blank lines', make: (size) => '<!--\n\n' + fill('x\n\n', size) + '-->'},
  {name: 'blank lines with stray CR', make: wrap('a', '\n\r \r\n', 'b')}
]
