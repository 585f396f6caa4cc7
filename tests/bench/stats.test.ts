import { describe, expect, it } from 'vitest';
import { collectPaired, mapSample, median, ratioSample, summarise } from '../../scripts/bench/stats';
import { formatNumber, judge } from '../../scripts/bench/report';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('summarises runs as median, min and max, keeping each run', () => {
    expect(summarise([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, runs: [30, 10, 20] });
  });

  it('divides paired runs run by run, so a ratio’s range is not the ratio of ranges', () => {
    const ratio = ratioSample(summarise([10, 40]), summarise([5, 10]));
    expect(ratio.runs).toEqual([2, 4]);
    expect(ratio.min).toBe(2);
    expect(() => ratioSample(summarise([1]), summarise([1, 2]))).toThrow(/different sizes/);
  });

  it('maps each run, then summarises', () => {
    expect(mapSample(summarise([2, 4]), (ms) => 1000 / ms)).toMatchObject({ min: 250, max: 500 });
  });

  it('drops warm-up runs and keeps the series measured in the same run together', async () => {
    const seen: number[] = [];
    const samples = await collectPaired((run) => {
      seen.push(run);
      return { a: run, b: run * 10 };
    }, { warmup: 2, runs: 3 });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(samples.a.runs).toEqual([2, 3, 4]);
    expect(samples.b.runs).toEqual([20, 30, 40]);
  });
});

describe('bench report', () => {
  const sample = (median: number) => summarise([median]);

  it('judges a target on the median of the figure or of its ratio', () => {
    const target = { on: 'value', op: '<', limit: 2, text: '< 2 ms' } as const;
    expect(judge({ key: 'k', section: '4 T', label: 'l', unit: 'ms', value: sample(1.5), target }).status).toBe('PASS');
    expect(judge({ key: 'k', section: '4 T', label: 'l', unit: 'ms', value: sample(2), target }).status).toBe('MISS');
    const ratioTarget = { on: 'ratio', op: '<=', limit: 1.05, text: '≤ 1.05×' } as const;
    expect(judge({ key: 'k', section: '2 L', label: 'l', unit: 'ms', value: sample(9), ratio: sample(1.04), target: ratioTarget }).status).toBe('PASS');
    expect(judge({ key: 'k', section: '2 L', label: 'l', unit: 'ms', value: sample(9) }).status).toBe('info');
  });

  it('formats numbers with sensible precision', () => {
    expect(formatNumber(123_456.7)).toBe('123,457');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(0.012345)).toBe('0.0123');
  });
});
