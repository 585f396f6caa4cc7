import type { Translate } from '@/lib/i18n';
import { PLATFORM_NAMES, type LintIssue } from '@/lib/templates';
import type { Platform } from '@/lib/schema/platform';

/** The translated sentence for one brand-voice lint issue. */
export function lintMessage(t: Translate, issue: LintIssue): string {
  const p = issue.params;
  switch (issue.rule) {
    case 'address':
      return t('options.lint.address', { match: String(p.match ?? ''), found: String(p.found ?? ''), expected: String(p.expected ?? '') });
    case 'forbidden-word':
      return t('options.lint.forbidden', { word: String(p.word ?? '') });
    case 'sign-off':
      return t('options.lint.signOff', { signOff: String(p.signOff ?? '') });
    case 'emoji':
      return Number(p.max) === 0 ? t('options.lint.emojiNone', { count: Number(p.count) }) : t('options.lint.emoji', { count: Number(p.count), max: Number(p.max) });
    case 'exclamations':
      return t('options.lint.exclamations', { count: Number(p.count), max: Number(p.max) });
    case 'length':
      return t('options.lint.length', {
        site: PLATFORM_NAMES[p.platform as Platform] ?? String(p.platform),
        length: Number(p.length),
        limit: Number(p.limit),
      });
    case 'empty':
      return t('options.lint.empty');
  }
}
