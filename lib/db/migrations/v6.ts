/**
 * Schema version 6 — FROZEN once released. No row changes, so there is no upgrade function.
 * Single-field indexes that a compound index already starts with go: interactions `commentId`
 * ([commentId+at]) and `brandId` ([brandId+at]), comments `brandId` ([brandId+firstSeenAt]).
 * Dexie answers a query on the leading field from the compound index, so every query keeps an
 * index, and each log row is written with 5 secondary index entries instead of 7, each comment
 * with 4 instead of 5 (every entry is an extra write on every put).
 * Tables not restated here keep their v5 declaration.
 */
export const V6_STORES = {
  comments: 'id, lastSeenAt, authorKey, [brandId+firstSeenAt], [brandId+status]',
  interactions: 'id, kind, at, authorKey, [brandId+at], [commentId+at]',
} as const;
