/** Throw a `TypeError` naming `name` unless `value` is a string. */
export function assertString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`Expected \`${name}\` to be a string, got ${describe(value)}`)
  }
}

/**
 * Throw unless `options` is undefined or a plain object whose keys are all in `allowed`.
 */
export function assertOptions(options: unknown, allowed: readonly string[], name = 'options'): asserts options is Record<string, unknown> | undefined {
  if (options === undefined) return
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`Expected \`${name}\` to be an object, got ${describe(options)}`)
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new TypeError(`Unknown option \`${key}\` in \`${name}\`; expected one of: ${allowed.join(', ')}`)
    }
  }
}

/** Throw a `RangeError` unless `value` is undefined or one of `choices`. */
export function assertOneOf<T extends string>(value: unknown, choices: readonly T[], name: string): asserts value is T | undefined {
  if (value !== undefined && !choices.includes(value as T)) {
    throw new RangeError(`Expected \`${name}\` to be one of ${choices.map((c) => `'${c}'`).join(', ')}, got ${describe(value)}`)
  }
}

/** Throw a `TypeError` unless `value` is undefined or a boolean. */
export function assertBoolean(value: unknown, name: string): asserts value is boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new TypeError(`Expected \`${name}\` to be a boolean, got ${describe(value)}`)
  }
}

/** Describe a value for an error message: its type, and the value when short. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return value.length > 40 ? 'a string' : `'${value}'`
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`
  return typeof value === 'object' ? 'an object' : typeof value
}
