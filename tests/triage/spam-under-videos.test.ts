import { describe, expect, it } from 'vitest';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import { run } from './helpers';

const model = loadBundledModel();
const rules = (text: string) => run(text, {});
const withModel = (text: string) => run(text, { model });

describe('spam under videos and brand posts', () => {
  it('reads a shortened or lookalike link as a cue of its own, which a fan or a customer seldom posts', () => {
    for (const text of ['watch this instead: bit.ly/3xTrNw9q', 'Regardez plutôt ça : bit.ly/3kVdFrX9', 'verify here yt-verify-center.help/login']) {
      const c = rules(text);
      expect(c.labels).toContain('spam');
      expect(c.reasons.some((r) => r.rule === 'spam.shortlink')).toBe(true);
    }
    // A link to the brand's own shop is no such cue.
    expect(rules('Commandé sur https://www.maison-crumb.fr hier, livré ce matin').reasons.some((r) => r.rule === 'spam.shortlink')).toBe(false);
  });

  it('learns chain letters, fake notices and modest plugs', () => {
    for (const text of [
      'Dont scroll!!! Share this to 7 videos or 7 years of bad luck',
      'Dear viewers, this is a message from the admin team. Your account has been flagged',
      'Attention : votre compte a été signalé. Vérifiez vos identifiants pour éviter la suspension',
      "Not to be that person but I covered this on guitar, it's on my channel",
    ]) expect(withModel(text).labels).toContain('spam');
  });

  it('does not take a customer leaving a number, or working from home, for spam', () => {
    for (const text of ["Rappelez-moi svp, j'ai laissé trois messages au 09 70 12 34 56", 'I work from home and your app saves me hours every week', 'best cream puffs of my life, I’m serious']) {
      expect(withModel(text).labels).not.toContain('spam');
    }
  });
});
