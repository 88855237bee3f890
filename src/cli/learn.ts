import {readFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'
import {learnBoilerplate, mergeBoilerplateModels, type BoilerplateModel, type LearnBoilerplateOptions} from '../index.js'
import {assertModel} from '../boilerplate/learn.js'
import {parseEncoding, parseFormat} from './values.js'
import {invalidInputs, readInputs, UsageError, write, type Input, type Io} from './io.js'

const learnUsage = `Usage: copydesk learn [--min-documents N] [--merge MODEL.json...] [--encoding LABEL] [FILE...] > model.json

Learn the boilerplate of a source from its documents (FILE..., or stdin): lines
that recur across different stories. Copies of one story count once. Prints
the model as JSON; use it with 'copydesk clean --model model.json'.

Options:
  --min-documents N  different stories a line must occur in (default: 3)
  --max-length N     longest line learned, in characters (default: 200)
  --similarity X     Jaccard similarity above which two documents are one story (default: 0.5)
  --format FORMAT    text, markdown or auto (default: auto)
  --merge MODEL      merge a model learned before (repeatable); no FILE means merge only
  --encoding LABEL   encoding of input without a byte order mark (default: utf-8);
                     any WHATWG label (windows-1252, windows-1251, shift_jis, ...)
  -h, --help         show this help`

function parseNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number)) throw new UsageError(`copydesk: --${option} must be a number, got '${value}'`)
  return number
}

/** Read a model file written by `copydesk learn`, naming the file on failure. */
export async function readModel(file: string): Promise<BoilerplateModel> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new UsageError(`copydesk: cannot read model ${file}`)
  }
  let model: unknown
  try {
    model = JSON.parse(text)
  } catch {
    throw new UsageError(`copydesk: ${file} is not JSON; expected a model written by 'copydesk learn'`)
  }
  try {
    assertModel(model, file)
  } catch (error) {
    throw new UsageError(`copydesk: ${file} is not a model written by 'copydesk learn': ${(error as Error).message}`)
  }
  return model
}

/** `copydesk learn`. */
export async function runLearn(args: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'min-documents': {type: 'string'},
      'max-length': {type: 'string'},
      similarity: {type: 'string'},
      format: {type: 'string'},
      merge: {type: 'string', multiple: true},
      encoding: {type: 'string'},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    await write(io.stdout, learnUsage + '\n')
    return 0
  }
  const format = parseFormat(values.format)
  const encoding = parseEncoding(values.encoding)
  const options: LearnBoilerplateOptions = {}
  const minDocuments = parseNumber(values['min-documents'], 'min-documents')
  const maxLength = parseNumber(values['max-length'], 'max-length')
  const similarity = parseNumber(values.similarity, 'similarity')
  if (minDocuments !== undefined) options.minDocuments = minDocuments
  if (maxLength !== undefined) options.maxLength = maxLength
  if (similarity !== undefined) options.similarity = similarity
  if (format) options.format = format
  const models: BoilerplateModel[] = []
  for (const file of values.merge ?? []) models.push(await readModel(file))
  let inputs: Input[] = []
  if (positionals.length > 0 || models.length === 0) {
    inputs = await readInputs(positionals, io, {encoding})
    let model: BoilerplateModel
    try {
      model = learnBoilerplate(
        inputs.map((input) => input.text),
        options
      )
    } catch (error) {
      throw new UsageError(`copydesk: ${(error as Error).message}`)
    }
    models.push(model)
  }
  let merged: BoilerplateModel
  try {
    merged = models.length === 1 ? models[0]! : mergeBoilerplateModels(models)
  } catch (error) {
    throw new UsageError(`copydesk: ${(error as Error).message}`)
  }
  await write(io.stdout, JSON.stringify(merged) + '\n')
  return invalidInputs(inputs, io)
}
