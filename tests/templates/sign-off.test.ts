import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n';
import { PLATFORMS } from '@/lib/schema/platform';
import { lintReply, renderTemplate, starterTemplates } from '@/lib/templates';
import { replyLength } from '@/lib/templates/length';
import { NOW, makeBrand, makeComment, makeTemplate } from './fixtures';

const signed = makeBrand({
  name: 'Maison Lumière',
  voice: { address: 'vous', signOff: '^Léa' },
  variables: {
    support_link: 'https://aide.maisonlumiere.fr',
    faq_link: 'https://maisonlumiere.fr/faq',
    partnership_email: 'partenariats@maisonlumiere.fr',
    community_rules_link: 'https://maisonlumiere.fr/charte',
    opening_hours: 'du lundi au vendredi, de 9 h à 18 h',
    opening_hours_en: 'Monday to Friday, 9am to 6pm',
  },
});
const fills = { answer: 'Oui, dès 2022.', update_link: 'https://maisonlumiere.fr/info', team: 'après-vente' };

describe('the brand’s sign-off is added by rendering', () => {
  it('ends the reply with it on a line of its own, once', () => {
    const template = makeTemplate({ body: 'Merci {{first_name|à vous}} !' });
    const result = renderTemplate(template, { comment: makeComment(), brand: signed, now: NOW });
    expect(result.text).toBe('Merci Camille !\n^Léa');
    expect(result.signOff).toBe('added');
    const already = renderTemplate(makeTemplate({ body: 'Merci !\n^léa  ' }), { brand: signed, now: NOW });
    expect(already).toMatchObject({ text: 'Merci !\n^léa  ', signOff: 'present' });
    expect(renderTemplate(template, { brand: makeBrand(), now: NOW })).toMatchObject({ text: 'Merci à vous !', signOff: 'none' });
  });

  it('keeps the gaps where they were', () => {
    const result = renderTemplate(makeTemplate({ body: 'Votre commande {{order_number?}}  ' }), { brand: signed, now: NOW });
    expect(result.text).toBe('Votre commande [order_number]\n^Léa');
    expect(result.text.slice(result.gaps[0]!.start, result.gaps[0]!.end)).toBe('[order_number]');
  });

  it('stays within the site’s limit: on X, a reply with no room left is not signed, and the voice check says so', () => {
    const body = 'a'.repeat(278);
    const onX = renderTemplate(makeTemplate({ body }), { brand: signed, platform: 'x', now: NOW });
    expect(onX).toMatchObject({ text: body, signOff: 'too-long' });
    expect(replyLength(onX.text, 'x').overflowAt).toBeUndefined();
    const issue = lintReply(onX.text, { voice: signed.voice, platform: 'x', language: 'fr' }).find((i) => i.rule === 'sign-off');
    expect(translator('fr')('lint.sign-off', issue?.params)).toBe('Signature manquante : « ^Léa »');
    expect(renderTemplate(makeTemplate({ body }), { brand: signed, platform: 'facebook', now: NOW }).signOff).toBe('added');
  });

  it('gives no starter suggestion a missing-signature warning, on any site (issue 18)', () => {
    for (const template of starterTemplates(signed.id, NOW)) {
      for (const platform of PLATFORMS) {
        const result = renderTemplate(template, { comment: makeComment({ platform }), brand: signed, agentName: 'Léa', platform, now: NOW, fills });
        const issues = lintReply(result.text, { voice: signed.voice, platform, language: template.language });
        expect(issues.filter((i) => i.rule === 'sign-off' || i.rule === 'length'), `${template.id} on ${platform}`).toEqual([]);
        expect(result.text.endsWith('^Léa'), `${template.id} on ${platform}`).toBe(true);
      }
    }
  });
});
