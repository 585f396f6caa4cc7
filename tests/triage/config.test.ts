import { describe, expect, it } from 'vitest';
import { DEFAULT_TRIAGE_CONFIG, TriageConfigSchema } from '@/lib/triage';

describe('TriageConfigSchema', () => {
  it('fills every default from an empty object', () => {
    const config = TriageConfigSchema.parse({});
    expect(config).toEqual(DEFAULT_TRIAGE_CONFIG);
    expect(config.tiers).toEqual({ nano: 1_000, micro: 10_000, macro: 100_000, mega: 1_000_000 });
    expect(config.weights.complaint).toBeGreaterThan(config.weights.praise);
    expect(config.buzz.recentMinutes).toBe(60);
  });

  it('keeps overrides and defaults the rest', () => {
    const config = TriageConfigSchema.parse({ weights: { complaint: 50, tier: { mega: 40 } }, buzz: { recentMinutes: 30 } });
    expect(config.weights.complaint).toBe(50);
    expect(config.weights.tier.mega).toBe(40);
    expect(config.weights.tier.micro).toBe(10);
    expect(config.weights.toxic).toBe(DEFAULT_TRIAGE_CONFIG.weights.toxic);
    expect(config.buzz.recentMinutes).toBe(30);
  });

  it('rejects nonsense with a clear error', () => {
    expect(() => TriageConfigSchema.parse({ buzz: { recentMinutes: 0 } })).toThrow();
    expect(() => TriageConfigSchema.parse({ weights: { answeredFactor: 2 } })).toThrow();
  });
});
