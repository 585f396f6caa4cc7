import { QUARANTINE_PREFIX } from './migrations/v2';
import type { RiposteDB } from './database';

/** A row a schema upgrade could not convert, kept aside instead of stopping the upgrade. */
export interface QuarantinedRow {
  /** The table it came from. */
  table: string;
  id: string;
  /** The schema version whose upgrade set it aside. */
  step: number;
  /** What was wrong, as the upgrade saw it. */
  reason: string;
  /** The row as it was, JSON. */
  row: unknown;
}

/**
 * The rows upgrades set aside (kept in `meta` under `quarantine:`), for the options page to report.
 * Read loosely: a quarantine entry is never itself a reason to fail.
 */
export async function quarantinedRows(db: RiposteDB): Promise<QuarantinedRow[]> {
  const rows = await db.meta.where('key').startsWith(QUARANTINE_PREFIX).toArray();
  return rows.map(({ value }) => {
    const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    return {
      table: String(v.table ?? '?'),
      id: String(v.id ?? '?'),
      step: typeof v.step === 'number' ? v.step : 0,
      reason: String(v.reason ?? ''),
      row: v.row ?? null,
    };
  });
}

/**
 * Deletes the quarantined rows `drop` picks; returns how many. Quarantined rows hold what a comment
 * held (names, texts): retention and "forget this author" reach them too.
 */
export async function dropQuarantined(db: RiposteDB, drop: (row: QuarantinedRow) => boolean): Promise<number> {
  const entries = await db.meta.where('key').startsWith(QUARANTINE_PREFIX).toArray();
  const keys: string[] = [];
  const listed = await quarantinedRows(db);
  entries.forEach((entry, i) => {
    if (drop(listed[i]!)) keys.push(entry.key);
  });
  await db.meta.bulkDelete(keys);
  return keys.length;
}

/** When the quarantined comment was last seen, if it says so in a readable form. */
export function quarantinedLastSeen(row: QuarantinedRow): string | undefined {
  const value = typeof row.row === 'object' && row.row !== null ? (row.row as Record<string, unknown>).lastSeenAt : undefined;
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined;
}
