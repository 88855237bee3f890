// The browser side of scripts/browser-bench.mjs: best of `runs` timings of
// decodeEntities() and normalize() on each text, in milliseconds.
import {decodeEntities, normalize} from 'copydesk'

globalThis.copydeskBench = (texts, runs) => {
  const times = {}
  for (const [label, text] of Object.entries(texts)) {
    times[label] = {}
    for (const [name, fn] of Object.entries({decodeEntities, normalize})) {
      let fastest = Number.POSITIVE_INFINITY
      for (let run = 0; run < runs; run++) {
        const start = performance.now()
        fn(text)
        fastest = Math.min(fastest, performance.now() - start)
      }
      times[label][name] = fastest
    }
  }
  return times
}
