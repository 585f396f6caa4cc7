import { describe, expect, it } from 'vitest';
import { cohort, firstResponseTimes, inTimeOrder, slaCompliance, volumes } from '@/lib/kpi';
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

describe('inTimeOrder', () => {
  it('puts rows oldest first, a sighting first in its millisecond, the rest as given; once per frozen array', () => {
    const rows = [row('A', 'replied', 5, { id: 'r1' }), row('B', 'flagged', 0, { id: 'f1' }), row('B', 'seen', 0, { id: 's1' }), row('A', 'seen', 0, { id: 's2' }), row('A', 'resolved', 5, { id: 'r2' })];
    const frozen = Object.freeze([...rows]);
    const sorted = inTimeOrder(frozen);
    expect(sorted.map((r) => r.id)).toEqual(['s1', 's2', 'f1', 'r1', 'r2']);
    expect(inTimeOrder(frozen)).toBe(sorted);
    expect(frozen.map((r) => r.id)).toEqual(['r1', 'f1', 's1', 's2', 'r2']);
    expect(inTimeOrder(rows)).toEqual(sorted);
    expect(inTimeOrder(rows)).not.toBe(inTimeOrder(rows));
  });
});
