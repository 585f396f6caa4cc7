import { expect } from 'vitest';
import { BrandSchema, type Brand, type BrandInput } from '@/lib/schema/brand';
import { ClassificationSchema } from '@/lib/schema/classification';
import { classify, type ClassifyOptions } from '@/lib/triage';

export function makeBrand(over: Partial<BrandInput> = {}): Brand {
  return BrandSchema.parse({
    id: 'b1',
    name: 'TéléOnde',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  });
}

/** classify + a schema check on every result, so a shape regression fails every test. */
export function run(text: string, options?: ClassifyOptions) {
  return ClassificationSchema.parse(classify({ text }, options));
}

export const labelsOf = (text: string, options?: ClassifyOptions) => run(text, options).labels;

/** Options for a French or an English brand with no corrections and no competitors. */
export const FR_BRAND = { brand: { language: 'fr' as const, lexicon: [], competitors: [] } } satisfies ClassifyOptions;
export const EN_BRAND = { brand: { language: 'en' as const, lexicon: [], competitors: [] } } satisfies ClassifyOptions;

type Case = readonly [text: string, options: ClassifyOptions];
/** One option set, or several (the rules alone and with the learned layer). */
type Systems = (options: ClassifyOptions) => readonly ClassifyOptions[];
const alone: Systems = (options) => [options];

const reasonOf = (rule: string, text: string, options: ClassifyOptions) => run(text, options).reasons.find((r) => r.rule === rule);

/** Each text is toxic under every system, and `rule` fired (with the given options) quoting `match`. */
export function expectToxicBecause(rule: string, cases: ReadonlyArray<readonly [...Case, match: string]>, systems = alone): void {
  for (const [text, options, match] of cases) {
    for (const o of systems(options)) expect(run(text, o).labels, text).toContain('toxic');
    expect(reasonOf(rule, text, options)?.match, text).toBe(match);
  }
}

/** `rule` does not fire on any text, and none is toxic under any system. */
export function expectNotToxicBy(rule: string, cases: readonly Case[], systems = alone): void {
  for (const [text, options] of cases) {
    expect(reasonOf(rule, text, options), text).toBeUndefined();
    for (const o of systems(options)) expect(run(text, o).labels, text).not.toContain('toxic');
  }
}
