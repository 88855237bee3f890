/**
 * Every kind of boilerplate copydesk knows, in the order docs/boilerplate.md lists them.
 * The first thirteen are the kinds the seed corpus is labelled with; the rest
 * are kinds real pages need (`metadata`: what a CMS leaks into the text,
 * such as timestamps, image URLs, field values; `pitch`: the site speaking
 * to its reader, such as "Enjoyed this story?" or "Got a tip?"); `repeated`
 * is what a learned model removes.
 *
 * @example
 * boilerplateKinds.includes('byline') // => true
 * clean(text, {keep: boilerplateKinds.filter((kind) => kind !== 'advertisement')}) // remove ads only
 */
export const boilerplateKinds = [
  'masthead',
  'byline',
  'dateline',
  'caption',
  'placeholder',
  'related-link',
  'source-url',
  'syndication-notice',
  'credit',
  'hashtags',
  'expiry',
  'navigation',
  'widget',
  'advertisement',
  'newsletter',
  'share',
  'copyright',
  'cookie',
  'paywall',
  'metadata',
  'pitch',
  'repeated'
] as const

/** A kind of boilerplate, as reported in every {@link Removal}. */
export type BoilerplateKind = (typeof boilerplateKinds)[number]

const kindSet: ReadonlySet<string> = new Set(boilerplateKinds)

/**
 * Whether `value` names a known boilerplate kind.
 *
 * @example
 * isBoilerplateKind('byline') // => true
 * isBoilerplateKind('bylines') // => false
 */
export function isBoilerplateKind(value: unknown): value is BoilerplateKind {
  return typeof value === 'string' && kindSet.has(value)
}
