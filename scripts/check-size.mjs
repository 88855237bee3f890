#!/usr/bin/env node
// Bundle what browser and edge users write (`import {normalize} from 'copydesk'`)
// with esbuild, minify and gzip it, and fail when a budget is exceeded, when a
// `node:` module is reachable from the core, or when the markdown parser ends
// up in a bundle that cannot read markdown. Run after `npm run build`.
//
//   node scripts/check-size.mjs            check and print a table
//   node scripts/check-size.mjs --markdown print the table as Markdown
//   node scripts/check-size.mjs --write    also render it into docs/browser.md between the size markers
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first')
const KB = 1024

// `budget` is min+gzip bytes, the same in every runtime: named character
// references are decoded from copydesk's own table everywhere (no DOM), the
// 2,125 HTML5 names encoded at build time in 7 KB gzip (character-entities'
// object literal is 11.7 KB), which the markdown parser reads too. Budgets
// leave 3–10% over the measured size; raising one says why beside it.
// `markdown: false`: the markdown parser (dist/markdown-parser.js: unified,
// remark-parse and micromark) must not be in the bundle.
const scenarios = [
  {
    name: 'normalize',
    code: "export {normalize} from 'copydesk'",
    // 13 KB of code (mojibake repair through nine code pages, read from TextDecoder at first use, the
    // lossy and flattened forms, and the plausibility measure), 7.4 KB for the named reference table,
    // and 4.4 KB for two tables derived from Unicode CLDR: how widely each character of U+0080–U+0FFF and U+1E00–U+1EFF is
    // written (src/normalize/commonness.ts, which breaks ties between pages) and which of 155 languages
    // write each Latin or phonetic letter of U+00C0–U+02AF, and how many people each has
    // (src/normalize/letter-languages.ts: letters no language, or few people, write together).
    // Raised from 25 KB in issue #12's fifth round (strict decoders, flattened spaces: +0.7 KB),
    // from 26 KB in its seventh (each line of a text read on its own evidence, more dropped bytes read: +0.6 KB),
    // from 27 KB in its eighth (how many people each of the 155 languages has, read to weigh letters few
    // write together and to break ties between pages; no reading of part of a word; flattened spaces glued
    // to a correct word, leads shown cut short; the letter table extended to the phonetic letters: +1.3 KB),
    // and from 28 KB in its eleventh, where it stood 5 bytes under (a spacing accent after an ASCII letter read
    // as an apostrophe, more slack for stretches their page decodes whole, marks that accent a letter: +0.1 KB;
    // a layer more read through another page than the stretch's: +0.2 KB), and from 28.5 KB in its thirteenth
    // (a soft hyphen inside a word, a flattened no-break space weighed by its own letter, a capital inside a
    // word or a letter glued to a number, a lead alone as a word cut short: +0.1 KB), and from 29 KB in its
    // fourteenth (how widely each letter of U+0800–U+0FFF is written, South Asian scripts to Tibetan: +0.6 KB;
    // sequences cut short read by the script around them, by the whole sequences of the text, and after E2 80:
    // +0.4 KB, 29.6 KB), and from 30 KB in its fifteenth (how widely each letter of U+1E00–U+1EFF is written;
    // a layer more read only where the text shows one, lower case first in ties, leads glued to a misread
    // sequence cut short: +0.6 KB, 30.2 KB), and from 30.5 KB in its sixteenth (a capital lead alone inside
    // a lower-case word, with the scan that finds one; lone leads mid-sentence, put off, after one letter;
    // hashtags: +0.5 KB, 30.7 KB), and from 31 KB in its seventeenth (a run the text repeats, three letters
    // of strangers, priors over the text each page gives, and the capitals read as leads in an array, not a
    // map, asked only at a run's start: +0.3 KB, 31.0 KB).
    budget: 31.5 * KB,
    markdown: false,
    smoke: ({normalize}) => normalize('It&amp;rsquo;s &NotEqualTilde; &EURO;5 &#147;ok&#148;') === 'It\'s \u2242\u0338 €5 "ok"'
  },
  {
    name: 'normalize steps',
    code: "export {normalizeQuotes, normalizeDashes, normalizeWhitespace, normalizeUnicode, removeControlCharacters} from 'copydesk'",
    // The house style reads scripts: CJK punctuation, letters written as quotes, word-separating zero-width spaces.
    budget: 3.3 * KB,
    markdown: false
  },
  {name: 'rejoinParagraphs', code: "export {rejoinParagraphs} from 'copydesk'", budget: 2 * KB, markdown: false},
  {name: 'looksLikeMarkdown, isBoilerplateKind', code: "export {looksLikeMarkdown, isBoilerplateKind} from 'copydesk'", budget: 1 * KB, markdown: false},
  {
    name: 'clean',
    code: "export {clean} from 'copydesk'",
    // `clean()` reads markdown by default, so the parser (unified + micromark, ~20 KB) and the name table (7.4 KB)
    // are in; issue #13's script-aware line shape, edges and multilingual rules add ~8 KB and issue #12's code pages ~5 KB,
    // and its CLDR-derived tables ~3 KB. Raised from 85 KB in issue #12's eighth round (see `normalize`: +1.4 KB),
    // from 86 KB in its ninth (a misread no-break space after punctuation, `à` before two spaces, capitals cut
    // short in text misread as a whole, layers read only through a page shown: +0.3 KB, 86.1 KB), and from 87 KB
    // in its fourteenth (the commonness of the letters of U+0800–U+0FFF, sequences cut short: +1 KB, 87.8 KB),
    // and from 88.5 KB in its fifteenth (see `normalize`: +0.6 KB, 88.4 KB), and from 89 KB in its sixteenth
    // (see `normalize`: +0.5 KB, 88.9 KB).
    budget: 89.5 * KB,
    markdown: true,
    // Run each bundle where there is no DOM and no Node API in reach: it must load, decode names and read markdown.
    smoke: ({clean}) =>
      clean('By [AFP](#)\n\nXi backs Russia’s “sovereignty”, state media said on Wednesday &amp;hellip;').text ===
      'Xi backs Russia\'s "sovereignty", state media said on Wednesday ...'
  },
  // Reported, not budgeted: no one should import everything, but nothing in it may need Node.
  {name: 'everything', code: "export * from 'copydesk'", budget: Infinity, markdown: true}
]

// Browsers (pages and Web Workers: a bundler's default `browser` conditions), and edge runtimes
// (Cloudflare Workers, Deno Deploy, Vercel Edge) that resolve the `worker` condition.
const targets = [
  {name: 'browser', platform: 'browser', conditions: []},
  {name: 'worker', platform: 'neutral', conditions: ['worker', 'import'], mainFields: ['module', 'main']}
]

// Decoders that must never be bundled: the DOM one (decode-named-character-reference's `browser` build)
// and the object-literal table that copydesk's encoded one replaces.
const otherDecoders = /(?:^|\/)node_modules\/(?:decode-named-character-reference|character-entities)\//
const markdownParser = /(?:^|\/)dist\/markdown-parser\.js$|(?:^|\/)node_modules\/(?:unified|remark-parse|micromark[^/]*|mdast-util-from-markdown)\//
// The DOM, named: the global `document` (not micromark's `constructs.document`), `innerHTML`, elements.
const domAccess = /(?<![.\w$])document\.|innerHTML|createElement|textContent/

async function measure(scenario, target) {
  const result = await build({
    stdin: {contents: scenario.code, resolveDir: root, loader: 'js', sourcefile: 'entry.js'},
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    platform: target.platform,
    conditions: target.conditions,
    ...(target.mainFields ? {mainFields: target.mainFields} : {}),
    metafile: true,
    logLevel: 'silent'
  })
  const output = result.outputFiles[0].contents
  const [meta] = Object.values(result.metafile.outputs)
  const inputs = Object.entries(meta.inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([path]) => path)
  const builtins = Object.values(result.metafile.inputs).flatMap((input) =>
    input.imports.filter((i) => i.external || i.path.startsWith('node:')).map((i) => i.path)
  )
  return {min: output.length, gzip: gzipSync(output, {level: 9}).length, inputs, builtins, output}
}

const format = (bytes) => (bytes === Infinity ? '—' : `${(bytes / KB).toFixed(1)} KB`)
const problems = []
const rows = []
for (const scenario of scenarios) {
  for (const target of targets) {
    let size
    try {
      size = await measure(scenario, target)
    } catch (error) {
      // esbuild cannot resolve `node:*` (or any Node builtin) for these platforms: that is a failure too.
      problems.push(`${scenario.name} (${target.name}): does not bundle: ${error.message.split('\n').slice(0, 6).join(' ')}`)
      continue
    }
    if (size.builtins.length > 0) problems.push(`${scenario.name} (${target.name}): reaches Node modules ${[...new Set(size.builtins)].join(', ')}`)
    if (scenario.smoke) {
      const module = await import(`data:text/javascript;base64,${Buffer.from(size.output).toString('base64')}`).catch((error) => error)
      if (module instanceof Error || !scenario.smoke(module))
        problems.push(`${scenario.name} (${target.name}): the bundle does not run without a DOM: ${module.message ?? 'wrong result'}`)
    }
    const parser = size.inputs.filter((path) => markdownParser.test(path))
    if (!scenario.markdown && parser.length > 0)
      problems.push(`${scenario.name} (${target.name}): bundles the markdown parser (${parser.length} modules, e.g. ${parser[0]})`)
    const decoders = size.inputs.filter((path) => otherDecoders.test(path))
    if (decoders.length > 0) problems.push(`${scenario.name} (${target.name}): bundles another named reference decoder: ${decoders.join(', ')}`)
    const dom = domAccess.exec(new TextDecoder().decode(size.output))
    if (dom) problems.push(`${scenario.name} (${target.name}): touches the DOM (\`${dom[0]}\`)`)
    const budget = scenario.budget
    const over = size.gzip > budget
    if (over) problems.push(`${scenario.name} (${target.name}): ${format(size.gzip)} min+gzip is over its ${format(budget)} budget`)
    rows.push({scenario: scenario.name, target: target.name, min: size.min, gzip: size.gzip, budget, markdown: parser.length > 0, ok: !over})
  }
}

const table = [
  '| import | runtime | minified | min+gzip | budget | markdown parser |',
  '| --- | --- | ---: | ---: | ---: | --- |',
  ...rows.map(
    (row) => `| \`${row.scenario}\` | ${row.target} | ${format(row.min)} | ${format(row.gzip)} | ${format(row.budget)} | ${row.markdown ? 'included' : 'no'} |`
  )
].join('\n')
if (process.argv.includes('--write')) {
  const page = join(root, 'docs', 'browser.md')
  const text = readFileSync(page, 'utf8')
  if (!text.includes('<!-- size:start -->')) problems.push('docs/browser.md has no <!-- size:start --> … <!-- size:end --> markers')
  writeFileSync(page, text.replace(/(<!-- size:start -->)[\s\S]*?(<!-- size:end -->)/, `$1\n${table}\n$2`))
}
if (process.argv.includes('--markdown')) {
  console.log(table)
} else {
  const width = Math.max(...rows.map((row) => row.scenario.length))
  for (const row of rows) {
    console.log(
      `${row.ok ? 'ok  ' : 'FAIL'} ${row.scenario.padEnd(width)}  ${row.target.padEnd(7)}  ${format(row.min).padStart(8)} min  ${format(row.gzip).padStart(8)} gz  (budget ${format(row.budget)})${row.markdown ? '  +markdown' : ''}`
    )
  }
}

if (problems.length > 0) {
  console.error(`\nsize check failed:\n- ${problems.join('\n- ')}`)
  process.exitCode = 1
} else {
  console.error(
    `\nsize check: ${rows.length} bundles within budget, no Node modules, no DOM, one named reference table, markdown parser only where markdown is read; normalize and clean run without a DOM`
  )
}
