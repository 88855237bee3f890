import type {BoilerplateKind} from './kinds.js'

/**
 * Where in a document a rule may fire.
 *
 * - `'line'`: anywhere; the pattern must match the whole line.
 * - `'head'`: only above the first body paragraph (mastheads, bylines).
 * - `'tail'`: only below the last body paragraph (footers, widgets).
 * - `'edge'`: in the head or the tail.
 * - `'run'`: words that are junk only in company (`Close`, `Email`, `• Price`):
 *   removed when next to other removed lines, or in the head or tail.
 * - `'suffix'`: the trailing part of a line that the pattern matches
 *   (anchor it with `$`); the rest of the line stays.
 */
export type RuleScope = 'line' | 'head' | 'tail' | 'edge' | 'run' | 'suffix'

/** A boilerplate rule: data, not code. */
export interface Rule {
  /** Unique name, reported in every removal (`'login-widget'`). */
  name: string
  /** The kind of boilerplate this rule removes. */
  kind: BoilerplateKind
  /** One line saying what the rule removes; reported as the removal's reason. */
  description: string
  /**
   * Tested against each normalized line (straight quotes, single spaces, no
   * markup). `g` and `y` flags are ignored. Keep it linear: anchored, with
   * bounded repetition.
   */
  pattern: RegExp
  /** Where the rule may fire. @default 'line' */
  scope?: RuleScope
  /** Lines longer than this (in UTF-16 code units) are never tested. @default 300 */
  maxLength?: number
  /**
   * Words or phrases (lowercase; one character, or three or more), one of
   * which the line must contain, ignoring case, before `pattern` is tried.
   * One pass over the line finds the triggers of every rule, so a rule that
   * searches inside long lines costs almost nothing on lines without its words.
   * Triggers are looked for in a line's first 320 and last 160 characters.
   */
  triggers?: readonly string[]
}
