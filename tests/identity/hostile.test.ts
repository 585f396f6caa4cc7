import { describe, expect, it } from 'vitest';
import { authorKeyOf, nameKey } from '@/lib/identity/keys';

/** Issue 19: a name of alternating combining marks made authorKeyOf take seconds (NFC on the whole name). */
describe('author keys of hostile names', () => {
  it('a 200,000-mark name gets its key at once', () => {
    const zalgo = `Camille${Array.from({ length: 200_000 }, (_, i) => (i % 2 ? '\u0301' : '\u0316')).join('')}`;
    const started = performance.now();
    const key = authorKeyOf('facebook', { name: zalgo });
    expect(performance.now() - started).toBeLessThan(200);
    expect(key.startsWith('facebook:name:camill')).toBe(true);
    expect(key.length).toBeLessThan(300);
  });

  it('ordinary names keep the same key', () => {
    expect(nameKey('  Chloé Petit ')).toBe('chloé petit');
    expect(authorKeyOf('facebook', { name: 'Chloe\u0301 Petit' })).toBe('facebook:name:chloé petit');
  });

  it('never ends a key on half an emoji', () => {
    expect(nameKey(`${'a'.repeat(199)}😡`)).toBe('a'.repeat(199));
  });
});
