import { ChartTable } from './ChartTable';
import { labelStride, niceMax } from './scale';

export interface LineSeries {
  name: string;
  values: readonly number[];
  /** A CSS colour; defaults to the accent. */
  color?: string;
}

const W = 600;
const H = 200;
const PAD = { top: 12, right: 12, bottom: 28, left: 36 };

/** A small line chart over evenly spaced x labels (days). SVG only, scales with its container. */
export function LineChart({ title, labels, series }: { title: string; labels: readonly string[]; series: readonly LineSeries[] }) {
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length <= 1 ? innerW / 2 : (i * innerW) / (labels.length - 1));
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const stride = labelStride(labels.length, 8);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} preserveAspectRatio="xMidYMid meet">
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line className="chart__grid" x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} />
            <text className="chart__axis" x={PAD.left - 6} y={y(max * f) + 4} textAnchor="end">
              {Math.round(max * f)}
            </text>
          </g>
        ))}
        {labels.map((label, i) =>
          i % stride === 0 ? (
            <text key={`${label}-${i}`} className="chart__axis" x={x(i)} y={H - 8} textAnchor="middle">
              {label}
            </text>
          ) : null,
        )}
        {series.map((s) => (
          <g key={s.name} style={{ color: s.color ?? 'var(--accent)' }}>
            <polyline className="chart__line" points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
            {s.values.map((v, i) => (
              <circle key={i} className="chart__dot" cx={x(i)} cy={y(v)} r={2.5} />
            ))}
          </g>
        ))}
      </svg>
      {series.length > 1 ? <Legend items={series.map((s) => ({ name: s.name, color: s.color ?? 'var(--accent)' }))} /> : null}
      <ChartTable caption={title} labels={labels} series={series} />
    </figure>
  );
}

export function Legend({ items }: { items: readonly { name: string; color: string }[] }) {
  return (
    <ul className="chart__legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.name}>
          <span className="chart__swatch" style={{ background: item.color }} /> {item.name}
        </li>
      ))}
    </ul>
  );
}
