import { describe, expect, it } from 'vitest';
import { fillInFields, firstNameOf, parseTemplateBody, renderTemplate, templateVariables } from '@/lib/templates';
import { NOW, makeBrand, makeComment, makeTemplate } from './fixtures';

const brand = makeBrand({ variables: { support_link: 'https://aide.maisonlune.fr', opening_hours: 'du lundi au vendredi', opening_hours_en: 'Monday to Friday' } });

describe('parseTemplateBody', () => {
  it('splits text, variables, fallbacks and fill-ins, tolerating spaces', () => {
    const { segments, malformed } = parseTemplateBody('Hi {{ first_name | there }}, order {{order_number?}} {{Brand}}');
    expect(malformed).toEqual([]);
    expect(segments).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'variable', name: 'first_name', fallback: 'there', fillIn: false, raw: '{{ first_name | there }}' },
      { kind: 'text', text: ', order ' },
      { kind: 'variable', name: 'order_number', fallback: undefined, fillIn: true, raw: '{{order_number?}}' },
      { kind: 'text', text: ' ' },
      { kind: 'variable', name: 'brand', fallback: undefined, fillIn: false, raw: '{{Brand}}' },
    ]);
  });

  it('keeps malformed placeholders as text and reports them', () => {
    const { segments, malformed } = parseTemplateBody('A {{}} B {{two words}} C');
    expect(malformed).toEqual(['{{}}', '{{two words}}']);
    expect(segments).toEqual([{ kind: 'text', text: 'A {{}} B {{two words}} C' }]);
  });
});

describe('renderTemplate', () => {
  const comment = makeComment({ authorName: 'Camille Durand', author: { name: 'Camille Durand', handle: 'camille_d', verified: false }, platform: 'instagram' });

  it('fills every built-in variable', () => {
    const template = makeTemplate({ body: '{{first_name}}|{{author}}|{{handle}}|{{brand}}|{{agent}}|{{platform}}|{{date}}', language: 'fr' });
    const result = renderTemplate(template, { comment, brand, agentName: 'Léa', now: NOW, timeZone: 'Europe/Paris' });
    expect(result.text).toBe('Camille|Camille Durand|@camille_d|Maison Lune|Léa|Instagram|3 mars 2026');
    expect(result.gaps).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.unknown).toEqual([]);
  });

  it('formats the date in the template language, or the one asked for', () => {
    const template = makeTemplate({ body: 'On {{date}}', language: 'en' });
    expect(renderTemplate(template, { brand, now: NOW, timeZone: 'UTC' }).text).toBe('On 3 March 2026');
    expect(renderTemplate(template, { brand, now: NOW, timeZone: 'UTC', language: 'fr' }).text).toBe('On 3 mars 2026');
  });

  it('uses custom brand variables, preferring the language-specific one', () => {
    const fr = makeTemplate({ body: 'Aide : {{support_link}}, {{opening_hours}}', language: 'fr' });
    const en = makeTemplate({ body: 'Help: {{support_link}}, {{opening_hours}}', language: 'en' });
    expect(renderTemplate(fr, { brand, now: NOW }).text).toBe('Aide : https://aide.maisonlune.fr, du lundi au vendredi');
    expect(renderTemplate(en, { brand, now: NOW }).text).toBe('Help: https://aide.maisonlune.fr, Monday to Friday');
  });

  it('uses fallbacks when a value is missing, and leaves French wording to the author', () => {
    const template = makeTemplate({ body: 'Bonjour {{first_name|à vous}}, {{agent|l’équipe}} vous répond.' });
    const noName = renderTemplate(template, { comment: makeComment({ authorName: '@lune_fan' }), brand, now: NOW });
    expect(noName.text).toBe('Bonjour à vous, l’équipe vous répond.');
    expect(noName.gaps).toEqual([]);
    const named = renderTemplate(template, { comment, brand, agentName: 'Léa', now: NOW });
    expect(named.text).toBe('Bonjour Camille, Léa vous répond.');
  });

  it('allows a deliberately empty fallback', () => {
    const template = makeTemplate({ body: 'Merci{{first_name|}} !' });
    expect(renderTemplate(template, { brand, now: NOW }).text).toBe('Merci !');
  });

  it('shows a missing value as a visible gap with its position, never "undefined"', () => {
    const template = makeTemplate({ body: 'Bonjour {{first_name}}, signé {{agent}}.' });
    const result = renderTemplate(template, { brand, now: NOW });
    expect(result.text).toBe('Bonjour [first_name], signé [agent].');
    expect(result.text).not.toMatch(/undefined/);
    expect(result.missing).toEqual(['first_name', 'agent']);
    expect(result.gaps).toEqual([
      { name: 'first_name', kind: 'missing', start: 8, end: 20 },
      { name: 'agent', kind: 'missing', start: 28, end: 35 },
    ]);
    for (const gap of result.gaps) expect(result.text.slice(gap.start, gap.end)).toBe(`[${gap.name}]`);
  });

  it('treats a blank value as missing', () => {
    const template = makeTemplate({ body: '{{agent}}' });
    expect(renderTemplate(template, { brand, agentName: '   ', now: NOW }).text).toBe('[agent]');
  });

  it('fills fill-in fields from the agent, and shows them as gaps until filled', () => {
    const template = makeTemplate({ body: 'Commande {{order_number?}} ({{carrier?|transporteur habituel}})' });
    const empty = renderTemplate(template, { brand, now: NOW });
    expect(empty.text).toBe('Commande [order_number] (transporteur habituel)');
    expect(empty.gaps).toEqual([{ name: 'order_number', kind: 'fill-in', start: 9, end: 23 }]);
    expect(empty.missing).toEqual([]);
    expect(empty.unknown).toEqual([]);
    const filled = renderTemplate(template, { brand, now: NOW, fills: { order_number: 'A-1042', carrier: 'Colissimo' } });
    expect(filled.text).toBe('Commande A-1042 (Colissimo)');
    expect(filled.gaps).toEqual([]);
  });

  it('accepts a custom gap marker', () => {
    const template = makeTemplate({ body: 'N° {{order_number?}}' });
    expect(renderTemplate(template, { brand, now: NOW, gapMarker: (name) => `⟦${name}⟧` }).text).toBe('N° ⟦order_number⟧');
  });

  it('reports unknown variable names, using their fallback when there is one', () => {
    const template = makeTemplate({ body: '{{frist_name|vous}} {{suport_link}}' });
    const result = renderTemplate(template, { brand, now: NOW });
    expect(result.text).toBe('vous [suport_link]');
    expect(result.unknown).toEqual(['frist_name', 'suport_link']);
    expect(result.missing).toEqual(['suport_link']);
  });

  it('reports malformed placeholders and keeps them verbatim', () => {
    const result = renderTemplate(makeTemplate({ body: 'Oups {{ }}' }), { brand, now: NOW });
    expect(result.text).toBe('Oups {{ }}');
    expect(result.malformed).toEqual(['{{ }}']);
  });

  it('uses the platform variant, from the context or the comment', () => {
    const template = makeTemplate({ body: 'Long {{brand}}', variants: { x: 'Court {{brand}}' } });
    const onX = renderTemplate(template, { brand, now: NOW, platform: 'x' });
    expect(onX).toMatchObject({ text: 'Court Maison Lune', usedVariant: 'x' });
    const fromComment = renderTemplate(template, { brand, now: NOW, comment: makeComment({ platform: 'x', postUrl: 'https://x.com/lune/status/1' }) });
    expect(fromComment.usedVariant).toBe('x');
    const onFacebook = renderTemplate(template, { brand, now: NOW, platform: 'facebook' });
    expect(onFacebook).toMatchObject({ text: 'Long Maison Lune', usedVariant: null });
    expect(renderTemplate(template, { brand, now: NOW }).usedVariant).toBeNull();
  });

  it('lets a typed value fill a variable Riposte could not', () => {
    const template = makeTemplate({ body: 'Bonjour {{first_name}}' });
    expect(renderTemplate(template, { brand, now: NOW, fills: { first_name: 'Sam' } }).text).toBe('Bonjour Sam');
  });
});

describe('fillInFields / templateVariables', () => {
  const template = makeTemplate({
    body: 'N° {{order_number?}} {{first_name}} {{note?|}}',
    variants: { x: '{{order_number?|?}} {{tracking?}}' },
  });

  it('lists fill-ins across body and variants, required when required anywhere', () => {
    expect(fillInFields(template)).toEqual([
      { name: 'order_number', optional: false },
      { name: 'note', optional: true },
      { name: 'tracking', optional: false },
    ]);
  });

  it('lists only the fields of the body used on a platform', () => {
    expect(fillInFields(template, 'x')).toEqual([
      { name: 'order_number', optional: true },
      { name: 'tracking', optional: false },
    ]);
    expect(fillInFields(template, 'linkedin').map((f) => f.name)).toEqual(['order_number', 'note']);
  });

  it('lists every variable name', () => {
    expect(templateVariables(template)).toEqual(['order_number', 'first_name', 'note', 'tracking']);
  });
});

describe('firstNameOf', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Camille Durand', 'Camille'],
    ['Jean-Pierre Martin', 'Jean-Pierre'],
    ['JEAN-PIERRE MARTIN', 'Jean-Pierre'],
    ['marie-hélène dubois', 'Marie-Hélène'],
    ['Dr. Amina Benali', 'Amina'],
    ['Dr Amina Benali', 'Amina'],
    ['Mme Sophie Leroy', 'Sophie'],
    ['🌸 Léa Martin 🌸', 'Léa'],
    ['Léa ✨', 'Léa'],
    ["N'Golo Kanté", "N'Golo"],
    ['DeShawn Miller', 'DeShawn'],
    ['Zoë', 'Zoë'],
    ['@lune_fan', undefined],
    ['lune_fan75', undefined],
    ['jean.dupont', undefined],
    ['J. Dupont', undefined],
    ['Boulangerie Dupont SARL', undefined],
    ['Maison Lune Officiel', undefined],
    ['Acme Inc.', undefined],
    ['🔥🔥🔥', undefined],
    ['', undefined],
  ];
  it.each(cases)('%s → %s', (name, expected) => {
    expect(firstNameOf({ name })).toBe(expected);
  });

  it('skips LinkedIn company pages', () => {
    expect(firstNameOf({ name: 'Nova', profileUrl: 'https://www.linkedin.com/company/nova/' })).toBeUndefined();
    expect(firstNameOf({ name: 'Nova Petit', profileUrl: 'https://www.linkedin.com/in/nova-petit/' })).toBe('Nova');
  });
});
