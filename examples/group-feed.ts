// Clean a syndicated feed (JSON Lines) and group copies of one story by their
// cleaned text: copies that differ only in boilerplate, quotes, dashes or
// entities end up in one group.
//
//   npx tsx examples/group-feed.ts [FEED.jsonl]
//
// FEED defaults to examples/data/feed.jsonl: the five seed copies of one news
// event (syndicated from two different source texts, so they form two groups)
// and three pages as two different extractors returned them.
import {createReadStream} from 'node:fs'
import {createInterface} from 'node:readline'
import {clean} from 'copydesk'

interface FeedItem {
  id: string
  source: string
  url: string | null
  body: string
}

interface Story {
  item: FeedItem
  text: string
  shingles: Set<string>
}

const file = process.argv[2] ?? new URL('data/feed.jsonl', import.meta.url)

// Two copies are one story when most of the shorter one's word trigrams are in the longer one.
const threshold = 0.5

const stories: Story[] = []
const lines = createInterface({input: createReadStream(file), crlfDelay: Infinity})
for await (const line of lines) {
  if (line.trim() === '') continue
  const item = JSON.parse(line) as FeedItem
  const {text} = clean(item.body)
  stories.push({item, text, shingles: shingles(text)})
}

const groups = group(stories)
console.log(`${stories.length} items, ${groups.length} stories\n`)
for (const [index, members] of groups.entries()) {
  const title = members[0]!.text.split('\n', 1)[0]!
  console.log(`story ${index + 1}: ${title.length > 72 ? `${title.slice(0, 71)}…` : title}`)
  for (const {item, text} of members) console.log(`  ${item.id.padEnd(22)} ${String(text.length).padStart(5)} chars  ${item.source}`)
}

/** Word trigrams of the cleaned text, lowercased. */
function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const set = new Set<string>()
  for (let index = 0; index + 3 <= words.length; index++) set.add(words.slice(index, index + 3).join(' '))
  return set
}

function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0) return 0
  let shared = 0
  for (const shingle of small) if (large.has(shingle)) shared++
  return shared / small.size
}

/** Single-linkage grouping: a story joins every group it overlaps. Fine for a feed of hundreds; use MinHash beyond. */
function group(all: Story[]): Story[][] {
  const parent = all.map((_, index) => index)
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)))
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      if (containment(all[i]!.shingles, all[j]!.shingles) >= threshold) parent[find(j)] = find(i)
    }
  }
  const byRoot = new Map<number, Story[]>()
  for (const [index, story] of all.entries()) {
    const root = find(index)
    byRoot.set(root, [...(byRoot.get(root) ?? []), story])
  }
  return [...byRoot.values()]
}
