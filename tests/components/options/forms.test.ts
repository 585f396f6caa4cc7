import { describe, expect, it } from 'vitest';
import { brandFromDraft, draftFromBrand, splitList, validateDraft } from '@/components/options/brands/brand-form';
import { handleFromInput } from '@/lib/identity';
import { filterFromRequest } from '@/components/options/data/export-csv';
import { formatDuration, periodStartFor, shiftPeriod } from '@/components/options/reports/report-format';
import { duplicateTemplate, matchesSearch, templateFromDraft, draftFromTemplate } from '@/components/options/templates/template-form';
import { BrandSchema } from '@/lib/schema/brand';
import { TemplateSchema } from '@/lib/schema/template';

const NOW = new Date('2026-03-10T08:00:00.000Z');

describe('brand form', () => {
  it('splits lists without empties or case duplicates', () => {
    expect(splitList(' arnaque, ,Arnaque\nbisous ')).toEqual(['arnaque', 'bisous']);
  });

  it('normalises handles and pasted profile links', () => {
    expect(handleFromInput('@@fleurs')).toBe('fleurs');
    expect(handleFromInput('https://www.instagram.com/fleurs.du.quai/')).toBe('fleurs.du.quai');
    expect(handleFromInput('https://www.linkedin.com/company/fleurs-du-quai')).toBe('fleurs-du-quai');
  });

  it('round-trips a brand, keeping its watchlist and lexicon', () => {
    const brand = BrandSchema.parse({
      id: 'b1',
      name: 'Fleurs du Quai',
      ownAccounts: [{ platform: 'x', handle: 'fleurs', name: 'Fleurs' }],
      competitors: [{ name: 'Bouquets Express', aliases: ['BE'], accounts: [] }],
      watchlist: [{ who: 'claire', kind: 'journalist' }],
      lexicon: [{ term: 'tuerie', addLabels: ['praise'] }],
      variables: { support_link: 'https://example.org' },
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const saved = BrandSchema.parse(brandFromDraft(draftFromBrand(brand), brand, NOW));
    expect(saved).toEqual({ ...brand, updatedAt: NOW.toISOString() });
  });

  it('flags bad variable keys, duplicates, unnamed competitors and counts', () => {
    const draft = {
      ...draftFromBrand(),
      name: ' ',
      maxEmoji: Number.NaN,
      variables: [
        { key: 'Lien', value: 'x' },
        { key: 'ok_key', value: 'a' },
        { key: 'ok_key', value: 'b' },
        { key: '', value: '' },
      ],
      competitors: [{ name: '', aliases: 'BE', accounts: [] }],
    };
    expect(validateDraft(draft)).toEqual({
      name: 'options.error.required',
      maxEmoji: 'options.error.count',
      'variables.0.key': 'options.error.snakeCase',
      'variables.2.key': 'options.error.duplicateKey',
      'competitors.0.name': 'options.error.required',
    });
  });
});

describe('template form', () => {
  it('builds a valid template, dropping empty variants and keeping usage on edit', () => {
    const base = TemplateSchema.parse({
      id: 't1',
      brandId: 'b1',
      title: 'Ancien',
      body: 'Texte',
      category: 'thanks',
      language: 'fr',
      usageCount: 7,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const draft = { ...draftFromTemplate(base, 'fr'), title: ' Nouveau ', tags: 'a, b', variants: { facebook: '', linkedin: '', instagram: 'Sans lien', x: '  ' } };
    const saved = TemplateSchema.parse(templateFromDraft(draft, 'b1', base, NOW));
    expect(saved).toMatchObject({ id: 't1', title: 'Nouveau', tags: ['a', 'b'], variants: { instagram: 'Sans lien' }, usageCount: 7, createdAt: base.createdAt });
    const copy = TemplateSchema.parse(duplicateTemplate(saved, '(copie)', NOW, () => 't2'));
    expect(copy).toMatchObject({ id: 't2', title: 'Nouveau (copie)', usageCount: 0 });
  });

  it('searches title, body and tags without accents or case', () => {
    const t = TemplateSchema.parse({
      id: 't',
      brandId: 'b',
      title: 'Réclamation',
      body: 'Désolés',
      category: 'complaint',
      language: 'fr',
      tags: ['livraison'],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(['reclam', 'DESOLES', 'livr', ''].map((q) => matchesSearch(t, q))).toEqual([true, true, true, true]);
    expect(matchesSearch(t, 'remboursement')).toBe(false);
  });
});

describe('report periods and formats', () => {
  it('starts weeks on Monday and months on the 1st, and steps through them', () => {
    expect(periodStartFor('week', new Date(2026, 2, 8))).toBe('2026-03-02'); // a Sunday
    expect(periodStartFor('week', new Date(2026, 2, 9))).toBe('2026-03-09'); // a Monday
    expect(periodStartFor('month', new Date(2026, 2, 31))).toBe('2026-03-01');
    expect(shiftPeriod('2026-03-02', 'week', -1)).toBe('2026-02-23');
    expect(shiftPeriod('2026-01-01', 'month', -1)).toBe('2025-12-01');
  });

  it('formats durations for people', () => {
    expect([null, 45_000, 20 * 60_000, 65 * 60_000, 51 * 3_600_000].map((ms) => formatDuration(ms, 'fr'))).toEqual(['—', '45 s', '20 min', '1 h 05', '2 j 3 h']);
    expect(formatDuration(51 * 3_600_000, 'en')).toBe('2 d 3 h');
  });
});

describe('CSV export filter', () => {
  it('turns local dates into an inclusive day range and empty lists into "all"', () => {
    const filter = filterFromRequest({ fromDate: '2026-03-01', toDate: '2026-03-01', brandId: 'b1', platforms: [], labels: ['complaint'], statuses: [] });
    expect(filter.from).toBe(new Date(2026, 2, 1).toISOString());
    expect(filter.to).toBe(new Date(2026, 2, 2).toISOString());
    expect(filter).toMatchObject({ brandId: 'b1', labels: ['complaint'] });
    expect(filter.platforms).toBeUndefined();
    expect(() => filterFromRequest({ fromDate: '2026-03-05', toDate: '2026-03-01', platforms: [], labels: [], statuses: [] })).toThrow(RangeError);
  });
});
