import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvFileName,
  filterExportRows,
  interactionsToCsv,
  interactionsToCsvChunks,
  parseExportFilter,
  type ExportRow,
} from '@/lib/export';

const BOM = '\uFEFF';

function exportRow(n: number, over: Partial<ExportRow> = {}): ExportRow {
  return {
    id: `i${n}`,
    brandId: 'b1',
    commentId: `c${n}`,
    platform: 'facebook',
    postUrl: 'https://www.facebook.com/riposte.demo/posts/1',
    authorKey: 'facebook:lea.martin',
    kind: 'replied',
    at: '2026-03-02T08:20:00.000Z',
    commentText: 'Toujours pas reçu ma commande',
    authorName: 'Léa Martin',
    authorHandle: 'lea.martin',
    commentStatus: 'replied',
    commentLabels: ['complaint'],
    commentSentiment: 'negative',
    templateId: 't1',
    finalText: 'Bonjour Léa, nous regardons.',
    ...over,
  };
}

const HOSTILE_TEXTS = [
  'Il a dit "génial" puis ""rien""',
  'a;b;c',
  'a,b,c',
  'ligne 1\nligne 2\r\nligne 3\rfin',
  'Emoji 😡🙄😍 et 👩‍👩‍👧 famille',
  '=HYPERLINK("http://evil.example","clic")',
  '=1+1\nsuite sur une autre ligne',
  '+33 6 12 34 56 78',
  '-1 étoile',
  '@SUM(A1:A2)',
  '\tcmd tab',
  '\rretour chariot',
  "'déjà une apostrophe",
  '  espaces autour  ',
  '',
  'x'.repeat(100 * 1024) + ';"\n',
];

/** What a cell must read back as: the text, with a leading ' on formula starters (OWASP). */
const neutralised = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

function parse(text: string, delimiter: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const result = Papa.parse<string[]>(text.slice(BOM.length), { delimiter, newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('interactionsToCsv', () => {
  it('has the documented, stable columns', () => {
    const text = interactionsToCsv([], { language: 'en' });
    expect(text).toBe(BOM + CSV_COLUMNS.join(','));
    expect(CSV_COLUMNS).toHaveLength(20);
    expect(CSV_COLUMNS[0]).toBe('interaction_id');
  });

  it.each([
    ['fr', ';'],
    ['en', ','],
  ] as const)('round-trips hostile text through papaparse (%s → "%s")', (language, delimiter) => {
    const rows = HOSTILE_TEXTS.map((text, n) =>
      exportRow(n, { commentText: text, finalText: text, note: text, authorName: text || 'anonyme' }),
    );
    const text = interactionsToCsv(rows, { language });
    const [header, ...lines] = parse(text, delimiter);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(lines).toHaveLength(rows.length);
    lines.forEach((cells, n) => {
      const record = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, cells[i]]));
      const original = HOSTILE_TEXTS[n] as string;
      expect(record.comment_text).toBe(neutralised(original));
      expect(record.reply_text).toBe(neutralised(original));
      expect(record.note).toBe(neutralised(original));
      expect(record.author_name).toBe(neutralised(original || 'anonyme'));
      expect(record.interaction_id).toBe(`i${n}`);
      expect(record.labels).toBe('complaint');
    });
  });

  it('quotes per RFC 4180 and uses CRLF between records', () => {
    const text = interactionsToCsv([exportRow(1, { commentText: 'dit "oui"; puis\nnon' })], { delimiter: ';' });
    expect(text).toContain(';"dit ""oui""; puis\nnon";');
    expect(text.split('\r\n')).toHaveLength(2);
  });

  it('writes the UTC time and a local date column Excel reads, in the chosen zone', () => {
    const text = interactionsToCsv([exportRow(1, { at: '2026-07-14T22:30:05.000Z' })], {
      language: 'fr',
      timeZone: 'Europe/Paris',
    });
    const [, cells] = parse(text, ';');
    expect(cells?.[1]).toBe('2026-07-14T22:30:05.000Z');
    expect(cells?.[2]).toBe('2026-07-15 00:30:05');
    expect(() => interactionsToCsv([], { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('falls back to the row snapshot when the comment is gone, and joins several labels', () => {
    const bare: ExportRow = { ...exportRow(2), commentText: undefined, commentLabels: undefined, labels: ['question', 'lead'], commentStatus: undefined };
    const [, cells] = parse(interactionsToCsv([bare], { language: 'en' }), ',');
    const record = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, cells?.[i]]));
    expect(record).toMatchObject({ comment_text: '', labels: 'question | lead', comment_status: '' });
  });

  it('can leave the BOM out', () => {
    expect(interactionsToCsv([], { bom: false }).startsWith('interaction_id;')).toBe(true);
  });
});

describe('interactionsToCsvChunks', () => {
  const rows = Array.from({ length: 10 }, (_, n) => exportRow(n, { commentText: HOSTILE_TEXTS[n] }));

  it('yields the same text as interactionsToCsv, chunk by chunk', async () => {
    const chunks: string[] = [];
    for await (const chunk of interactionsToCsvChunks(rows, { chunkRows: 3, language: 'fr' })) chunks.push(chunk);
    expect(chunks).toHaveLength(1 + 4); // header, then 3 + 3 + 3 + 1 rows
    expect(chunks.join('')).toBe(interactionsToCsv(rows, { language: 'fr' }));
  });

  it('reads an async iterable (database pages) too', async () => {
    async function* source() {
      for (const row of rows) yield row;
    }
    let text = '';
    for await (const chunk of interactionsToCsvChunks(source(), { chunkRows: 4, language: 'en' })) text += chunk;
    expect(text).toBe(interactionsToCsv(rows, { language: 'en' }));
  });

  it('gives the header alone for no rows and refuses a silly chunk size', async () => {
    const chunks: string[] = [];
    for await (const chunk of interactionsToCsvChunks([], {})) chunks.push(chunk);
    expect(chunks.join('')).toBe(interactionsToCsv([], {}));
    await expect(interactionsToCsvChunks([], { chunkRows: 0 }).next()).rejects.toThrow(RangeError);
  });
});

describe('export filter', () => {
  const rows: ExportRow[] = [
    exportRow(1, { at: '2026-03-01T10:00:00.000Z' }),
    exportRow(2, { at: '2026-03-02T10:00:00.000Z', platform: 'x', commentLabels: ['question'], commentStatus: 'new' }),
    exportRow(3, { at: '2026-03-03T10:00:00.000Z', brandId: 'b2', commentStatus: 'escalated' }),
    exportRow(4, { at: '2026-03-04T10:00:00.000Z', kind: 'seen', commentLabels: undefined, labels: ['lead'] }),
  ];
  const ids = (filter: unknown) => filterExportRows(rows, parseExportFilter(filter)).map((r) => r.id);

  it('narrows by date range (from inclusive, to exclusive, any offset), brand, platform, label, status, action', () => {
    expect(ids({})).toEqual(['i1', 'i2', 'i3', 'i4']);
    expect(ids({ from: '2026-03-02T11:00:00+01:00', to: '2026-03-04T10:00:00.000Z' })).toEqual(['i2', 'i3']);
    expect(ids({ brandId: 'b2' })).toEqual(['i3']);
    expect(ids({ platforms: ['x', 'linkedin'] })).toEqual(['i2']);
    expect(ids({ labels: ['lead', 'question'] })).toEqual(['i2', 'i4']);
    expect(ids({ statuses: ['escalated', 'new'] })).toEqual(['i2', 'i3']);
    expect(ids({ kinds: ['seen'] })).toEqual(['i4']);
    expect(ids({ platforms: ['facebook'], statuses: ['replied'] })).toEqual(['i1', 'i4']);
  });

  it('rejects a malformed filter', () => {
    expect(() => parseExportFilter({ platforms: ['myspace'] })).toThrow();
    expect(() => parseExportFilter({ from: 'last tuesday' })).toThrow();
  });
});

describe('csvFileName', () => {
  it('is safe and readable', () => {
    expect(csvFileName({ brandName: 'Café Ébène & Co', from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z' })).toBe(
      'riposte-cafe-ebene-co-2026-03-01-2026-03-31.csv',
    );
    expect(csvFileName({})).toBe('riposte.csv');
  });
});
