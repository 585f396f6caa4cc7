import { describe, expect, it } from 'vitest';
import { correctionToLexiconEntry, CorrectionError, detectCompetitors, mergeLexiconEntry, salientTerm } from '@/lib/triage';
import { makeBrand, run } from './helpers';

describe('brand corrections lexicon', () => {
  it('makes "tuerie" praise for a brand that says so, and only for that brand', () => {
    const text = 'Franchement, tuerie.';
    const before = run(text);
    expect(before.labels).not.toContain('praise');
    const brand = makeBrand({ lexicon: [{ term: 'tuerie', addLabels: ['praise'], polarity: 'positive' }] });
    const after = run(text, { brand });
    expect(after.labels).toContain('praise');
    expect(after.sentiment.value).toBe('positive');
    expect(after.reasons.some((r) => r.source === 'brand-lexicon' && r.match === 'tuerie')).toBe(true);
    expect(run(text, { brand: makeBrand() }).labels).not.toContain('praise');
  });

  it('removes a label a product name triggered ("War Zone" is a game, not a threat)', () => {
    const text = 'War Zone is out, time to kill you all online';
    expect(run(text).labels).toContain('toxic');
    const brand = makeBrand({ lexicon: [{ term: 'War Zone', removeLabels: ['toxic'] }] });
    expect(run(text, { brand }).labels).not.toContain('toxic');
    // Without the product name, the same words are still moderated.
    expect(run('time to kill you all', { brand }).labels).toContain('toxic');
  });

  it('matches brand terms accent- and case-insensitively and ignores unknown labels', () => {
    const brand = makeBrand({ lexicon: [{ term: 'Crème Brûlée', addLabels: ['praise', 'not-a-label'], polarity: 'positive' }] });
    const c = run('la CREME BRULEE est dispo ?', { brand });
    expect(c.labels).toContain('praise');
    expect(c.labels).toContain('question');
  });
});

describe('correctionToLexiconEntry', () => {
  it('uses the term the user picked', () => {
    expect(correctionToLexiconEntry({ text: 'Cette palette est une dinguerie', addLabels: ['praise'], term: ' dinguerie ' })).toEqual({
      term: 'dinguerie',
      addLabels: ['praise'],
      removeLabels: [],
    });
  });

  it('picks the product name when a label is removed', () => {
    const entry = correctionToLexiconEntry({ text: 'War Zone is out, time to kill you all online', removeLabels: ['toxic'] });
    expect(entry).toEqual({ term: 'War Zone', addLabels: [], removeLabels: ['toxic'] });
  });

  it('picks the word that pushed the wrong polarity', () => {
    const entry = correctionToLexiconEntry({ text: 'franchement tuerie', polarity: 'positive', addLabels: ['praise'] });
    expect(entry.term).toBe('tuerie');
    expect(entry.polarity).toBe('positive');
  });

  it('round-trips: the learnt entry fixes the comment it came from', () => {
    const text = 'franchement tuerie';
    const entry = correctionToLexiconEntry({ text, polarity: 'positive', addLabels: ['praise'] });
    const c = run(text, { brand: makeBrand({ lexicon: [entry] }) });
    expect(c.labels).toContain('praise');
    expect(c.sentiment.value).toBe('positive');
  });

  it('refuses a correction that changes nothing', () => {
    expect(() => correctionToLexiconEntry({ text: 'ok' })).toThrow(CorrectionError);
    expect(() => salientTerm({ text: '👍👍', addLabels: ['praise'] })).not.toThrow();
    expect(() => salientTerm({ text: '', addLabels: ['praise'] })).toThrow(CorrectionError);
  });

  it('replaces an older entry for the same term when merging', () => {
    const lexicon = [{ term: 'Tuerie', addLabels: ['toxic'], removeLabels: [] }, { term: 'top', addLabels: [], removeLabels: [] }];
    const merged = mergeLexiconEntry(lexicon, { term: 'tuerie', addLabels: ['praise'], removeLabels: [] });
    expect(merged).toHaveLength(2);
    expect(merged.find((e) => e.term === 'tuerie')?.addLabels).toEqual(['praise']);
  });
});

describe('competitor mentions', () => {
  const brand = makeBrand({
    competitors: [
      { name: 'Orange', aliases: ['Orange Télécom'], accounts: [{ platform: 'x', handle: 'orange_fr' }] },
      { name: 'Free', aliases: ['Freebox'] },
    ],
  });

  it('finds names, aliases and handles, on word boundaries and without accents', () => {
    expect(detectCompetitors('je passe chez ORANGE telecom demain', brand)).toEqual(['Orange']);
    expect(detectCompetitors('@orange_fr répond plus vite que vous', brand)).toEqual(['Orange']);
    expect(detectCompetitors('La freebox est mieux', brand)).toEqual(['Free']);
    expect(detectCompetitors('Orangina et jus d’oranges', brand)).toEqual([]);
    expect(detectCompetitors('je suis freelance', brand)).toEqual([]);
  });

  it('is reported by classify when a brand is given', () => {
    expect(run('Chez Orange au moins ça marche', { brand }).competitors).toEqual(['Orange']);
    expect(run('Chez Orange au moins ça marche').competitors).toEqual([]);
  });
});
