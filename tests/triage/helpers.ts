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
