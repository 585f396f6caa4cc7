/** The template editor's form state and its conversion to a stored Template. */
import type { MessageKey } from '@/lib/i18n';
import { fold } from '@/lib/identity';
import type { Intent } from '@/lib/schema/intent';
import { PLATFORMS, type Language, type Platform } from '@/lib/schema/platform';
import type { Template, TemplateCategory, TemplateInput } from '@/lib/schema/template';
import { inferTemplateIntents } from '@/lib/triage/intents';
import { joinList, splitList } from '../brands/brand-form';

export interface TemplateDraft {
  title: string;
  category: TemplateCategory;
  language: Language;
  tags: string;
  body: string;
  /** Empty string: no variant for that site. */
  variants: Record<Platform, string>;
  /** What it answers as the user chose it; `null` while it follows the text (`draftIntents`). */
  intents: Intent[] | null;
}

export const MAX_TITLE = 120;
export const MAX_BODY = 5000;

export function draftFromTemplate(template: Template | undefined, language: Language): TemplateDraft {
  const variants = Object.fromEntries(PLATFORMS.map((p) => [p, template?.variants[p] ?? ''])) as Record<Platform, string>;
  return {
    title: template?.title ?? '',
    category: template?.category ?? 'question',
    language: template?.language ?? language,
    tags: joinList(template?.tags ?? []),
    body: template?.body ?? '',
    variants,
    intents: template?.intents ? [...template.intents] : null,
  };
}

/** The intents the editor shows: the user's choice, else what the title, tags and body say. */
export function draftIntents(draft: TemplateDraft): Intent[] {
  return draft.intents ?? inferTemplateIntents({ title: draft.title, tags: splitList(draft.tags), body: draft.body });
}

/** The draft as the renderer and linter see it (a Template's body, variants and language). */
export function previewSource(draft: TemplateDraft): Pick<Template, 'body' | 'variants' | 'language'> {
  const variants: Partial<Record<Platform, string>> = {};
  for (const platform of PLATFORMS) if (draft.variants[platform].trim()) variants[platform] = draft.variants[platform];
  return { body: draft.body, variants, language: draft.language };
}

export type TemplateErrors = Partial<Record<'title' | 'body' | Platform, MessageKey>>;

export function validateTemplateDraft(draft: TemplateDraft): TemplateErrors {
  const errors: TemplateErrors = {};
  if (!draft.title.trim()) errors.title = 'options.error.required';
  else if (draft.title.trim().length > MAX_TITLE) errors.title = 'options.error.tooLong';
  if (!draft.body.trim()) errors.body = 'options.error.required';
  else if (draft.body.length > MAX_BODY) errors.body = 'options.error.tooLong';
  for (const platform of PLATFORMS) if (draft.variants[platform].length > MAX_BODY) errors[platform] = 'options.error.tooLong';
  return errors;
}

/** The template to save; `base` is the stored one when editing (id, usage and dates kept). */
export function templateFromDraft(
  draft: TemplateDraft,
  brandId: string,
  base: Template | undefined,
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): TemplateInput {
  const stamp = now.toISOString();
  return {
    ...(base ?? {}),
    id: base?.id ?? newId(),
    brandId,
    title: draft.title.trim(),
    body: draft.body,
    category: draft.category,
    language: draft.language,
    tags: splitList(draft.tags),
    // Left out while it follows the text: suggestions then infer it from the saved words.
    intents: draft.intents ?? undefined,
    variants: previewSource(draft).variants,
    usageCount: base?.usageCount ?? 0,
    createdAt: base?.createdAt ?? stamp,
    updatedAt: stamp,
  };
}

/** A copy under a new id, "(copy)" appended to the title, usage reset. */
export function duplicateTemplate(template: Template, copySuffix: string, now: Date, newId: () => string = () => crypto.randomUUID()): TemplateInput {
  const stamp = now.toISOString();
  const { lastUsedAt: _unused, ...rest } = template;
  return {
    ...rest,
    id: newId(),
    title: `${template.title} ${copySuffix}`.slice(0, MAX_TITLE),
    usageCount: 0,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Search over title, body, tags (case- and accent-insensitive). */
export function matchesSearch(template: Template, query: string): boolean {
  const needle = fold(query.trim());
  if (!needle) return true;
  return [template.title, template.body, ...template.tags].some((text) => fold(text).includes(needle));
}
