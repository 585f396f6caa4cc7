/**
 * Schema version 8 — FROZEN once released. No row changes, so there is no upgrade function.
 * The log loses its `authorKey` index: it added an entry to every log row written (a tenth of the
 * log write's cost) for two rare readers, erasing a person (which already reads the whole log to
 * redact their mentions, and now finds their rows in that pass) and `authorHistory`. The field
 * stays in the rows. Tables not restated here keep their earlier declaration.
 */
export const V8_STORES = {
  interactions: 'id, templateId, [brandId+at], [commentId+at]',
} as const;
