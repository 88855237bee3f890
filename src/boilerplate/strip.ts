import {analyze} from '../analyze.js'
import {assertString, checkOptions} from '../options.js'
import {cutRemovals} from '../render.js'
import type {CleanResult} from '../types.js'
import {wellFormed} from '../well-formed.js'
import {resolveStripOptions, stripKeys, type StripBoilerplateOptions} from './settings.js'

/**
 * Remove boilerplate without normalizing what stays: every kept line is
 * returned as it was in the input (markdown stays markdown), and every removal
 * is reported with its kind, rule, reason, text and offsets.
 *
 * @example
 * const {text, removed} = stripBoilerplate('Story text here.\n\nBack to Top')
 * text // => 'Story text here.'
 * removed[0].kind // => 'navigation'
 */
export function stripBoilerplate(input: string, options: StripBoilerplateOptions = {}): CleanResult {
  assertString(input, 'input')
  // Lines are judged as `clean` (normalizing, rejoining) would leave them, so both make the same removals.
  const analysis = analyze(input, resolveStripOptions(checkOptions(options, stripKeys)), {}, true)
  return {text: wellFormed(cutRemovals(input, analysis.removed)), removed: analysis.removed}
}
