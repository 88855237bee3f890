import {readFileSync, readdirSync} from 'node:fs'
import * as P from './src/normalize/plausibility.js'
import {misread} from './test/fixtures/normalize/damage.js'
import {normalize} from './src/index.js'
const dir = './seeds/'
const base = readdirSync(dir).filter(n => n.endsWith('.txt')).flatMap(n => readFileSync(dir + n, 'utf8').split('\n')).filter(l => /[^\x00-\x7f]/.test(l))
let chars = 0
const lines = base.map(l => misread(l, 'windows-1252'))
for (const l of lines) chars += l.length
console.log(lines.length, 'lines', chars, 'chars')
console.log(JSON.stringify(lines[2]))
let calls = 0, scored = 0
const orig = P.implausibility
// count via monkeypatch is not possible on ESM export; measure time instead
const t = performance.now(); for (let r = 0; r < 200; r++) for (const l of lines) normalize(l); console.log('normalize', ((performance.now() - t) / 200 / lines.length * 1000).toFixed(1), 'µs/line')
const fx = await import('./src/normalize/mojibake.js')
const t2 = performance.now(); for (let r = 0; r < 200; r++) for (const l of lines) fx.fixMojibake(l); console.log('fixMojibake', ((performance.now() - t2) / 200 / lines.length * 1000).toFixed(1), 'µs/line')
const t3 = performance.now(); for (let r = 0; r < 200; r++) for (const l of lines) P.implausibility(l, 0, l.length); console.log('implausibility whole line', ((performance.now() - t3) / 200 / lines.length * 1000).toFixed(1), 'µs/line')
const t4 = performance.now(); for (let r = 0; r < 200; r++) for (const l of lines) normalize(l, {mojibake: false}); console.log('normalize without mojibake', ((performance.now() - t4) / 200 / lines.length * 1000).toFixed(1), 'µs/line')
const fixed = lines.map(l => fx.fixMojibake(l))
const t5 = performance.now(); for (let r = 0; r < 200; r++) for (const l of fixed) normalize(l); console.log('normalize of fixed lines', ((performance.now() - t5) / 200 / lines.length * 1000).toFixed(1), 'µs/line')
const {repairMojibake} = fx
const t6 = performance.now(); for (let r = 0; r < 200; r++) for (const l of lines) repairMojibake(l, -1); console.log('repairMojibake(-1)', ((performance.now() - t6) / 200 / lines.length * 1000).toFixed(1), 'µs/line')
