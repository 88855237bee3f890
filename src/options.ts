/**
 * Checking arguments and options: one message format for every public
 * function, and key tables the compiler checks against each options type.
 *
 * Every public function resolves its options once, through a `resolveX`
 * function beside it that returns settings (defaults filled in), so callers
 * such as `clean()` resolve the options of the steps they run without
 * calling those steps on an empty string.
 */

/**
 * The keys of an options type, as a table. Declare it with
 * `satisfies OptionKeys<X>`: the compiler then fails if a key of `X` is
 * missing or a key that `X` lacks is listed, so the runtime check can never
 * drift from the type.
 */
export type OptionKeys<T> = {readonly [K in keyof Required<T>]: true}

/** Describe a value for an error message: its type, and the value when short. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return value.length > 40 ? 'a string' : `'${value}'`
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`
  return typeof value === 'object' ? 'an object' : typeof value
}

/** The message every argument error uses: `Expected \`name\` to be what, got value`. */
function expected(name: string, what: string, value: unknown): string {
  return `Expected \`${name}\` to be ${what}, got ${describe(value)}`
}

/** A `TypeError` for an argument of the wrong type. */
export function typeError(name: string, what: string, value: unknown): TypeError {
  return new TypeError(expected(name, what, value))
}

/** A `RangeError` for an argument of the right type but out of range. */
export function rangeError(name: string, what: string, value: unknown): RangeError {
  return new RangeError(expected(name, what, value))
}

/** Throw a `TypeError` naming `name` unless `value` is a string. */
export function assertString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') throw typeError(name, 'a string', value)
}

/** Whether `value` is a plain options object (not null, not an array). */
function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * Check an options argument: `undefined` or an object whose keys are all in
 * `keys`. Returns the object (an empty one for `undefined`). An unknown key
 * is a `TypeError` that names it and lists the known ones, so a misspelt
 * option never runs silently with its default.
 */
export function checkOptions<T extends object>(options: T | undefined, keys: OptionKeys<T>, name = 'options'): T {
  if (options === undefined) return {} as T
  if (!isObject(options)) throw typeError(name, 'an object', options)
  for (const key in options) {
    if (!Object.hasOwn(options, key)) continue
    if (!Object.hasOwn(keys, key)) {
      throw new TypeError(`Unknown option \`${key}\` in \`${name}\`; expected one of: ${Object.keys(keys).join(', ')}`)
    }
  }
  return options
}

/** Resolve a boolean option: `undefined` gives `fallback`, anything but a boolean is a `TypeError`. */
export function booleanOption(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') throw typeError(name, 'a boolean', value)
  return value
}

/** Resolve an option that takes one of `choices`: `undefined` gives `fallback`, anything else is a `RangeError`. */
export function choiceOption<T>(value: unknown, choices: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback
  if (!choices.includes(value as T)) {
    throw rangeError(name, `one of ${choices.map((choice) => (typeof choice === 'string' ? `'${choice}'` : String(choice))).join(', ')}`, value)
  }
  return value as T
}

/**
 * Resolve a numeric option: `undefined` gives `fallback`; a non-number is a
 * `TypeError`, a number that fails `accept` a `RangeError` saying `what`.
 */
export function numberOption(value: unknown, name: string, fallback: number, what: string, accept: (value: number) => boolean): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number') throw typeError(name, what, value)
  if (!accept(value)) throw rangeError(name, what, value)
  return value
}
