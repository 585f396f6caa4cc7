import { z } from 'zod';
import type { RiposteDB } from '../db/database';

/** Lookups after which a field's remembered verdicts are judged worth keeping. */
const MEMO_TRIAL = 2_048;

/**
 * Checks one field's values with the field's own schema, remembering the verdict per value where
 * values repeat (a brand id, a platform, a kind, an author): a report's rows share most of theirs.
 * A field whose values all differ (ids, times) stops being remembered after a trial.
 */
function fieldCheck(schema: z.ZodType): (value: unknown) => boolean {
  let memo: Map<unknown, boolean> | undefined = new Map();
  let lookups = 0;
  let hits = 0;
  let lastKey: unknown;
  let lastOk = false;
  // A field whose parse returns something other than its input (a transform, a copy) cannot be
  // kept as read: its rows go through the whole schema.
  const check = (value: unknown): boolean => {
    const result = schema.safeParse(value);
    return result.success && sameValue(result.data, value);
  };
  return (value) => {
    const key = memoKey(value);
    if (key === undefined) return check(value);
    // Rows in time order often repeat the previous row's value (its brand, its platform).
    if (key === lastKey) return lastOk;
    let ok: boolean | undefined;
    if (memo) {
      lookups += 1;
      ok = memo.get(key);
      if (ok === undefined) memo.set(key, (ok = check(value)));
      else hits += 1;
      if (lookups === MEMO_TRIAL && hits * 2 < lookups) memo = undefined;
    } else ok = check(value);
    lastKey = key;
    lastOk = ok;
    return ok;
  };
}

/** A key standing for the value's whole content (strings, numbers, booleans, lists of strings); else undefined. */
function memoKey(value: unknown): unknown {
  const type = typeof value;
  if (type === 'string') return value;
  if (type === 'number' || type === 'boolean') return `${type}:${String(value)}`;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return `list:${JSON.stringify(value)}`;
  return undefined;
}

function sameValue(parsed: unknown, value: unknown): boolean {
  if (Object.is(parsed, value)) return true;
  return Array.isArray(parsed) && Array.isArray(value) && parsed.length === value.length && parsed.every((v, i) => Object.is(v, value[i]));
}

/**
 * What the field's schema makes of a missing field: `omit` (optional, left out), `{ value }` (a
 * primitive default), or `reject` (required, or a default the fast path cannot share between rows).
 */
function whenAbsent(schema: z.ZodType): 'omit' | 'reject' | { value: unknown } {
  const result = schema.safeParse(undefined);
  if (!result.success) return 'reject';
  if (result.data === undefined) return 'omit';
  return typeof result.data === 'object' || typeof result.data === 'function' ? 'reject' : { value: result.data };
}

/**
 * A fast path for many rows of one zod object schema (non-strict: unknown keys are dropped): each
 * field is checked with the field's own schema, verdicts remembered per repeated value, and the
 * row kept as a new object holding the schema's fields only, as the schema would return it, or
 * with `keep: 'row'` the row itself, other keys included, where no default has to be filled in.
 * Returns undefined when the row is not a plain object, a field fails or is present but undefined,
 * or a field's parse would change it: the caller then parses that row with the whole schema, which
 * gives the verdict and the message. It never accepts a row the schema rejects.
 */
export function rowChecker<S extends z.ZodObject>(schema: S, keep: 'fields' | 'row' = 'fields'): (row: unknown) => z.infer<S> | undefined {
  // A strict or loose object (a catchall) judges or keeps the other keys too, and a refinement of
  // the whole object judges fields together: no fast path for either.
  if (schema.def.catchall !== undefined || (schema.def.checks?.length ?? 0) > 0) return () => undefined;
  const fields = Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => ({ key, check: fieldCheck(field), absent: whenAbsent(field) }));
  return (row) => {
    if (typeof row !== 'object' || row === null || Object.getPrototypeOf(row) !== Object.prototype) return undefined;
    const source = row as Record<string, unknown>;
    const out: Record<string, unknown> | undefined = keep === 'fields' ? {} : undefined;
    for (const { key, check, absent } of fields) {
      const value = source[key];
      if (value === undefined) {
        if (absent === 'reject' || Object.hasOwn(source, key)) return undefined;
        if (absent === 'omit') continue;
        if (!out) return undefined;
        out[key] = absent.value;
        continue;
      }
      if (!Object.hasOwn(source, key) || !check(value)) return undefined;
      if (out) out[key] = value;
    }
    return (out ?? source) as z.infer<S>;
  };
}

/**
 * `parseRows` (lib/db/validate.ts) for the many rows a report reads, with `rowChecker` first: the
 * same rows kept, the same values, and a row that does not fit reported through `db.onInvalidRow`
 * with the schema's own message and skipped, as everywhere else.
 */
export function parseManyRows<S extends z.ZodObject>(
  db: RiposteDB,
  table: string,
  schema: S,
  rows: readonly unknown[],
  keyOf: (row: unknown) => unknown,
  keep: 'fields' | 'row' = 'fields',
): z.infer<S>[] {
  const fast = rowChecker(schema, keep);
  const valid: z.infer<S>[] = [];
  for (const row of rows) {
    if (row === undefined) continue;
    const kept = fast(row);
    if (kept !== undefined) {
      valid.push(kept);
      continue;
    }
    const result = schema.safeParse(row);
    if (result.success) valid.push(result.data);
    else db.onInvalidRow({ table, key: keyOf(row), message: z.prettifyError(result.error) });
  }
  return valid;
}
