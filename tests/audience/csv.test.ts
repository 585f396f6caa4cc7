import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_CSV_COLUMNS, snapshotsToCsv } from '@/lib/audience/csv';
import type { ProfileSnapshot } from '@/lib/schema/audience';

const SNAP: ProfileSnapshot = {
  brandId: 'lumiere',
  platform: 'facebook',
  handle: 'ateliernova',
  name: '=HYPERLINK("https://example.com")',
  followers: 1234,
  verified: false,
  url: 'https://www.facebook.com/ateliernova',
  day: '2026-11-23',
  at: '2026-11-23T09:00:00.000Z',
  relation: 'competitor',
  competitor: 'Atelier Nova; Nantes',
};

describe('snapshotsToCsv', () => {
  it('writes a BOM, a header and one line per snapshot, oldest first, semicolons for French', () => {
    const earlier = { ...SNAP, day: '2026-11-20', name: 'Atelier Nova', followers: 1200 };
    const csv = snapshotsToCsv([SNAP, earlier], { language: 'fr' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    expect(parsed[0]).toEqual([...SNAPSHOT_CSV_COLUMNS]);
    expect(parsed.slice(1).map((r) => [r[0], r[7]])).toEqual([
      ['2026-11-20', '1200'],
      ['2026-11-23', '1234'],
    ]);
    // A value holding the delimiter is quoted, so it stays one cell; absent counts are empty cells.
    expect(parsed[2]![6]).toBe('Atelier Nova; Nantes');
    expect(parsed[2]![8]).toBe('');
  });

  it('neutralises a name that a spreadsheet would run as a formula', () => {
    const csv = snapshotsToCsv([SNAP], { language: 'en', bom: false });
    const row = Papa.parse<string[]>(csv).data[1]!;
    expect(row[4]).toBe(`'=HYPERLINK("https://example.com")`);
  });
});
