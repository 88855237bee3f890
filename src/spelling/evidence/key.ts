/**
 * `'key'`: the two forms are one word spelled with or without apostrophes,
 * periods or diacritics (`Chinas`/`China's`, `U.S.`/`US`, `naive`/`naïve`).
 */
import {ENGLISH, UNDETERMINED} from '../languages.js'
import {isApostropheClash} from '../rules.js'
import type {EvidenceStep} from './step.js'

const PERIODS = /\./g
const LATIN_WORD = /^[\p{Script=Latin}\p{M}'.]+$/u

export const keyEvidence: EvidenceStep = {
  name: 'key',
  strength: 80,
  find({weak, strong, sameKey}, corpus) {
    if (!sameKey) return undefined
    const weakForm = corpus.forms[weak] as string
    const strongForm = corpus.forms[strong] as string
    const key = corpus.keys[weak] as string
    // Beyond acronym periods, a short or non-Latin word is too often a
    // different word: `so`/`só`, `Im`/`I'm`, `идеи`/`идей`.
    if (weakForm.replace(PERIODS, '') !== strongForm.replace(PERIODS, '') && (key.length < 4 || !LATIN_WORD.test(weakForm) || !LATIN_WORD.test(strongForm))) {
      return undefined
    }
    // `vídeo`/`video` are both right in Portuguese text, `státu`/`států` in
    // Czech, and an apostrophe is a letter in many languages (the glottal
    // stop of Hawaiian or Navajo): a missing, extra or other accent or
    // apostrophe is a variant only in English text. Acronym periods (`U.S.`)
    // are a variant in any.
    if (weakForm.replace(PERIODS, '') !== strongForm.replace(PERIODS, '') || corpus.patterns[weak] !== 'upper') {
      const language = corpus.languages[weak]
      if (language !== ENGLISH && (language !== UNDETERMINED || !corpus.inKnownCompany(weak))) return undefined
    }
    // `Banks`/`Bank's` in a headline are a plural and a possessive, because
    // `banks` or `bank` occurs as a common noun; `Chinas`/`China's` is a typo.
    const isCommonNoun = (lowerPlural: string): boolean =>
      corpus.isKnown(lowerPlural) || corpus.stats.forms.has(lowerPlural) || corpus.stats.forms.has(lowerPlural.slice(0, -1))
    if (isApostropheClash(strongForm, weakForm, key, isCommonNoun)) return undefined
    return {contexts: corpus.sharedContexts(strong, weak)}
  }
}
