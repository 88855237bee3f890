import look from './test/fixtures/normalize/lookalikes.json' with {type: 'json'}
import {fixMojibake, normalize} from './src/index.js'
for (const [shape, lines] of Object.entries(look)) { if (shape === 'about') continue; for (const line of lines as string[]) { const r = fixMojibake(line); const n = normalize(line, {style: false}); if (r !== line || n !== line.normalize('NFC')) console.log(shape.slice(0, 20), JSON.stringify(line), JSON.stringify(r), JSON.stringify(n)) } }
