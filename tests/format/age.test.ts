import { describe, expect, it } from 'vitest';
import { formatAge } from '@/lib/format/age';

describe('formatAge', () => {
  const now = new Date('2026-11-30T12:00:00.000Z');

  it('says how long ago in the UI language, each language keeping its own words', () => {
    expect(formatAge('2026-11-30T09:00:00.000Z', now, 'en')).toMatch(/^3\shr\. ago$/u);
    expect(formatAge('2026-11-30T09:00:00.000Z', now, 'fr')).toMatch(/^il y a 3\sh$/u);
    expect(formatAge('2026-11-29T12:00:00.000Z', now, 'en')).toBe('yesterday');
    expect(formatAge('2026-11-29T12:00:00.000Z', now, 'fr')).toBe('hier');
  });

  it('says now under a minute', () => {
    expect(formatAge('2026-11-30T11:59:40.000Z', now, 'en')).toBe('now');
    expect(formatAge('2026-11-30T11:59:40.000Z', now, 'fr')).toBe('maintenant');
  });
});
