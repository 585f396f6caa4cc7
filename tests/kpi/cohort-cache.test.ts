import { describe, expect, it } from 'vitest';
import { cohort, firstResponseTimes, slaCompliance, volumes } from '@/lib/kpi';
import { row, workedExample } from './fixtures';

/** A report asks a dozen KPIs of the same rows: a frozen array is folded into timelines once (issue 17). */
describe('cohort over a frozen array', () => {
  it('shares one fold between calls, frozen, and gives the same figures as a fresh fold', () => {
    const rows = workedExample();
    const frozen = Object.freeze([...rows]);
    const [a, b] = [cohort(frozen), cohort(frozen)];
    expect(a).toEqual(b);
    expect(a[0]).toBe(b[0]);
    expect(Object.isFrozen(a[0])).toBe(true);
    expect(cohort(rows)).toEqual(a);
    expect(volumes(frozen)).toEqual(volumes(rows));
    expect(firstResponseTimes(frozen)).toEqual(firstResponseTimes(rows));
    expect(slaCompliance(frozen, 60, '2026-03-09T00:00:00.000Z')).toEqual(slaCompliance(rows, 60, '2026-03-09T00:00:00.000Z'));
  });

  it('folds an array that can still change afresh on every call', () => {
    const rows = [row('A', 'seen', 0)];
    const before = cohort(rows);
    rows.push(row('A', 'replied', 5, { source: 'page' }));
    const after = cohort(rows);
    expect(before[0]).not.toBe(after[0]);
    expect(before[0]?.firstRepliedAt).toBeUndefined();
    expect(after[0]?.firstRepliedAt).toBeDefined();
    expect(Object.isFrozen(after[0])).toBe(false);
  });
});
