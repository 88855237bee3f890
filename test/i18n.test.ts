import {describe, expect, it} from 'vitest'
import {clean} from '../src/index.js'
import {uiVocabulary} from '../src/boilerplate/rules-i18n.js'

const body = [
  'The council voted on Tuesday to close the old harbour bridge to lorries after engineers found cracks in two of its piers.',
  'Repairs are expected to take most of next year, and the detour through the town centre will add twenty minutes to the trip.'
]

describe('multilingual interface vocabulary', () => {
  it('covers English, French, German, Spanish, Portuguese, Italian and Russian', () => {
    expect(Object.keys(uiVocabulary).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt', 'ru'])
    for (const words of Object.values(uiVocabulary)) {
      expect(words.account.length).toBeGreaterThan(5)
      expect(words.interface.length).toBeGreaterThan(15)
    }
  })

  it.each(['Iniciar sesión', 'Mein Konto', 'Se connecter', 'Личный кабинет', 'Mi cuenta', 'Criar conta'])(
    'removes the account button %j between paragraphs',
    (word) => {
      const result = clean([body[0], word, body[1]].join('\n'))
      expect(result.removed.map((removal) => removal.text)).toEqual([word])
      expect(result.removed[0]!.kind).toBe('widget')
    }
  )

  // One word alone between paragraphs names a section ("Anmeldung" over the paragraphs on how to sign up).
  it.each(['Anmelden', 'Connexion', 'Войти', 'Accedi', 'Cadastre-se', 'Inscription', 'Регистрация'])(
    'keeps the account word %j alone between paragraphs (a subheading), removes it next to other junk',
    (word) => {
      expect(clean([body[0], word, body[1]].join('\n')).removed).toEqual([])
      const result = clean([body[0], word, 'Privacy Policy', body[1]].join('\n'))
      expect(result.removed.map((removal) => removal.text)).toEqual([word, 'Privacy Policy'])
    }
  )

  it.each(['Anmelden Sie sich für den Newsletter an', 'Connexion établie entre les deux villes', 'Войти в историю'])('keeps the look-alike %j', (line) => {
    expect(clean([body[0], line, body[1]].join('\n')).removed).toEqual([])
  })

  it.each(['Startseite', 'Accueil', 'Inicio', 'Главная', 'Chiudi', 'Leia mais'])('keeps the interface word %j alone between paragraphs', (word) => {
    expect(clean([body[0], word, body[1]].join('\n')).text).toContain(word)
  })

  it.each([
    ['de', ['Startseite', 'Teilen', 'Drucken', 'Kommentare']],
    ['fr', ['Accueil', 'Partager', 'Imprimer', 'Commentaires']],
    ['es', ['Inicio', 'Compartir', 'Imprimir', 'Comentarios']],
    ['pt', ['Início', 'Compartilhar', 'Imprimir', 'Comentários']],
    ['it', ['Home page', 'Condividi', 'Stampa', 'Commenti']],
    ['ru', ['Главная', 'Поделиться', 'Печать', 'Комментарии']]
  ])('removes a %s interface block after the story', (_, words) => {
    const result = clean([...body, ...words].join('\n'))
    expect(result.removed.map((removal) => removal.text)).toEqual(words)
    // Share words were already rules (kind share); the rest come from the vocabulary.
    for (const removal of result.removed) expect(['widget', 'share']).toContain(removal.kind)
    expect(result.removed.some((removal) => removal.rule === 'interface-i18n' || removal.rule === 'widget-block')).toBe(true)
  })
})
