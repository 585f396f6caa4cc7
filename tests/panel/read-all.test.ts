import { describe, expect, it, vi } from 'vitest';
import type { ReadMoreReply } from '@/lib/messaging/protocol';
import { humanPauseMs, readAllComments } from '@/lib/panel/read-all';

const reply = (clicked: boolean, comments: number, remaining = 1): ReadMoreReply => ({ clicked, grew: clicked, comments, remaining });

describe('readAllComments', () => {
  it('clicks one control per step, pauses like a person between steps, and stops when none is left', async () => {
    const step = vi.fn<() => Promise<ReadMoreReply>>().mockResolvedValueOnce(reply(true, 12)).mockResolvedValueOnce(reply(true, 20, 0)).mockResolvedValueOnce(reply(false, 20, 0));
    const pauses: number[] = [];
    const progress: number[] = [];
    const result = await readAllComments({
      step,
      sleep: async (ms) => void pauses.push(ms),
      isCancelled: () => false,
      pageChanged: () => false,
      onProgress: (p) => progress.push(p.clicks),
    });
    expect(result).toEqual({ outcome: 'done', progress: { clicks: 2, comments: 20 } });
    expect(step).toHaveBeenCalledTimes(3);
    expect(pauses).toHaveLength(2);
    for (const ms of pauses) expect(ms >= 500 && ms <= 1_500).toBe(true);
    expect(progress).toEqual([1, 2, 2]);
  });

  it('stops on cancel, on navigation, when the page stops answering, and at its bound', async () => {
    let cancel = false;
    const cancelled = await readAllComments({ step: async () => ((cancel = true), reply(true, 5)), sleep: async () => undefined, isCancelled: () => cancel, pageChanged: () => false, onProgress: () => undefined });
    expect(cancelled.outcome).toBe('cancelled');
    expect(cancelled.progress.clicks).toBe(1);

    let moved = false;
    const navigated = await readAllComments({ step: async () => ((moved = true), reply(true, 5)), sleep: async () => undefined, isCancelled: () => false, pageChanged: () => moved, onProgress: () => undefined });
    expect(navigated.outcome).toBe('navigated');

    const failed = await readAllComments({ step: () => Promise.reject(new Error('tab closed')), sleep: async () => undefined, isCancelled: () => false, pageChanged: () => false, onProgress: () => undefined });
    expect(failed.outcome).toBe('failed');

    const step = vi.fn(async () => reply(true, 5));
    const bounded = await readAllComments({ step, sleep: async () => undefined, isCancelled: () => false, pageChanged: () => false, onProgress: () => undefined, maxClicks: 7 });
    expect(bounded.progress.clicks).toBe(7);
    expect(step).toHaveBeenCalledTimes(7);
  });

  it('draws pauses of 0.5 to 1.5 s', () => {
    for (let i = 0; i < 200; i++) {
      const ms = humanPauseMs();
      expect(ms).toBeGreaterThanOrEqual(500);
      expect(ms).toBeLessThanOrEqual(1_500);
    }
  });
});
