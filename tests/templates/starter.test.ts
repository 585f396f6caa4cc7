import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/lib/schema/platform';
import { TemplateSchema } from '@/lib/schema/template';
import { VoiceProfileSchema } from '@/lib/schema/brand';
import { INTENTS } from '@/lib/schema/intent';
import { findAddressCues } from '@/lib/templates/address';
import { fillInFields, lintReply, renderTemplate, STARTER_SITUATIONS, STARTER_VARIABLES, starterTemplates, templateVariables } from '@/lib/templates';
import { isBuiltInVariable } from '@/lib/templates/variables';
import { NOW, makeBrand, makeComment } from './fixtures';

const templates = starterTemplates('brand-1', NOW);
/** The same library for a brand that says "tu": only its French differs. */
const tuTemplates = starterTemplates('brand-1', NOW, 'tu');

/** A realistic full context: every starter variable set, every fill-in typed. */
const brand = makeBrand({
  name: 'Maison Lune',
  variables: {
    support_link: 'https://www.maisonlune.fr/compte/commandes',
    faq_link: 'https://www.maisonlune.fr/aide/faq',
    partnership_email: 'partenariats@maisonlune.fr',
    community_rules_link: 'https://www.maisonlune.fr/charte',
    opening_hours: 'du lundi au vendredi, de 9 h à 18 h',
    opening_hours_en: 'Monday to Friday, 9am to 6pm',
  },
});
const fills = {
  answer: 'Oui, il est compatible avec tous les modèles depuis 2022.',
  update_link: 'https://www.maisonlune.fr/actualites/point-incident',
  team: 'après-vente',
};
const defaultVoice = VoiceProfileSchema.parse({ address: 'vous', signOff: '' });

describe('starter library', () => {
  it('has about twenty situations in French and English, all valid and distinct', () => {
    expect(STARTER_SITUATIONS.length).toBeGreaterThanOrEqual(20);
    expect(templates).toHaveLength(STARTER_SITUATIONS.length * 2);
    for (const template of templates) expect(TemplateSchema.safeParse(template).success).toBe(true);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    expect(templates.filter((t) => t.language === 'fr')).toHaveLength(STARTER_SITUATIONS.length);
    expect(new Set(templates.map((t) => t.category))).toEqual(new Set(['praise', 'thanks', 'complaint', 'question', 'lead', 'moderation', 'crisis', 'other']));
  });

  it('is stable per brand so seeding twice does not duplicate', () => {
    expect(starterTemplates('brand-1', NOW).map((t) => t.id)).toEqual(templates.map((t) => t.id));
    expect(starterTemplates('brand-2', NOW)[0]?.id).not.toBe(templates[0]?.id);
    expect(starterTemplates('brand-2', NOW).every((t) => t.brandId === 'brand-2' && t.usageCount === 0)).toBe(true);
  });

  it('uses only built-in, declared brand and fill-in variables', () => {
    const declared = new Set(STARTER_VARIABLES.map((v) => v.name));
    for (const template of templates) {
      const fillIns = new Set(fillInFields(template).map((f) => f.name));
      for (const name of templateVariables(template)) {
        expect(isBuiltInVariable(name) || declared.has(name) || fillIns.has(name), `${template.id}: ${name}`).toBe(true);
      }
    }
  });

  it('has a template made for every intent in French (vous and tu) and English', () => {
    const sets = { 'fr-vous': templates.filter((t) => t.language === 'fr'), 'fr-tu': tuTemplates.filter((t) => t.language === 'fr'), en: templates.filter((t) => t.language === 'en') };
    for (const [name, set] of Object.entries(sets)) {
      for (const intent of INTENTS) expect(set.some((t) => t.intents?.[0] === intent), `${intent} in ${name}`).toBe(true);
    }
  });

  it('gives a "tu" brand the tutoiement French, with the same ids, titles and tags', () => {
    expect(tuTemplates.map((t) => t.id)).toEqual(templates.map((t) => t.id));
    expect(tuTemplates.filter((t) => t.language === 'en')).toEqual(templates.filter((t) => t.language === 'en'));
    for (const template of tuTemplates.filter((t) => t.language === 'fr')) {
      const vous = templates.find((t) => t.id === template.id)!;
      expect(template.title).toBe(vous.title);
      expect(template.tags).toEqual(vous.tags);
      for (const body of [template.body, ...Object.values(template.variants)]) {
        expect(findAddressCues(body).filter((c) => c.kind === 'vous'), template.id).toEqual([]);
      }
    }
    expect(starterTemplates('brand-1', NOW, 'either')).toEqual(templates);
  });

  it('leaves the sign-off to rendering', () => {
    for (const template of [...templates, ...tuTemplates]) expect(template.body, template.id).not.toMatch(/\{\{agent|\n—/);
  });

  for (const template of [...templates, ...tuTemplates.filter((t) => t.language === 'fr').map((t) => ({ ...t, id: `${t.id} (tu)` }))]) {
    const voice = template.id.endsWith('(tu)') ? { ...defaultVoice, address: 'tu' as const } : defaultVoice;
    describe(template.id, () => {
      for (const platform of PLATFORMS) {
        it(`renders without gaps, passes the voice lint and fits on ${platform}`, () => {
          const comment = makeComment({ authorName: 'Marie-Claire Fontaine-Delacroix', platform });
          const result = renderTemplate(template, { comment, brand, agentName: 'Léa', platform, now: NOW, fills });
          expect(result.gaps).toEqual([]);
          expect(result.unknown).toEqual([]);
          expect(result.malformed).toEqual([]);
          expect(result.text).not.toMatch(/\{\{|\}\}|undefined|\[\w+\]/);
          expect(lintReply(result.text, { voice, language: template.language, platform })).toEqual([]);
        });
      }

      it('reads naturally without a first name or an agent name', () => {
        const result = renderTemplate(template, { comment: makeComment({ authorName: '@lune_fan_92' }), brand, now: NOW, fills });
        expect(result.gaps).toEqual([]);
        expect(result.text).not.toMatch(/\s[,.]|\s{2}/);
      });
    });
  }

  it('is flagged by the lint for a "tu" brand (French only)', () => {
    const tuVoice = { ...defaultVoice, address: 'tu' as const };
    const french = templates.filter((t) => t.language === 'fr' && /\bvous\b|votre|vos\b/i.test(t.body));
    expect(french.length).toBeGreaterThan(10);
    for (const template of french) {
      const text = renderTemplate(template, { brand, agentName: 'Léa', now: NOW, fills }).text;
      expect(lintReply(text, { voice: tuVoice, language: 'fr' }).some((i) => i.rule === 'address'), template.id).toBe(true);
    }
  });
});
