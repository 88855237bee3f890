/** 32-bit FNV-1a hashes: cheap, deterministic, and the same in every shard. */

/** FNV-1a over the UTF-16 code units of `value`. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** FNV-1a of `key` without the characters at `skip1` and `skip2` (a deletion neighbour, without allocating it). */
export function hashSkipping(key: string, skip1: number, skip2 = -1): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < key.length; index++) {
    if (index === skip1 || index === skip2) continue
    hash ^= key.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
