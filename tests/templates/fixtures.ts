import { BrandSchema, type Brand, type BrandInput } from '@/lib/schema/brand';
import { CommentSchema, type Comment, type CommentInput } from '@/lib/schema/comment';
import { TemplateSchema, type Template, type TemplateInput } from '@/lib/schema/template';

export const NOW = new Date('2026-03-03T10:00:00Z');
const STAMP = NOW.toISOString();

export function makeBrand(overrides: Partial<BrandInput> = {}): Brand {
  return BrandSchema.parse({ id: 'brand-1', name: 'Maison Lune', createdAt: STAMP, updatedAt: STAMP, ...overrides });
}

export function makeComment(overrides: Partial<CommentInput> & { authorName?: string } = {}): Comment {
  const { authorName, ...rest } = overrides;
  return CommentSchema.parse({
    platform: 'facebook',
    id: 'c1',
    author: { name: authorName ?? 'Camille Durand', verified: false },
    text: 'Bonjour',
    postUrl: 'https://www.facebook.com/maisonlune/posts/1',
    ...rest,
  });
}

let counter = 0;
export function makeTemplate(overrides: Partial<TemplateInput> = {}): Template {
  counter += 1;
  return TemplateSchema.parse({
    id: `t${counter}`,
    brandId: 'brand-1',
    title: 'Template',
    body: 'Bonjour',
    category: 'other',
    language: 'fr',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}
