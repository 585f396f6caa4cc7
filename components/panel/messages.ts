import type { Translate } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { chosenBeforeText, intentLabel } from '@/lib/i18n/intents';
import type { Intent } from '@/lib/schema/intent';
import type { Language } from '@/lib/schema/platform';
import type { LintIssue } from '@/lib/templates/lint';
import type { SuggestionReason } from '@/lib/templates/suggest';

/** Translated text for a triage label, falling back to the raw label for one the UI does not know. */
export function labelText(t: Translate, label: string): string {
  const key = `label.${label}` as MessageKey;
  const text = t(key);
  return text === key ? label : text;
}

export function lintText(t: Translate, issue: LintIssue): string {
  return t(`lint.${issue.rule}`, issue.params);
}

/** One reason of a suggestion, in the UI language (`language` names the intents: "répond à : relance"). */
export function reasonText(t: Translate, reason: SuggestionReason, language: Language = 'en'): string {
  switch (reason.code) {
    case 'intent':
      return t('reason.category', { label: intentLabel(language, reason.intent) });
    case 'category':
      return t('reason.category', { label: labelText(t, reason.label).toLowerCase() });
    case 'sentiment':
      return t('reason.sentiment', { sentiment: t(`sentiment.${reason.sentiment as 'negative'}`).toLowerCase() });
    case 'language':
      return t('reason.language');
    case 'brand-language':
      return t('reason.brand-language');
    case 'similar-words':
      return t('reason.similar-words', { words: reason.words.join(', ') });
    case 'often-used':
      return t('reason.often-used', { count: reason.usageCount });
    case 'recently-used':
      return t('reason.recently-used');
    case 'chosen-before':
      return chosenBeforeText(language, reason.count);
    case 'model': {
      // A catch-all's situation is its category ("any:question"): named like a triage label.
      const label = reason.situation.startsWith('any:') ? labelText(t, reason.situation.slice(4)).toLowerCase() : intentLabel(language, reason.situation as Intent);
      const probability = reason.probability.toFixed(2);
      return t('reason.model', { probability: language === 'fr' ? probability.replace('.', ',') : probability, label });
    }
  }
}
