import { describe, expect, it } from 'vitest';
import { prepareReply } from '@/components/panel/reply-context';
import { translator } from '@/lib/i18n';
import { BUILT_IN_VARIABLES, fillInFields, STARTER_VARIABLES, starterTemplates } from '@/lib/templates';
import { blankLabel } from '@/lib/templates/blanks';
import { NOW, makeBrand, makeComment } from './fixtures';

describe('blank labels', () => {
  const names = new Set<string>([...BUILT_IN_VARIABLES, ...STARTER_VARIABLES.map((v) => v.name)]);
  for (const template of starterTemplates('b', NOW)) for (const field of fillInFields(template)) names.add(field.name);

  it('gives every built-in, starter variable and starter fill-in a human label in French and English', () => {
    for (const language of ['fr', 'en'] as const) {
      const t = translator(language);
      for (const name of names) {
        const label = blankLabel(t, name);
        expect(label, `${language} ${name}`).not.toMatch(/_|^blank\./);
        expect(label.toLowerCase(), `${language} ${name}`).not.toBe(name.replace(/_/g, ' '));
      }
    }
    expect(blankLabel(translator('fr'), 'faq_link')).toBe('Lien vers la FAQ');
    expect(blankLabel(translator('en'), 'opening_hours_en')).toBe('Customer care hours');
    expect(blankLabel(translator('fr'), 'numero_client')).toBe('Numero client');
  });
});

describe('the panel’s editor asks for every blank', () => {
  const faq = starterTemplates('b', NOW).find((t) => t.id === 'starter:b:faq-answer:fr')!;
  const brand = makeBrand({ id: 'b' });
  const comment = makeComment({ platform: 'facebook' });

  it('asks for a brand variable with no value, and keeps asking while it is typed', () => {
    const empty = prepareReply(faq, comment, brand, { agentName: 'Léa', now: NOW });
    expect(empty.ready).toBe(false);
    expect(empty.fillIns).toEqual([{ name: 'faq_link', optional: false }]);
    const typed = prepareReply(faq, comment, brand, { agentName: 'Léa', now: NOW, fills: { faq_link: 'https://x.fr/faq' } });
    expect(typed.fillIns).toEqual([{ name: 'faq_link', optional: false }]);
    expect(typed.ready).toBe(true);
    expect(typed.render.text).toContain('FAQ : https://x.fr/faq.');
  });
});
