/**
 * Schema version 3 — FROZEN once released. Adds the audience watch (issue 9); no existing row
 * changes, so there is no upgrade function: Dexie creates the two stores and carries the rest over.
 * - profileSnapshots: one account's public figures on one day, for one brand. The compound primary
 *   key makes "at most one snapshot per account per day" a property of the store itself.
 * - threadAggregates: counts only (volume, label and sentiment counts, recurring terms) of a
 *   competitor's comment thread, per post and day; never a commenter's name or text.
 */
export const V3_STORES = {
  profileSnapshots: '[brandId+platform+handle+day], brandId, [brandId+day]',
  threadAggregates: 'id, brandId, [brandId+day]',
} as const;
