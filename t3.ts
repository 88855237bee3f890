import {fixMojibake} from './src/normalize/mojibake.js'
import {implausibility} from './src/normalize/plausibility.js'
console.log(JSON.stringify(fixMojibake('‡§§‡§¶‡§æ')), JSON.stringify(fixMojibake('‡§§‡§¶‡§æ аа')))
for (const s of ['‡§§‡§¶‡§æ', 'तदा']) console.log(s, implausibility(s, 0, s.length))
