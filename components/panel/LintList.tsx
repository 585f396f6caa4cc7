import { useI18n } from '@/components/i18n';
import type { LintIssue } from '@/lib/templates/lint';
import { lintText } from './messages';

/** Brand-voice and length problems of a reply: shown, never silently fixed. */
export function LintList({ issues }: { issues: readonly LintIssue[] }) {
  const { t } = useI18n();
  if (issues.length === 0) return <p className="lint lint--ok">✓ {t('lint.ok')}</p>;
  return (
    <ul className="lint" aria-label={t('lint.ok')}>
      {issues.map((issue, i) => (
        <li key={`${issue.rule}-${i}`} className={`lint__issue lint__issue--${issue.severity}`}>
          {issue.severity === 'error' ? '⛔' : '⚠️'} {lintText(t, issue)}
        </li>
      ))}
    </ul>
  );
}
