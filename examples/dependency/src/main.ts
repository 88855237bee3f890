// A consumer of copydesk: clean incoming feed items, keep an audit trail of
// every removal, and fail loudly on bad input. Run: npm install && npm run build && npm start
import {boilerplateKinds, clean, normalize, type BoilerplateKind, type CleanOptions, type Removal} from 'copydesk'

interface Item {
  id: string
  body: string
}

interface Audited {
  id: string
  text: string
  removedByKind: Partial<Record<BoilerplateKind, number>>
}

const options: CleanOptions = {keep: ['byline'], normalize: {quotes: 'straight'}}

export function audit(item: Item): Audited {
  const {text, removed} = clean(item.body, options)
  return {id: item.id, text, removedByKind: countKinds(removed)}
}

function countKinds(removed: readonly Removal[]): Partial<Record<BoilerplateKind, number>> {
  const counts: Partial<Record<BoilerplateKind, number>> = {}
  for (const {kind} of removed) counts[kind] = (counts[kind] ?? 0) + 1
  return counts
}

const items: Item[] = [
  {id: 'a', body: 'By Jane Doe\n\nXi backs Russia’s “sovereignty” in a call with Putin, state media said.\n\nShare on Facebook\n\nBack to Top'},
  {id: 'b', body: 'Moscow&rsquo;s trade with Beijing grew&nbsp;by a third this year, customs data showed.\n\nAll rights reserved.'}
]

for (const item of items) console.log(JSON.stringify(audit(item)))
console.log(normalize('“Quoted” — and&nbsp;spaced…'))
console.log(`${boilerplateKinds.length} kinds known`)

// Bad input is a TypeError naming the argument, not a crash deep inside.
try {
  clean(42 as unknown as string)
} catch (error) {
  console.log(error instanceof TypeError ? `TypeError: ${error.message}` : 'unexpected error')
}
