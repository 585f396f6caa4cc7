import { describe, expect, it } from 'vitest';
import { BackupError, parseBackup } from '@/lib/db/backup';
import { DB_SCHEMA_VERSION } from '@/lib/db/database';
import { parseTemplateImport } from '@/lib/templates/io';

/**
 * Issue 19: a hostile backup or template file is refused quickly, in one sentence, without building
 * a report of every bad row or overflowing the stack.
 */
const envelope = (data: Record<string, unknown>) => ({
  format: 'riposte-backup',
  version: 1,
  exportedAt: '2026-11-23T10:00:00.000Z',
  dbSchemaVersion: DB_SCHEMA_VERSION,
  data: { brands: [], templates: [], settings: null, authors: [], comments: [], interactions: [], meta: [], ...data },
});

function refusal(input: unknown): { error: BackupError; ms: number } {
  const started = performance.now();
  try {
    parseBackup(input);
  } catch (error) {
    return { error: error as BackupError, ms: performance.now() - started };
  }
  throw new Error('accepted');
}

describe('hostile backups are refused at once, in one sentence', () => {
  it('300,000 wrong-typed rows: the first few are named, the message stays short', () => {
    const json = JSON.stringify(envelope({ interactions: Array.from({ length: 300_000 }, () => 1) }));
    const { error, ms } = refusal(json);
    expect(error).toBeInstanceOf(BackupError);
    expect(error.message).toMatch(/^The backup is damaged or incomplete: interactions row 1 \(/u);
    expect(error.message).toMatch(/and more rows after those are not valid; nothing was changed\.$/u);
    expect(error.message.length).toBeLessThan(600);
    expect(error.message.split('\n')).toHaveLength(1);
    expect(ms).toBeLessThan(2_000);
  });

  it('a meta value nested 20,000 levels deep: a BackupError, not a RangeError (text or parsed)', () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const json = JSON.stringify(envelope({ meta: [{ key: 'k', value: 0 }] })).replace('"value":0', `"value":${deep}`);
    expect(refusal(json).error).toBeInstanceOf(BackupError);
    expect(refusal(json).error.message).toMatch(/levels deep/u);
    let value: unknown = 0;
    for (let i = 0; i < 20_000; i++) value = [value];
    expect(refusal(envelope({ meta: [{ key: 'k', value }] })).error).toBeInstanceOf(BackupError);
  });

  it('a "[" inside a string does not count as nesting', () => {
    const text = JSON.stringify(envelope({ meta: [{ key: 'k', value: '['.repeat(500) }] }));
    expect(parseBackup(text).data.meta[0]?.value).toBe('['.repeat(500));
  });
});

describe('hostile template files', () => {
  it('5,000 empty entries: a few problems listed, then one sentence saying the check stopped', () => {
    const text = JSON.stringify({ format: 'riposte-templates', version: 1, templates: Array.from({ length: 5_000 }, () => ({})) });
    const result = parseTemplateImport(text, { brandId: 'b1', now: new Date('2026-11-23T10:00:00Z'), existingIds: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeLessThanOrEqual(6);
    expect(result.errors.at(-1)).toMatchObject({ index: null, message: expect.stringMatching(/^Stopped after the first 5 problems/u) });
  });
});
