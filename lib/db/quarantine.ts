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
