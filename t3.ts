import {readFileSync, readdirSync} from 'node:fs'
import {fixMojibake} from './src/index.js'
import {misread} from './test/fixtures/normalize/damage.js'
const dir = './seeds/'
const base = readdirSync(dir).filter(n => n.endsWith('.txt')).flatMap(n => readFileSync(dir + n, 'utf8').split('\n')).filter(l => l !== '')
for (const l of base.slice(0, 60)) fixMojibake(misread(l, 'windows-1252'))
