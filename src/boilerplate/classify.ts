import type {BoilerplateKind} from './kinds.js'
import type {Rule, RuleScope} from './rules.js'

/** A rule ready to run: flags cleaned, defaults filled in. */
export interface CompiledRule {
  rule: Rule
  pattern: RegExp
  scope: RuleScope
  maxLength: number
}

/** Why one segment (or its tail) goes. */
export interface Verdict {
  kind: BoilerplateKind
  rule: string
  reason: string
  /** For a partial removal: where the removed suffix starts in the segment's raw text. */
  suffixStart?: number
}

const tailRule = 'widget-tail'
const tailReason = 'A short line inside the block of widget lines that follows the last paragraph'
const runNote = ' (next to other boilerplate)'
const edgeNote = ' (above the first or below the last paragraph)'
// Suffix rules see at most this much of a line's end, so a huge line costs no more than a short one.
const suffixWindow = 2000

/**
 * Compile rules once: copy each pattern without `g`/`y` so `test()` keeps no state.
 */
export function compileRules(rules: readonly Rule[]): CompiledRule[] {
  return rules.map((rule) => ({
    rule,
    pattern: new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '')),
    scope: rule.scope ?? 'line',
    maxLength: rule.maxLength ?? 300
  }))
}

interface Candidates {
  line?: CompiledRule
  head?: CompiledRule
  tail?: CompiledRule
  run?: CompiledRule
  suffix?: {rule: CompiledRule; start: number}
}

const terminal = /[.!?…]["'”’)\]]*$/
const sentenceEnd = /\.["'”’)\]]*$/
// Numbered list items are content (a listicle), not widgets.
const numbered = /^\d{1,3}[.)] /
const space = / +/g

function wordCount(text: string): number {
  let count = 1
  space.lastIndex = 0
  while (space.exec(text)) count++
  return count
}

/** A body line reads like prose: a finished sentence of some length, or a long run of words. */
function isBody(text: string): boolean {
  if (text.length < 40) return false
  const words = wordCount(text)
  return words >= 25 || (words >= 8 && terminal.test(text))
}

/** A line short enough, and unfinished enough, to be part of a widget block. */
function isShortUi(text: string): boolean {
  return text.length <= 80 && wordCount(text) <= 8 && !sentenceEnd.test(text) && !numbered.test(text)
}

function candidatesFor(text: string, raw: string | undefined, rules: readonly CompiledRule[]): Candidates {
  const found: Candidates = {}
  const length = text.length
  for (const compiled of rules) {
    if (compiled.scope === 'suffix') {
      if (found.suffix || raw === undefined) continue
      const offset = Math.max(0, raw.length - suffixWindow)
      const match = compiled.pattern.exec(offset ? raw.slice(offset) : raw)
      if (match && match.index + match[0].length === raw.length - offset && match.index + offset > 0) {
        found.suffix = {rule: compiled, start: match.index + offset}
      }
      continue
    }
    if (length > compiled.maxLength) continue
    switch (compiled.scope) {
      case 'line': {
        if (compiled.pattern.test(text)) {
          found.line = compiled
          return found
        }
        break
      }
      case 'head': {
        if (!found.head && compiled.pattern.test(text)) found.head = compiled
        break
      }
      case 'tail': {
        if (!found.tail && compiled.pattern.test(text)) found.tail = compiled
        break
      }
      case 'edge': {
        if (compiled.pattern.test(text)) {
          found.head ??= compiled
          found.tail ??= compiled
        }
        break
      }
      case 'run': {
        if (!found.run && compiled.pattern.test(text)) found.run = compiled
        break
      }
    }
  }
  return found
}

function verdict(compiled: CompiledRule, note = ''): Verdict {
  return {kind: compiled.rule.kind, rule: compiled.rule.name, reason: compiled.rule.description + note}
}

/**
 * Decide, for each segment, whether it is boilerplate and why.
 *
 * `texts` are the normalized segment texts the rules match; `raws` the source
 * of verbatim segments (for partial removals), or `undefined` where offsets
 * inside the segment do not map to the input. Kinds in `keep` are recognised
 * (so they still count as boilerplate context) but not removed.
 */
export function classify(
  texts: readonly string[],
  raws: ReadonlyArray<string | undefined>,
  rules: readonly CompiledRule[],
  keep: ReadonlySet<BoilerplateKind>
): Array<Verdict | undefined> {
  const count = texts.length
  const candidates = texts.map((text, index) => candidatesFor(text, raws[index], rules))
  const verdicts: Array<Verdict | undefined> = Array.from({length: count})
  // Junk: recognised as boilerplate, removed or kept; context for runs and the tail block.
  const junk: boolean[] = Array.from({length: count}, () => false)

  for (let index = 0; index < count; index++) {
    const line = candidates[index]!.line
    if (line) {
      junk[index] = true
      verdicts[index] = verdict(line)
    }
  }

  let firstBody = -1
  let lastBody = -1
  for (let index = 0; index < count; index++) {
    if (!junk[index] && isBody(texts[index]!)) {
      if (firstBody < 0) firstBody = index
      lastBody = index
    }
  }

  // Lines above the first and below the last paragraph.
  if (firstBody >= 0) {
    for (let index = 0; index < count; index++) {
      if (junk[index] || (index > firstBody && index < lastBody)) continue
      const found = candidates[index]!
      // Words junk only in company count above the story (nav bars), not below it: there the block rule decides.
      const compiled = index < firstBody ? (found.head ?? found.run) : index > lastBody ? found.tail : undefined
      if (compiled) {
        junk[index] = true
        verdicts[index] = verdict(compiled, compiled.scope === 'run' ? edgeNote : '')
      }
    }
  }

  // Runs: words that are junk only in company, next to a line that is junk on its own.
  let runStart = 0
  while (runStart < count) {
    if (!junk[runStart] && !candidates[runStart]!.run) {
      runStart++
      continue
    }
    let runEnd = runStart
    let strong = false
    while (runEnd < count && (junk[runEnd] || candidates[runEnd]!.run)) {
      strong ||= junk[runEnd]!
      runEnd++
    }
    if (strong) {
      for (let index = runStart; index < runEnd; index++) {
        if (!junk[index]) {
          junk[index] = true
          verdicts[index] = verdict(candidates[index]!.run!, runNote)
        }
      }
    }
    runStart = runEnd
  }

  // The widget block after the last paragraph: a trailing block of nothing but
  // junk and short unfinished lines, with two or more junk lines in it, goes
  // whole — short lines between its first and last junk line included.
  if (lastBody >= 0) {
    let first = -1
    let last = -1
    let strong = 0
    for (let index = count - 1; index > lastBody; index--) {
      if (junk[index]) {
        strong++
        first = index
        if (last < 0) last = index
      } else if (!isShortUi(texts[index]!)) {
        break
      }
    }
    if (strong >= 2) {
      for (let index = first + 1; index < last; index++) {
        if (!junk[index]) {
          junk[index] = true
          verdicts[index] = {kind: 'widget', rule: tailRule, reason: tailReason}
        }
      }
    }
  }

  for (let index = 0; index < count; index++) {
    const found = candidates[index]!
    if (!verdicts[index] && found.suffix) {
      verdicts[index] = {...verdict(found.suffix.rule), suffixStart: found.suffix.start}
    }
    const current = verdicts[index]
    if (current && keep.has(current.kind)) verdicts[index] = undefined
  }

  return verdicts
}
