import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { localClock } from '@/lib/calendar';
import { localDateTimes } from '@/lib/export/csv';
import { BOM, csvCell, csvWriter, FORMULA_START, type CsvDelimiter } from '@/lib/export/csv-format';

/** What papaparse wrote for one cell before the writer replaced it: the reference output. */
const papaCell = (value: string | number, delimiter: CsvDelimiter) =>
  Papa.unparse([[value]], { delimiter, newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START, header: false });

describe('csvCell (RFC 4180, quoting only what needs it)', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['accents éàç and emoji 😡 👩‍👩‍👧', 'accents éàç and emoji 😡 👩‍👩‍👧'],
    ['a,b', 'a,b'], // the other delimiter needs nothing
    ['a;b', '"a;b"'],
    ['dit "oui"', '"dit ""oui"""'],
    ['"', '""""'],
    ['line 1\nline 2', '"line 1\nline 2"'],
    ['line 1\r\nline 2', '"line 1\r\nline 2"'],
    ['end\r', '"end\r"'],
    [' leading space', '" leading space"'],
    ['trailing space ', '"trailing space "'],
    ['inner space', 'inner space'],
    [`${BOM}bom`, `"${BOM}bom"`],
    ["'already quoted", "'already quoted"],
  ])('%j → %j with ;', (value, expected) => {
    expect(csvCell(value, ';')).toBe(expected);
  });

  it('quotes the delimiter in use only', () => {
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a;b', ',')).toBe('a;b');
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+33 6 12 34 56 78', `"'+33 6 12 34 56 78"`],
    ['-1 étoile', `"'-1 étoile"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['=HYPERLINK("http://evil.example","clic")', `"'=HYPERLINK(""http://evil.example"",""clic"")"`],
    ['=1+1\nsuite', `"'=1+1\nsuite"`],
    ['=a;b', `"'=a;b"`],
  ])('neutralises a formula start once: %j → %j', (value, expected) => {
    expect(csvCell(value, ';')).toBe(expected);
    expect(csvCell(value, ',')).toBe(expected); // neutralised cells are always quoted
  });

  it('leaves a formula character alone after the first position, and numbers as they are', () => {
    expect(csvCell('a=1', ';')).toBe('a=1');
    expect(csvCell('x@y.fr', ';')).toBe('x@y.fr');
    expect(csvCell(-1, ';')).toBe('-1');
    expect(csvCell(12.5, ',')).toBe('12.5');
    expect(csvCell(0, ';')).toBe('0');
  });

  it('writes exactly what papaparse wrote, cell by cell, for hostile and random text', () => {
    const alphabet = ['a', 'é', ' ', ';', ',', '"', '\n', '\r', '\t', '=', '+', '-', '@', "'", BOM, '😡', 'x'];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    const samples: (string | number)[] = [0, -3, 4.25, ' ', '  ', '""', '\r\n', ';;', ',,'];
    for (let i = 0; i < 2_000; i++) {
      let s = '';
      for (let n = next() % 9; n > 0; n--) s += alphabet[next() % alphabet.length];
      samples.push(s);
    }
    for (const delimiter of [';', ','] as const) {
      for (const value of samples) expect(csvCell(value, delimiter), JSON.stringify(value)).toBe(papaCell(value, delimiter));
    }
  });
});

describe('csvWriter', () => {
  const writer = (delimiter: CsvDelimiter, bom?: boolean) =>
    csvWriter({ id: (r: { id: number; text: string }) => r.id, text: (r: { id: number; text: string }) => r.text, tail: () => 'ok' }, { delimiter, bom });

  it('writes the header once, with the BOM unless told not to, and CRLF between rows only', () => {
    expect(writer(';').header).toBe(`${BOM}id;text;tail`);
    expect(writer(',', false).header).toBe('id,text,tail');
    expect(writer(';').encode([], undefined)).toBe('');
    expect(writer(';').encode([{ id: 1, text: 'a' }, { id: 2, text: 'b' }], undefined)).toBe('1;a;ok\r\n2;b;ok');
  });

  it('round-trips every awkward cell through a CSV parser, with either delimiter', () => {
    const texts = ['dit "oui"; puis, non', 'l1\nl2\r\nl3\rfin', ' espaces ', '=cmd|"/c calc"!A1', '-', '', '😡🙄', `${BOM}x`];
    for (const delimiter of [';', ','] as const) {
      const w = writer(delimiter);
      const text = w.header + '\r\n' + w.encode(texts.map((t, id) => ({ id, text: t })), undefined);
      const parsed = Papa.parse<string[]>(text.slice(BOM.length), { delimiter, newline: '\r\n' });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data.slice(1).map((cells) => cells[1])).toEqual(texts.map((t) => (FORMULA_START.test(t) ? `'${t}` : t)));
      expect(parsed.data.slice(1).every((cells) => cells.length === 3 && cells[2] === 'ok')).toBe(true);
    }
  });
});

describe('localDateTimes (date_local, cached per hour)', () => {
  it.each(['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kathmandu'])(
    'gives the clock’s own text in %s, across DST changes',
    (zone) => {
      const clock = localClock(zone);
      const fast = localDateTimes(clock);
      // Every 37 min 13 s over a year, so every hour and both DST switches are crossed.
      for (let ms = Date.parse('2026-01-01T00:00:00.000Z'); ms < Date.parse('2027-01-01T00:00:00.000Z'); ms += 2_233_000) {
        const iso = new Date(ms).toISOString();
        expect(fast(iso), `${zone} ${iso}`).toBe(clock.dateTime(ms));
      }
    },
  );

  it('takes the general path for a time not in toISOString form', () => {
    const clock = localClock('Europe/Paris');
    expect(localDateTimes(clock)('2026-07-14T22:30:05Z')).toBe('2026-07-15 00:30:05');
    expect(localDateTimes(clock)('2026-07-14T22:30:05.000+00:00')).toBe('2026-07-15 00:30:05');
  });
});
