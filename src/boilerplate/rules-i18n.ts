import type {Rule} from './rules.js'

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

/**
 * Rules built from {@link uiVocabulary}; spread at the end of `defaultRules`.
 *
 * @example
 * i18nRules.map((rule) => rule.name) // => ['account-i18n', 'interface-i18n']
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
  }
]
