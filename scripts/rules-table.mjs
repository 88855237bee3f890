// Render defaultRules as the rules table of docs/boilerplate.md (between the rules markers).
//   node scripts/rules-table.mjs          print the table
//   node scripts/rules-table.mjs --write  rewrite the table in place
import {readFileSync, writeFileSync} from 'node:fs'
import {defaultRules} from '../dist/index.js'

export function rulesTable(rules) {
  const escapePipes = (text) => text.replaceAll('|', '\\|')
  const rows = rules.map((rule) => `| \`${rule.name}\` | ${rule.kind} | ${rule.scope ?? 'line'} | ${escapePipes(rule.description)} |`)
  return ['| rule | kind | scope | removes |', '|---|---|---|---|', ...rows].join('\n')
}

const table = rulesTable(defaultRules)
if (process.argv.includes('--write')) {
  for (const file of ['../docs/boilerplate.md']) {
    const url = new URL(file, import.meta.url)
    const text = readFileSync(url, 'utf8')
    const next = text.replace(/(<!-- rules:start -->)[\s\S]*?(<!-- rules:end -->)/, (_, start, end) => `${start}\n${table}\n${end}`)
    writeFileSync(url, next)
  }
} else {
  console.log(table)
}
