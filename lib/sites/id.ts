/**
 * Deterministic ids for comments whose page shows no id of its own. cyrb53-style mixing: two
 * 32-bit multiply-xorshift lanes folded into 53 bits, so collisions between distinct comments on one
 * page are negligible, and it costs one pass over the string (no crypto, no async, no allocation).
 */
export function hashString(input: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Id for a comment without a site id: the same post, author and text always give the same id, so
 * re-scans and reloads dedupe. Prefixed so it can never collide with a site's own id shape.
 */
export function fallbackCommentId(postUrl: string, author: string, text: string): string {
  // U+241F (symbol for unit separator) cannot appear in a name, so fields cannot run together.
  return `h:${hashString([postUrl, author, text.trim()].join('\u241f'))}`;
}
