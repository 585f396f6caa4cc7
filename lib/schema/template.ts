import { z } from 'zod';
import { IsoDateSchema } from './comment';
import { IntentSchema } from './intent';
import { LanguageSchema, PlatformSchema } from './platform';

/** What situation a template answers. Mirrors the triage labels where they overlap. */
export const TEMPLATE_CATEGORIES = [
  'complaint',
  'question',
  'lead',
  'praise',
  'thanks',
  'moderation',
  'crisis',
  'other',
] as const;
export const TemplateCategorySchema = z.enum(TEMPLATE_CATEGORIES);
export type TemplateCategory = z.infer<typeof TemplateCategorySchema>;

/** A reply template. `body` uses `{{variable}}`, `{{variable|fallback}}` and `{{fill_in?}}`. */
export const TemplateSchema = z.object({
  id: z.string().min(1),
  brandId: z.string().min(1),
  title: z.string().min(1).max(120),
  body: z.string().min(1).max(5000),
  category: TemplateCategorySchema,
  tags: z.array(z.string().min(1)).default([]),
  /**
   * The situations (lib/schema/intent.ts) this template answers. Optional: templates stored before
   * intents existed stay valid, and a template without them gets intents inferred from its text
   * (`inferTemplateIntents`).
   */
  intents: z.array(IntentSchema).optional(),
  language: LanguageSchema,
  /** Per-platform bodies that replace `body` on that site (shorter for X, no links on Instagram…). */
  variants: z.partialRecord(PlatformSchema, z.string().min(1).max(5000)).default({}),
  usageCount: z.number().int().nonnegative().default(0),
  lastUsedAt: IsoDateSchema.optional(),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
});
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;
