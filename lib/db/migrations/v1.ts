/**
 * Schema version 1 — FROZEN. Never edit this file: databases created by Riposte 0.1 have exactly
 * these stores. Changes go in a new `vN.ts` with its upgrade function (see ./index.ts).
 *
 * Rows at v1 (documented here because the app's zod schemas describe the latest version only):
 * - comments: an adapter Comment + brandId, firstSeenAt, lastSeenAt, status, labels?, sentiment?
 * - interactions: id, brandId, commentId, platform, postUrl, kind, at, templateId?, finalText?,
 *   department?, note?, labels?, sentiment?
 * - templates, brands: the Template and Brand schemas; settings: { key: 'settings', value };
 *   meta: { key, value }.
 */
export const V1_STORES = {
  comments: 'id, brandId, postUrl, platform, status, firstSeenAt, lastSeenAt',
  interactions: 'id, commentId, brandId, kind, at, platform, postUrl',
  templates: 'id, brandId',
  brands: 'id',
  settings: 'key',
  meta: 'key',
} as const;
