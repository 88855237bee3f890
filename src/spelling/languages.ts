/**
 * Which language a stretch of text is in, decided cheaply from its function
 * words. Spelling evidence that only holds for one language (the English
 * lexicon) is applied only to text of that language, and a function word of
 * any language here is never taken for a typo.
 *
 * The lists are the commonest function words of each language (articles,
 * pronouns, prepositions, conjunctions, auxiliaries), written for this
 * table. Adding a language is one row. A word in several lists counts for
 * each of them.
 */

/** Function words per language, keyed by BCP 47 code. English first: it wins ties. */
const FUNCTION_WORDS: ReadonlyArray<readonly [code: string, words: string]> = [
  [
    'en',
    'the a i of and to in is that for it was on with as he be by at from his are this have had not but they which or an were has been their its who ' +
      'would will there she her more we what when all one also can after about into than them other up so no some could out if our only over do ' +
      'these any most those just may because between should while where such very both through did being then how many before under each ' +
      'against during without since does'
  ],
  [
    'de',
    'der die das und ist nicht ein eine einen einem einer eines den dem des zu mit sich auf für von im auch als es sie er wir ihr sind war ' +
      'wurde werden wird hat haben bei aus nach wie über noch nur oder aber wenn dass daß um vor durch zum zur kann können diese dieser dieses ' +
      'man sein seine ihre schon bis unter gegen zwischen ohne sowie jeder jede jedes kein keine hatte waren worden wurden soll muss mehr sehr'
  ],
  [
    'fr',
    'le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette ces se il elle ils elles nous vous ne plus par son ' +
      'sa ses leur leurs ont été être sont était mais ou où comme tout tous toute toutes aussi même entre sans sous chaque dont'
  ],
  [
    'es',
    'el la los las de del y en que un una es por con para se no su sus al lo como más pero o sobre este esta estos estas ha han fue ser son ' +
      'era entre sin también cuando muy hasta desde todo toda todos todas porque ya le les nos tiene tienen hay puede ni otro otra ella ellos'
  ],
  [
    'pt',
    'o a os as de do da dos das e em no na nos nas um uma que é para com por se não ao aos à às seu sua seus suas mais como mas foi ser são ' +
      'está pelo pela pelos pelas ou também entre sem sobre quando muito já tem têm até ele ela eles elas isso este esta esse essa todo toda ' +
      'todos todas nem'
  ],
  [
    'it',
    'il lo la i gli le di del della dei degli delle e è in un una uno che per con non si da al alla ai alle dal dalla nel nella nei sul ' +
      'sulla come più ma anche sono era stato essere ha hanno tra fra questo questa questi queste quello quella tutto tutti ogni suo sua ' +
      'suoi sue loro o se ci ne'
  ],
  [
    'nl',
    'de het een en van in is dat op te zijn met voor niet die aan er maar om ook als bij door naar uit dan over nog wel tot worden wordt ' +
      'werd was waren heeft hebben kan deze dit of hij zij ze wij we ons hun geen meer zo zal moet'
  ],
  [
    'pl',
    'i w z na do nie się że to jest o jak od po za przez dla jego jej ich oraz a ale lub czy już tak może są był była było być tym ten ta ' +
      'te który która które którzy co także przy pod nad bez jako tylko każdy każda'
  ],
  [
    'sv',
    'och i att det som en ett är av för på med till den de inte om har var han hon men vi kan eller från sin sina sitt man vid så ska ' +
      'skall också under efter alla hade detta dessa utan mot sig hans hennes deras'
  ],
  [
    'da',
    'og i at det som en et er af for på med til den de ikke om har var han hun men vi kan eller fra sin sine sit man ved så skal også ' +
      'under efter alle havde dette disse uden mod sig hans hendes deres'
  ],
  [
    'no',
    'og i at det som en et er av for på med til den de ikke om har var han hun men vi kan eller fra sin sine sitt man ved så skal også ' +
      'under etter alle hadde dette disse uten mot seg hans hennes deres'
  ],
  [
    'fi',
    'ja on ei se että oli ovat hän me te he tai kuin mutta myös joka jotka sen tämä nämä ne niin kun jos vain ole olla ollut mukaan sekä ' +
      'kanssa jälkeen koska jo vielä kaikki'
  ],
  [
    'cs',
    'a v na se je že to s z do o k i by jako ale pro podle jeho její jejich který která které nebo také už když jsou byl byla bylo být ' +
      'při ve za po od tak jen této tento tato má mít'
  ],
  [
    'sk',
    'a v na sa je že to s z do o k i by ako ale pre podľa jeho jej ich ktorý ktorá ktoré alebo tiež už keď sú bol bola bolo byť pri vo ' +
      'za po od tak len tejto tento táto má mať'
  ],
  ['tr', 've bir bu da de için ile olarak olan daha çok gibi ne en o her ama veya ya kadar sonra şu ki değil var yok mı mi olduğu tüm hiç ise hem ancak'],
  [
    'id',
    'dan yang di ke dari untuk dengan ini itu dalam tidak akan pada adalah juga ada oleh sebagai atau karena bisa telah sudah saat mereka ' +
      'kami kita ia dia lebih para setiap tersebut tanpa secara'
  ],
  ['ro', 'și în de la a cu pe din care că nu o un este sunt se fi al ale lui ei sau mai pentru prin ca dar după fost său sale orice acest această aceste'],
  ['hu', 'a az és hogy nem is egy van meg de ez csak mint már volt el ki be le fel azt vagy pedig minden után között alatt szerint sem kell lesz'],
  ['hr', 'i u je na da se za od su s sa ne kao što ili a koji koja koje ali bi iz do po o prema ima biti bio bila'],
  [
    'ru',
    'и в не на что с по как это он она они к из у за от то же для о а но его ее её их был была было быть так уже или все если при во бы ' +
      'мы вы есть только также'
  ],
  ['uk', 'і в не на що з по як це він вона вони до у за від та для о а але його її їх був була було бути так вже або всі якщо при ми ви є тільки також']
]

/** Language codes in table order; index `i` is bit `i` of a word's mask. */
export const languageCodes: readonly string[] = FUNCTION_WORDS.map(([code]) => code)

/** Languages that capitalize every noun, so that a capital letter does not mark a name there. */
const CAPITALIZED_NOUNS: ReadonlySet<string> = new Set(['de'])

/** Whether capital letters mark names in a language (not in German, where every noun has one). */
export function capitalizesNames(language: number): boolean {
  return !CAPITALIZED_NOUNS.has(languageCode(language))
}

/** The code of an undetermined language (BCP 47 `und`). */
export const UNDETERMINED = languageCodes.length
/** The index of English. */
export const ENGLISH = languageCodes.indexOf('en')

const masks = new Map<string, number>()
for (const [index, [, words]] of FUNCTION_WORDS.entries()) {
  for (const word of words.split(' ')) masks.set(word, (masks.get(word) ?? 0) | (1 << index))
}
const LONGEST = Math.max(...[...masks.keys()].map((word) => word.length))

/** The BCP 47 code of a language index (`und` when undetermined). */
export function languageCode(index: number): string {
  return languageCodes[index] ?? 'und'
}

/** Bit mask of the languages `word` is a function word of (0 for none). */
export function functionWordMask(word: string): number {
  if (word.length > LONGEST) return 0
  const mask = masks.get(word)
  if (mask !== undefined) return mask
  // A lower-case ASCII first letter: the word is as it would be looked up.
  const first = word.charCodeAt(0)
  return first >= 0x61 && first <= 0x7a ? 0 : (masks.get(word.toLowerCase()) ?? 0)
}

/** Whether `word` is a function word of some language in the table. */
export function isFunctionWord(word: string): boolean {
  return functionWordMask(word) !== 0
}

/** Hits per language over a stretch of text, and (last) the number of words. */
export type LanguageTally = Int32Array

const WORDS = languageCodes.length

export function createLanguageTally(): LanguageTally {
  return new Int32Array(languageCodes.length + 1)
}

/** Count a word, and its function-word hits, into `tally`. */
export function tallyWord(tally: LanguageTally, word: string): void {
  tally[WORDS] = (tally[WORDS] as number) + 1
  let mask = functionWordMask(word)
  while (mask !== 0) {
    const bit = 31 - Math.clz32(mask)
    tally[bit] = (tally[bit] as number) + 1
    mask &= ~(1 << bit)
  }
}

/** Fewer function-word hits than this say nothing about a stretch of text. */
const MIN_HITS = 2
/**
 * In running text of a language, its function words are a third or more of
 * the words; another language's incidental hits (English `a`, `an`, `is`
 * in Irish) are far fewer. Below one in five, the text is not that language.
 */
const MIN_SHARE = 0.2

/**
 * The language with the most hits, or `UNDETERMINED` when there are fewer
 * than two or they are under a fifth of the words. English must lead
 * outright: text is only treated as English when its English function words
 * outnumber those of every other language, so that evidence from an English
 * lexicon is never applied to a tie.
 */
export function decideLanguage(tally: LanguageTally): number {
  let best = UNDETERMINED
  let bestHits = MIN_HITS - 1
  let secondHits = 0
  for (let index = 0; index < WORDS; index++) {
    const hits = tally[index] as number
    if (hits > bestHits) {
      secondHits = Math.max(secondHits, bestHits)
      best = index
      bestHits = hits
    } else if (hits > secondHits) {
      secondHits = hits
    }
  }
  if (best === UNDETERMINED || bestHits < (tally[WORDS] as number) * MIN_SHARE) return UNDETERMINED
  if (best === ENGLISH && secondHits >= bestHits) return UNDETERMINED
  return best
}
