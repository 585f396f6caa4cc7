import { LineChart, StackedBarChart } from '@/components/charts';
import { useI18n } from '@/components/i18n';
import { EmptyState, TableHead } from '@/components/ui';
import { localClock } from '@/lib/calendar';
import { localeOf } from '@/lib/i18n/locale';
import type { Report } from '@/lib/reports';
import { formatChange, formatCount, formatDuration, formatShare, shortDay } from './report-format';
import { departmentName } from '@/lib/schema/settings';

function Tile({ label, value, change, hint }: { label: string; value: string; change?: string; hint?: string }) {
  return (
    <div className="kpi">
      <dt className="kpi__label">{label}</dt>
      <dd className="kpi__value">
        {value}
        {change ? <span className="kpi__change"> {change}</span> : null}
        {hint ? <span className="kpi__hint">{hint}</span> : null}
      </dd>
    </div>
  );
}

/** One computed report: KPI tiles, daily charts and the ranked lists. */
export function ReportView({ report }: { report: Report }) {
  const { t, language } = useI18n();
  const { current, changes } = report;
  const days = report.daily.map((d) => shortDay(d.date, language));
  const vsPrevious = (text: string) => (text ? t('options.reports.vsPrevious', { change: text }) : undefined);

  return (
    <article className="report" aria-labelledby="report-title">
      <h3 id="report-title">{report.title}</h3>
      <p className="muted">
        {report.brandName ? `${report.brandName} · ` : ''}
        {report.partial ? t('options.reports.partial') : t('options.reports.complete')}
      </p>
      <dl className="kpis">
        <Tile label={t('options.reports.volume')} value={formatCount(current.volumes.total, language)} change={vsPrevious(formatChange(changes.comments, 'relative', language))} />
        <Tile label={t('options.reports.complaintShare')} value={formatShare(current.complaintShare, language)} change={vsPrevious(formatChange(changes.complaintShare, 'points', language))} />
        <Tile label={t('options.reports.medianResponse')} value={formatDuration(current.responseTime.medianMs, language)} hint={t('options.reports.replies', { count: current.responseTime.count })} />
        <Tile label={t('options.reports.p90Response')} value={formatDuration(current.responseTime.p90Ms, language)} />
        <Tile
          label={t('options.reports.slaShare', { minutes: report.slaMinutes })}
          value={formatShare(current.sla.share, language)}
          hint={t('options.reports.slaDetail', { onTime: current.sla.onTime, late: current.sla.late })}
        />
        <Tile label={t('options.reports.overdue')} value={formatCount(report.overdue, language)} />
      </dl>

      {current.volumes.total === 0 ? (
        <EmptyState title={t('options.reports.empty')}>
          <p>{t('options.reports.emptyHint')}</p>
        </EmptyState>
      ) : (
        <div className="report__charts">
          <section aria-labelledby="chart-volume">
            <h4 id="chart-volume">{t('options.reports.volumeChart')}</h4>
            <LineChart
              title={t('options.reports.volumeChart')}
              labels={days}
              series={[
                { name: t('options.reports.comments'), values: report.daily.map((d) => d.comments) },
                { name: t('options.reports.complaints'), values: report.daily.map((d) => d.complaints), color: 'var(--danger)' },
              ]}
            />
          </section>
          <section aria-labelledby="chart-sentiment">
            <h4 id="chart-sentiment">{t('options.reports.sentimentChart')}</h4>
            <StackedBarChart
              title={t('options.reports.sentimentChart')}
              labels={days}
              series={[
                { name: t('options.reports.negative'), values: report.daily.map((d) => d.negative), color: 'var(--danger)' },
                { name: t('options.reports.neutral'), values: report.daily.map((d) => d.neutral + d.unknown), color: 'var(--muted)' },
                { name: t('options.reports.positive'), values: report.daily.map((d) => d.positive), color: 'var(--ok)' },
              ]}
            />
          </section>
        </div>
      )}

      <div className="report__lists">
        <section aria-labelledby="top-templates">
          <h4 id="top-templates">{t('options.reports.topTemplates')}</h4>
          {report.topTemplates.length === 0 ? (
            <p className="muted">{t('options.reports.none')}</p>
          ) : (
            <ol>
              {report.topTemplates.map((row) => (
                <li key={row.templateId}>
                  {row.title ?? t('options.reports.deletedTemplate')} — {t('options.reports.uses', { count: row.uses })}
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="influencers">
          <h4 id="influencers">{t('options.reports.influencers')}</h4>
          {report.influencers.length === 0 ? (
            <p className="muted">{t('options.reports.none')}</p>
          ) : (
            <ul>
              {report.influencers.map((person) => (
                <li key={person.authorKey}>
                  <strong>
                    <bdi>{person.name}</bdi>
                  </strong>
                  {person.handle ? (
                    <>
                      {' '}
                      <bdi>@{person.handle}</bdi>
                    </>
                  ) : null}{' '}
                  · {t(`site.${person.platform}`)}
                  {person.followers !== undefined ? ` · ${t('options.reports.followers', { count: person.followers })}` : ''}
                  {person.verified ? ` · ${t('comment.verified')}` : ''}
                  {person.watch ? ` · ${t(`options.watch.${person.watch}`)}` : ''} · {t('options.reports.authorComments', { count: person.comments })} ·{' '}
                  {t('options.reports.actions', { count: person.actions })}
                </li>
              ))}
            </ul>
          )}
          {report.influencerCount > report.influencers.length ? (
            <p>{t('options.reports.moreInfluencers', { count: report.influencerCount - report.influencers.length })}</p>
          ) : null}
          <p className="muted small">{t('options.reports.influencersHint')}</p>
        </section>
        {report.networks.length > 0 ? (
          <section aria-labelledby="report-networks" className="report__wide">
            <h4 id="report-networks">{t('options.reports.networks')}</h4>
            <table className="table">
              <TableHead
                columns={[
                  t('options.reports.network'),
                  t('options.reports.comments'),
                  t('options.reports.complaints'),
                  t('options.reports.negative'),
                  t('options.reports.answered'),
                  t('options.reports.medianResponse'),
                ]}
              />
              <tbody>
                {report.networks.map((row) => (
                  <tr key={row.platform}>
                    <th scope="row">{t(`site.${row.platform}`)}</th>
                    <td>{formatCount(row.comments, language)}</td>
                    <td>{formatCount(row.complaints, language)}</td>
                    <td>{formatCount(row.negative, language)}</td>
                    <td>{formatCount(row.answered, language)}</td>
                    <td>{formatDuration(row.medianResponseMs, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
        {report.samples.complaints.length + report.samples.praise.length > 0 ? (
          <section aria-labelledby="report-samples" className="report__wide">
            <h4 id="report-samples">{t('options.reports.samples')}</h4>
            <Samples title={t('options.reports.sampleComplaints')} samples={report.samples.complaints} timeZone={report.timeZone} />
            <Samples title={t('options.reports.samplePraise')} samples={report.samples.praise} timeZone={report.timeZone} />
          </section>
        ) : null}
        <section aria-labelledby="escalations">
          <h4 id="escalations">{t('options.reports.escalations')}</h4>
          {report.escalations.length === 0 ? (
            <p className="muted">{t('options.reports.none')}</p>
          ) : (
            <table className="table">
              <TableHead columns={[t('options.departments.name'), t('options.reports.escalationCount'), t('options.reports.comments')]} />
              <tbody>
                {report.escalations.map((row) => (
                  <tr key={row.department}>
                    <td>{departmentName({ id: row.department, name: row.name }, language)}</td>
                    <td>{formatCount(row.escalations, language)}</td>
                    <td>{formatCount(row.comments, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {report.audience ? <AudienceFigures audience={report.audience} /> : null}
      </div>
      <p className="muted small">{t('options.reports.dating')}</p>
      <p className="muted small">{t('options.reports.generated', { date: new Date(report.generatedAt).toLocaleString(localeOf(language)) })}</p>
    </article>
  );
}

/** Quoted comments, as their authors wrote them (React renders them as text, never as markup). */
function Samples({ title, samples, timeZone }: { title: string; samples: Report['samples']['complaints']; timeZone: string }) {
  const { t, language } = useI18n();
  const clock = localClock(timeZone);
  if (samples.length === 0) return null;
  return (
    <>
      <h5>{title}</h5>
      <ul className="report__samples">
        {samples.map((sample) => (
          <li key={sample.commentId}>
            <blockquote>
              <bdi>{sample.text}</bdi>
            </blockquote>
            <span className="muted small">
              {t(`site.${sample.platform}`)} · {shortDay(clock.dayKey(Date.parse(sample.date)), language)}
              {sample.likes !== undefined ? ` · ${t('options.reports.likes', { count: sample.likes })}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Follower changes of the watched accounts and competitors' comment health in the period. */
function AudienceFigures({ audience }: { audience: NonNullable<Report['audience']> }) {
  const { t, language } = useI18n();
  const change = (value: number | undefined) => (value === undefined ? '—' : `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatCount(Math.abs(value), language)}`);
  return (
    <section aria-labelledby="report-audience">
      <h4 id="report-audience">{t('options.nav.audience')}</h4>
      {audience.accounts.length > 0 ? (
        <table className="table">
          <TableHead columns={[t('options.audience.account'), t('options.audience.followers'), t('options.audience.change')]} />
          <tbody>
            {audience.accounts.map((a) => (
              <tr key={a.key}>
                <td>
                  {a.name} ({t(`site.${a.platform}`)} @{a.handle}) · {a.relation === 'own' ? t('options.audience.own') : t('options.audience.competitor', { name: a.competitor ?? '' })}
                </td>
                <td>{formatCount(a.followers, language)}</td>
                <td>{change(a.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {audience.competitors.length > 0 ? (
        <table className="table">
          <TableHead
            columns={[
              t('options.audience.who'),
              t('options.audience.volume'),
              t('options.audience.complaintShare'),
              t('options.audience.negativeShare'),
            ]}
          />
          <tbody>
            {audience.competitors.map((c) => (
              <tr key={c.competitor}>
                <td>{c.competitor}</td>
                <td>{formatCount(c.volume, language)}</td>
                <td>{formatShare(c.complaint, language)}</td>
                <td>{formatShare(c.negative, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
