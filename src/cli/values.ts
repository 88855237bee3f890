import type {InputFormat} from '../index.js'
import {encodingName} from './encoding.js'
import {UsageError} from './io.js'

// Values of options that several commands take, parsed one way for all of them.

/** Parse `--format`, naming a bad value. */
export function parseFormat(value: string | undefined): InputFormat | undefined {
  if (value !== undefined && value !== 'text' && value !== 'markdown' && value !== 'auto') {
    throw new UsageError(`copydesk: --format must be text, markdown or auto, got '${value}'`)
  }
  return value
}

/** Parse `--encoding LABEL` into the encoding's name, naming a label `TextDecoder` does not know. */
export function parseEncoding(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const name = encodingName(value)
  if (name === undefined || name === 'replacement') {
    throw new UsageError(
      `copydesk: --encoding: unknown encoding '${value}'; expected a label of the WHATWG Encoding Standard, such as utf-8, utf-16le, windows-1252, windows-1251 or shift_jis`
    )
  }
  return name
}
