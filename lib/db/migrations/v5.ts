/**
 * Schema version 5 — FROZEN once released. No row changes, so there is no upgrade function.
 * - comments and interactions lose the indexes no query reads (each index is an extra entry
 *   written with every row): comments `postUrl`, `platform`, `status` (the status queries use
 *   [brandId+status]) and `firstSeenAt` (the audience reads [brandId+firstSeenAt]); interactions
 *   `platform` and `postUrl`. The fields stay in the rows; only the index entries go.
 * - a new `forgottenAuthors` table: one row per person the community manager asked Riposte to
 *   forget, keyed by a SHA-256 hash of their author key (never a name or handle), so that their
 *   comments are not logged again when a page shows them.
 * Tables not restated here keep their v4 declaration.
 */
export const V5_STORES = {
  comments: 'id, brandId, lastSeenAt, authorKey, [brandId+firstSeenAt], [brandId+status]',
  interactions: 'id, commentId, brandId, kind, at, authorKey, [brandId+at], [commentId+at]',
  forgottenAuthors: 'hash',
} as const;
