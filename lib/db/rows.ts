import { z } from 'zod';
import type { RiposteDB } from './database';

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
  const check =
    plainStringCheck(schema) ??
    ((value: unknown): boolean => {
      const result = schema.safeParse(value);
      return result.success && sameValue(result.data, value);
    });
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

/** What a plain string schema's definition may hold besides its checks (an error message, abort). */
const STRING_DEF_KEYS = new Set(['type', 'checks', 'format', 'check', 'offset', 'local', 'precision', 'pattern', 'abort', 'error']);
/** What a length or pattern check's definition may hold. */
const CHECK_DEF_KEYS = new Set(['check', 'minimum', 'maximum', 'when', 'error', 'abort', 'format', 'pattern']);
/** String formats whose whole check is their pattern (zod's ISO dates and `regex`). */
const PATTERN_FORMATS = new Set(['datetime', 'date', 'time', 'regex']);

type StringDef = { type: string; check?: string; format?: string; pattern?: unknown; checks?: readonly { _zod: { def: Record<string, unknown> } }[] };

/**
 * zod's own verdict on a plain string schema (an optional one when the value is there), worked out
 * without zod: the type, the length bounds (in code points, as zod counts) and the pattern of an ISO date or a `regex`, which is
 * all such a schema checks. A report checks 110,000 ids and times that never repeat, and a zod
 * parse of each costs more than the rest of the check. Anything else (coercion, trimming, a
 * refinement, a URL, another format) gets undefined and zod's parse. tests/reports/rows.test.ts
 * holds it to zod's verdicts.
 */
export function plainStringCheck(schema: z.ZodType): ((value: unknown) => boolean) | undefined {
  let def = schema._zod.def as StringDef;
  if (def.type === 'optional') def = (def as unknown as { innerType: z.ZodType }).innerType._zod.def as StringDef;
  if (def.type !== 'string' || Object.keys(def).some((key) => !STRING_DEF_KEYS.has(key))) return undefined;
  const tests: ((value: string) => boolean)[] = [];
  const pattern = (format: unknown, regex: unknown): boolean => {
    if (typeof format !== 'string' || !PATTERN_FORMATS.has(format) || !(regex instanceof RegExp)) return false;
    tests.push((value) => {
      regex.lastIndex = 0;
      return regex.test(value);
    });
    return true;
  };
  if (def.format !== undefined && (def.check !== 'string_format' || !pattern(def.format, def.pattern))) return undefined;
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    if (Object.keys(check).some((key) => !CHECK_DEF_KEYS.has(key))) return undefined;
    const { minimum, maximum } = check;
    // zod measures strings in code points; UTF-16 units decide alone where a pair cannot change the verdict.
    if (check.check === 'min_length' && typeof minimum === 'number') {
      tests.push((value) => value.length >= 2 * minimum || (value.length >= minimum && codePoints(value) >= minimum));
    } else if (check.check === 'max_length' && typeof maximum === 'number') {
      tests.push((value) => value.length <= maximum || codePoints(value) <= maximum);
    } else if (!(check.check === 'string_format' && pattern(check.format, check.pattern))) return undefined;
  }
  return (value) => typeof value === 'string' && tests.every((test) => test(value));
}

/** Code points in a string (a surrogate pair is one, a lone surrogate one). */
function codePoints(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
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
