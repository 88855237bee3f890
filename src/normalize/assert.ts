/** Name the type of a value for an error message. */
export function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/** Throw a `TypeError` naming the function and what it got, unless `input` is a string. */
export function assertString(input: unknown, caller: string): asserts input is string {
  if (typeof input !== 'string') {
    throw new TypeError(`${caller}: expected \`input\` to be a string, got ${typeName(input)}`)
  }
}

/** Throw a `TypeError` unless `options` is an object (or undefined). */
export function assertOptions(options: unknown, caller: string): void {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new TypeError(`${caller}: expected \`options\` to be an object, got ${typeName(options)}`)
  }
}
