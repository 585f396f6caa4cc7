import { PLATFORMS, type Platform } from '../schema/platform';
import { isTemplateUse, type KpiRow, type Sentiment } from '../schema/interaction';
import { cohort, inWindow, type Window } from './timeline';

export interface Volumes {
  /** Distinct comments first seen in the window. */
  total: number;
  byPlatform: Record<Platform, number>;
  /** A comment with several labels counts once under each. */
  byLabel: Record<string, number>;
  /** `unknown`: seen before triage ran, or without a sentiment. */
  bySentiment: Record<Sentiment | 'unknown', number>;
}

/** Volumes of comments first seen in the window, with corrected labels winning over the snapshot. */
export function volumes(rows: readonly KpiRow[], window: Window = {}): Volumes {
  const result: Volumes = {
    total: 0,
    byPlatform: Object.fromEntries(PLATFORMS.map((p) => [p, 0])) as Record<Platform, number>,
    byLabel: {},
    bySentiment: { negative: 0, neutral: 0, positive: 0, unknown: 0 },
  };
  for (const t of cohort(rows, window)) {
    result.total += 1;
    result.byPlatform[t.platform] += 1;
    for (const label of new Set(t.labels)) result.byLabel[label] = (result.byLabel[label] ?? 0) + 1;
    result.bySentiment[t.sentiment ?? 'unknown'] += 1;
  }
  return result;
}

/** Share of the window's comments carrying `label` (e.g. complaint share); null when there are none. */
export function labelShare(rows: readonly KpiRow[], label: string, window: Window = {}): number | null {
  const v = volumes(rows, window);
  return v.total ? (v.byLabel[label] ?? 0) / v.total : null;
}

export interface DepartmentEscalations {
  department: string;
  /** Escalation actions in the window. */
  escalations: number;
  /** Distinct comments escalated. */
  comments: number;
}

/** Escalations in the window (by the escalation's own time), per department, most first. */
export function escalationsByDepartment(rows: readonly KpiRow[], window: Window = {}): DepartmentEscalations[] {
  const byDept = new Map<string, { escalations: number; comments: Set<string> }>();
  for (const row of rows) {
    if (row.kind !== 'escalated' || !inWindow(row.at, window)) continue;
    const department = row.department ?? 'unassigned';
    const entry = byDept.get(department) ?? { escalations: 0, comments: new Set<string>() };
    entry.escalations += 1;
    entry.comments.add(row.commentId);
    byDept.set(department, entry);
  }
  return [...byDept]
    .map(([department, e]) => ({ department, escalations: e.escalations, comments: e.comments.size }))
    .sort((a, b) => b.escalations - a.escalations || a.department.localeCompare(b.department));
}

export interface TemplateUse {
  templateId: string;
  uses: number;
}

/** Templates used in inserted and copied drafts in the window, most used first. */
export function templateUses(rows: readonly KpiRow[], window: Window = {}): TemplateUse[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (!row.templateId || !isTemplateUse(row) || !inWindow(row.at, window)) continue;
    counts.set(row.templateId, (counts.get(row.templateId) ?? 0) + 1);
  }
  return [...counts]
    .map(([templateId, uses]) => ({ templateId, uses }))
    .sort((a, b) => b.uses - a.uses || a.templateId.localeCompare(b.templateId));
}
