// Render defaultRules as the README's rules table (between the rules markers).
//   node scripts/rules-table.mjs          print the table
//   node scripts/rules-table.mjs --write  rewrite README.md in place
import {readFileSync, writeFileSync} from 'node:fs'
import {defaultRules} from '../dist/index.js'

export function rulesTable(rules) {
  const escapePipes = (text) => text.replaceAll('|', '\\|')
  const rows = rules.map((rule) => `| \`${rule.name}\` | ${rule.kind} | ${rule.scope ?? 'line'} | ${escapePipes(rule.description)} |`)
  return ['| rule | kind | scope | removes |', '|---|---|---|---|', ...rows].join('\n')
}

const table = rulesTable(defaultRules)
if (process.argv.includes('--write')) {
  const readme = new URL('../README.md', import.meta.url)
  const text = readFileSync(readme, 'utf8')
  const next = text.replace(/(<!-- rules:start -->)[\s\S]*?(<!-- rules:end -->)/, (_, start, end) => `${start}\n${table}\n${end}`)
  writeFileSync(readme, next)
} else {
  console.log(table)
}
