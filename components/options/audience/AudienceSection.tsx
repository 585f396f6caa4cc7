import { useLiveQuery } from 'dexie-react-hooks';
import { useDb, useActiveBrand } from '@/components/data/db';
import { LineChart } from '@/components/charts';
import { useI18n } from '@/components/i18n';
import { Button, downloadBlob, errorMessage, TableHead } from '@/components/ui';
import { threadShares } from '@/lib/audience/aggregate';
import { snapshotsToCsv } from '@/lib/audience/csv';
import { addDays, localDayOf } from '@/lib/calendar';
import { followerDeltas, followerSeries, growthChartData, type FollowerDelta } from '@/lib/audience/growth';
import { brandCommentShares, listProfileSnapshots, listThreadAggregates } from '@/lib/db/audience';
import { csvFileName } from '@/lib/export/csv';
import type { ProfileSnapshot, ThreadAggregate } from '@/lib/schema/audience';
import type { Brand } from '@/lib/schema/brand';
import { useRun } from '../app/hooks';
import { NoBrand } from '../app/NoBrand';
import { formatCount, formatShare, shortDay } from '../reports/report-format';
import { Section } from '../app/Section';

/** Days shown in the growth chart and compared in the health table. */
const WINDOW_DAYS = 30;
/** A few distinct hues for the lines; own accounts use the accent first. */
const COLORS = ['var(--accent)', '#b3541e', '#2f7d5b', '#7b4bb3', '#a33a5b', '#3f6fb5', '#8a7a20'];

interface Loaded {
  ok: true;
  snapshots: ProfileSnapshot[];
  threads: ThreadAggregate[];
  own: ReturnType<typeof threadShares>;
}

/** Follower growth of the brand's and its competitors' accounts, and competitors' comment health. */
export function AudienceSection() {
  const { t } = useI18n();
  const brand = useActiveBrand();
  if (brand === undefined) return <p>{t('common.loading')}</p>;
  if (brand === null) return <NoBrand id="audience" title={t('options.nav.audience')} />;
  return <Audience brand={brand} />;
}

function Audience({ brand }: { brand: Brand }) {
  const { t, language } = useI18n();
  const db = useDb();
  const run = useRun();
  const today = localDayOf(new Date());
  const from = addDays(today, -(WINDOW_DAYS - 1));

  const loaded = useLiveQuery<Loaded | { ok: false; error: string }>(async () => {
    try {
      const [snapshots, threads, own] = await Promise.all([
        listProfileSnapshots(db, brand.id),
        listThreadAggregates(db, brand.id, from),
        brandCommentShares(db, brand.id, `${from}T00:00:00.000Z`),
      ]);
      return { ok: true, snapshots, threads, own };
    } catch (error) {
      return { ok: false, error: errorMessage(error) };
    }
  }, [db, brand.id, from]);

  const exportCsv = (snapshots: ProfileSnapshot[]) =>
    run(
      async () => {
        const csv = snapshotsToCsv(snapshots, { language });
        downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), csvFileName({ brandName: `${brand.name}-audience`, to: today }));
      },
      { success: 'options.audience.exported', failure: 'options.audience.exportFailed' },
    );

  return (
    <Section
      id="audience"
      title={t('options.nav.audience')}
      intro={t('options.audience.intro')}
      actions={
        loaded?.ok && loaded.snapshots.length > 0 ? (
          <Button onClick={() => void exportCsv(loaded.snapshots)}>{t('options.audience.export')}</Button>
        ) : undefined
      }
    >
      {loaded === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : !loaded.ok ? (
        <div role="alert" className="notice notice--error">
          <p>{t('options.audience.failed')}</p>
          <pre className="notice__detail">{loaded.error}</pre>
        </div>
      ) : (
        <>
          <Growth snapshots={loaded.snapshots} from={from} today={today} />
          <Health brand={brand} own={loaded.own} threads={loaded.threads} />
        </>
      )}
    </Section>
  );
}

function accountLabel(d: { platform: string; handle: string; name: string }): string {
  return `${d.name} (${d.platform} @${d.handle})`;
}

function Growth({ snapshots, from, today }: { snapshots: ProfileSnapshot[]; from: string; today: string }) {
  const { t, language } = useI18n();
  if (snapshots.length === 0) return <p className="muted">{t('options.audience.empty')}</p>;
  const series = followerSeries(snapshots);
  const chart = growthChartData(series, from, today);
  const byKey = new Map(series.map((s) => [s.key, s]));
  const deltas = followerDeltas(snapshots, today);
  const delta = (value: number | undefined) =>
    value === undefined ? <span className="muted">{t('options.audience.noDelta')}</span> : `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatCount(Math.abs(value), language)}`;
  const relation = (d: FollowerDelta) => (d.relation === 'own' ? t('options.audience.own') : t('options.audience.competitor', { name: d.competitor ?? '' }));
  return (
    <>
      {chart.lines.length > 0 ? (
        <LineChart
          title={t('options.audience.growthTitle')}
          labels={chart.days.map((d) => shortDay(d, language))}
          series={chart.lines.map((line, i) => ({ name: accountLabel(byKey.get(line.key)!), values: line.values, color: COLORS[i % COLORS.length] }))}
        />
      ) : null}
      <h3>{t('options.audience.deltasTitle')}</h3>
      <table className="table">
        <TableHead
          columns={[
            t('options.audience.account'),
            t('options.audience.relation'),
            t('options.audience.followers'),
            t('options.audience.asOf'),
            t('options.audience.weekly'),
            t('options.audience.monthly'),
          ]}
        />
        <tbody>
          {deltas.map((d) => (
            <tr key={d.key}>
              <th scope="row">{accountLabel(d)}</th>
              <td>{relation(d)}</td>
              <td>{formatCount(d.followers, language)}</td>
              <td>{shortDay(d.day, language)}</td>
              <td>{delta(d.weekly)}</td>
              <td>{delta(d.monthly)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Health({ brand, own, threads }: { brand: Brand; own: ReturnType<typeof threadShares>; threads: ThreadAggregate[] }) {
  const { t, language } = useI18n();
  const byCompetitor = new Map<string, ThreadAggregate[]>();
  for (const thread of threads) byCompetitor.set(thread.competitor, [...(byCompetitor.get(thread.competitor) ?? []), thread]);
  const rows = [
    { key: 'own', label: t('options.audience.brandThreads', { name: brand.name }), shares: own, terms: [] as string[] },
    ...[...byCompetitor].map(([name, list]) => ({ key: `c:${name}`, label: name, shares: threadShares(list), terms: topTerms(list) })),
  ];
  return (
    <>
      <h3>{t('options.audience.healthTitle')}</h3>
      {threads.length === 0 ? <p className="muted">{t('options.audience.noThreads')}</p> : null}
      <table className="table">
        <TableHead
          columns={[
            t('options.audience.who'),
            t('options.audience.volume'),
            t('options.audience.complaintShare'),
            t('options.audience.questionShare'),
            t('options.audience.praiseShare'),
            t('options.audience.negativeShare'),
            t('options.audience.topTerms'),
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{formatCount(row.shares.volume, language)}</td>
              <td>{row.shares.volume ? formatShare(row.shares.complaint, language) : '—'}</td>
              <td>{row.shares.volume ? formatShare(row.shares.question, language) : '—'}</td>
              <td>{row.shares.volume ? formatShare(row.shares.praise, language) : '—'}</td>
              <td>{row.shares.volume ? formatShare(row.shares.negative, language) : '—'}</td>
              <td>{row.terms.length ? row.terms.join(', ') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The most frequent terms over several threads of one competitor. */
function topTerms(threads: readonly ThreadAggregate[], limit = 6): string[] {
  const counts = new Map<string, number>();
  for (const thread of threads) for (const { term, count } of thread.terms) counts.set(term, (counts.get(term) ?? 0) + count);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([term]) => term);
}
