import type {Rule} from './rule.js'

/**
 * Interface words by language, as data: buttons, menu items and labels that
 * are boilerplate when they stand alone on a line. `account` words (log in,
 * register, subscribe) are junk on their own; `interface` words are junk only
 * next to other junk, or in a widget block at the edge of the story.
 *
 * @example
 * uiVocabulary.de.account.includes('anmelden') // => true
 * Object.keys(uiVocabulary) // => ['en', 'fr', 'de', 'es', 'pt', 'it', 'ru']
 */
export const uiVocabulary = {
  en: {
    account: ['log in', 'sign in', 'sign up', 'log out', 'sign out', 'my account', 'create account', 'subscribe', 'register'],
    interface: [
      'home',
      'menu',
      'search',
      'close',
      'share',
      'print',
      'email',
      'comments',
      'more',
      'next',
      'previous',
      'back',
      'top',
      'gallery',
      'video',
      'videos',
      'photos',
      'podcasts',
      'newsletters',
      'contact',
      'about',
      'advertise',
      'careers',
      'privacy',
      'terms',
      'help',
      'archive',
      'archives',
      'sections',
      'subscriptions',
      'accept',
      'refuse',
      'learn more',
      'follow us',
      'rss feed'
    ]
  },
  fr: {
    account: [
      'connexion',
      'se connecter',
      'se déconnecter',
      'déconnexion',
      "s'inscrire",
      'inscription',
      'mon compte',
      'créer un compte',
      "s'abonner",
      'abonnez-vous',
      'mot de passe oublié'
    ],
    interface: [
      'accueil',
      'menu',
      'rechercher',
      'recherche',
      'fermer',
      'partager',
      'imprimer',
      'commentaires',
      'suivant',
      'précédent',
      'retour',
      'haut de page',
      'plus',
      'voir plus',
      'lire la suite',
      'en savoir plus',
      'accepter',
      'refuser',
      'continuer',
      'contact',
      'nous contacter',
      'mentions légales',
      'confidentialité',
      'suivez-nous',
      'vidéos',
      'photos'
    ]
  },
  de: {
    account: ['anmelden', 'abmelden', 'einloggen', 'ausloggen', 'registrieren', 'mein konto', 'konto erstellen', 'abonnieren', 'passwort vergessen'],
    interface: [
      'startseite',
      'menü',
      'suche',
      'suchen',
      'schließen',
      'teilen',
      'drucken',
      'kommentare',
      'weiter',
      'zurück',
      'nach oben',
      'mehr',
      'mehr anzeigen',
      'weiterlesen',
      'mehr erfahren',
      'akzeptieren',
      'ablehnen',
      'kontakt',
      'impressum',
      'datenschutz',
      'folgen sie uns',
      'videos',
      'bilder'
    ]
  },
  es: {
    account: ['iniciar sesión', 'cerrar sesión', 'registrarse', 'regístrate', 'mi cuenta', 'crear cuenta', 'suscríbete', 'suscribirse', 'olvidé mi contraseña'],
    interface: [
      'inicio',
      'portada',
      'menú',
      'buscar',
      'cerrar',
      'compartir',
      'imprimir',
      'comentarios',
      'siguiente',
      'anterior',
      'volver',
      'volver arriba',
      'más',
      'ver más',
      'leer más',
      'seguir leyendo',
      'aceptar',
      'rechazar',
      'contacto',
      'aviso legal',
      'privacidad',
      'síguenos',
      'vídeos',
      'fotos'
    ]
  },
  pt: {
    account: [
      'entrar',
      'sair',
      'iniciar sessão',
      'cadastre-se',
      'cadastrar',
      'registrar',
      'minha conta',
      'criar conta',
      'assine',
      'assinar',
      'esqueci minha senha'
    ],
    interface: [
      'início',
      'página inicial',
      'menu',
      'buscar',
      'pesquisar',
      'fechar',
      'compartilhar',
      'compartilhe',
      'imprimir',
      'comentários',
      'próximo',
      'anterior',
      'voltar',
      'voltar ao topo',
      'mais',
      'ver mais',
      'leia mais',
      'saiba mais',
      'aceitar',
      'recusar',
      'contato',
      'fale conosco',
      'privacidade',
      'siga-nos',
      'vídeos',
      'fotos'
    ]
  },
  it: {
    account: ['accedi', 'esci', 'registrati', 'iscriviti', 'il mio account', 'crea account', 'abbonati', 'password dimenticata'],
    interface: [
      'home page',
      'menu',
      'cerca',
      'chiudi',
      'condividi',
      'stampa',
      'commenti',
      'successivo',
      'precedente',
      'indietro',
      'torna su',
      'altro',
      'mostra altro',
      'leggi di più',
      'leggi tutto',
      'scopri di più',
      'accetta',
      'rifiuta',
      'contatti',
      'note legali',
      'privacy',
      'seguici',
      'video',
      'foto'
    ]
  },
  ru: {
    account: ['войти', 'выйти', 'вход', 'выход', 'регистрация', 'зарегистрироваться', 'личный кабинет', 'мой аккаунт', 'подписаться', 'забыли пароль?'],
    interface: [
      'главная',
      'меню',
      'поиск',
      'найти',
      'закрыть',
      'поделиться',
      'печать',
      'комментарии',
      'далее',
      'назад',
      'наверх',
      'ещё',
      'еще',
      'показать ещё',
      'читать далее',
      'подробнее',
      'принять',
      'отклонить',
      'контакты',
      'о нас',
      'реклама',
      'политика конфиденциальности',
      'подписывайтесь',
      'видео',
      'фото'
    ]
  }
} as const satisfies Record<string, {account: readonly string[]; interface: readonly string[]}>

/** A language code of {@link uiVocabulary}. */
export type VocabularyLanguage = keyof typeof uiVocabulary

/**
 * What a widget's counter counts, by language: a line that is only a number
 * and one of these words ("1.2K shares", "12 Kommentare", "댓글 3") is a
 * share button's or a comment link's counter. `shares` are share, like and
 * reaction counts; `comments` are comment, reply and view counts.
 *
 * @example
 * counterVocabulary.pt.shares.includes('compartilhamentos') // => true
 */
const counterVocabulary = {
  en: {shares: ['shares', 'share', 'likes', 'reactions', 'retweets', 'pins'], comments: ['comments', 'comment', 'replies', 'views', 'reads']},
  fr: {shares: ['partages', 'partage', "j'aime", 'réactions'], comments: ['commentaires', 'commentaire', 'réponses', 'vues', 'lectures']},
  de: {shares: ['geteilt', 'mal geteilt', 'teilungen', 'likes', 'reaktionen'], comments: ['kommentare', 'kommentar', 'antworten', 'aufrufe']},
  es: {shares: ['compartidos', 'veces compartido', 'me gusta', 'reacciones'], comments: ['comentarios', 'comentario', 'respuestas', 'visitas', 'lecturas']},
  pt: {
    shares: ['compartilhamentos', 'compartilhamento', 'partilhas', 'curtidas', 'reações'],
    comments: ['comentários', 'comentário', 'respostas', 'visualizações', 'leituras']
  },
  it: {shares: ['condivisioni', 'mi piace', 'reazioni'], comments: ['commenti', 'commento', 'risposte', 'visualizzazioni', 'letture']},
  ru: {
    shares: ['репостов', 'репоста', 'репост', 'лайков', 'лайка', 'лайк'],
    comments: ['комментариев', 'комментария', 'комментарий', 'ответов', 'просмотров', 'просмотра', 'просмотр']
  },
  ko: {shares: ['공유', '좋아요', '추천'], comments: ['댓글', '조회', '조회수', '답글']},
  ja: {shares: ['シェア', 'いいね'], comments: ['コメント', '閲覧数']},
  zh: {shares: ['分享', '点赞'], comments: ['评论', '阅读', '浏览']}
} as const satisfies Record<string, {shares: readonly string[]; comments: readonly string[]}>

/**
 * Headings over a list of links to other stories, by language (English ones
 * are the rule `related-heading`): "Les plus lus", "Meistgelesen",
 * "Lo más leído", "Mais lidas", "Самое читаемое", "많이 본 뉴스", "関連記事".
 *
 * @example
 * relatedHeadings.de.includes('meistgelesen') // => true
 */
const relatedHeadings = {
  fr: [
    'les plus lus',
    'les plus partagés',
    'les plus commentés',
    'à lire aussi',
    'à lire également',
    'sur le même sujet',
    'dans la même rubrique',
    'articles similaires'
  ],
  de: [
    'meistgelesen',
    'meistgelesene artikel',
    'meist gelesen',
    'weitere artikel',
    'weitere beiträge',
    'ähnliche artikel',
    'das könnte sie auch interessieren',
    'auch interessant'
  ],
  es: [
    'lo más leído',
    'lo más visto',
    'más leídas',
    'más noticias',
    'noticias relacionadas',
    'te puede interesar',
    'también te puede interesar',
    'artículos relacionados'
  ],
  pt: [
    'mais lidas',
    'mais lidos',
    'mais vistas',
    'veja também',
    'notícias relacionadas',
    'matérias relacionadas',
    'você também pode gostar',
    'você pode gostar'
  ],
  it: ['i più letti', 'più letti', 'articoli correlati', 'potrebbe interessarti', 'ti potrebbe interessare', 'notizie correlate'],
  ru: ['самое читаемое', 'самое популярное', 'похожие статьи', 'новости по теме', 'другие новости', 'рекомендуем прочитать'],
  ko: ['많이 본 뉴스', '많이 본 기사', '인기 기사', '관련 기사', '관련기사', '추천 기사'],
  ja: ['関連記事', '人気記事', 'おすすめ記事', 'こちらもおすすめ', 'アクセスランキング'],
  zh: ['相关新闻', '相关阅读', '相关文章', '热门文章', '热门新闻', '推荐阅读', '延伸阅读']
} as const satisfies Record<string, readonly string[]>

const regexSyntax = /[.*+?^${}()|[\]\\]/g

/** An alternation of phrases, longest first, spaces matching one space. */
function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((phrase) => phrase.replace(regexSyntax, '\\$&'))
    .join('|')
}

const languages = Object.values(uiVocabulary)
const account = alternation(languages.flatMap((words) => words.account))
const interfaceWords = alternation(languages.flatMap((words) => [...words.interface, ...words.account]))

/**
 * A line made only of interface words in any language of
 * {@link uiVocabulary} (up to four, with separators): the widget signal the
 * edge detection counts.
 *
 * @example
 * interfaceLine.test('Startseite | Suche') // => true
 */
export const interfaceLine = new RegExp(`^(?:[•·▪◦*>|/-] ?)?(?:${interfaceWords})(?:[ |/•·,]{1,3}(?:${interfaceWords})){0,3}\\s?(?:[»›>↑]|\\.{3}|…)?$`, 'iu')

const counterValues = Object.values(counterVocabulary)
// A count as pages print it: "12", "1,234", "1.2K", "3 тыс.", "1만".
const count = String.raw`\d{1,3}(?:[.,  ]\d{3}){0,3}(?:[.,]\d{1,2})?\s?(?:[kmb]|тыс\.?|млн|만|천|万|千)?\+?`

/** A line that is a count and a word of `words`, either way round ("12 comments", "Comments: 12", "댓글 3"). */
function counterLine(words: Iterable<string>): RegExp {
  const alternatives = alternation(words)
  return new RegExp(`^(?:[•·|] ?)?(?:${count} ?(?:${alternatives})|(?:${alternatives}) ?[:：(]? ?${count}\\)?)$`, 'iu')
}

/**
 * Rules built from {@link uiVocabulary}, {@link counterVocabulary} and
 * {@link relatedHeadings}; spread at the end of `defaultRules`.
 *
 * @example
 * i18nRules.map((rule) => rule.name) // => ['account-i18n', 'interface-i18n', 'share-counter', 'comment-counter', 'related-heading-i18n']
 */
export const i18nRules: readonly Rule[] = [
  {
    name: 'account-i18n',
    kind: 'widget',
    description: 'A login, account or subscribe button in any supported language ("Anmelden", "Connexion", "Iniciar sesión", "Войти", "Подписаться")',
    pattern: new RegExp(`^(?:${account})[.!]?$`, 'iu'),
    maxLength: 60
  },
  {
    name: 'interface-i18n',
    kind: 'widget',
    description: 'Interface words in any supported language, junk only next to other junk ("Startseite", "Partager", "Compartir", "Поделиться")',
    pattern: interfaceLine,
    scope: 'run',
    maxLength: 80
  },
  {
    name: 'share-counter',
    kind: 'share',
    description: 'A share, like or reaction counter in any supported language ("1.2K shares", "34 compartilhamentos", "공유 12")',
    pattern: counterLine(counterValues.flatMap((words) => words.shares)),
    maxLength: 40
  },
  {
    name: 'comment-counter',
    kind: 'widget',
    description: 'A comment, reply or view counter in any supported language ("12 Kommentare", "Comentários (3)", "댓글 5", "1,204 views")',
    pattern: counterLine(counterValues.flatMap((words) => words.comments)),
    maxLength: 40
  },
  {
    name: 'related-heading-i18n',
    kind: 'related-link',
    description: 'A heading over links to other stories in another language ("Les plus lus", "Meistgelesen", "Lo más leído", "Самое читаемое", "関連記事")',
    pattern: new RegExp(`^(?:${alternation(Object.values(relatedHeadings).flat())})\\s?(?::|：|\\.{3}|…)?$`, 'iu'),
    maxLength: 60
  }
]

/**
 * The heading over a comment section and the line that closes it, by
 * language, as data. `section` phrases head a list of readers' posts ("Top
 * Rated Comments", "Leserkommentare"). `heading` words ("Comments", "12
 * Comments") and `invitation` phrases ("Leave a comment") are links and
 * counters as often as headings: sites put them under the headline too, so
 * they head a comment section only below the story's last paragraph.
 *
 * @example
 * commentVocabulary.de.closing.includes('alle kommentare anzeigen') // => true
 */
const commentVocabulary = {
  en: {
    heading: ['comments', 'comment'],
    section: ['top rated comments', 'top comments', 'reader comments', "readers' comments", 'latest comments', 'newest comments'],
    invitation: ['leave a comment', 'post a comment', 'add a comment', 'write a comment', 'leave a reply'],
    closing: [
      'read all comments',
      'view all comments',
      'see all comments',
      'show all comments',
      'load more comments',
      'show more comments',
      'view more comments',
      'read more comments'
    ]
  },
  fr: {
    heading: ['commentaires'],
    section: ['vos commentaires', 'derniers commentaires'],
    invitation: ['laisser un commentaire', 'laissez un commentaire', 'ajouter un commentaire', 'écrire un commentaire'],
    closing: ['voir tous les commentaires', 'lire tous les commentaires', 'afficher plus de commentaires', 'voir plus de commentaires']
  },
  de: {
    heading: ['kommentare'],
    section: ['leserkommentare', 'neueste kommentare'],
    invitation: ['kommentar schreiben', 'schreiben sie einen kommentar', 'kommentar verfassen'],
    closing: ['alle kommentare anzeigen', 'alle kommentare lesen', 'alle kommentare', 'mehr kommentare laden', 'weitere kommentare laden']
  },
  es: {
    heading: ['comentarios'],
    section: ['últimos comentarios', 'comentarios de los lectores'],
    invitation: ['deja un comentario', 'deja tu comentario', 'escribe un comentario'],
    closing: ['ver todos los comentarios', 'leer todos los comentarios', 'cargar más comentarios', 'ver más comentarios']
  },
  pt: {
    heading: ['comentários'],
    section: ['últimos comentários', 'comentários dos leitores'],
    invitation: ['deixe um comentário', 'deixe seu comentário', 'escreva um comentário'],
    closing: ['ver todos os comentários', 'ler todos os comentários', 'carregar mais comentários', 'ver mais comentários']
  },
  it: {
    heading: ['commenti'],
    section: ['ultimi commenti', 'commenti dei lettori'],
    invitation: ['lascia un commento', 'scrivi un commento', 'aggiungi un commento'],
    closing: ['leggi tutti i commenti', 'vedi tutti i commenti', 'mostra altri commenti', 'carica altri commenti']
  },
  ru: {
    heading: ['комментарии'],
    section: ['последние комментарии', 'комментарии читателей'],
    invitation: ['оставить комментарий', 'оставьте комментарий', 'написать комментарий', 'добавить комментарий'],
    closing: ['все комментарии', 'показать все комментарии', 'читать все комментарии', 'показать ещё комментарии', 'показать еще комментарии']
  },
  ko: {
    heading: ['댓글'],
    section: ['최신 댓글'],
    invitation: ['댓글 쓰기', '댓글쓰기', '댓글 달기', '댓글 작성'],
    closing: ['댓글 더보기', '댓글 전체보기', '전체 댓글 보기']
  },
  ja: {
    heading: ['コメント'],
    section: ['最新のコメント', 'コメント一覧'],
    invitation: ['コメントを書く', 'コメントする'],
    closing: ['すべてのコメントを見る', 'コメントをもっと見る']
  },
  zh: {
    heading: ['评论', '評論', '留言'],
    section: ['网友评论', '網友評論', '最新评论', '热门评论', '全部评论'],
    invitation: ['发表评论', '發表評論'],
    closing: ['查看全部评论', '查看更多评论', '查看所有评论']
  }
} as const satisfies Record<string, {heading: readonly string[]; section: readonly string[]; invitation: readonly string[]; closing: readonly string[]}>

const commentWords = Object.values(commentVocabulary)
// A line that is only one of `words`, in brackets or not, a count before or after it allowed when `counted`.
function commentLine(words: Iterable<string>, counted = false): RegExp {
  const alternatives = alternation(words)
  const withCount = counted ? `|${count} ?(?:${alternatives})|(?:${alternatives}) ?[:：(]? ?${count}\\)?` : ''
  return new RegExp(`^[[(]? ?(?:${alternatives}${withCount}) ?[\\])]?\\s?(?:[:：»›]|\\.{3}|…)?$`, 'iu')
}

/**
 * A line that opens a comment section alone: a section phrase of
 * {@link commentVocabulary} ("Top Rated Comments", "Leserkommentare").
 *
 * @example
 * commentSection.test('Top Rated Comments') // => true
 * commentSection.test('Comments') // => false
 */
export const commentSection = commentLine(commentWords.flatMap((words) => words.section))

/**
 * A call to comment ("Leave a comment", "Kommentar schreiben"): it opens a
 * comment section only below the story's last paragraph.
 *
 * @example
 * commentInvitation.test('Leave a comment') // => true
 */
export const commentInvitation = commentLine(commentWords.flatMap((words) => words.invitation))

/**
 * A comment word alone or with a count ("Comments", "Kommentare", "댓글",
 * "12 Comments"): a comment section's heading when a closing line follows.
 * A count alone says nothing more: share bars carry one above the story.
 *
 * @example
 * commentHeading.test('[ 167 comments ]') // => true
 */
export const commentHeading = commentLine(
  commentWords.flatMap((words) => words.heading),
  true
)

/**
 * The line that closes a comment section ("[ Read All Comments ]", "Alle Kommentare anzeigen").
 *
 * @example
 * commentClosing.test('[ Read All Comments ]') // => true
 */
export const commentClosing = commentLine(commentWords.flatMap((words) => words.closing))
