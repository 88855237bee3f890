import type {Rule} from './rule.js'
import {i18nRules} from './rules-i18n.js'

export type {Rule, RuleScope} from './rule.js'

const months = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const weekdays = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?'
const zones = 'a\\.?m|p\\.?m|[ecmp][sd]?t|gmt|utc|bst|cet|cest|ist|jst|aest|hkt|sgt|z'
const stampWords = 'published|updated|posted|last updated|last modified|modified|created|first published|issued|filed|date'
// Each token ends where a letter or digit cannot continue it, so a date line has one parse and no backtracking.
const durations = 'seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?'
const iso = '\\d{4}-\\d\\d-\\d\\dt\\d\\d:\\d\\d(?::\\d\\d)?(?:\\.\\d{1,9})?(?:z|[+-]\\d\\d:?\\d\\d)?'
const dateToken = `(?:${iso}(?![\\p{L}\\d])|\\d+(?:st|nd|rd|th|a\\.?m\\.?|p\\.?m\\.?|[hmdw])?(?![\\p{L}\\d])|(?:${months}|${weekdays}|${zones}|${stampWords}|${durations}|ago)(?![\\p{L}\\d])|(?:on|at|of|the|and|by)(?![\\p{L}\\d]))`
// Two years on a line without a stamp word are a range: an event's dates ("29 November 2018 | 20 January 2019"), content.
const oneYear = `(?:(?=(?:${stampWords})(?![\\p{L}\\d]))|(?![^\\n]*?(?<!\\d)(?:1[89]|20)\\d\\d(?!\\d)[^\\n]*?(?<!\\d)(?:1[89]|20)\\d\\d(?!\\d)))`
const dateLine = new RegExp(
  `^${oneYear}(?=[^\\n]*\\d)(?=[^\\n]*(?:\\d\\d?:\\d\\d|\\b(?:${months})\\b|\\d{8}|\\d{4}[-/.]\\d\\d?[-/.]\\d\\d?|\\d\\d?[-/.]\\d\\d?[-/.]\\d{2,4}|\\d ?(?:${durations}|[hmdw]) ago\\b))` +
    // A WordPress stamp may end in its author: "Posted on June 15, 2022 by admin".
    `(?:(?:${stampWords})(?![\\p{L}\\d])[\\s:,|-]*)?(?:${dateToken}[\\s,.:/|\\-–—]*){1,14}(?:by \\S[^\\n]{0,60})?$`,
  'iu'
)

const publication =
  'Post|Times|News|Journal|Herald|Tribune|Guardian|Telegraph|Gazette|Chronicle|Express|Mail|Mirror|Independent|Observer|Inquirer|Globe|Examiner|Courier|Standard|Economist|Insider|Reuters|Bloomberg|Today|Daily|Weekly|Magazine|Review|Record|Bulletin|Dispatch|Sentinel|Register|Star'
const taglines =
  "Democracy Dies in Darkness|All the News That's Fit to Print|Without Fear or Favou?r|Journalism with purpose|Truth Matters|Breaking News, Latest News and Videos|Fair and Balanced|The Most Trusted Name in News"

const ui =
  'close|create|cancel|ok|okay|submit|save|done|apply|reset|back|next|previous|prev|continue|more|less|show more|show less|load more|see more|read more|view more|view all|see all|expand|collapse|open|edit|delete|undo|dismiss|got it|accept|accept all|decline|reject|yes|no|menu|search|home|login|register|follow|unfollow|like|reply|report|top|go|sort|filter|refresh|play|pause|mute|unmute|fullscreen'
const social =
  'facebook|twitter|x|linkedin|whatsapp|email|e-mail|mail|reddit|pinterest|print|tumblr|telegram|messenger|flipboard|pocket|instagram|youtube|tiktok|threads|bluesky|mastodon|google plus|google\\+|vk|weibo|wechat|snapchat|viber|xing|digg|copy|copy link|share|shares|tweet|comment|comments|sms|link|rss|feed'
const fieldLabels =
  'image|images|photo|rating|ratings|price|stock|description|add to cart|title|name|size|colou?r|quantity|qty|reviews?|sku|brand|category|availability|weight|dimensions|details|specifications?|video|videos|audio|gallery|world|sections?|topics?|latest|trending|popular|opinion|sports?|business|politics|tech|technology|science|health|culture|lifestyle|entertainment|travel|weather|local|national|us|u\\.s\\.|uk|europe|asia|africa|americas|middle east|markets?|economy'

const loginPhrases =
  "reset (?:your |the )?password|password reset|forgot(?:ten)? (?:your )?password|social login|(?:log|sign) ?in (?:with (?:your|google|facebook|apple|email)|to (?:your account|comment|save|post|reply|join))|create (?:a |an |your )?(?:free )?account|enter your (?:account|e-?mail|username|password|login)|account data|(?:already|don'?t) have an account|verification (?:link|code|e-?mail)|confirm your (?:e-?mail|account)"

/**
 * The built-in rules, in the order they are tried. Each rule's `pattern` is
 * tested against a normalized line: straight quotes, single spaces, markdown
 * syntax removed.
 *
 * @example
 * // Your rules are tried before these; `defaultRules: false` turns these off.
 * clean(text, {rules: [{name: 'promo', kind: 'advertisement', description: 'Our promo line', pattern: /^Subscribe to The Daily\b/}]})
 * defaultRules.filter((rule) => rule.kind === 'newsletter').map((rule) => rule.name)
 */
export const defaultRules: readonly Rule[] = [
  // ── masthead ──────────────────────────────────────────────────────────────
  {
    name: 'masthead-glued',
    kind: 'masthead',
    description: 'Publication name run into its tagline, as extraction glues them ("The Washington PostDemocracy Dies in Darkness")',
    pattern: new RegExp(`^(?:the )?(?:[\\p{Lu}][\\p{L}.'&-]* ){0,3}(?:${publication})(?=\\p{Lu}\\p{Ll})[\\p{L}\\d ,.'&-]{3,80}$`, 'u'),
    scope: 'head'
  },
  {
    name: 'masthead-name',
    kind: 'masthead',
    description: 'A publication name alone on a line above the story ("The Washington Post", "Daily Mail")',
    pattern: new RegExp(
      `^(?:[Tt]he )?(?:\\p{Lu}[\\p{L}.'&-]* ){0,3}(?:${publication})(?: of (?:the )?\\p{Lu}\\p{L}+)?(?: (?:Online|Digital|Edition|International))?$`,
      'u'
    ),
    scope: 'head'
  },
  {
    name: 'masthead-tagline',
    kind: 'masthead',
    description: 'A newspaper slogan alone on a line ("Democracy Dies in Darkness")',
    pattern: new RegExp(`^(?:${taglines})\\.?$`, 'i'),
    scope: 'edge'
  },
  {
    name: 'masthead-corporate',
    kind: 'masthead',
    description: 'Corporate family line under a masthead ("Dow Jones, a News Corp company", "Part of the USA TODAY Network")',
    pattern:
      /^[\p{Lu}][\p{L}&.' -]{1,40}, an? [\p{Lu}][\p{L}&.' -]{1,40} company$|^(?:An? |Part of (?:the )?)\p{Lu}[\p{L}&.' -]{1,40} (?:[Cc]ompany|COMPANY|[Nn]etwork|NETWORK)$/u,
    scope: 'edge'
  },

  // ── byline ────────────────────────────────────────────────────────────────
  {
    name: 'byline',
    kind: 'byline',
    description: 'An author line: "By" and a name, agency or staff ("By AFP", "By Jane Doe, Staff Writer", "Posted by admin", "Author: Jane Doe")',
    // Subheads that open with "By" ("By the numbers") are not bylines.
    pattern:
      /^(?:(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Rr]eported by|[Vv]on|[Pp]or|[Pp]ar)[: ] ?(?!(?:[Tt]he )?(?:Numbers|Way|Design|Contrast|Comparison|Default|Far|Then|Now|Night|Day)\b)(?:[Tt]he )?\p{Lu}|(?:[Pp]osted|[Pp]ublished|[Uu]ploaded) by:? ?[\p{L}\d]|[Aa]uthors?: ?\p{Lu})[^!?\n]{0,100}(?<![.!?;:,])$/u,
    maxLength: 120
  },
  {
    name: 'byline-role',
    kind: 'byline',
    description: 'An author title alone on a line ("Opinion Columnist", "Senior Reporter")',
    pattern:
      /^(?:\p{Lu}[\p{L}.'-]* ){0,4}(?:[Cc]olumnist|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Ee]ditor|[Cc]ontributor|[Pp]roducer|[Aa]nalyst|[Jj]ournalist|[Ss]taff [Ww]riter|[Bb]ureau [Cc]hief)s?$/u,
    scope: 'edge',
    maxLength: 80
  },
  {
    name: 'author-email',
    kind: 'byline',
    description: "An author's e-mail address alone on a line",
    pattern: /^(?:(?:e-?mail|contact|reach|write to)(?: the (?:author|writer|reporter))?(?: at)?:? )?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/iu,
    maxLength: 160,
    triggers: ['@']
  },
  {
    name: 'author-contact',
    kind: 'byline',
    description: 'How to reach or follow the author ("Email the author at …", "Folgen Sie der Autorin auf X", "Siga o autor no Instagram")',
    // The line names the author (or a pronoun) and gives an address or a network: "Police can be reached at 911" is news.
    pattern:
      /^(?:(?:e-?mail|contact|write to|reach) (?:the )?(?:author|reporter|writer|columnist)s?\b[^\n]{0,40}(?:@|\bat\b|\bvia\b|:)[^\n]{0,200}|(?:\p{Lu}[\p{L}.'-]+ ){1,3}(?:may|can) be (?:reached|contacted|emailed) (?:at|via|by e-?mail at|on) [^\n]{0,40}@[^\n]{1,200}|(?:you can )?(?:follow|find) (?:him|her|them|the (?:author|reporter|writer)) on (?:twitter|x|instagram|facebook|linkedin|threads|bluesky|mastodon|tiktok)\b[^\n]{0,160}|(?:folgen sie|folge) (?:dem autor|der autorin|ihm|ihr) auf (?:twitter|x|instagram|facebook|linkedin|threads|bluesky|mastodon)(?![\p{L}])[^\n]{0,160}|(?:sie erreichen|kontakt zu[rm]?) (?:den autor|die autorin|ihm|ihr) (?:unter|per|via)(?![\p{L}])[^\n]{0,200}|(?:suivez|contactez) (?:l'auteur|l'autrice|l'auteure|la journaliste|le journaliste)(?![\p{L}])[^\n]{0,200}|(?:sigue|siga|contacta|contacte|escribe|escreva|fale com) (?:al autor|a la autora|o autor|a autora|al periodista|a la periodista|o jornalista|a jornalista)(?![\p{L}])[^\n]{0,200}|(?:segui|contatta) (?:l'autore|l'autrice)(?![\p{L}])[^\n]{0,200})$/iu,
    maxLength: 320,
    triggers: [
      'author',
      'reporter',
      'writer',
      'columnist',
      'reached',
      'contacted',
      'emailed',
      'follow him',
      'follow her',
      'follow them',
      'find him',
      'find her',
      'find them',
      'autor',
      'auteur',
      'autrice',
      'journaliste',
      'periodista',
      'jornalista',
      'erreichen',
      'kontakt'
    ]
  },
  {
    name: 'about-author',
    kind: 'byline',
    description: 'An author bio heading ("About the author", "About Jane Doe")',
    pattern: /^(?:[Aa]bout the [Aa]uthors?|(?:About|Sobre|Über|À propos de) (?:\p{Lu}[\p{L}'-]+ ){0,3}\p{Lu}[\p{L}'-]+)$/u,
    scope: 'edge',
    maxLength: 80
  },

  // ── dateline ──────────────────────────────────────────────────────────────
  {
    name: 'date-stamp',
    kind: 'dateline',
    description: 'A line that is only a date or time stamp above or below the story ("June 15, 2022", "20220615", "Updated 1:39 am EST")',
    pattern: dateLine,
    scope: 'edge',
    maxLength: 120
  },
  {
    name: 'reading-time',
    kind: 'dateline',
    description: 'Reading-time metadata ("5 min read", "Reading time: 3 minutes")',
    pattern:
      /^(?:(?:estimated )?(?:reading|read) time|tempo de leitura|temps de lecture|tiempo de lectura|lesezeit|tempo di lettura)\s*:?\s*(?:\d{1,3}\s*(?:min(?:ute)?s?|minutos?|minuten)\.?)?$|^\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.? (?:to )?read$/iu,
    maxLength: 60
  },

  // ── caption ───────────────────────────────────────────────────────────────
  {
    name: 'caption-credit-parenthetical',
    kind: 'caption',
    description:
      'A caption ending in a parenthesised photo or video credit ("… (Alexei Druzhinin/AP)", "(Video: Jane Doe/The Post)", "(Jane Doe for The New York Times)", "(Photo: Getty Images)")',
    // Only a line that ends in `)` can carry the credit: check that first, in one pass.
    pattern:
      /^(?=[^\n]*\)$)[^\n]*?(?:\((?:(?:[Pp]hoto|[Vv]ideo|[Ii]mage|[Pp]icture|[Pp]hotograph|[Ii]llustration|[Gg]raphic|[Cc]redit|[Ff]ile)s?(?: by| credit)?:? ?)?\p{Lu}[\p{L}\p{M}.'& -]{0,60}(?:\/ ?| for )[\p{Lu}][\p{L}\p{M}.'& -]{0,60}\)$|\((?:[Pp]hoto|[Ii]mage|[Pp]icture|[Pp]hotograph|[Cc]redit|[Cc]ourtesy)s?(?: by| credit| of)?: ?\p{Lu}[\p{L}\p{M}.'&-]*(?: (?:\p{Lu}[\p{L}\p{M}.'&-]*|via|for|and|of|the)){0,6}\)$)/u,
    maxLength: 600,
    triggers: ['/', ' for ', 'photo', 'image', 'picture', 'credit', 'courtesy']
  },
  {
    name: 'caption-credit-glued',
    kind: 'caption',
    description: 'A caption with its credit glued on ("… didn\'t get it.Credit...Doug Mills/The New York Times")',
    pattern: /(?:[Cc]redit|[Pp]hoto|[Ii]mage|[Pp]hotograph)(?:\.{3}|…)\p{Lu}[^\n]{1,100}$/u,
    maxLength: 600,
    triggers: ['...', '…']
  },
  {
    name: 'caption-credit-domain',
    kind: 'caption',
    description: 'A short caption ending in a bare source domain ("Chinese President Xi Jinping. kremlin.ru")',
    pattern: /^[\p{Lu}][^\n]{2,160}[.!?] (?:[a-z\d-]{1,40}\.){1,3}(?:com|org|net|ru|gov|edu|int|io|co|uk|de|fr|cn|info|news|tv|eu)$/u,
    maxLength: 200,
    triggers: ['.com', '.org', '.net', '.ru', '.gov', '.edu', '.int', '.io', '.co', '.uk', '.de', '.fr', '.cn', '.info', '.news', '.tv', '.eu']
  },
  {
    name: 'caption-label',
    kind: 'caption',
    description: 'A labelled photo caption or credit ("Photo: Reuters", "Image caption …", "Image Credit: WeWork", "Above: …")',
    pattern:
      /^(?:(?:photo|image|picture|video|photograph|illustration|graphic|media|main image|featured image|file photo|lead image|header image)s?(?: ?(?:caption|credit|copyright|source|by))?|caption|credit|photo credit|above|below|pictured|top|inset|left|right|foto|bild|imagen|légende) ?[:|] ?\S[^\n]{0,300}$|^(?:image|media|photo|video) (?:caption|copyright|credit) \S[^\n]{0,300}$|^(?:photo|image|picture|illustration|photograph|video)s? (?:by|via|courtesy(?: of)?) \S[^\n]{0,120}(?<![.!?])$/iu,
    maxLength: 320,
    triggers: [':', '|', 'caption', 'copyright', 'credit', 'photo', 'image', 'picture', 'illustration', 'video']
  },
  {
    name: 'caption-agency',
    kind: 'caption',
    description: 'A short photo credit naming a picture agency, not a sentence ("AFP via Getty Images", "REUTERS/Kevin Lamarque", "AP Photo/Evan Vucci")',
    pattern:
      /^[^\n]{0,60}(?:getty ?images|shutterstock|istock(?:photo)?|alamy|ap photo|(?:reuters|afp|epa(?:-efe)?|ap|anadolu|xinhua|tass|sipa|bloomberg|pa)(?: images| wire| photo)? ?\/ ?[\p{Lu}][\p{L}' .-]{1,40}|\/ ?(?:reuters|afp|ap|epa|getty images|pa|xinhua|tass|sipa)|pa wire|pa images|via getty(?: images)?)[^\n]{0,40}(?<![.!?])$/iu,
    maxLength: 100,
    triggers: ['getty', 'shutterstock', 'istock', 'alamy', 'ap photo', '/', 'pa wire', 'pa images']
  },
  {
    name: 'gallery-counter',
    kind: 'caption',
    description: 'A photo-gallery counter ("Image 1 of 23", "1 / 23")',
    pattern: /^(?:(?:image|photo|picture|slide|foto|bild) )?\d{1,4} ?(?:\/|of|von|de|di) ?\d{1,4}$/iu,
    maxLength: 40
  },

  // ── placeholder ───────────────────────────────────────────────────────────
  {
    name: 'placeholder',
    kind: 'placeholder',
    description: 'Text standing in for a widget that had not loaded ("Placeholder while article actions load")',
    pattern: /^placeholder(?: (?:while|for|until|when|text|image|content)\b[^.!?\n]{0,80})?$|^(?:image|video|ad|content|photo|media) placeholder$/iu,
    maxLength: 100
  },
  {
    name: 'loading',
    kind: 'placeholder',
    description: 'A loading indicator ("Loading…", "Loading comments...", "Video is loading")',
    pattern:
      /^(?:(?:now )?loading(?: [\p{L}]+){0,3}(?:,? please wait)?|(?:[\p{L}]+ ){1,3}(?:is|are) loading|(?:please )?wait(?:ing)?(?: while| for)? [^.!?\n]{0,40}(?:loads?|loading)|chargement(?: en cours)?|cargando|wird geladen|carregando|caricamento(?: in corso)?|загрузка)(?: ?(?:\.{2,3}|…))?$/iu,
    maxLength: 80,
    triggers: ['load', 'chargement', 'cargando', 'geladen', 'carregando', 'caricamento', 'загрузка']
  },

  // ── related-link ──────────────────────────────────────────────────────────
  {
    name: 'related-prefix',
    kind: 'related-link',
    description: 'A link to another story behind a label ("Related article: …", "READ MORE: …", "[See also: …]", "Also on example.com …")',
    pattern:
      /^[[(]?(?:related(?: (?:article|story|stories|articles|content|coverage|news|reading|links?|posts?|video|videos|topics?))?|read more|read also|also read|read next|read|see also|also see|see more|more|more on this(?: story| topic)?|more from [\p{L} ]{1,40}|recommended(?: reading| for you| stories)?|editor'?s picks?|watch|listen|don'?t miss|must read|trending|suggested(?: reading| for you| articles| stories)?|up next|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|leia também|lea también|leggi anche|читайте также)\s?(?::|\||>>|»|-{1,2}|—)\s?\S[^\n]{0,250}$|^also on (?:[a-z\d-]{1,40}\.){1,3}[a-z]{2,6}\s\S[^\n]{0,250}$/iu,
    maxLength: 300,
    triggers: [':', '|', '>', '»', '-', '—', 'also on']
  },
  {
    name: 'related-heading',
    kind: 'related-link',
    description: 'A heading over a list of other stories ("Related Stories", "Most Popular", "Don\'t miss", "You may also like")',
    pattern:
      /^(?:related(?: (?:article|story|stories|articles|content|coverage|news|reading|links?|posts?|videos?|topics?))?|don'?t miss|popular (?:on|at|from|in) [\p{L}.' ]{1,40}|more (?:stories|news|articles|videos|headlines|from (?:the )?[\p{L}.' ]{1,40})|(?:most|top) (?:popular|read|viewed|watched|shared|commented|emailed)(?: (?:stories|articles|videos|posts|news|now|today|this week))?|popular (?:now|stories|articles)|trending(?: now| stories| articles)?|you (?:may|might) also (?:like|enjoy|be interested in)|recommended(?: for you| stories| reading| articles)?|editor'?s picks?|top stories|latest (?:news|stories|articles|headlines|videos)|in case you missed it|more in [\p{L} ]{1,30}|around the web|from around the web|sponsored stories|more on this (?:story|topic)|editor(?:s'?)? picks?|(?:what to )?read next|up next|further reading|more to explore|top (?:headlines|news))\s?(?::|\.{3}|…)?$/iu,
    maxLength: 60
  },

  // ── source-url ────────────────────────────────────────────────────────────
  {
    name: 'source-label',
    kind: 'source-url',
    description: 'A label pointing at the original article ("Original url:", "Source: …", "Originally published at …")',
    pattern:
      /^(?:original(?:ly)? (?:url|link|article|source|story)|sources?(?: url| link| article)?|article source|via)(?:\s?:(?: ?\S[^\n]{0,200})?| <?(?:https?:\/\/|www\.)\S{1,200})?$|^originally (?:published|posted|appeared) (?:at|on|in) \S[^\n]{0,120}(?<![.!?])$/iu,
    maxLength: 260
  },
  {
    name: 'bare-url',
    kind: 'source-url',
    description: 'A line that is only a URL, above the story or next to other boilerplate ("Original url:" and its link)',
    pattern: /^<?(?:https?:\/\/|www\.)[^\s<>]{1,2000}>?$/iu,
    scope: 'run',
    maxLength: 2100
  },

  // ── syndication-notice ────────────────────────────────────────────────────
  {
    name: 'syndication-notice',
    kind: 'syndication-notice',
    description: 'A notice that the story came from a feed or another publisher ("auto-generated from a syndicated feed")',
    pattern:
      /^\(?(?:except for the headline, )?(?:this|the above) (?:story|article|post|report|content|piece|item)\b[^\n]{0,120}\b(?:syndicated|auto-?generated|automatically generated|not been edited|unedited|republished|reprinted|originally (?:appeared|published|ran)|first (?:appeared|published)|(?:published|provided|produced|distributed) (?:by|from|via|under|through)|is (?:from|part of) (?:a|an|the|our)? ?(?:partnership|syndication|content partner))[^\n]{0,160}$/iu,
    maxLength: 400
  },
  {
    name: 'republication-notice',
    kind: 'syndication-notice',
    description: 'A republication or feed notice ("Republished with permission", "Distributed by Tribune Content Agency")',
    pattern:
      /^\(?(?:republished|reprinted|reproduced|reposted|syndicated) (?:with|by|from|under|via|courtesy of)\b[^\n]{1,200}$|^\(?(?:this story |this article )?(?:was )?(?:produced|published) in (?:partnership|collaboration) with\b[^\n]{1,200}$|^\(?(?:content|story|article) (?:syndicated|provided) by\b[^\n]{1,160}$|^\(?distributed by [^\n]{1,120}\b(?:agency|service|syndicate|syndication|llc|inc|wire|features)\.?\)?$/iu,
    maxLength: 260,
    triggers: ['republished', 'reprinted', 'reproduced', 'reposted', 'syndicated', 'partnership', 'collaboration', 'provided by', 'distributed by']
  },

  // ── credit ────────────────────────────────────────────────────────────────
  {
    name: 'contributors',
    kind: 'credit',
    description: 'A contributor line ("Cate Cadell and Ellen Nakashima contributed to this report")',
    pattern:
      /^[^\n]{2,200}\bcontributed(?: (?:reporting|research|additional reporting|to (?:this|the) (?:report|story|article))(?: (?:to|for) (?:this|the) (?:report|story|article))?| to (?:this|the) (?:report|story|article))(?: from [^\n]{1,60})?\.?\)?$|^contributing(?: reporting)?: \S[^\n]{1,200}$/iu,
    maxLength: 300,
    triggers: ['contributed', 'contributing']
  },
  {
    name: 'reporting-credit',
    kind: 'credit',
    description: 'A wire-style credit ("(Reporting by Jane Doe; Editing by John Roe)", "Additional reporting by …")',
    pattern:
      /^[([]?(?:(?:[Aa]dditional|[Ff]urther|[Ww]ith|[Aa]nd) )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch|[Cc]ompiled|[Ee]dited|[Ww]ritten|[Pp]roduced|[Tt]ranslated|[Pp]hotos|[Gg]raphics|[Tt]ranslation)(?: and [a-z]+)? by \p{Lu}[^\n]{1,250}(?<!(?:^|[\s(])\p{Ll}[\p{L}'-]*[.!?])$/u,
    maxLength: 300,
    triggers: ['by ']
  },

  // ── hashtags ──────────────────────────────────────────────────────────────
  {
    name: 'hashtag-line',
    kind: 'hashtags',
    description: 'A line of nothing but hashtags',
    pattern: /^#[\p{L}\p{N}_]{1,100}(?:[ ,]{1,3}#[\p{L}\p{N}_]{1,100})*$/u,
    maxLength: 2000,
    triggers: ['#']
  },
  {
    name: 'hashtag-tail',
    kind: 'hashtags',
    description: 'Three or more hashtags trailing a finished sentence ("… the conflict. #Ukraine #Russia #war"); one or two are part of a quoted post',
    // The first tag needs a letter, so "… ranked. #1" stays. Embedded posts end in one or two tags that the story quotes.
    pattern: /(?<=[.!?"')\]] )#(?=[\p{N}_]{0,99}\p{L})[\p{L}\p{N}_]{1,100}(?:[ ,]{1,3}#[\p{L}\p{N}_]{1,100}){2,}$/u,
    scope: 'suffix',
    triggers: ['#']
  },

  // ── expiry ────────────────────────────────────────────────────────────────
  {
    name: 'expiry',
    kind: 'expiry',
    description: 'An expiry stamp ("Post expires at 9:16pm on Sunday June 26th, 2022", "Offer ends midnight")',
    pattern:
      /^(?:this )?(?:post|story|article|offer|deal|link|listing|content|page|ad|promotion|sale|item)s? (?:(?:will )?expires?|(?:will )?ends?|is valid|valid|available) (?:at|on|in|until|till|through|by|after|midnight|tonight|today|tomorrow|soon|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^\n]{0,80}(?<![.!?])$|^(?:expires?|expiry|expiration(?: date)?|valid (?:until|till|through)|ends)(?: at| on| in)?:? (?:\d|today|tonight|tomorrow|midnight|soon|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[^\n]{0,60}(?<![.!?])$/iu,
    maxLength: 140,
    triggers: ['expir', 'end', 'valid', 'available']
  },

  // ── navigation ────────────────────────────────────────────────────────────
  {
    name: 'back-to-top',
    kind: 'navigation',
    description: 'A jump link ("Back to Top", "Skip to main content", "Back to Gallery")',
    pattern:
      /^(?:[↑^⬆]\s?)?(?:back|return|go|scroll|jump|skip|zurück) (?:to|zu|nach) (?:the )?(?:top|content|main content|navigation|nav|gallery|article|story|comments|home(?: ?page)?|(?:main )?menu|search|footer|start|oben)(?: of (?:the )?page)?\s?[↑^⬆]?$|^skip (?:navigation|nav|to navigation)$/iu,
    maxLength: 60
  },
  {
    name: 'continue-reading',
    kind: 'navigation',
    description: 'A "continue reading" link ("Continue reading the main story", "Read full article", "Story continues")',
    pattern:
      /^(?:(?:continue|keep) reading(?: (?:the main story|the story|the article|below|here|on the next page|after (?:the )?(?:ad|advertisement)))?|read (?:the )?(?:full|whole|entire|rest of the) (?:story|article|post|report)|(?:story|article) continues)(?:\.{0,3}|\s?[→»›>])$/iu,
    maxLength: 60
  },
  {
    name: 'pager',
    kind: 'navigation',
    description: 'A pager link ("Next article", "Previous story", "Page 2 of 3")',
    // Normalization turns guillemets into quotes: "« Previous Post" is matched as '" Previous Post'.
    pattern:
      /^(?:[«‹<←]\s?|["'] )?(?:(?:next|previous|prev|older|newer) (?:article|story|post|page|slide|image|photo|video|entry)s?|page \d{1,4} of \d{1,4})(?:\s?[»›>→]| ["'])?$/iu,
    maxLength: 40
  },
  {
    name: 'breadcrumbs',
    kind: 'navigation',
    description: 'A breadcrumb trail ("Home > World > Europe", "News / Politics")',
    // Any first crumb before an arrow (a guillemet, normalized to a spaced quote); a slash or bar only after "Home" or "News".
    pattern:
      /^(?:home|news|start)\s?[>»›/|]\s?[\p{L}\p{N}' &-]{1,30}(?:\s?[>»›/|]\s?[\p{L}\p{N}' &-]{1,30}){0,5}$|^[\p{L}\p{N}'&-][\p{L}\p{N}' &.-]{0,29}(?:(?: ?[>»›→] ?| ["'] )[\p{L}\p{N}'&-][\p{L}\p{N}' &.-]{0,29}){1,6}$/iu,
    maxLength: 160,
    triggers: ['>', '»', '›', '→', '/', '|', '"', "'"]
  },
  {
    name: 'tags',
    kind: 'navigation',
    description: 'A tag or topic list ("Tags: …", "Filed under: …", "Topics")',
    pattern:
      /^(?:tags?|tagged(?: with| as)?|filed under|topics?|categories|category|keywords|related topics|posted in|mots-clés|schlagwörter|etiquetas|themen)\s?(?::[^\n]{0,300})?$|^(?:tagged(?: with| as)?|filed under|posted in|categories) [\p{L}\p{N}&' -]{1,40}(?:, ?[\p{L}\p{N}&' -]{1,40}){0,12}$/iu,
    maxLength: 320,
    triggers: ['tag', 'filed', 'topic', 'categor', 'keyword', 'posted in', 'mots', 'schlag', 'etiquet', 'themen']
  },
  {
    name: 'ui-words',
    kind: 'widget',
    description: 'Button and menu words that are junk only next to other junk ("Close Create", "Home", "Menu")',
    pattern: new RegExp(`^(?:[•·▪◦*>|-] ?)?(?:${ui})(?: (?:${ui})){0,3}\\s?(?:[»›>↑]|\\.{3}|…)?$`, 'iu'),
    scope: 'run',
    maxLength: 60
  },
  {
    name: 'field-labels',
    kind: 'widget',
    description: 'Short field or section labels in a widget list ("• Image", "• Price", "World")',
    pattern: new RegExp(`^(?:[•·▪◦*>|-] ?)?(?:${fieldLabels})$`, 'iu'),
    scope: 'run',
    maxLength: 40
  },

  // ── widget ────────────────────────────────────────────────────────────────
  {
    name: 'login-button',
    kind: 'widget',
    description: 'Login and account buttons ("Log In", "Sign in", "Create an account", "Continue with Google")',
    pattern:
      /^(?:log ?in|log ?out|sign ?in|sign ?out|sign ?up|register|join(?: now| free)?|subscribe or log ?in|create (?:an |your |a free )?account|my account|manage (?:your )?account|forgot(?:ten)? (?:your )?(?:password|username|login)\??|reset (?:your )?password|change (?:your )?password|remember me|keep me (?:logged|signed) in|show password|hide password|username|password|e-?mail address|(?:continue|sign (?:in|up)|log ?in|login|connect) (?:with|using|via) (?:google|facebook|apple|email|e-mail|twitter|x|linkedin|microsoft|github)|or (?:sign|log) ?in(?: with)?|(?:already (?:have an account|a (?:subscriber|member)|registered)|(?:don'?t|do not) have an account|not a (?:member|subscriber)|new (?:user|here|to [\p{L} ]{1,30}))\??(?: (?:log|sign) ?(?:in|up)(?: here)?| register(?: here| now)?| subscribe(?: now)?| join(?: now| free| today| us)?| create (?:an |one)?(?:account)?)?)[.!]?$/iu,
    maxLength: 80
  },
  {
    name: 'login-message',
    kind: 'widget',
    description: 'Messages from a login or password form ("Enter your account data and we will send you a link to reset your password")',
    pattern:
      // A form speaks to the reader ("your password") or gives an order ("Log in to comment"); a story about password resets does neither.
      new RegExp(
        `^(?=[^\\n]{0,300}\\byou(?:r|rs|'ve|'re|'ll)?\\b)[^\\n]{0,120}\\b(?:${loginPhrases})\\b[^\\n]{0,160}$|^(?:please )?(?:${loginPhrases})\\b[^\\n]{0,160}$`,
        'iu'
      ),
    maxLength: 300,
    triggers: ['password', 'social login', 'log in', 'login', 'sign in', 'signin', 'account', 'verification', 'confirm your', 'enter your']
  },
  {
    name: 'legal-links',
    kind: 'widget',
    description: 'Legal and policy links ("Privacy Policy", "Terms of Service", "Do Not Sell My Personal Information")',
    pattern:
      /^(?:(?:privacy|cookie|cookies)(?: (?:policy|notice|statement|settings|preferences|center|centre))?|terms(?: of (?:service|use|sale))?|terms (?:and|&) conditions|(?:privacy|terms)(?: (?:&|and) (?:terms|privacy|cookies)(?: policy)?)|do not sell(?: or share)? my (?:personal )?info(?:rmation)?|your privacy choices|ad ?choices|accessibility(?: statement)?|contact us|about us|advertise(?: with us)?|careers|sitemap|site map|help(?: center| centre)?|faq|feedback|imprint|impressum|datenschutz(?:erklärung)?|mentions légales|aviso legal|política de privacidad|política de privacidade)(?: ?[|·•] ?[\p{L}&'][\p{L}&' ]{0,38}[\p{L}&']){0,8}$/iu,
    maxLength: 300,
    triggers: [
      'privacy',
      'cookie',
      'terms',
      'do not sell',
      'choices',
      'accessibility',
      'contact us',
      'about us',
      'advertise',
      'careers',
      'sitemap',
      'site map',
      'help',
      'faq',
      'feedback',
      'imprint',
      'impressum',
      'datenschutz',
      'mentions',
      'aviso',
      'política'
    ]
  },
  {
    name: 'shop-widget',
    kind: 'widget',
    description: 'E-commerce and collection buttons ("Add to Collection", "Add to cart", "Out of stock", "$29.99 at Amazon", "Check price on Walmart")',
    pattern:
      /^(?:[•·▪◦*-] ?)?(?:add to (?:cart|bag|basket|collection|collections|wish ?list|favou?rites|compare|reading list|list)|remove from (?:cart|bag|collection|wish ?list|favou?rites)|save to (?:collection|list|favou?rites)|no (?:collections?|items|favou?rites|saved (?:articles|items|stories))(?: yet)?|buy (?:it )?now|shop now|quick ?view|view (?:cart|bag|basket)|checkout|proceed to checkout|(?:in|out of) stock|sold out|compare(?: products)?|free (?:shipping|delivery|returns)(?: on [^\n]{1,40})?|(?:select|choose) (?:options|size|colou?r|quantity)|(?:write|read) (?:a |all )?reviews?|\d{1,3} reviews?|(?:buy|shop|get it|see it|order)(?: it| now| it now)? (?:at|on|from) \p{L}[\p{L}.'&-]*(?: \p{L}[\p{L}.'&-]*){0,3}|(?:check|see|view|compare) (?:the )?(?:price|prices|deal|deals)(?: (?:at|on) \p{L}[\p{L}.'&-]*(?: \p{L}[\p{L}.'&-]*){0,3})?|view deal|(?:(?:was|from|only|now|sale) )?[$£€¥]\s?\d{1,7}(?:[.,]\d{2})?(?: (?:was |now )?[$£€¥]\s?\d{1,7}(?:[.,]\d{2})?)?(?: (?:at|on|from) \p{L}[\p{L}.'&-]*(?: \p{L}[\p{L}.'&-]*){0,3})?)$/iu,
    maxLength: 60
  },
  {
    name: 'ui-instruction',
    kind: 'widget',
    description: 'Instructions addressed to the user of an interface ("Click outside to hide the compare bar", "Drag and drop to rearrange")',
    pattern:
      /^(?!click to (?:share|email|print))(?:click|tap|drag|swipe|hover|double-click|right-click|scroll (?:down|up|left|right)) (?:here|outside|anywhere|to|on (?:the|this)|and (?:drag|hold|drop)|below|above|the (?:button|icon|image|arrow|link)s?)\b[^\n]{0,160}$|^(?!click to (?:share|email|print))[^\n]{0,120}\b(?:drag and drop|drag & drop|fields to be shown|others will be hidden|to rearrange the order|collections? you'?ve created|you(?:'ve| have) (?:not )?(?:created|saved|bookmarked) (?:before|yet|any)|(?:opens|open) in (?:a )?new (?:window|tab))\b[^\n]{0,160}$|^[^\n]{0,120}\b(?:by )?(?:click(?:ing)?|tap(?:ping)?) here[.!]?$/iu,
    maxLength: 220,
    triggers: [
      'click',
      'tap',
      'drag',
      'swipe',
      'hover',
      'scroll',
      'new window',
      'new tab',
      'rearrange',
      'fields to be shown',
      'hidden',
      'collection',
      "you've",
      'you have'
    ]
  },
  {
    name: 'comments-prompt',
    kind: 'widget',
    description: 'A comment-section prompt ("Leave a comment", "Tell us what YOU think...", "12 comments")',
    pattern:
      /^(?:leave|post|add|write|show|view|hide|read|see) (?:a |the |all |your )?(?:\d+ )?(?:comments?|reply|replies)\.{0,3}$|^(?:\d{1,6} )?(?:comments?|replies)(?: \(\d{1,6}\))?$|^(?:join|start) the (?:conversation|discussion|debate)\.{0,3}$|^(?:tell|let) us (?:what|know what|how) (?:you|YOU) (?:think|feel)[.!?]{0,3}$|^what do you think\?{1,3}$|^have your say\.{0,3}$|^be the first to (?:comment|reply|review)\.{0,3}$/iu,
    maxLength: 60
  },

  {
    name: 'comment-policy',
    kind: 'widget',
    description: 'The rules of a comment section ("Comments are moderated", "Os comentários são moderados", "Kommentare werden geprüft")',
    pattern:
      /^(?:(?:note|please note|attention|atenção|atención|hinweis|remarque|nota)\s?:\s?)?(?:(?:all |your )?comments (?:are|will be|may be) (?:moderated|reviewed|closed|subject to|the (?:sole )?responsibility)|comments (?:that|which|with|containing) [^\n]{1,160}(?:will|may) (?:be (?:removed|deleted|rejected|hidden)|not be (?:approved|published|posted))|(?:please )?(?:read|review|see|follow|respect) our (?:comment(?:ing)?|community|discussion) (?:policy|policies|guidelines|rules|standards)|commenting (?:is|has been) (?:closed|disabled|turned off)|(?:os )?comentários (?:são|serão|estão|com|que|ofensivos|não)(?![\p{L}])[^\n]{0,200}(?:moderad|responsabilidade|aprovad|removid|excluíd|publicad)|(?:los )?comentarios (?:están|son|serán|que|con)(?![\p{L}])[^\n]{0,200}(?:moderad|responsabilidad|eliminad|aprobad|publicad)|(?:les )?commentaires (?:sont|seront|qui|contenant)(?![\p{L}])[^\n]{0,200}(?:modérés|fermés|supprimés|responsabilité|publiés)|(?:die )?kommentar(?:e|funktion) (?:werden|wird|ist|wurde|sind)(?![\p{L}])[^\n]{0,200}(?:moderiert|geprüft|geschlossen|deaktiviert|freigeschaltet|gelöscht)|(?:i )?commenti (?:sono|saranno|vengono)(?![\p{L}])[^\n]{0,200}(?:moderati|chiusi|rimossi|responsabilità)|комментарии (?:модерируются|закрыты|проходят модерацию|отключены)|댓글 ?운영 ?원칙|[^\n]{0,80}댓글(?:은|이)? [^\n]{0,60}삭제(?:될 수 있|됩니다|합니다)|コメントは[^\n]{0,120}(?:承認|削除|責任))[^\n]{0,300}$/iu,
    maxLength: 500,
    triggers: ['comment', 'community', 'discussion', 'comentário', 'comentario', 'commentaire', 'kommentar', 'commenti', 'комментари', '댓', 'コメント']
  },
  {
    name: 'error-message',
    kind: 'widget',
    description: 'A widget\'s error message ("Something went wrong. Please try again.", "Une erreur est survenue", "Ocorreu um erro")',
    pattern:
      /^(?:oops[!.,]*\s?|sorry[!.,]*\s?|whoops[!.,]*\s?)?(?:(?:an? )?(?:unexpected |unknown |internal )?error (?:has )?occurred|something went wrong|there (?:was|has been) (?:an? )?(?:error|problem) (?:processing|loading|submitting|sending|saving|with) (?:your|the|this) [\p{L} ]{1,30}|(?:the )?(?:video|page|content|player|comments?) (?:could not|couldn't|failed to) (?:be )?(?:load(?:ed)?|play(?:ed)?)|please try again(?: later)?|une erreur (?:s'est produite|est survenue)|veuillez réessayer(?: plus tard)?|es ist ein fehler aufgetreten|bitte versuchen sie es (?:später )?(?:noch einmal|erneut)|(?:se produjo|ha ocurrido|ocurrió) un error|(?:inténtalo|inténtelo|vuelve a intentarlo) (?:de nuevo|más tarde)|(?:ocorreu|houve) um erro|tente novamente(?: mais tarde)?|si è verificato un errore|riprova più tardi|произошла ошибка|попробуйте (?:ещё раз|еще раз|позже)|エラーが発生しました|出错了|发生错误|오류가 발생했습니다)(?:[.!,;:]?\s?(?:please )?(?:try again(?: later)?|refresh the page|reload the page|veuillez réessayer(?: plus tard)?|bitte versuchen sie es (?:später )?(?:noch einmal|erneut)|(?:inténtalo|inténtelo) (?:de nuevo|más tarde)|tente novamente(?: mais tarde)?|riprova più tardi|попробуйте (?:ещё раз|еще раз|позже)))?[.!]?$/iu,
    maxLength: 200,
    triggers: [
      'erro',
      'wrong',
      'problem',
      'could',
      'failed',
      'again',
      'erreur',
      'réessayer',
      'fehler',
      'versuchen',
      'intent',
      'intént',
      'tente',
      'riprova',
      'ошибка',
      'попробуйте',
      'エラー',
      '错',
      '오'
    ]
  },
  {
    name: 'article-tools',
    kind: 'widget',
    description: 'Article tool buttons ("Print article", "Order reprints", "Text size", "Artikel drucken", "Версия для печати")',
    pattern:
      /^(?:print (?:this )?(?:article|story|page|post)|printer[- ]friendly(?: version)?|(?:order|buy|purchase|request) (?:a )?reprints?|reprints?(?: (?:&|and) permissions)?|(?:save|bookmark) (?:this )?(?:article|story|for later)|(?:font|text) size|(?:report|submit|suggest) (?:an? )?(?:error|correction|typo)|explore further|listen to (?:this )?(?:article|story)|gift (?:this )?article|artikel (?:drucken|merken|speichern|teilen|vorlesen)|druckversion|schriftgröße|fehler melden|imprimer (?:l'article|cet article|la page)|version imprimable|taille du texte|signaler une erreur|imprimir (?:artículo|noticia|matéria|artigo|página)|tamaño (?:de|del) (?:letra|texto)|tamanho d[ao] (?:letra|fonte|texto)|reportar (?:un |um )?erro[r]?|stampa (?:l'articolo|articolo)|dimensione (?:del )?testo|segnala (?:un )?errore|версия для печати|распечатать|размер шрифта|сообщить об ошибке|기사 ?(?:인쇄|스크랩|저장)|글자 ?크기|印刷する|文字サイズ)$/iu,
    maxLength: 60
  },

  // ── advertisement ─────────────────────────────────────────────────────────
  {
    name: 'advertisement',
    kind: 'advertisement',
    description: 'An ad label or ad slot text ("Advertisement", "Story continues below advertisement", "Sponsored")',
    pattern:
      /^[-–— ]{0,3}(?:advertisement|advertising|advert|ads?|anzeige|publicité|publicidad|publicidade|pubblicità|реклама|sponsored(?: content| post| links?| stories)?|promoted(?: content| stories| links?)?|paid (?:content|post|partnership|promotion)|partner content|(?:story|article|text|content) continues (?:below|after)(?: (?:this |the )?(?:advertisement|ad))?|continue reading (?:below|after (?:the )?(?:ad|advertisement))|scroll (?:down )?to continue(?: with content| reading)?|ad feedback|report (?:this )?ad|skip ad|close ad|remove ads|ad-free|this is an ad)[-–— ]{0,3}$/iu,
    maxLength: 60
  },

  {
    name: 'sponsor-disclosure',
    kind: 'advertisement',
    description:
      'A sponsorship or affiliate disclosure ("This shop has been compensated by …", "This post contains affiliate links", "we may earn an affiliate commission")',
    pattern:
      /^\(?(?:disclosure: )?(?:this|the) (?:post|shop|article|story|content|page|review|video)\b[^\n]{0,40}\b(?:has been|was|is|may be) (?:compensated|sponsored|paid for|supported|brought to you)\b[^\n]{0,300}$|^[^\n]{0,120}\b(?:contains|may contain|includes) affiliate links?\b[^\n]{0,300}$|^[^\n]{0,160}\b(?:we|i) (?:may|might|could) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?(?:commission|compensation|share of (?:the )?(?:sales|revenue))\b[^\n]{0,300}$|^[^\n]{0,160}\b(?:we|i) (?:earn|receive|get) (?:an? )?(?:small )?affiliate commission\b[^\n]{0,300}$|^[^\n]{0,40}\bas an amazon associate\b[^\n]{0,200}$/iu,
    maxLength: 500,
    triggers: ['compensated', 'sponsored', 'paid for', 'supported', 'brought to you', 'affiliate', 'commission', 'compensation', 'share of', 'amazon associate']
  },

  // ── newsletter ────────────────────────────────────────────────────────────
  {
    name: 'newsletter',
    kind: 'newsletter',
    description: 'A newsletter or subscription pitch ("Sign up for our newsletter", "delivered to your inbox")',
    pattern:
      // The pitch opens a sentence ("Sign up for …", "Want more? Subscribe to …"); "people subscribe to the digest" is news.
      /^[^\n]{0,200}\b(?:(?<=^|[.!?:;,|-] |\b(?:to|and|please|or|now|today|simply|just) )(?:sign up|subscribe|register)(?: now| today| here)?(?: for| to)? (?:our|the|a|this|my|free)?\s?(?:free )?(?:[\p{L}\d'’&+-]+ ){0,4}(?:newsletters?|e-?mail (?:newsletter|alerts|updates|digest)|news ?alerts|alerts|bulletin|digest|briefing)\b|newsletters?\b[^\n]{0,60}\b(?:sign[ -]?up|subscribe)|delivered (?:straight |directly |right )?(?:to|through|into) your (?:inbox|letterbox|mailbox)|(?<=[.!?:;,] )(?:sign up|subscribe)(?: here| now| today)[.!]?$|^(?:to )?(?:get|receive) (?:this|our|the|it)\b[^\n]{0,40} in your inbox\b|(?:lands?|arrives?|right|straight) in your inbox|enter your e-?mail(?: address)?|thanks? (?:you )?for (?:signing up|subscribing)|(?:you (?:may|can) )?unsubscribe (?:at any time|from (?:these|this|our))|complimentary subscription to|you(?:'re| are) (?:now )?subscribed|^(?:get|receive|want) (?:our |the |free )?(?:breaking|daily|weekly|morning|evening) (?:news )?(?:e-?mails|alerts|newsletter|briefing)\b[^\n]{0,40}$|\d{1,3} issues for [$£€]\s?\d|^subscribe to [^\n]{1,60} (?:via|by) e-?mail|^join [\d,]{1,9} other (?:subscribers|followers))[^\n]{0,200}$/iu,
    maxLength: 400,
    triggers: [
      'newsletter',
      'sign up',
      'subscri',
      'register',
      'inbox',
      'letterbox',
      'mailbox',
      'email',
      'e-mail',
      'alerts',
      'briefing',
      'bulletin',
      'digest',
      'issues for',
      'followers',
      'signing up'
    ]
  },
  {
    name: 'subscribe-button',
    kind: 'newsletter',
    description: 'A bare subscribe button ("Subscribe", "Subscribe now")',
    pattern:
      /^(?:subscribe|subscribe now|subscribe today|subscribe here|get the newsletter|newsletter|newsletters|e-?mail newsletters?|abonnieren|s'abonner|abonnez-vous|suscríbete|suscribirse|assine|iscriviti|подписаться)[.!]?$/iu,
    maxLength: 40
  },

  // ── share ─────────────────────────────────────────────────────────────────
  {
    name: 'share',
    kind: 'share',
    description: 'Share prompts ("Share this article", "Share on Facebook", "Sharing is caring!")',
    pattern:
      /^(?:share(?: (?:this|the|on|via|to|with|your))?(?: full)?(?: (?:article|story|post|page|link|video|photo|gallery))?(?: (?:on|via|with|to))?(?: ?(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|reddit|pinterest|telegram|flipboard|messenger)[, ]{0,2}){0,8}:?|sharing is caring!?|(?:share )?(?:show (?:more|less)|close|hide|more)(?: extra)? sharing options|share (?:your )?(?:thoughts|story)|click to (?:share|email|print)[^\n]{0,60}|(?:tweet|pin|email|e-mail|print) (?:this|it)(?: (?:article|story|page))?|\d[\d.,]{0,6}[km]? shares?|shares?|teilen|partager|compartir|compartilhe|condividi|поделиться)$/iu,
    maxLength: 160
  },
  {
    name: 'follow-us',
    kind: 'share',
    description: 'A social follow pitch ("Follow us on Twitter", "Follow The Times Opinion section on Facebook, Twitter and Instagram")',
    pattern:
      /^(?:follow|like|find|join|connect with) (?:us|me|[\p{Lu}][^\n]{0,100}) on (?:facebook|twitter|instagram|x|linkedin|tiktok|youtube|threads|bluesky|mastodon|telegram|whatsapp|social media)\b[^\n]{0,160}$/iu,
    maxLength: 300
  },
  {
    name: 'social-buttons',
    kind: 'share',
    description: 'Social network and share button names, junk only next to other junk ("Facebook", "Email", "Reddit")',
    pattern: new RegExp(`^(?:[•·▪◦*|-] ?)?(?:${social})(?:[ ,|·•]{1,3}(?:${social})){0,8}$`, 'iu'),
    scope: 'run',
    maxLength: 120
  },

  // ── pitch ─────────────────────────────────────────────────────────────────
  {
    name: 'reader-pitch',
    kind: 'pitch',
    description:
      'The site asking its reader to act on the story ("Enjoyed this article? Share it", "Got a tip?", "Gostou desta matéria?", "Понравилась статья?")',
    // It speaks about this article, to "you": "If you enjoyed the first season, the story arc …" is news.
    pattern:
      /^(?:(?:did|do) you (?:enjoy|like|love|appreciate) (?:this|our|reading this) |if you (?:enjoyed|liked|loved|appreciated|valued|found value in|value) (?:this|our|reading this) )(?:article|story|post|piece|read|newsletter|content|journalism|reporting|video|podcast)\b[^\n]{0,300}$|^(?:enjoy(?:ed)?|like[d]?|love[d]?|appreciate[d]?) (?:this|our) (?:article|story|post|piece|read|newsletter|content|journalism|reporting|video|podcast)\?[^\n]{0,300}$|^(?:have|got) (?:a|any) (?:news |story )?tips?\?[^\n]{0,300}$|^(?:send|email|e-mail) us (?:your )?(?:news |story )?tips?\b[^\n]{0,200}$|^(?:please )?(?:share|forward) (?:this|the|our) (?:article|story|post|newsletter) with (?:a friend|your friends|friends|someone)\b[^\n]{0,200}$|^[^\n]{0,160}\bwe(?:'d| would) (?:like|love) to hear (?:from you|what you think|your thoughts)\b[^\n]{0,300}$|^(?:vous avez aimé|vous aimez|si vous avez aimé) (?:cet|cette|ce|notre) (?:article|contenu|reportage|texte|vidéo)(?![\p{L}])[^\n]{0,300}$|^(?:cet|cette|ce) (?:article|contenu|reportage) vous a (?:plu|intéressé)(?![\p{L}])[^\n]{0,300}$|^(?:(?:hat|haben) (?:ihnen|dir|euch)|gefällt (?:ihnen|dir|euch)|(?:wenn|falls) (?:ihnen|dir|euch)) (?:dieser|der|unser|dieses|das) (?:artikel|beitrag|text|video)(?![\p{L}])[^\n]{0,300}$|^¿?(?:si )?(?:te|le|os|les) (?:ha gustado|han gustado|gustó|gusto) (?:este|esta|el|la|nuestro|nuestra) (?:artículo|nota|noticia|contenido|reportaje|texto)(?![\p{L}])[^\n]{0,300}$|^(?:se )?(?:você )?gostou (?:deste|desta|do|da|dessa|desse) (?:artigo|matéria|post|texto|conteúdo|notícia|reportagem)(?![\p{L}])[^\n]{0,300}$|^(?:se )?(?:ti|vi) è piaciut[oa] (?:questo|questa|quest'|l')\s?(?:articolo|post|contenuto|notizia)(?![\p{L}])[^\n]{0,300}$|^(?:если )?(?:вам )?понравил(?:ась|ся|ось|ись) (?:эта |этот |это |наш |наша )?(?:статья|материал|текст|пост|новость)(?![\p{L}])[^\n]{0,300}$/iu,
    maxLength: 500,
    triggers: [
      '?',
      'you enjoy',
      'you like',
      'you love',
      'you appreciat',
      'if you',
      'tip',
      'friend',
      'someone',
      'to hear',
      'aim',
      'plu',
      'intéressé',
      'gefall',
      'gust',
      'gostou',
      'piaciut',
      'понравил'
    ]
  },

  // ── metadata ──────────────────────────────────────────────────────────────
  {
    name: 'timestamp',
    kind: 'metadata',
    description: 'A machine timestamp alone on a line ("2019-11-18T09:42:00Z", "1574096160")',
    pattern: /^\d{4}-\d\d-\d\d(?:[t ]\d\d:\d\d(?::\d\d(?:[.,]\d{1,9})?)?)? ?(?:z|utc|gmt|[+-]\d\d:?\d\d)?$|^1[0-9]{9}(?:\d{3})?$/iu,
    maxLength: 40
  },
  {
    name: 'media-url',
    kind: 'metadata',
    description: 'The address of an image, video or audio file alone on a line ("https://cdn.example.com/photo.jpg")',
    pattern:
      /^(?:(?:https?:)?\/\/|\/)?[^\s<>"]{0,1000}\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|mp4|m4v|webm|mov|mp3|m4a|ogg|wav|m3u8)(?:[?#][^\s<>"]{0,500})?$/iu,
    maxLength: 1600,
    triggers: [
      '.jp',
      '.png',
      '.gif',
      '.webp',
      '.avif',
      '.svg',
      '.bmp',
      '.tif',
      '.heic',
      '.mp4',
      '.m4v',
      '.webm',
      '.mov',
      '.mp3',
      '.m4a',
      '.ogg',
      '.wav',
      '.m3u8'
    ]
  },
  {
    name: 'cms-field',
    kind: 'metadata',
    description: 'A CMS or page field leaked as text: a machine key and its value ("og:image: https://…", "post_id: 48213", a line of JSON)',
    // A key a machine wrote: snake_case, camelCase, a namespace (og:title), or quoted JSON; "Note: …" is a label, not a key.
    pattern:
      /^(?:[a-z][a-z\d]*(?:_[a-z\d]+)+|[a-z]{2,}(?:[A-Z][a-z\d]+)+|(?:og|article|twitter|fb|dc|dcterms|itemprop|schema|data|meta|wp|al|music|video|book|profile):[a-z_:]{1,40})\s?[:=]\s?\S[^\n]{0,400}$|^[{[]?\s?"[@$\w.-]{1,60}"\s?:\s?(?:"|\d|\[|\{|true|false|null)[^\n]{0,2000}$/u,
    scope: 'edge',
    maxLength: 2100,
    triggers: ['_', ':', '=']
  },
  {
    name: 'shortcode',
    kind: 'metadata',
    description: 'A CMS shortcode left in the text ("[caption id=…]", "[gallery ids=…]", "[embed]…[/embed]")',
    // Attributes (key=) or a closing tag make it code: "[Related: …]" and "[1]" are text.
    pattern: /^\[([a-z_][a-z\d_-]{1,30})(?:\s[a-z_-]{1,30}=[^\]\n]{0,300}\]|\][^\n]{0,300}?\[\/\1\])[^\n]{0,300}$/u,
    maxLength: 700,
    triggers: ['=', '/']
  },
  {
    name: 'site-name',
    kind: 'metadata',
    description: 'A site\'s domain alone on a line above the story ("Example.com", "lenta.ru")',
    pattern:
      /^(?:www\.)?[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?){0,3}\.(?:com|net|org|info|biz|news|media|tv|io|co|blog|online|site|press|uk|us|ca|au|in|de|fr|es|it|pt|br|ru|ua|pl|nl|be|ch|at|se|no|dk|fi|ie|nz|za|ng|ke|jp|kr|cn|tw|hk|sg|my|ph|id|mx|ar|cl|co\.uk|com\.au|co\.kr|co\.jp|com\.br)$/iu,
    scope: 'head',
    maxLength: 80
  },

  // ── copyright ─────────────────────────────────────────────────────────────
  {
    name: 'copyright',
    kind: 'copyright',
    description: 'A copyright line ("© 2019 CBS Interactive Inc. All Rights Reserved.")',
    pattern:
      // "Copyright" and a company must end the line (bar "All rights reserved"): "Copyright infringement cost Getty Images Inc. millions" is news.
      /^(?:©|\(c\)|copyright) ?(?:©|\(c\) ?)?\d{4}[^\n]{0,200}$|^(?:©|\(c\)|copyright) ?(?:©|\(c\) ?)?[^\n]{1,120}\b(?:inc|ltd|llc|plc|gmbh|corp|corporation|company|group|media|limited)\b\.?(?:,? all rights reserved\.?)?$|^(?:[^\n]{0,160}\ball rights reserved\b|[^\n]{0,120}(?:\bmay not be (?:published|reproduced|redistributed|rewritten|broadcast)|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|все права защищены|wszelkie prawa zastrzeżone))[^\n]{0,200}$/iu,
    maxLength: 300,
    triggers: [
      '©',
      '(c)',
      'copyright',
      'rights reserved',
      'may not be',
      'droits réservés',
      'rechte vorbehalten',
      'derechos reservados',
      'direitos reservados',
      'diritti riservati',
      'права защищены',
      'prawa zastrzeżone'
    ]
  },

  // ── cookie ────────────────────────────────────────────────────────────────
  {
    name: 'cookie-banner',
    kind: 'cookie',
    description: 'A cookie-consent banner ("This website uses cookies to improve your experience")',
    pattern:
      /^[^\n]{0,160}\b(?:(?:this|our) (?:web)?site uses cookies|we use cookies|(?:uses|use) cookies (?:and (?:other|similar) (?:tracking )?technologies |for personali[sz]ation |to (?:improve|enhance|give|provide|ensure|personali[sz]e|offer|analy[sz]e))|accept (?:all )?cookies|cookie (?:settings|preferences|consent|banner)|by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:web)?site,? you (?:agree|accept|consent))\b[^\n]{0,1200}$/iu,
    maxLength: 1400,
    triggers: ['cookie']
  },

  // ── paywall ───────────────────────────────────────────────────────────────
  {
    name: 'paywall',
    kind: 'paywall',
    description: 'A paywall or metering message ("Subscribe to continue reading", "You have reached your limit of free articles")',
    pattern:
      // Wall text opens a sentence; "Voters must register to access the ballot" is news.
      /^[^\n]{0,120}\b(?:(?<=^|[.!?:|] |please )(?:subscribe|sign in|log in|register) (?:now )?to (?:continue|read|unlock|keep reading|access|get full access)|for subscribers only|subscribers? only|exclusive (?:to|for) subscribers|(?:reached|used) (?:your|all (?:of )?your) (?:limit|maximum|free)|free articles? (?:left|remaining|this month)|unlock (?:this|the full|full) (?:article|story)|(?<=^|[.!?:|] )(?:already|become) a (?:subscriber|member)|this (?:article|content|story) is (?:for|available to|reserved for) (?:subscribers|members|premium))\b[^\n]{0,200}$|^(?:please |help )?support (?:our|independent|quality) journalism\b[^\n]{0,200}$/iu,
    maxLength: 400,
    triggers: [
      'subscri',
      'sign in',
      'log in',
      'register',
      'free article',
      'unlock',
      'already a',
      'become a',
      'journalism',
      'reached your',
      'used your',
      'used all',
      'members',
      'premium'
    ]
  },

  // Interface words of other languages, as data (rules-i18n.ts).
  ...i18nRules
]
