import { ChartTable } from './ChartTable';
import { Legend } from './LineChart';
import { labelStride, niceMax } from './scale';

export interface BarSeries {
  name: string;
  values: readonly number[];
  color: string;
}

const W = 600;
const H = 200;
const PAD = { top: 12, right: 12, bottom: 28, left: 36 };

/** Stacked vertical bars per x label (e.g. negative / neutral / positive per day). */
export function StackedBarChart({ title, labels, series }: { title: string; labels: readonly string[]; series: readonly BarSeries[] }) {
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(1, labels.length);
  const barW = Math.max(2, Math.min(28, slot * 0.7));
  const h = (v: number) => (v / max) * innerH;
  const stride = labelStride(labels.length, 8);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} preserveAspectRatio="xMidYMid meet">
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line className="chart__grid" x1={PAD.left} x2={W - PAD.right} y1={PAD.top + innerH - h(max * f)} y2={PAD.top + innerH - h(max * f)} />
            <text className="chart__axis" x={PAD.left - 6} y={PAD.top + innerH - h(max * f) + 4} textAnchor="end">
              {Math.round(max * f)}
            </text>
          </g>
        ))}
        {labels.map((label, i) => {
          const cx = PAD.left + slot * i + slot / 2;
          let base = PAD.top + innerH;
          return (
            <g key={`${label}-${i}`}>
              {series.map((s) => {
                const height = h(s.values[i] ?? 0);
                base -= height;
                return height > 0 ? <rect key={s.name} x={cx - barW / 2} y={base} width={barW} height={height} fill={s.color} /> : null;
              })}
              {i % stride === 0 ? (
                <text className="chart__axis" x={cx} y={H - 8} textAnchor="middle">
                  {label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <Legend items={series} />
      <ChartTable caption={title} labels={labels} series={series} />
    </figure>
  );
}
