import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sample } from './stats';

/** What a target is checked against: the figure itself or its ratio to the baseline. */
export interface Target {
  on: 'value' | 'ratio';
  op: '<=' | '<' | '>=';
  limit: number;
  /** Human form, as the README states it ("≤ 2× bare DOM pass"). */
  text: string;
}

export type Status = 'PASS' | 'MISS' | 'info' | 'ERROR';

/** One line of the bench's table (and of its JSON). */
export interface Figure {
  /** Stable key for the JSON ("extract.facebook.chromium"). */
  key: string;
  /** Section number and title, as in the README ("1 Extraction"). */
  section: string;
  label: string;
  unit: string;
  value?: Sample;
  baseline?: { label: string; value: Sample };
  /** value ÷ baseline, run by run. */
  ratio?: Sample;
  target?: Target;
  status: Status;
  /** Method details or why a figure could not be measured. */
  note?: string;
}

export type FigureInput = Omit<Figure, 'status'> & { status?: Status };

/** Status from the target: checked on the median (the figure a reader would quote). */
export function judge(figure: FigureInput): Figure {
  if (figure.status) return figure as Figure;
  const { target } = figure;
  const subject = target?.on === 'ratio' ? figure.ratio : figure.value;
  if (!target || !subject) return { ...figure, status: 'info' };
  const m = subject.median;
  const ok = target.op === '<=' ? m <= target.limit : target.op === '<' ? m < target.limit : m >= target.limit;
  return { ...figure, status: ok ? 'PASS' : 'MISS' };
}

/** A figure that could not be measured, kept in the table with the reason. */
export function failed(key: string, section: string, label: string, error: unknown, target?: Target): Figure {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { key, section, label, unit: '', target, status: 'ERROR', note: message };
}

/** Significant, readable numbers: 1234 → "1,234", 12.345 → "12.3", 0.01234 → "0.0123". */
export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1000) return Math.round(n).toLocaleString('en-US');
  if (abs >= 100) return n.toFixed(0);
  if (abs >= 10) return n.toFixed(1);
  if (abs >= 1) return n.toFixed(2);
  if (abs === 0) return '0';
  return n.toPrecision(3);
}

function formatSample(s: Sample | undefined, unit = ''): string {
  if (!s) return '';
  return `${formatNumber(s.median)}${unit}`;
}

function formatRange(s: Sample | undefined): string {
  if (!s) return '';
  return `${formatNumber(s.min)}–${formatNumber(s.max)}`;
}

function formatRatio(s: Sample | undefined): string {
  if (!s) return '';
  return `${s.median.toFixed(2)}× (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
}

const HEADERS = ['#', 'Figure', 'Median', 'Min–max', 'Unit', 'Baseline (median)', 'Ratio (min–max)', 'Target', 'Status'];

/** The table's rows as cells, for the console and for the README's Markdown. */
export function tableRows(figures: readonly Figure[]): string[][] {
  return figures.map((f) => [
    f.section.split(' ')[0] ?? '',
    f.label,
    formatSample(f.value),
    formatRange(f.value),
    f.unit,
    f.baseline ? `${formatSample(f.baseline.value)} ${f.unit} ${f.baseline.label}` : '',
    formatRatio(f.ratio),
    f.target?.text ?? '',
    f.status === 'ERROR' ? `ERROR: ${f.note ?? ''}` : f.status,
  ]);
}

/** Fixed-width text table. */
export function textTable(figures: readonly Figure[]): string {
  const rows = [HEADERS, ...tableRows(figures)];
  const widths = HEADERS.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd();
  return [line(rows[0] as string[]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The same table in Markdown, for the README's performance section. */
export function markdownTable(figures: readonly Figure[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const rows = tableRows(figures).map((r) => `| ${r.map(escape).join(' | ')} |`);
  return [`| ${HEADERS.join(' | ')} |`, `|${HEADERS.map(() => '---').join('|')}|`, ...rows].join('\n');
}

export interface BenchEnvironment {
  date: string;
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  chromium?: string;
  /** Warm-up and kept runs per figure, unless a figure says otherwise. */
  runs: { warmup: number; kept: number };
  durationSeconds?: number;
}

/** Writes `bench-<date>.json` (figures plus the Markdown table) and returns its path. */
export function writeJson(dir: string, environment: BenchEnvironment, figures: readonly Figure[]): string {
  mkdirSync(dir, { recursive: true });
  const stamp = environment.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const path = join(dir, `bench-${stamp}.json`);
  writeFileSync(path, JSON.stringify({ environment, figures, markdown: markdownTable(figures) }, null, 2) + '\n');
  return path;
}
