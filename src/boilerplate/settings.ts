import {booleanOption, choiceOption, rangeError, typeError, type OptionKeys} from '../options.js'
import {inputFormats, type InputFormat} from '../types.js'
import {compileRules, type ClassifyContext, type CompiledRules} from './classify.js'
import {boilerplateKinds, isBoilerplateKind, type BoilerplateKind} from './kinds.js'
import {repeatedLines, type BoilerplateModel} from './learn.js'
import type {Rule, RuleScope} from './rule.js'
import {defaultRules} from './rules.js'

/** Options for `stripBoilerplate` (and, with more, `clean`). */
export interface StripBoilerplateOptions {
  /** Kinds to recognise but leave in (e.g. `['byline']`). @default [] */
  keep?: readonly BoilerplateKind[]
  /** Extra rules, tried before the built-in ones. @default [] */
  rules?: readonly Rule[]
  /** Whether to use the built-in rules ({@link defaultRules}). @default true */
  defaultRules?: boolean
  /**
   * How to read the input: `'markdown'` parses it with remark-parse, `'text'`
   * reads it line by line, `'auto'` parses only when it sniffs markdown syntax.
   * @default 'auto'
   */
  format?: InputFormat
  /**
   * A model from `learnBoilerplate`: lines it learned as boilerplate are
   * removed, kind `'repeated'`. @default undefined
   */
  model?: BoilerplateModel
  /**
   * Find where the article starts and ends: remove a trailing block of short
   * widget lines (links, UI words, hashtags, prices, counters) as one block,
   * kind `'widget'`, and a run of navigation lines above the headline, kind
   * `'navigation'`. @default true
   */
  edges?: boolean
}

const scopes: readonly RuleScope[] = ['line', 'head', 'tail', 'edge', 'run', 'suffix']
/** @internal The keys of {@link StripBoilerplateOptions}, shared with the options that extend them. */
export const stripKeys = {
  keep: true,
  rules: true,
  defaultRules: true,
  format: true,
  model: true,
  edges: true
} as const satisfies OptionKeys<StripBoilerplateOptions>

let compiledDefaults: CompiledRules | undefined
let compiledNone: CompiledRules | undefined
// User rule lists are compiled once per array (with and without the built-in
// rules), so a pipeline passing the same options pays once.
const compiledWithDefaults = new WeakMap<readonly Rule[], CompiledRules>()
const compiledAlone = new WeakMap<readonly Rule[], CompiledRules>()

/** @internal {@link StripBoilerplateOptions}, resolved: what `analyze` needs. */
export interface StripSettings {
  format: InputFormat
  rules: CompiledRules
  keep: ReadonlySet<BoilerplateKind>
  context: ClassifyContext
}

/**
 * @internal Resolve the options `stripBoilerplate` and `clean` share,
 * throwing a `TypeError` or `RangeError` naming a bad one. Rules are compiled
 * and a model read once per array or model object.
 */
export function resolveStripOptions(options: StripBoilerplateOptions): StripSettings {
  const format = choiceOption(options.format, inputFormats, 'options.format', 'auto')
  const useDefaults = booleanOption(options.defaultRules, 'options.defaultRules', true)
  const edges = booleanOption(options.edges, 'options.edges', true)
  const repeated = options.model === undefined ? undefined : repeatedLines(options.model, 'options.model')
  if (options.keep !== undefined && !Array.isArray(options.keep)) throw typeError('options.keep', 'an array of kinds', options.keep)
  for (const [index, kind] of (options.keep ?? []).entries()) {
    if (!isBoilerplateKind(kind)) throw rangeError(`options.keep[${index}]`, `one of: ${boilerplateKinds.join(', ')}`, kind)
  }
  if (options.rules !== undefined) {
    if (!Array.isArray(options.rules)) throw typeError('options.rules', 'an array of rules', options.rules)
    for (const [index, rule] of options.rules.entries()) checkRule(rule, `options.rules[${index}]`)
  }
  return {
    format,
    rules: rulesFor(options.rules ?? [], useDefaults),
    keep: new Set(options.keep ?? []),
    context: {edges, ...(repeated ? {repeated} : {})}
  }
}

function checkRule(rule: unknown, name: string): asserts rule is Rule {
  if (rule === null || typeof rule !== 'object') throw typeError(name, 'a rule object', rule)
  const {name: ruleName, kind, description, pattern, scope, maxLength, triggers} = rule as Record<string, unknown>
  if (typeof ruleName !== 'string' || ruleName === '') throw typeError(`${name}.name`, 'a non-empty string', ruleName)
  if (!isBoilerplateKind(kind)) throw rangeError(`${name}.kind`, `one of: ${boilerplateKinds.join(', ')}`, kind)
  if (description !== undefined && typeof description !== 'string') throw typeError(`${name}.description`, 'a string', description)
  if (!(pattern instanceof RegExp)) throw typeError(`${name}.pattern`, 'a RegExp', pattern)
  choiceOption(scope, scopes, `${name}.scope`, 'line')
  if (maxLength !== undefined && typeof maxLength !== 'number') throw typeError(`${name}.maxLength`, 'a number', maxLength)
  if (maxLength !== undefined && !(maxLength >= 0)) throw rangeError(`${name}.maxLength`, 'a non-negative number', maxLength)
  if (triggers !== undefined) {
    if (!Array.isArray(triggers)) throw typeError(`${name}.triggers`, 'an array of strings', triggers)
    for (const [index, word] of triggers.entries()) {
      if (typeof word !== 'string' || word.length === 0 || word.length === 2) {
        throw rangeError(`${name}.triggers[${index}]`, 'a string of one character, or three or more', word)
      }
    }
  }
}

function rulesFor(user: readonly Rule[], useDefaults: boolean): CompiledRules {
  if (user.length === 0) return useDefaults ? (compiledDefaults ??= compileRules(defaultRules)) : (compiledNone ??= compileRules([]))
  const cache = useDefaults ? compiledWithDefaults : compiledAlone
  let compiled = cache.get(user)
  if (!compiled) {
    const described = user.map((rule) => ({
      ...rule,
      description: rule.description ?? `User rule ${rule.name}`,
      ...(rule.scope === 'suffix' ? {pattern: nonEmptySuffix(rule.pattern)} : {})
    }))
    compiled = compileRules(useDefaults ? [...described, ...defaultRules] : described)
    cache.set(user, compiled)
  }
  return compiled
}

/**
 * A suffix pattern that cannot match the empty string: a suffix match ends
 * where the line does, so one that starts before some character is not
 * empty. An empty match would make an empty removal, and would stop the
 * suffix rules after it from being tried.
 */
function nonEmptySuffix(pattern: RegExp): RegExp {
  return new RegExp(`(?=[\\s\\S])(?:${pattern.source})`, pattern.flags)
}
