import { describe, expect, it } from 'vitest';
import { firstNameOf, renderTemplate } from '@/lib/templates';
import { replyLength } from '@/lib/templates/length';
import { NOW, makeBrand, makeComment, makeTemplate } from './fixtures';

/**
 * Issue 19: a display name of tens of thousands of alternating combining marks (zalgo) made
 * `normalize('NFC')` take seconds in firstNameOf, renderTemplate and the X length count. Each stays
 * bounded now: the name is capped before it is normalised, long graphemes are weighed as written.
 */
const ZALGO = `Camille${Array.from({ length: 200_000 }, (_, i) => (i % 2 ? '\u0301' : '\u0316')).join('')}`;

const timed = <T,>(run: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
};

describe('names and replies of alternating combining marks do not freeze the panel', () => {
  it('firstNameOf answers at once', () => {
    const { ms } = timed(() => firstNameOf({ name: ZALGO }));
    expect(ms).toBeLessThan(200);
    expect(firstNameOf({ name: 'Camille Durand' })).toBe('Camille');
  });

  it('renderTemplate for that author answers at once, on X (weighted length) too', () => {
    const comment = makeComment({ authorName: ZALGO, author: { name: ZALGO, verified: false }, platform: 'x' });
    const template = makeTemplate({ body: 'Bonjour {{first_name|à vous}}, {{author}} : nous regardons.', language: 'fr' });
    const { value, ms } = timed(() => renderTemplate(template, { comment, brand: makeBrand(), now: NOW, timeZone: 'UTC' }));
    expect(ms).toBeLessThan(500);
    expect(value.text.startsWith('Bonjour')).toBe(true);
  });

  it('the X length of a reply holding such a run is counted in linear time, never less than its letters', () => {
    const { value, ms } = timed(() => replyLength(ZALGO, 'x'));
    expect(ms).toBeLessThan(500);
    expect(value.length).toBeGreaterThan(280);
    expect(replyLength('é', 'x').length).toBe(1);
    expect(replyLength('e\u0301', 'x').length).toBe(1); // composed: one letter
  });
});
