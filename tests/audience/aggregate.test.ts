import { describe, expect, it } from 'vitest';
import { aggregateThread, hashId, MAX_TERMS, termsOf, threadShares, type ThreadComment, type ThreadMeta } from '@/lib/audience/aggregate';
import { ThreadAggregateSchema } from '@/lib/schema/audience';

const META: ThreadMeta = {
  brandId: 'lumiere',
  platform: 'x',
  postUrl: 'https://x.com/ateliernova/status/1860000000000000001',
  handle: 'ateliernova',
  competitor: 'Atelier Nova',
  day: '2026-11-23',
  now: new Date('2026-11-23T12:00:00Z'),
};

const comment = (id: string, text: string, labels: ThreadComment['classification']['labels'], value: 'negative' | 'neutral' | 'positive'): ThreadComment => ({
  id,
  text,
  classification: { labels, sentiment: { value, score: value === 'negative' ? -0.6 : value === 'positive' ? 0.6 : 0 } },
});

const THREAD = [
  comment('c1', 'Livraison en retard, toujours pas de colis après 3 semaines', ['complaint'], 'negative'),
  comment('c2', 'Encore un colis en retard, service client injoignable', ['complaint'], 'negative'),
  comment('c3', 'La lampe existe en blanc ?', ['question'], 'neutral'),
  comment('c4', 'Superbe lampe, bravo @ateliernova https://example.com/photo', ['praise'], 'positive'),
];

describe('aggregateThread', () => {
  it('counts volume, labels and sentiment, and keeps recurring terms by number of comments', () => {
    const agg = aggregateThread(undefined, THREAD, META);
    expect(agg).toMatchObject({
      id: 'lumiere|https://x.com/ateliernova/status/1860000000000000001|2026-11-23',
      volume: 4,
      labels: { complaint: 2, question: 1, praise: 1 },
      sentiment: { negative: 2, neutral: 1, positive: 1 },
      updatedAt: '2026-11-23T12:00:00.000Z',
    });
    expect(agg.terms.slice(0, 3)).toEqual([
      { term: 'colis', count: 2 },
      { term: 'lampe', count: 2 },
      { term: 'retard', count: 2 },
    ]);
    expect(ThreadAggregateSchema.safeParse(agg).success).toBe(true);
  });

  it('keeps no name, handle, link or sentence from the comments', () => {
    const stored = JSON.stringify(aggregateThread(undefined, THREAD, META));
    expect(stored).not.toContain('c1');
    expect(stored).not.toContain('example.com');
    expect(stored).not.toMatch(/@ateliernova|injoignable, |Livraison en retard/u);
    // Stop-words and short words are not terms.
    expect(termsOf('La lampe existe en blanc ?')).toEqual(new Set(['lampe', 'existe', 'blanc']));
  });

  it('counts a comment once when it is reported again (scroll, reload), and adds new ones', () => {
    const first = aggregateThread(undefined, THREAD.slice(0, 2), META);
    const again = aggregateThread(first, THREAD, { ...META, now: new Date('2026-11-23T13:00:00Z') });
    expect(again.volume).toBe(4);
    expect(again.labels.complaint).toBe(2);
    expect(aggregateThread(again, THREAD, META).volume).toBe(4);
    expect(again.commentHashes).toEqual(THREAD.map((c) => hashId(c.id)));
  });

  it(`keeps at most ${MAX_TERMS} terms`, () => {
    const many = Array.from({ length: 30 }, (_, i) => comment(`m${i}`, `mot${String.fromCharCode(97 + (i % 26))}${i} lampe`, [], 'neutral'));
    const agg = aggregateThread(undefined, many, META);
    expect(agg.terms).toHaveLength(MAX_TERMS);
    expect(agg.terms[0]).toEqual({ term: 'lampe', count: 30 });
  });

  it('gives shares over one or several threads, and zero for none', () => {
    const agg = aggregateThread(undefined, THREAD, META);
    expect(threadShares([agg])).toMatchObject({ volume: 4, complaint: 0.5, question: 0.25, praise: 0.25, negative: 0.5 });
    expect(threadShares([agg, agg]).complaint).toBe(0.5);
    expect(threadShares([])).toMatchObject({ volume: 0, complaint: 0, negative: 0 });
  });
});
