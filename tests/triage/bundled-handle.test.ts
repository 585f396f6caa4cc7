import { describe, expect, it } from 'vitest';
import { BUNDLED_MODEL } from '@/lib/triage/model/bundled';

// Its own file: the bundled model is decoded once per module instance, so no other test may have loaded it first.
describe('the bundled model handle', () => {
  it('says it is not decoded until load() decodes it, then that it is', () => {
    expect(BUNDLED_MODEL.decoded).toBe(false);
    expect(BUNDLED_MODEL.fingerprint).toMatch(/\S/u);
    expect(BUNDLED_MODEL.decoded).toBe(false);
    const model = BUNDLED_MODEL.load();
    expect(BUNDLED_MODEL.decoded).toBe(true);
    expect(BUNDLED_MODEL.load()).toBe(model);
  });
});
