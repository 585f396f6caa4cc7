import { describe, expect, it } from 'vitest';
import type { TemplateCategory } from '@/lib/schema/template';
import { buildTemplateMenu, flattenMenu, parseMenuItemId, type MenuOptions } from '@/lib/templates';
import { makeTemplate } from './fixtures';

const categoryTitles: Record<TemplateCategory, string> = {
  complaint: 'Réclamations',
  question: 'Questions',
  lead: 'Prospects',
  praise: 'Compliments',
  thanks: 'Remerciements',
  moderation: 'Modération',
  crisis: 'Crise',
  other: 'Autres',
};
const options: MenuOptions = { rootTitle: 'Riposte', categoryTitles, saveSelectionTitle: 'Enregistrer la sélection comme modèle', moreTitle: 'Plus de modèles…', maxPerCategory: 2 };

describe('buildTemplateMenu', () => {
  const templates = [
    makeTemplate({ id: 'q1', category: 'question', title: 'Suivi', usageCount: 1 }),
    makeTemplate({ id: 'c1', category: 'complaint', title: 'Excuses', usageCount: 5 }),
    makeTemplate({ id: 'c2', category: 'complaint', title: 'Remboursement', usageCount: 9 }),
    makeTemplate({ id: 'c3', category: 'complaint', title: 'Bug', usageCount: 0 }),
    makeTemplate({ id: 'other-brand', brandId: 'brand-2', category: 'praise', title: 'Merci' }),
  ];

  it('builds Riposte ▸ category ▸ template for the active brand, most used first, capped', () => {
    const root = buildTemplateMenu(templates, 'brand-1', options);
    expect(root).toEqual({
      id: 'riposte:root',
      title: 'Riposte',
      contexts: ['editable', 'selection'],
      children: [
        {
          id: 'riposte:cat:complaint',
          title: 'Réclamations',
          contexts: ['editable'],
          children: [
            { id: 'riposte:tpl:c2', title: 'Remboursement', contexts: ['editable'] },
            { id: 'riposte:tpl:c1', title: 'Excuses', contexts: ['editable'] },
            { id: 'riposte:more:complaint', title: 'Plus de modèles…', contexts: ['editable'] },
          ],
        },
        { id: 'riposte:cat:question', title: 'Questions', contexts: ['editable'], children: [{ id: 'riposte:tpl:q1', title: 'Suivi', contexts: ['editable'] }] },
        { id: 'riposte:save-selection', title: 'Enregistrer la sélection comme modèle', contexts: ['selection'] },
      ],
    });
  });

  it('flattens parents before children for contextMenus.create', () => {
    const items = flattenMenu(buildTemplateMenu(templates, 'brand-1', options));
    expect(items.map((i) => [i.id, i.parentId])).toEqual([
      ['riposte:root', undefined],
      ['riposte:cat:complaint', 'riposte:root'],
      ['riposte:tpl:c2', 'riposte:cat:complaint'],
      ['riposte:tpl:c1', 'riposte:cat:complaint'],
      ['riposte:more:complaint', 'riposte:cat:complaint'],
      ['riposte:cat:question', 'riposte:root'],
      ['riposte:tpl:q1', 'riposte:cat:question'],
      ['riposte:save-selection', 'riposte:root'],
    ]);
    expect(items[0]).not.toHaveProperty('parentId');
  });

  it('keeps only the save item for a brand without templates', () => {
    expect(buildTemplateMenu([], 'brand-1', options).children?.map((c) => c.id)).toEqual(['riposte:save-selection']);
  });

  it('tags titles with their language when a category mixes both, escapes "&" and cuts long titles', () => {
    const mixed = [
      makeTemplate({ id: 'fr', category: 'praise', title: 'Merci & bravo', language: 'fr' }),
      makeTemplate({ id: 'en', category: 'praise', title: 'Thanks '.repeat(15).trim(), language: 'en' }),
    ];
    const praise = buildTemplateMenu(mixed, 'brand-1', options).children?.[0];
    const titles = praise?.children?.map((c) => c.title) ?? [];
    expect(titles).toContain('Merci && bravo · FR');
    const long = titles.find((t) => t.startsWith('Thanks'));
    expect(long?.length).toBe(60);
    expect(long?.endsWith('…')).toBe(true);
  });
});

describe('the menu for a brand that answers in French', () => {
  it('fills the categories with French templates only, and puts the English ones one level down', () => {
    const templates = [
      makeTemplate({ id: 'fr1', category: 'complaint', title: 'Excuses', language: 'fr' }),
      makeTemplate({ id: 'en1', category: 'complaint', title: 'Apology', language: 'en' }),
      makeTemplate({ id: 'en2', category: 'question', title: 'Sizes', language: 'en' }),
    ];
    const root = buildTemplateMenu(templates, 'brand-1', { ...options, language: 'fr', otherLanguageTitle: 'Modèles en anglais' });
    const [complaints, english, save] = root.children!;
    expect(complaints).toMatchObject({ id: 'riposte:cat:complaint', children: [{ id: 'riposte:tpl:fr1', title: 'Excuses' }] });
    expect(english).toMatchObject({
      id: 'riposte:lang:en',
      title: 'Modèles en anglais',
      children: [
        { id: 'riposte:cat:en:complaint', title: 'Réclamations', children: [{ id: 'riposte:tpl:en1', title: 'Apology' }] },
        { id: 'riposte:cat:en:question', children: [{ id: 'riposte:tpl:en2', title: 'Sizes' }] },
      ],
    });
    expect(save?.id).toBe('riposte:save-selection');
    // Every id is unique (contextMenus.create refuses a duplicate) and a template click still parses.
    const ids = flattenMenu(root).map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(parseMenuItemId('riposte:tpl:en1')).toEqual({ kind: 'template', templateId: 'en1' });
    expect(parseMenuItemId('riposte:lang:en')).toBeNull();
  });
});

describe('parseMenuItemId', () => {
  it('decodes actions and ignores everything else', () => {
    expect(parseMenuItemId('riposte:tpl:starter:brand-1:refund:fr')).toEqual({ kind: 'template', templateId: 'starter:brand-1:refund:fr' });
    expect(parseMenuItemId('riposte:save-selection')).toEqual({ kind: 'save-selection' });
    expect(parseMenuItemId('riposte:more:crisis')).toEqual({ kind: 'more', category: 'crisis' });
    expect(parseMenuItemId('riposte:more:nope')).toBeNull();
    expect(parseMenuItemId('riposte:cat:complaint')).toBeNull();
    expect(parseMenuItemId('riposte:root')).toBeNull();
    expect(parseMenuItemId('riposte:tpl:')).toBeNull();
    expect(parseMenuItemId(42)).toBeNull();
  });
});
