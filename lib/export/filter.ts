import { z } from 'zod';
import { CommentStatusSchema, InteractionKindSchema } from '../schema/interaction';
import { PlatformSchema } from '../schema/platform';
import { effectiveLabels, type ExportRow } from './rows';

/** What the export screen can narrow the log to. Every criterion is optional; lists mean "any of". */
export const ExportFilterSchema = z.object({
  /** Inclusive lower bound on the action time (ISO). */
  from: z.iso.datetime({ offset: true }).optional(),
  /** Exclusive upper bound on the action time (ISO). */
  to: z.iso.datetime({ offset: true }).optional(),
  brandId: z.string().min(1).optional(),
  platforms: z.array(PlatformSchema).optional(),
  /** Rows whose comment carries at least one of these labels. */
  labels: z.array(z.string().min(1)).optional(),
  /** Rows whose comment is currently in one of these statuses. */
  statuses: z.array(CommentStatusSchema).optional(),
  /** Only these actions (e.g. replies and escalations, without the `seen` rows). */
  kinds: z.array(InteractionKindSchema).optional(),
});
export type ExportFilter = z.infer<typeof ExportFilterSchema>;

/** Parse a filter (from the UI) with UTC-normalised bounds. Throws a zod error on bad input. */
export function parseExportFilter(input: unknown): ExportFilter {
  const filter = ExportFilterSchema.parse(input);
  return {
    ...filter,
    ...(filter.from ? { from: new Date(filter.from).toISOString() } : {}),
    ...(filter.to ? { to: new Date(filter.to).toISOString() } : {}),
  };
}

/** Does one row pass the filter? Time bounds are compared on UTC ISO strings (see parseExportFilter). */
export function matchesExportFilter(row: ExportRow, filter: ExportFilter): boolean {
  if (filter.from && row.at < filter.from) return false;
  if (filter.to && row.at >= filter.to) return false;
  if (filter.brandId && row.brandId !== filter.brandId) return false;
  if (filter.platforms && !filter.platforms.includes(row.platform)) return false;
  if (filter.kinds && !filter.kinds.includes(row.kind)) return false;
  if (filter.statuses && (!row.commentStatus || !filter.statuses.includes(row.commentStatus))) return false;
  if (filter.labels) {
    const labels = effectiveLabels(row);
    if (!filter.labels.some((l) => labels.includes(l))) return false;
  }
  return true;
}

export function filterExportRows(rows: Iterable<ExportRow>, filter: ExportFilter): ExportRow[] {
  const out: ExportRow[] = [];
  for (const row of rows) if (matchesExportFilter(row, filter)) out.push(row);
  return out;
}
