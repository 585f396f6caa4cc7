import type { MessageKey, Translate } from '../i18n';
import type { MessageOf } from '../messaging/protocol';
import type { RenderResult } from './render';

/**
 * The blanks of a reply, as a community manager is asked for them: every fill-in field and every
 * variable the brand has no value for, each under a human label in the UI language ("Lien vers la
 * FAQ", not "faq_link"), never inserted as a literal `[name]`.
 */

/** A human label for a variable or fill-in name: the dictionary's, else its words capitalised. */
export function blankLabel(t: Translate, name: string): string {
  // opening_hours_en is the English value of opening_hours: same label.
  for (const candidate of [name, name.replace(/_(fr|en)$/, '')]) {
    const key = `blank.${candidate}` as MessageKey;
    const text = t(key);
    if (text !== key) return text;
  }
  const words = name.replace(/_+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

/** Distinct blank names left in a rendered reply, in order of first appearance. */
export function blankNames(result: Pick<RenderResult, 'gaps'>): string[] {
  return [...new Set(result.gaps.map((gap) => gap.name))];
}

/** Labels for each blank, by name. */
export function blankLabels(t: Translate, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, blankLabel(t, name)]));
}

/**
 * The right-click insertion of a rendered template: every blank is sent as a field to ask for
 * (kind `fill-in`), a missing brand variable included, since nothing may reach the page as a
 * literal `[name]`; the dialog gets its labels in the UI language.
 */
export function caretInsertMessage(result: Pick<RenderResult, 'text' | 'gaps'>, t: Translate): MessageOf<'content/insert-at-caret'> {
  return {
    type: 'content/insert-at-caret',
    text: result.text,
    gaps: result.gaps.map((gap) => ({ name: gap.name, kind: 'fill-in' as const, start: gap.start, end: gap.end })),
    labels: {
      title: t('menu.fillInTitle'),
      ok: t('menu.ok'),
      cancel: t('common.cancel'),
      fields: blankLabels(t, blankNames(result)),
    },
  };
}
