import { useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '@/components/i18n';
import { colon } from '@/lib/i18n';
import { SelectField, TextField } from '@/components/ui';
import type { Brand } from '@/lib/schema/brand';
import { PLATFORMS, type Platform } from '@/lib/schema/platform';
import type { Template } from '@/lib/schema/template';
import { fillInFields, lintReply, renderTemplate, replyLength, type RenderResult } from '@/lib/templates';
import { lintMessage } from './lint-message';

/** The rendered text with each gap marked, built from text nodes only (never HTML). */
function RenderedText({ result }: { result: RenderResult }) {
  const parts: ReactNode[] = [];
  let at = 0;
  result.gaps.forEach((gap, i) => {
    if (gap.start > at) parts.push(result.text.slice(at, gap.start));
    parts.push(
      <mark key={i} className={`gap gap--${gap.kind}`}>
        {result.text.slice(gap.start, gap.end)}
      </mark>,
    );
    at = gap.end;
  });
  if (at < result.text.length) parts.push(result.text.slice(at));
  return <p className="preview__text">{parts}</p>;
}

/**
 * Live preview of a template being edited: rendered for a sample comment and the active brand, on
 * the chosen site, with its gaps and fill-ins; and the brand-voice lint on every site.
 */
export function TemplatePreview({
  source,
  brand,
  agentName,
}: {
  source: Pick<Template, 'body' | 'variants' | 'language'>;
  brand: Brand;
  agentName: string;
}) {
  const { t, language } = useI18n();
  const [platform, setPlatform] = useState<Platform>('facebook');
  const [authorName, setAuthorName] = useState('Camille Durand');
  // One "now" per mount: the preview must not re-render every second for {{date}}.
  const [now] = useState(() => new Date());

  const results = useMemo(() => {
    if (!source.body.trim()) return null;
    return PLATFORMS.map((p) => {
      const result = renderTemplate(source, {
        comment: { author: { name: authorName.trim() || 'Camille Durand', handle: 'camille.durand' }, platform: p },
        brand,
        agentName,
        now,
      });
      const issues = lintReply(result.text, { voice: brand.voice, platform: p, language: source.language });
      return { platform: p, result, issues, length: replyLength(result.text, p) };
    });
  }, [source, brand, agentName, authorName, now]);

  const fills = fillInFields(source, platform);
  const current = results?.find((r) => r.platform === platform);

  return (
    <section className="preview card" aria-labelledby="preview-title">
      <h4 id="preview-title">{t('options.templates.preview')}</h4>
      <div className="row">
        <SelectField<Platform>
          label={t('options.templates.previewSite')}
          value={platform}
          options={PLATFORMS.map((p) => ({ value: p, label: t(`site.${p}`) }))}
          onChange={setPlatform}
        />
        <TextField label={t('options.templates.sampleAuthor')} value={authorName} onChange={setAuthorName} />
      </div>
      {!current ? (
        <p className="muted">{t('options.templates.previewEmpty')}</p>
      ) : (
        <div aria-live="polite" className="preview__live">
          <RenderedText result={current.result} />
          <p className="muted small">
            {current.result.usedVariant ? t('options.templates.usesVariant', { site: t(`site.${platform}`) }) : t('options.templates.usesBody')}
            {' · '}
            {t('options.templates.length', { length: current.length.length, limit: current.length.limit })}
          </p>
          {fills.length > 0 ? (
            <p className="small">
              {t('options.templates.fillIns')}{' '}
              {fills.map((f) => (f.optional ? `${f.name} (${t('options.templates.optional')})` : f.name)).join(', ')}
            </p>
          ) : null}
          {current.result.missing.length > 0 ? (
            <p className="small warn">{t('options.templates.missing', { names: current.result.missing.join(', ') })}</p>
          ) : null}
          {current.result.unknown.length > 0 ? (
            <p className="small warn">{t('options.templates.unknown', { names: current.result.unknown.join(', ') })}</p>
          ) : null}
          {current.result.malformed.length > 0 ? (
            <p className="small warn">{t('options.templates.malformed', { items: current.result.malformed.join(', ') })}</p>
          ) : null}
        </div>
      )}
      {results ? (
        <div className="lint">
          <h4>{t('options.templates.lint')}</h4>
          <ul className="lint__list">
            {results.map(({ platform: p, issues }) => (
              <li key={p}>
                <strong>{t(`site.${p}`)}</strong>{' '}
                {issues.length === 0 ? (
                  <span className="ok">✓ {t('options.templates.lintOk')}</span>
                ) : (
                  <ul>
                    {issues.map((issue, i) => (
                      <li key={i} className={issue.severity === 'error' ? 'danger' : 'warn'}>
                        <span className="sr-only">{t(issue.severity === 'error' ? 'options.templates.error' : 'options.templates.warning')}{colon(language)}</span>
                        {lintMessage(t, issue)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
