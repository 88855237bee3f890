import {describe, expect, it} from 'vitest'
import {clean} from '../src/index.js'
import {commentClosing, commentHeading, commentInvitation, commentSection} from '../src/boilerplate/rules-i18n.js'
import {type Declaration, declarationLines, declarations} from './fixtures/udhr/index.mjs'

// The tail of an article: comment sections and teaser cards below the story (issue #13).

const story = {
  en: [
    'The ferry company said on Monday that the night crossing to the islands will stop for the winter because too few people used it last year.',
    'Islanders who work on the mainland said the morning boat is now their only way to reach their jobs, and several asked the council to step in.',
    'The council said it would meet the company next week and publish what it learns before the end of the month.'
  ],
  de: [
    'Die Stadtwerke haben am Montag angekündigt, dass die Straßenbahn in der Altstadt ab März wieder im Zehn-Minuten-Takt fahren soll.',
    'Während der Bauarbeiten an den Gleisen hatten Fahrgäste monatelang auf Busse umsteigen müssen, die oft im Stau standen.',
    'Der Verkehrsausschuss will den neuen Fahrplan in seiner nächsten Sitzung beraten und danach veröffentlichen.'
  ],
  es: [
    'El ayuntamiento anunció el lunes que la biblioteca del barrio abrirá también los domingos a partir del próximo mes.',
    'Los vecinos llevaban años pidiendo un horario más amplio, sobre todo los estudiantes que preparan exámenes en invierno.',
    'La concejala de cultura dijo que la ampliación se pagará con el presupuesto que sobró de las obras del mercado.'
  ],
  ko: [
    '시는 월요일에 다음 달부터 강변 자전거 도로를 밤 열 시까지 밝히는 가로등을 새로 설치한다고 밝혔다.',
    '그동안 퇴근길에 자전거를 타는 시민들은 어두운 구간이 위험하다며 여러 차례 민원을 넣었다.',
    '시는 공사가 끝나는 대로 구간별 이용자 수를 조사해 결과를 공개할 계획이다.'
  ]
}

function removedBy(text: string, rule: string): string[] {
  return clean(text)
    .removed.filter((removal) => removal.rule === rule)
    .map((removal) => removal.text)
}

describe('comment section after the story', () => {
  it.each([
    [
      'en',
      story.en,
      [
        'Top Rated Comments',
        'I took that night boat every Friday for years and it was never more than half full.',
        'They could at least keep it running in the summer months when the visitors come.',
        'Agreed.',
        '[ Read All Comments ]'
      ]
    ],
    [
      'de',
      story.de,
      [
        'Leserkommentare',
        'Endlich! Der Bus hat mich jeden Morgen eine halbe Stunde gekostet.',
        'Mal sehen, ob der Takt im Sommer auch gehalten wird.',
        'Alle Kommentare anzeigen'
      ]
    ],
    [
      'es',
      story.es,
      ['Comentarios de los lectores', 'Por fin, mi hija estudia allí todos los fines de semana.', 'Ojalá abran también por la noche.', 'Ver más comentarios']
    ],
    ['es, below the last paragraph, to the end', story.es, ['Deja un comentario', '¡Por fin!', 'Ojalá abran de noche', 'Nombre', 'Correo electrónico']],
    ['ko', story.ko, ['댓글 12', '드디어 밤에도 안심하고 탈 수 있겠네요.', '다리 밑 구간도 꼭 포함해 주세요.', '댓글 더보기']]
  ])('removes the heading, the posts and the closing line (%s)', (_, body, comments) => {
    const text = [...body, ...comments].join('\n\n')
    const result = clean(text)
    expect(removedBy(text, 'comment-section').length).toBeGreaterThanOrEqual(comments.length - 1)
    for (const line of body) expect(result.text).toContain(line)
    for (const line of comments) expect(result.text).not.toContain(line)
    expect(result.removed.find((removal) => removal.rule === 'comment-section')?.kind).toBe('widget')
  })

  it('keeps what follows the closing line to the edge rules, and the story whole', () => {
    const text = [...story.en, 'Comments', 'Nice to see this covered.', 'Load more comments', 'Privacy Policy', 'Terms of Use'].join('\n')
    const result = clean(text)
    expect(result.text).toBe(story.en.join('\n'))
  })

  it('keeps a subheading naming comments when no closing line follows', () => {
    const section = [
      'Comments',
      'Residents had until Friday to send their views on the timetable, and the council received more than four hundred letters.',
      'Most asked for a later last boat rather than an earlier first one.'
    ]
    const text = [...story.en, ...section].join('\n\n')
    expect(clean(text).removed).toEqual([])
  })

  it('takes the heading nearest the closing line, not a counter under the first paragraph', () => {
    const text = [story.en[0], '12 Comments', story.en[1], story.en[2], 'Comments', 'Good news for the islands.', 'View all comments'].join('\n\n')
    const result = clean(text)
    for (const line of story.en) expect(result.text).toContain(line)
    expect(result.text).not.toContain('Good news for the islands.')
  })

  // Sites put a comment count or a call to comment under the headline and a
  // link to the comments after the story: the whole story stands between them.
  it.each([
    ['Comments', 'View all comments'],
    ['12 Comments', 'Load more comments'],
    ['Leave a comment', 'Show all comments'],
    ['Kommentare (3)', 'Alle Kommentare anzeigen'],
    ['댓글 5', '댓글 더보기']
  ])('keeps every declaration whole between “%s” under its first paragraph and “%s” after its last', (marker, closing) => {
    const taken: string[] = []
    for (const declaration of declarations()) {
      const blocks = declaration.blocks.map((block) => block.text)
      if (blocks.length < 4) continue
      const result = clean([...blocks.slice(0, 2), marker, ...blocks.slice(2), closing].join('\n\n'))
      for (const removal of result.removed) {
        if (removal.rule === 'comment-section' && removal.text.trim() !== marker && removal.text.trim() !== closing)
          taken.push(`${declaration.code}: ${removal.text}`)
      }
    }
    expect(taken).toEqual([])
  })

  it('reads a comment word in a share bar as a button, not a heading', () => {
    const text = [story.en[0], 'Share', 'Comments', 'Print', story.en[1], story.en[2], 'Nice to see this covered.', 'Load more comments'].join('\n\n')
    const result = clean(text)
    for (const line of story.en) expect(result.text).toContain(line)
  })

  it('leaves the story whole when a call to comment with no closing line stands between its paragraphs', () => {
    const text = [story.en[0], 'Leave a comment', story.en[1], story.en[2], story.es[0], story.es[1]].join('\n\n')
    const result = clean(text)
    for (const line of [...story.en, story.es[0], story.es[1]]) expect(result.text).toContain(line)
  })

  it('finds no comment heading or closing line among the 532 declarations', () => {
    const matches = declarationLines().filter(({text}) => {
      const line = text.trim()
      return line.length <= 60 && (commentSection.test(line) || commentInvitation.test(line) || commentHeading.test(line) || commentClosing.test(line))
    })
    expect(matches).toEqual([])
  })

  // A declaration's last articles under a heading that names comments in its language: the prose is the article.
  const commentWords: Record<string, string> = {
    eng: 'Comments',
    deu_1996: 'Kommentare',
    fra: 'Commentaires',
    spa: 'Comentarios',
    por_BR: 'Comentários',
    ita: 'Commenti',
    rus: 'Комментарии',
    kor: '댓글',
    jpn: 'コメント',
    cmn_hans: '评论'
  }
  it.each(Object.entries(commentWords))('keeps every article of %s under a heading “%s”', (code, word) => {
    const declaration = declarations().find((candidate) => candidate.code === code)!
    const blocks = declaration.blocks.map((block) => block.text)
    const text = [...blocks.slice(0, -6), word, ...blocks.slice(-6)].join('\n\n')
    const result = clean(text)
    const removed = result.removed.map((removal) => removal.text)
    for (const block of blocks) expect(removed).not.toContain(block)
    expect(result.removed.filter((removal) => removal.rule === 'comment-section')).toEqual([])
  })
})

describe('teaser cards after the story', () => {
  const cards = {
    en: [
      'Harbour pool reopens after two years of repairs',
      'Swimmers get a heated lane and longer evening hours',
      'Lighthouse keeper retires after forty winters',
      'She kept a logbook of every storm since 1984.',
      'Night market moves to the old fish hall',
      'Stallholders say the roof will finally keep the rain off',
      'Island school wins regional chess final',
      'Four pupils beat teams from schools ten times their size'
    ],
    de: [
      'Neue Radwege am Kanal sollen im Mai fertig sein',
      'Die Stadt verspricht breitere Spuren und bessere Beleuchtung',
      'Bäckerei am Markt schließt nach neunzig Jahren',
      'Die Enkelin sucht einen Nachfolger für den Laden',
      'Hochwasser: Pegel am Pegelhaus sinkt langsam',
      'Die Feuerwehr rechnet mit einer ruhigen Nacht',
      'Stadtbibliothek verleiht jetzt auch Werkzeug',
      'Bohrmaschinen und Leitern gibt es für zwei Wochen'
    ],
    es: [
      'El mercado central amplía su horario en verano',
      'Los puestos abrirán hasta las diez de la noche',
      'Una vecina de 102 años recibe la medalla del barrio',
      'Lleva medio siglo cuidando el jardín de la plaza',
      'Cortes de tráfico por la carrera popular del domingo',
      'El recorrido pasará por el puerto y el casco antiguo',
      'La piscina municipal estrena tobogán',
      'Las entradas para niños bajan a un euro'
    ]
  }

  it.each(Object.entries(cards))('removes cards with deks below share buttons (%s)', (language, lines) => {
    const body = story[language as keyof typeof story] ?? story.en
    const text = [...body, 'Facebook', 'Twitter', ...lines].join('\n')
    const result = clean(text)
    for (const line of lines) expect(result.text).not.toContain(line)
    for (const line of body) expect(result.text).toContain(line)
    expect(removedBy(text, 'related-run')).toEqual(lines)
  })

  it('removes cards parted by dashes below an ad, where finished deks read as paragraphs', () => {
    const lines = cards.en.flatMap((line, index) => (index % 2 === 0 ? ['-', line] : [line]))
    // Two finished deks of eight: the story's last paragraph is found above the cards.
    lines[8] = 'Stallholders say the roof will finally keep the rain off this winter, after years of complaints.'
    const text = [...story.en, 'Advertisement', ...lines].join('\n')
    const result = clean(text)
    for (const line of lines.filter((line) => line !== '-')) expect(result.text).not.toContain(line)
    for (const line of story.en) expect(result.text).toContain(line)
  })

  it('keeps a story’s last sections, each a subheading and one finished paragraph, below an ad', () => {
    const sections = [
      'What the ferry company says now',
      'The company said the crossing lost money on four nights out of five.',
      'What the islanders want instead',
      'Several residents asked for a smaller boat on weekday nights.',
      'What happens next for the night crossing',
      'The council meets the company on Thursday.'
    ]
    for (const anchor of ['Advertisement', 'More stories', 'Facebook']) {
      const text = [...story.en, anchor, ...sections].join('\n')
      const result = clean(text)
      for (const line of [...story.en, ...sections]) expect(result.text).toContain(line)
    }
  })

  it('keeps a numbered list of products with their links', () => {
    const list = ['1) Blue kayak for two paddlers', 'https://shop.example/kayak', '2) Dry bag in three sizes', 'https://shop.example/bag']
    const items = [...list, '3) Waterproof map of the bay', 'https://shop.example/map', '4) Folding seat with back rest', 'https://shop.example/seat']
    const text = [...story.en, 'Advertisement', ...items].join('\n')
    const result = clean(text)
    for (const line of items.filter((line) => !line.startsWith('https'))) expect(result.text).toContain(line)
  })

  // Each declaration's last paragraphs as subheading + paragraph pairs after the rest; the subheading is made
  // of the paragraph's first words, so it is headline-shaped in every script that spaces its words.
  function laidOut(blocks: Declaration['blocks'], anchor: string | undefined): {text: string; own: string[]} {
    const last = blocks
      .map((block, index) => (block.kind === 'paragraph' ? index : -1))
      .filter((index) => index >= 0)
      .slice(-4)
    const rest = blocks.filter((_, index) => !last.includes(index)).map((block) => block.text)
    const pairs = last.flatMap((index) => {
      const paragraph = blocks[index]!.text
      const heading = paragraph
        .split(/\s+/)
        .slice(0, 6)
        .join(' ')
        .replace(/[\p{P}\s]+$/u, '')
      return /\p{L}/u.test(heading) && heading !== paragraph ? [heading, paragraph] : [paragraph]
    })
    return {text: [...rest, ...(anchor ? [anchor] : []), ...pairs].join('\n'), own: [...rest, ...pairs]}
  }

  it.each([
    ['no line', undefined],
    ['a label', 'More stories'],
    ['an ad', 'Advertisement'],
    ['a share button', 'Facebook']
  ])('keeps every character of the 532 declarations laid out as sections, with %s above them', (_, anchor) => {
    const losing: string[] = []
    for (const declaration of declarations()) {
      const {text, own} = laidOut(declaration.blocks, anchor)
      // A declaration the package holds as placeholders ("&1") has no prose to lose.
      const removed = clean(text).removed.filter((removal) => own.includes(removal.text) && /\p{L}/u.test(removal.text))
      if (removed.length > 0) losing.push(`${declaration.code}: ${removed[0]!.rule} ${removed[0]!.text.slice(0, 40)}`)
    }
    expect(losing).toEqual([])
  })
})

describe('comment sections and teaser cards: a second pass', () => {
  const teasers = ['Harbour pool reopens after two years of repairs', 'Swimmers get a heated lane', 'Lighthouse keeper retires after forty winters']
  const more = ['She kept a logbook of every storm since 1984.', 'Night market moves to the old fish hall', 'Stallholders say the roof will keep the rain off']
  it.each([
    ['comments, then a footer', [...story.en, 'Top Rated Comments', 'Agreed, the boat was never full.', '[ Read All Comments ]', 'Privacy / Terms / Contact']],
    ['cards with a finished dek, dates and a footer', [...story.en, 'Advertisement', ...teasers, ...more, 'Sun Nov 24', 'Privacy / Terms / Contact']],
    ['comments with a paragraph below them', [...story.de, 'Kommentare', 'Endlich!', 'Alle Kommentare anzeigen', story.es[0]!]]
  ])('removes nothing more from the output of %s', (_, lines) => {
    const once = clean(lines.join('\n'))
    const twice = clean(once.text)
    expect(twice.removed).toEqual([])
    expect(twice.text).toBe(once.text)
  })
})
