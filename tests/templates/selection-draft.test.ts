import { describe, expect, it } from 'vitest';
import { greetedFirstName, newTemplateHash, parseNewTemplateHash, selectionDraft, withFirstNameVariable } from '@/lib/templates';

describe('a selection on its way to the template editor', () => {
  it('is the selection’s body and language, carried by the options page’s address and read back', () => {
    const draft = selectionDraft('  Bonjour Léa,\r\nvotre colis part demain 📦 & ce soir ?  \n', { language: 'en' });
    expect(draft).toEqual({ ok: true, body: 'Bonjour Léa,\nvotre colis part demain 📦 & ce soir ?', language: 'fr' });
    if (!draft.ok) return;
    const hash = newTemplateHash(draft);
    expect(hash.startsWith('#templates/new?')).toBe(true);
    expect(parseNewTemplateHash(hash)).toEqual({ body: draft.body, language: 'fr' });
    expect(selectionDraft(' \n ', { language: 'fr' })).toEqual({ ok: false, reason: 'empty' });
    expect(selectionDraft('a'.repeat(5001), { language: 'fr' })).toEqual({ ok: false, reason: 'too-long' });
  });

  it('guesses the language, or takes the one given, or the brand’s', () => {
    expect(selectionDraft('Thanks for your patience, we will get back to you.', { language: 'fr' })).toMatchObject({ ok: true, language: 'en' });
    expect(selectionDraft('Thanks for your patience.', { language: 'fr' }, 'fr')).toMatchObject({ ok: true, language: 'fr' });
    expect(selectionDraft('OK 👍', { language: 'en' })).toMatchObject({ ok: true, language: 'en', body: 'OK 👍' });
  });

  it('reads no selection from another hash or a malformed one', () => {
    for (const hash of ['', '#templates', '#templates/new', '#templates/new?text=', '#templates/new?text=Bonjour&lang=de', `#templates/new?text=${'a'.repeat(5001)}&lang=fr`]) {
      expect(parseNewTemplateHash(hash)).toBeUndefined();
    }
  });

  it('finds the first name a reply greets, and only then', () => {
    expect(greetedFirstName('Bonjour Marc, merci pour votre message.')).toBe('Marc');
    expect(greetedFirstName('Hello Anne-Sophie! Thanks.')).toBe('Anne-Sophie');
    expect(greetedFirstName('Salut Léa ! On regarde.')).toBe('Léa');
    expect(greetedFirstName('Hi Zoé.')).toBe('Zoé');
    expect(greetedFirstName('Bonjour {{first_name}}, merci.')).toBeUndefined();
    expect(greetedFirstName('Bonjour à tous, merci.')).toBeUndefined();
    expect(greetedFirstName('Merci Marc, à bientôt.')).toBeUndefined();
    expect(greetedFirstName('Votre colis part demain.')).toBeUndefined();
  });

  it('puts {{first_name}} in place of every whole-word mention of the name', () => {
    expect(withFirstNameVariable('Bonjour Marc, Marcel vous répond. Merci Marc !', 'Marc')).toBe('Bonjour {{first_name}}, Marcel vous répond. Merci {{first_name}} !');
    expect(withFirstNameVariable('Hello Anne-Sophie.', 'Anne-Sophie')).toBe('Hello {{first_name}}.');
  });
});
