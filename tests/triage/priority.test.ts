import { describe, expect, it } from 'vitest';
import type { Comment } from '@/lib/schema/comment';
import { assessAuthor, classify, detectBuzz, prioritise, PriorityWeightsSchema, type BuzzEvent } from '@/lib/triage';
import { makeBrand } from './helpers';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const iso = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();

function comment(text: string, over: Partial<Comment> = {}): Comment {
  return {
    platform: 'x',
    id: over.id ?? text,
    author: { name: 'Anonyme', verified: false },
    text,
    truncated: false,
    postUrl: 'https://x.com/brand/status/1',
    createdAt: iso(5),
    ...over,
  };
}

function score(c: Comment, context: Partial<Parameters<typeof prioritise>[3]> = {}, brand = makeBrand()) {
  return prioritise(c, classify(c, { brand }), assessAuthor(c.author, brand, undefined, c.platform), { now: NOW, ...context });
}

describe('prioritise', () => {
  it('puts the angry customer before the emoji', () => {
    const angry = score(comment('Colis jamais reçu depuis 3 semaines, remboursez moi !!'));
    const emoji = score(comment('😍'));
    expect(angry.score).toBeGreaterThan(emoji.score);
    expect(angry.parts[0]?.key).toBe('complaint');
  });

  it('puts the 80k-follower journalist before the anonymous account', () => {
    const brand = makeBrand({ watchlist: [{ who: 'lea_journaliste', kind: 'journalist' }] });
    const text = 'Toujours pas de réponse du service client ?';
    const journalist = score(comment(text, { author: { name: 'Léa', handle: 'lea_journaliste', followers: 80_000, verified: true } }), {}, brand);
    const anonymous = score(comment(text), {}, brand);
    expect(journalist.score).toBeGreaterThan(anonymous.score);
    expect(journalist.parts.map((p) => p.key)).toEqual(expect.arrayContaining(['watchlist', 'tier', 'verified']));
  });

  it('puts the tenth complaint in an hour before the first', () => {
    const texts = Array.from({ length: 10 }, (_, i) => `Encore une panne de réseau, ça fait ${i + 2} heures !`);
    const comments = texts.map((t, i) => comment(t, { id: `c${i}`, createdAt: iso(60 - i * 6) }));
    const events: BuzzEvent[] = comments.map((c) => ({ id: c.id, postUrl: c.postUrl, at: Date.parse(c.createdAt as string), negative: true }));
    const firstBuzz = detectBuzz(events.slice(0, 1), { now: Date.parse(comments[0]?.createdAt as string) }).posts[0]?.level;
    const tenthBuzz = detectBuzz(events, { now: NOW }).posts[0]?.level;
    expect(firstBuzz).toBe('none');
    expect(tenthBuzz).toBe('crisis');
    const first = prioritise(comments[0] as Comment, classify(comments[0] as Comment), null, { now: Date.parse(comments[0]?.createdAt as string), buzz: firstBuzz });
    const tenth = prioritise(comments[9] as Comment, classify(comments[9] as Comment), null, { now: NOW, buzz: tenthBuzz });
    expect(tenth.score).toBeGreaterThan(first.score);
    expect(tenth.parts.find((p) => p.key === 'buzz')?.detail).toContain('crisis');
  });

  it('raises a comment that waits for a reply, up to a cap, and lowers it once answered', () => {
    const fresh = score(comment('Comment on résilie ?', { createdAt: iso(1) }));
    const old = score(comment('Comment on résilie ?', { createdAt: iso(5 * 60) }));
    const ancient = score(comment('Comment on résilie ?', { createdAt: iso(100 * 60) }));
    expect(old.score).toBeGreaterThan(fresh.score);
    expect(ancient.parts.find((p) => p.key === 'waiting')?.points).toBe(24);
    const answered = score(comment('Comment on résilie ?', { createdAt: iso(5 * 60) }), { answered: true });
    expect(answered.score).toBeLessThan(old.score);
    expect(answered.parts.some((p) => p.key === 'answered')).toBe(true);
  });

  it('sinks spam and ignores the brand’s own comments', () => {
    expect(score(comment('Lien en bio 💰 gagne 500€ par jour')).score).toBeLessThan(0);
    expect(score(comment('Merci pour votre retour !', { isOwnBrand: true })).score).toBe(0);
  });

  it('explains every point and honours user weights', () => {
    const c = comment('vous êtes des idiots', { likes: 7 });
    const p = score(c);
    expect(p.parts.reduce((s, x) => s + x.points, 0)).toBeCloseTo(p.score, 5);
    for (const part of p.parts) expect(part.detail.length).toBeGreaterThan(0);
    const noToxic = PriorityWeightsSchema.parse({ toxic: 0 });
    const lowered = prioritise(c, classify(c), null, { now: NOW }, noToxic);
    expect(lowered.score).toBeLessThan(p.score);
  });
});
