import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {boilerplateKinds, defaultRules} from '../src/index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('README', () => {
  it('lists every built-in rule with its kind, scope and description', () => {
    const table = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme)?.[1] ?? ''
    const rows = table.split('\n').slice(2)
    expect(rows).toHaveLength(defaultRules.length)
    for (const [index, rule] of defaultRules.entries()) {
      expect(rows[index]).toBe(`| \`${rule.name}\` | ${rule.kind} | ${rule.scope ?? 'line'} | ${rule.description.replaceAll('|', '\\|')} |`)
    }
  })

  it('names every boilerplate kind', () => {
    for (const kind of boilerplateKinds) expect(readme).toContain(`\`${kind}\``)
  })

  it('opens with the install-and-demo and test commands', () => {
    const head = readme.split('\n').slice(0, 20).join('\n')
    expect(head).toContain('npm install && npm run demo')
    expect(head).toContain('npm test')
  })
})
