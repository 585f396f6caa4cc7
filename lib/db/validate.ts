import { z } from 'zod';
import type { RiposteDB } from './database';

/** Thrown when a caller hands the repository a row that does not fit its schema. */
export class InvalidInputError extends Error {
  constructor(
    readonly what: string,
    readonly issues: string,
  ) {
    super(`Invalid ${what}:\n${issues}`);
    this.name = 'InvalidInputError';
  }
}

/** Parse on write: a clear error naming the field, before anything is stored. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidInputError(what, z.prettifyError(result.error));
  return result.data;
}

/**
 * Parse on read: a row that no longer fits (edited by hand, written by a buggy build) is skipped
 * and reported through `db.onInvalidRow` rather than crashing the panel or leaking bad data on.
 */
export function parseRows<S extends z.ZodType>(
  db: RiposteDB,
  table: string,
  schema: S,
  rows: readonly unknown[],
  keyOf: (row: unknown) => unknown,
): z.infer<S>[] {
  const valid: z.infer<S>[] = [];
  for (const row of rows) {
    if (row === undefined) continue;
    const result = schema.safeParse(row);
    if (result.success) valid.push(result.data);
    else db.onInvalidRow({ table, key: keyOf(row), message: z.prettifyError(result.error) });
  }
  return valid;
}

export function parseRow<S extends z.ZodType>(
  db: RiposteDB,
  table: string,
  schema: S,
  row: unknown,
  keyOf: (row: unknown) => unknown,
): z.infer<S> | undefined {
  return parseRows(db, table, schema, [row], keyOf)[0];
}

/** Key reader for rows of unknown shape (they failed validation). */
export const keyField =
  (field: string) =>
  (row: unknown): unknown =>
    typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[field] : undefined;
