import { describe, expect, it } from 'vitest';
import { addDays, addMonths, localDayOf, monthStart, weekStart } from '@/lib/calendar';

describe('calendar', () => {
  it('gives the browser-local day of an instant', () => {
    expect(localDayOf(new Date(2026, 2, 8, 23, 59))).toBe('2026-03-08');
    expect(localDayOf(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });

  it('finds the Monday of a week and the first of a month, on day keys alone', () => {
    expect(weekStart('2026-03-08')).toBe('2026-03-02'); // a Sunday
    expect(weekStart('2026-03-09')).toBe('2026-03-09'); // a Monday
    expect(weekStart('2026-01-01')).toBe('2025-12-29');
    expect(monthStart('2026-03-31')).toBe('2026-03-01');
    expect(() => monthStart('2026-02-30')).toThrow(RangeError);
  });

  it('moves days and months across DST and month ends', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-01', -3)).toBe('2025-12-01');
  });
});
