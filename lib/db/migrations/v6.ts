/**
 * Schema version 6 — FROZEN once released. No row changes, so there is no upgrade function.
 * Every index entry is an extra write with every put, so indexes another one can stand in for go:
 * - single-field indexes that a compound index starts with: interactions `commentId`
 *   ([commentId+at]) and `brandId` ([brandId+at]), comments `brandId` ([brandId+firstSeenAt]);
 *   Dexie answers a query on the leading field from the compound index;
 * - interactions `at`: the log is read by time per brand on [brandId+at] (the purge and the
 *   all-brands export go brand by brand, lib/db/log-brands.ts);
 * - interactions `kind` gives way to `templateId`: its one reader wants the drafts made from a
 *   template, and an index holds no entry for a row without the field, so `seen` rows and most
 *   actions get none.
 * Each log row is written with 3 secondary index entries instead of 7 (4 when it names a
 * template), each comment with 4 instead of 5. Tables not restated here keep their v5 declaration.
 */
export const V6_STORES = {
  comments: 'id, lastSeenAt, authorKey, [brandId+firstSeenAt], [brandId+status]',
  interactions: 'id, templateId, authorKey, [brandId+at], [commentId+at]',
} as const;
