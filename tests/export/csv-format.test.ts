import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { snapshotsToCsv } from '@/lib/audience/csv';
import { CSV_COLUMNS, interactionsToCsv } from '@/lib/export';
import { BOM, csvDelimiter, csvWriter } from '@/lib/export/csv-format';

describe('CSV format (one set of conventions for every export)', () => {
  it('keeps the log export’s public column order', () => {
    expect(CSV_COLUMNS).toEqual([
      'interaction_id', 'at_utc', 'date_local', 'brand_id', 'platform', 'action', 'comment_id', 'comment_status', 'author_name', 'author_handle',
      'author_key', 'post_url', 'permalink', 'comment_text', 'labels', 'sentiment', 'template_id', 'reply_text', 'department', 'note',
    ]);
  });

  it('picks the delimiter by language unless told', () => {
    expect(csvDelimiter({})).toBe(';');
    expect(csvDelimiter({ language: 'en' })).toBe(',');
    expect(csvDelimiter({ language: 'fr', delimiter: ',' })).toBe(',');
  });

  it('writes header and cells from one record of columns, neutralising formulas', () => {
    const writer = csvWriter({ a: (r: { x: string }) => r.x, b: (r: { x: string }) => r.x.length }, { language: 'en' });
    expect(writer.header).toBe(`${BOM}a,b`);
    expect(writer.encode([{ x: '=1+1' }, { x: 'ok' }], undefined)).toBe('"\'=1+1",4\r\nok,2');
  });

  it('gives the log and the snapshot exports the same BOM, delimiter and formula guard', () => {
    const snapshot = { brandId: 'b', day: '2026-03-02', at: '2026-03-02T09:00:00.000Z', platform: 'x', handle: 'nova', name: '=HYPERLINK("x")', relation: 'competitor', verified: false, url: 'https://x.com/nova' } as const;
    const snapshots = snapshotsToCsv([snapshot as never], { language: 'fr' });
    const log = interactionsToCsv([], { language: 'fr' });
    for (const text of [snapshots, log]) expect(text.startsWith(BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(snapshots.slice(1), { delimiter: ';' }).data;
    expect(parsed[1]?.[4]).toBe('\'=HYPERLINK("x")');
    expect(log.slice(1).split(';')[0]).toBe('interaction_id');
  });
});
