import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {boilerplateKinds, defaultRules} from '../src/index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const boilerplate = readFileSync(new URL('../docs/boilerplate.md', import.meta.url), 'utf8')

describe('docs/boilerplate.md', () => {
  it('lists every built-in rule with its kind, scope and description', () => {
    const table = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(boilerplate)?.[1] ?? ''
    const rows = table.split('\n').slice(2)
    expect(rows).toHaveLength(defaultRules.length)
    for (const [index, rule] of defaultRules.entries()) {
      expect(rows[index]).toBe(`| \`${rule.name}\` | ${rule.kind} | ${rule.scope ?? 'line'} | ${rule.description.replaceAll('|', '\\|')} |`)
    }
  })

  it('names every boilerplate kind', () => {
    for (const kind of boilerplateKinds) expect(boilerplate).toContain(`\`${kind}\``)
  })
})

describe('README', () => {
  it('opens with the install-and-demo and test commands', () => {
    const head = readme.split('\n').slice(0, 20).join('\n')
    expect(head).toContain('npm install && npm run demo')
    expect(head).toContain('npm test')
  })

  it('fits a first read', () => {
    expect(readme.split('\n').length).toBeLessThan(330)
  })
})

describe('links', () => {
  const pages = [
    'README.md',
    'CONTRIBUTING.md',
    'SECURITY.md',
    ...readdirSync(new URL('../docs/', import.meta.url))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`)
  ]
  for (const page of pages) {
    it(`every local link in ${page} leads to a file`, () => {
      const base = new URL(`../${page}`, import.meta.url)
      // Code shows markdown as text (`[a](b)`): only the prose's links count.
      const text = readFileSync(base, 'utf8')
        .replace(/```[\s\S]*?```/g, '')
        .replace(/`[^`\n]*`/g, '')
      const broken = [...text.matchAll(/\]\((?!https?:|mailto:|#)([^)#\s]+)(?:#[^)]*)?\)/g)]
        .map((match) => match[1]!)
        .filter((target) => !existsSync(new URL(target, base)))
      expect(broken).toEqual([])
    })
  }
})
