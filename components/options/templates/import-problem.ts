import type { MessageKey, Translate } from '@/lib/i18n';
import type { ImportError } from '@/lib/templates';
import { PLATFORMS, type Platform } from '@/lib/schema/platform';

const isPlatform = (value: string): value is Platform => (PLATFORMS as readonly string[]).includes(value);

/** The template editor's own label for each field a template file carries. */
const FIELD_LABELS: Record<string, MessageKey> = {
  title: 'options.templates.title',
  body: 'options.templates.body',
  category: 'options.templates.category',
  language: 'options.templates.language',
  tags: 'options.templates.tags',
  intents: 'options.templates.intents',
};

/** "Titre", "version pour X": the field at fault, named as the template editor names it. */
function fieldText(t: Translate, field: string): string {
  const [head, rest] = field.split('.');
  if (head === 'variants' && rest) return t('import.field.variants', { site: isPlatform(rest) ? t(`site.${rest}`) : rest });
  const key = head ? FIELD_LABELS[head] : undefined;
  return key ? t(key) : '';
}

/** One problem of a rejected template file, worded for a community manager in the UI language. */
export function importProblemText(t: Translate, error: ImportError): { where: string; what: string } {
  const entry = error.index === null ? t('options.templates.importFileError') : t('options.templates.importEntry', { n: error.index + 1 });
  const field = error.index === null ? '' : fieldText(t, error.field);
  return { where: field ? `${entry} · ${field}` : entry, what: t(`import.problem.${error.problem}`, error.params) };
}
