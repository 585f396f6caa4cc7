import { describe, expect, it } from 'vitest';
import { exportTemplates, parseTemplateImport, TEMPLATE_FILE_FORMAT, type ImportOptions } from '@/lib/templates';
import { NOW, makeTemplate } from './fixtures';

const LATER = new Date('2026-04-01T08:00:00Z');

function idGenerator(): () => string {
  let n = 0;
  return () => `new-${(n += 1)}`;
}

function options(overrides: Partial<ImportOptions> = {}): ImportOptions {
  return { brandId: 'brand-9', now: LATER, existingIds: [], newId: idGenerator(), ...overrides };
}

function file(templates: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: TEMPLATE_FILE_FORMAT, version: 1, templates, ...extra });
}

const good = {
  title: 'Retard de livraison',
  body: 'Bonjour {{first_name|à vous}}, désolés pour ce retard.',
  category: 'complaint',
  tags: ['livraison'],
  language: 'fr',
  variants: { x: 'Désolés pour ce retard.' },
};

describe('exportTemplates', () => {
  it('writes a tagged, versioned file with the content and without bookkeeping', () => {
    const template = makeTemplate({ id: 'tpl-1', title: 'Merci', body: 'Merci {{first_name}}', category: 'thanks', usageCount: 12, lastUsedAt: NOW.toISOString() });
    const data = JSON.parse(exportTemplates([template], NOW)) as Record<string, unknown>;
    expect(data).toEqual({
      format: 'riposte-templates',
      version: 1,
      exportedAt: NOW.toISOString(),
      templates: [{ id: 'tpl-1', title: 'Merci', body: 'Merci {{first_name}}', category: 'thanks', tags: [], language: 'fr', variants: {} }],
    });
  });

  it('round-trips through import into another brand', () => {
    const originals = [makeTemplate({ title: 'A', body: 'Corps A', variants: { x: 'A court' } }), makeTemplate({ title: 'B', body: 'Corps B', language: 'en', tags: ['t'] })];
    const result = parseTemplateImport(exportTemplates(originals, NOW), options());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.templates.map(({ title, body, category, tags, language, variants }) => ({ title, body, category, tags, language, variants }))).toEqual(
      originals.map(({ title, body, category, tags, language, variants }) => ({ title, body, category, tags, language, variants })),
    );
    expect(result.templates.map((t) => [t.id, t.brandId, t.usageCount, t.createdAt, t.lastUsedAt])).toEqual([
      ['new-1', 'brand-9', 0, LATER.toISOString(), undefined],
      ['new-2', 'brand-9', 0, LATER.toISOString(), undefined],
    ]);
  });
});

describe('parseTemplateImport', () => {
  it('fills defaults for optional fields', () => {
    const result = parseTemplateImport(file([{ title: 'T', body: 'B', category: 'other', language: 'en' }]), options());
    expect(result).toMatchObject({ ok: true, templates: [{ id: 'new-1', tags: [], variants: {} }] });
  });

  it('rejects a file that is not JSON', () => {
    const result = parseTemplateImport('{ "format": "riposte-templates", ', options());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ index: null, field: '' });
    expect(result.errors[0]?.message).toMatch(/^Not valid JSON/);
  });

  it('rejects another format, a newer version, or a wrong shape', () => {
    expect(parseTemplateImport(JSON.stringify({ format: 'other-app', version: 1, templates: [good] }), options())).toMatchObject({ ok: false, errors: [{ index: null, field: 'format' }] });
    expect(parseTemplateImport(file([good], { version: 2 }), options())).toMatchObject({ ok: false, errors: [{ index: null, field: 'version' }] });
    expect(parseTemplateImport(JSON.stringify([good]), options())).toMatchObject({ ok: false, errors: [{ index: null }] });
    expect(parseTemplateImport(file([]), options())).toMatchObject({ ok: false, errors: [{ index: null, field: 'templates' }] });
  });

  it('rejects the whole file when one entry is invalid, naming every entry and field at fault', () => {
    const text = file([
      good,
      { ...good, category: 'gossip' },
      good,
      { ...good, title: '', variants: { x: '', myspace: 'hello' } },
    ]);
    const result = parseTemplateImport(text, options());
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('templates');
    if (result.ok) return;
    const where = result.errors.map((e) => `${e.index}:${e.field}`);
    expect(where).toContain('1:category');
    expect(where).toContain('3:title');
    expect(where).toContain('3:variants.x');
    expect(where.some((w) => w.startsWith('3:variants'))).toBe(true);
    expect(where.some((w) => w.startsWith('0:') || w.startsWith('2:'))).toBe(false);
    for (const error of result.errors) expect(error.message).not.toBe('');
  });

  it('keeps ids on request, refusing ones that exist already or repeat', () => {
    const kept = parseTemplateImport(file([{ ...good, id: 'keep-me' }]), options({ keepIds: true }));
    expect(kept).toMatchObject({ ok: true, templates: [{ id: 'keep-me', brandId: 'brand-9' }] });

    const clash = parseTemplateImport(file([{ ...good, id: 'a' }, { ...good, id: 'taken' }, { ...good, id: 'a' }, good]), options({ keepIds: true, existingIds: new Set(['taken']) }));
    expect(clash).toMatchObject({
      ok: false,
      errors: [
        { index: 1, field: 'id', message: 'A template with id "taken" already exists.' },
        { index: 2, field: 'id', message: 'Id "a" appears twice in the file.' },
        { index: 3, field: 'id', message: 'Missing id (ids are being kept).' },
      ],
    });
  });

  it('generates fresh ids that never collide with stored ones', () => {
    const ids = ['new-1', 'new-2'];
    const result = parseTemplateImport(file([{ ...good, id: 'new-1' }]), options({ existingIds: ids }));
    expect(result).toMatchObject({ ok: true, templates: [{ id: 'new-3' }] });
  });

  it('refuses oversized files before parsing them', () => {
    const result = parseTemplateImport(' '.repeat(5_000_001), options());
    expect(result).toMatchObject({ ok: false, errors: [{ index: null }] });
  });
});
