import { describe, expect, it, vi } from 'vitest';
import { firstCards, triageComments, type PageTriage } from '@/lib/panel/triage-comments';
import type { CommentStatusSummary } from '@/lib/db/interactions';
import { BrandSchema } from '@/lib/schema/brand';
import { CommentSchema, type Comment } from '@/lib/schema/comment';
import { SettingsSchema } from '@/lib/schema/settings';
import { assessAuthor, classify, prioritise } from '@/lib/triage';
import { engineVersion, storedTriageOf, type ModelHandle } from '@/lib/triage/engine-version';
import { loadBundledModel } from '@/lib/triage/model/bundled';

const STAMP = '2026-11-23T09:00:00.000Z';
const NOW = new Date('2026-11-23T10:00:00.000Z');
const settings = SettingsSchema.parse({});
const MODEL = loadBundledModel();
const brandNamed = (id: string) => BrandSchema.parse({ id, name: 'Maison Lumière', createdAt: STAMP, updatedAt: STAMP });

const TEXTS = [
  'Toujours pas reçu ma commande, c’est inadmissible',
  'Super lampe, merci !',
  'Vous livrez en Belgique ?',
  'Je veux en commander dix pour mon hôtel, qui contacter ?',
  'Colis abîmé, personne ne répond au SAV',
  'Magnifique, bravo à l’équipe',
  'Quel est le délai de livraison ?',
  'Arnaque, jamais reçu',
  'J’adore cette collection',
  'Elle existe en bleu ?',
];

/** One comment per text, a minute apart (the first is the oldest), each from a different author. */
function page(): Comment[] {
  return TEXTS.map((text, i) =>
    CommentSchema.parse({
      platform: 'x',
      id: `c${i}`,
      author: { name: `Auteur ${i}`, handle: `auteur${i}`, verified: false },
      text,
      truncated: false,
      postUrl: 'https://x.com/ml/status/1',
      createdAt: new Date(Date.parse('2026-11-23T09:00:00.000Z') + i * 60_000).toISOString(),
    }),
  );
}

/** Runs `more` slice by slice (each slice classifying one comment) until nothing is left; returns the last triage. */
function settle(run: () => PageTriage): { last: PageTriage; slices: number } {
  let last = run();
  let slices = 0;
  while (last.more) {
    last.more(() => true);
    slices += 1;
    last = run();
    if (slices > 100) throw new Error('triage never settles');
  }
  return { last, slices };
}

describe('progressive triage: the first cards now, the rest in slices', () => {
  it('classifies only the first cards at once, the others stay unclassified until `more` classifies them, to the same result', () => {
    const brand = brandNamed('progressive');
    const comments = page();
    const top = firstCards(comments, brand, settings, NOW, 3);
    expect(top).toHaveLength(3);

    const first = triageComments(comments, brand, settings, NOW, new Map(), { model: MODEL, defer: { first: 3 } });
    const classifiedNow = comments.filter((c) => !first.views.get(c.id)?.provisional).map((c) => c.id);
    expect(classifiedNow.sort()).toEqual([...top].sort());
    expect(first.unsettled).toBe(comments.length - 3);
    for (const c of comments.filter((c) => !top.includes(c.id))) {
      expect(first.views.get(c.id)).toMatchObject({ provisional: 'unclassified', labels: [] });
    }

    // Triaging again (the log read again, a clock tick) classifies nothing more: the top is classified.
    expect(triageComments(comments, brand, settings, NOW, new Map(), { model: MODEL, defer: { first: 3 } }).unsettled).toBe(comments.length - 3);

    const { last, slices } = settle(() => triageComments(comments, brand, settings, NOW, new Map(), { model: MODEL, defer: { first: 3 } }));
    // Each triage classifies the new top of the queue at once, each slice at least one more.
    expect(slices).toBeGreaterThan(0);
    expect(slices).toBeLessThanOrEqual(comments.length - 3);
    expect(last.unsettled).toBe(0);
    // The same labels and order as classifying everything at once.
    const all = triageComments(comments, brandNamed('all-at-once'), settings, NOW, new Map(), { model: MODEL });
    for (const c of comments) {
      expect(last.views.get(c.id)?.provisional).toBeUndefined();
      expect(last.views.get(c.id)?.labels).toEqual(all.views.get(c.id)?.labels);
      expect(last.views.get(c.id)?.priority.score).toBe(all.views.get(c.id)?.priority.score);
    }
  });

  it('reads the first cards with the rules alone while the model is not decoded, decodes it in a slice of its own, then reads them again with it', () => {
    const brand = brandNamed('rules-first');
    const comments = page();
    const load = vi.fn(() => MODEL);
    const handle: ModelHandle = { fingerprint: 'progressive-print', get decoded() { return load.mock.calls.length > 0; }, load };
    const run = () => triageComments(comments, brand, settings, NOW, new Map(), { model: handle, defer: { first: 2 } });

    const first = run();
    expect(handle.load).not.toHaveBeenCalled();
    const rulesOnly = comments.filter((c) => first.views.get(c.id)?.provisional === 'rules');
    expect(rulesOnly).toHaveLength(2);
    for (const c of rulesOnly) expect(first.views.get(c.id)?.labels).toEqual(classify(c, { brand }).labels);
    expect(first.unsettled).toBe(comments.length);

    first.more?.(() => true);
    expect(handle.load).toHaveBeenCalledTimes(1);
    // The decoding slice classified nothing, and the top cards keep the rules' reading until a slice reads them with the model.
    const decoded = run();
    expect(comments.filter((c) => decoded.views.get(c.id)?.provisional === 'rules')).toEqual(rulesOnly);
    expect(decoded.unsettled).toBe(comments.length);

    const { last } = settle(run);
    for (const c of comments) {
      expect(last.views.get(c.id)?.provisional).toBeUndefined();
      expect(last.views.get(c.id)?.labels).toEqual(classify(c, { brand, model: MODEL }).labels);
    }
  });

  it('never classifies a comment whose log is not read yet, and shows the log’s classification once it is', () => {
    const brand = brandNamed('unread');
    const comments = page();
    const unread = new Set(comments.map((c) => c.id).filter((id) => id !== 'c0'));
    const early = triageComments(comments, brand, settings, NOW, new Map(), { model: MODEL, defer: { first: 5, unread } });
    expect(early.views.get('c0')?.provisional).toBeUndefined();
    for (const id of unread) expect(early.views.get(id)).toMatchObject({ provisional: 'unclassified', labels: [] });
    expect(early.unsettled).toBe(unread.size);
    // Only unread comments are left: nothing for idle slices to do until the log is read.
    expect(early.more).toBeUndefined();

    // The log holds c1 ("Super lampe") classified as a question, its status resolved: that reading is shown, not one made here.
    const engine = engineVersion(brand, MODEL);
    const stored = { ...storedTriageOf(classify(comments[1]!, { brand, model: MODEL }), engine), labels: ['question'] };
    const logged = new Map<string, CommentStatusSummary>([
      ['c1', { status: 'resolved', firstSeenAt: STAMP, interactionCount: 1, text: comments[1]!.text, triage: stored }],
    ]);
    const later = triageComments(comments, brand, settings, NOW, logged, { model: MODEL, defer: { first: 5 } });
    expect(later.views.get('c1')).toMatchObject({ labels: ['question'] });
    expect(later.views.get('c1')?.provisional).toBeUndefined();
  });

  it('classifies everything at once without `defer`', () => {
    const brand = brandNamed('at-once');
    const result = triageComments(page(), brand, settings, NOW, new Map(), { model: MODEL });
    expect(result.unsettled).toBe(0);
    expect(result.more).toBeUndefined();
    expect(result.views.get('c0')?.labels).toContain('complaint');
  });
});

describe('priorities kept between triages', () => {
  it('are the ones a fresh triage gives, for a later clock, other weights and a new reading alike', () => {
    const brand = brandNamed('kept-priorities');
    const comments = page();
    const fresh = (now: Date, weights = settings.triage.weights) => {
      // The same comments as new objects: nothing kept applies to them.
      const copies = comments.map((c) => ({ ...c }));
      const views = triageComments(copies, brand, { ...settings, triage: { ...settings.triage, weights } }, now).views;
      return copies.map((c) => views.get(c.id)?.priority);
    };
    const kept = (now: Date, weights = settings.triage.weights) => {
      const views = triageComments(comments, brand, { ...settings, triage: { ...settings.triage, weights } }, now).views;
      return comments.map((c) => views.get(c.id)?.priority);
    };
    const later = new Date(NOW.getTime() + 5 * 3_600_000);
    const heavier = { ...settings.triage.weights, complaint: settings.triage.weights.complaint * 3, agePerHour: settings.triage.weights.agePerHour * 2 };
    expect(kept(NOW)).toEqual(fresh(NOW));
    expect(kept(later)).toEqual(fresh(later));
    expect(kept(later)).not.toEqual(kept(NOW));
    expect(kept(later, heavier)).toEqual(fresh(later, heavier));
    expect(kept(later, heavier)).not.toEqual(kept(later));
    // The first cards' ranking (unclassified) and the triage's (classified) give each their own.
    const top = firstCards(comments, brand, settings, NOW, 3);
    expect(top).toHaveLength(3);
    expect(kept(NOW)).toEqual(fresh(NOW));
  });
});

describe('the first cards', () => {
  it('are the head of the whole page ranked by author, age and likes, ties by the oldest then page order', () => {
    const brand = brandNamed('first-cards');
    const base = page()[0]!;
    // Few distinct scores, repeated dates, some without a date, a few of the brand's own.
    const comments: Comment[] = Array.from({ length: 300 }, (_, i) => ({
      ...base,
      id: `f${i}`,
      author: { name: `Auteur ${i % 40}`, handle: `auteur${i % 40}`, verified: i % 9 === 0, ...(i % 5 === 0 ? { followers: (i % 3) * 60_000 } : {}) },
      likes: i % 4,
      ...(i % 17 === 0 ? { createdAt: undefined } : { createdAt: new Date(Date.parse(STAMP) - (i % 6) * 3_600_000).toISOString() }),
      ...(i % 50 === 7 ? { isOwnBrand: true } : {}),
    }));
    const unclassified = { labels: [], sentiment: { value: 'neutral' as const, score: 0 }, competitors: [] };
    const score = (c: Comment) => prioritise(c, unclassified, assessAuthor(c.author, brand, settings.triage.tiers, c.platform), { now: NOW.getTime(), buzz: 'none' }, settings.triage.weights).score;
    const time = (c: Comment) => (c.createdAt ? Date.parse(c.createdAt) : Number.POSITIVE_INFINITY);
    const ranked = comments
      .filter((c) => !c.isOwnBrand)
      .map((c, index) => ({ c, index, score: score(c), time: time(c) }))
      .sort((a, b) => b.score - a.score || a.time - b.time || a.index - b.index)
      .map((e) => e.c.id);
    expect(new Set(ranked.slice(0, 40).map((id) => score(comments.find((c) => c.id === id)!))).size).toBeLessThan(40);
    for (const count of [1, 5, 13, 100, 294, 400]) expect(firstCards(comments, brand, settings, NOW, count)).toEqual(ranked.slice(0, count));
    expect(firstCards(comments, brand, settings, NOW, 0)).toEqual([]);
  });
});

describe('author assessments kept between comments of one author', () => {
  it('give each comment the assessment assessAuthor gives its author, and never one author another’s', () => {
    const brand = BrandSchema.parse({
      id: 'kept-authors',
      name: 'Maison Lumière',
      createdAt: STAMP,
      updatedAt: STAMP,
      watchlist: [{ who: 'Léa Journaliste', kind: 'journalist' }],
      competitors: [{ name: 'Atelier Nova', accounts: [{ platform: 'x', handle: 'ateliernova' }] }],
    });
    const base = page()[0]!;
    const authors = [
      { name: 'Léa Journaliste', handle: 'lea', verified: false },
      { name: 'Léa Journaliste', handle: 'lea', verified: false },
      { name: 'Léa Journaliste', handle: 'lea', verified: false, followers: 250_000 },
      { name: 'Atelier Nova', handle: 'ateliernova', verified: true },
      // Fields that would run together if joined: each is a different person.
      { name: 'Léa Journaliste\u0000lea', verified: false },
      { name: 'Léa', handle: 'Journaliste', verified: false },
      { name: 'Someone', handle: 'someone', verified: false, headline: 'Journaliste' },
      // A name that spells out the next field as the key writes it.
      { name: 'Léa Journaliste|s3:lea', verified: false },
      { name: 'Atelier Nova', handle: 'ateliernova|boolean:true', verified: false },
    ];
    const comments = authors.map((author, i) => ({ ...base, id: `a${i}`, author }));
    const views = triageComments(comments, brand, settings, NOW).views;
    for (const comment of comments) {
      const expected = assessAuthor(comment.author, brand, settings.triage.tiers, comment.platform);
      const influence = views.get(comment.id)?.influence;
      expect([comment.id, influence]).toEqual([
        comment.id,
        {
          ...(expected.tier && expected.tier !== 'none' ? { tier: expected.tier } : {}),
          ...(expected.watch ? { watch: expected.watch.kind } : {}),
          ...(expected.competitor ? { competitorAccount: expected.competitor } : {}),
        },
      ]);
    }
    expect(views.get('a0')?.influence).toEqual({ watch: 'journalist' });
    expect(views.get('a2')?.influence).toEqual({ tier: 'macro', watch: 'journalist' });
    expect(views.get('a3')?.influence).toEqual({ competitorAccount: 'Atelier Nova' });
    expect(views.get('a4')?.influence).toEqual({});
  });
});
