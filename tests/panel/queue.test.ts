import { describe, expect, it } from 'vitest';
import { answeredOnPageIds, filterCounts, isHandled, matchesFilter, orderQueue, QUEUE_FILTERS, type QueueItem, type TriageView } from '@/lib/panel/queue';
import { applyReport, EMPTY_TAB } from '@/lib/panel/tab-comments';
import type { Comment } from '@/lib/schema/comment';

const POST = 'https://x.com/maisonlumiere/status/1';

function comment(id: string, over: Partial<Comment> = {}): Comment {
  return {
    platform: 'x',
    id,
    author: { name: `Author ${id}`, handle: `a${id}`, verified: false },
    text: `text ${id}`,
    truncated: false,
    postUrl: POST,
    createdAt: '2026-11-23T09:00:00.000Z',
    ...over,
  };
}

function view(over: Partial<TriageView> = {}): TriageView {
  return {
    labels: [],
    sentiment: 'neutral',
    language: 'fr',
    reasons: [],
    competitors: [],
    influence: {},
    priority: { score: 10, parts: [] },
    ...over,
  };
}

function item(id: string, triage: Partial<TriageView> = {}, extra: Partial<QueueItem> = {}): QueueItem {
  return { comment: comment(id), triage: view(triage), answeredOnPage: false, ...extra };
}

describe('triage queue', () => {
  it('puts what needs an answer first, by priority, then the oldest', () => {
    const items = [
      item('emoji', { priority: { score: 5, parts: [] } }),
      item('angry', { labels: ['complaint'], priority: { score: 80, parts: [] } }),
      { ...item('older', { priority: { score: 5, parts: [] } }), comment: comment('older', { createdAt: '2026-11-23T08:00:00.000Z' }) },
      item('done', { priority: { score: 99, parts: [] } }, { status: { status: 'replied', firstSeenAt: '2026-11-23T09:00:00.000Z', interactionCount: 2 } }),
      // A draft inserted but not seen posted still needs its answer.
      item('draft', { priority: { score: 50, parts: [] } }, { status: { status: 'drafted', firstSeenAt: '2026-11-23T09:00:00.000Z', draftInsertedAt: '2026-11-23T09:05:00.000Z', interactionCount: 2 } }),
    ];
    expect(orderQueue(items).map((i) => i.comment.id)).toEqual(['angry', 'draft', 'older', 'emoji', 'done']);
    expect(isHandled(items[4]!)).toBe(false);
    expect(matchesFilter(items[4]!, 'unanswered')).toBe(true);
  });

  it('counts filters and treats the brand’s own replies and page answers as handled', () => {
    const own = { ...item('own'), comment: comment('own', { isOwnBrand: true, parentId: 'q' }) };
    const question = item('q', { labels: ['question'] });
    const items = [own, question, item('c', { labels: ['complaint'], competitors: ['Atelier Nova'] }), item('i', { influence: { tier: 'micro' } })];
    const answered = answeredOnPageIds(items.map((i) => i.comment));
    expect([...answered]).toEqual(['q']);
    const withPage = items.map((i) => ({ ...i, answeredOnPage: answered.has(i.comment.id) }));
    expect(isHandled(withPage[0]!)).toBe(true);
    expect(isHandled(withPage[1]!)).toBe(true);
    const counts = filterCounts(withPage);
    // The brand's own reply is its answer, counted in no chip but "all" (issue 18).
    expect(counts).toMatchObject({ all: 4, unanswered: 2, done: 1, question: 1, complaint: 1, competitor: 1, influencer: 1, toxic: 0 });
    expect(matchesFilter(withPage[2]!, 'competitor')).toBe(true);
  });

  it('keeps the page’s order and replaces changed comments in place', () => {
    const health = { platform: 'x', url: POST, status: 'ok', commentCount: 2, unreadable: 0, checkedAt: '2026-11-23T09:00:00.000Z' } as const;
    let state = applyReport(EMPTY_TAB, { comments: [comment('1'), comment('2')], reset: true, health });
    state = applyReport(state, { comments: [comment('1', { text: 'edited' }), comment('3')], reset: false, health });
    expect([...state.byId.keys()]).toEqual(['1', '2', '3']);
    expect(state.byId.get('1')?.text).toBe('edited');
    state = applyReport(state, { comments: [comment('9')], reset: true, health });
    expect([...state.byId.keys()]).toEqual(['9']);
    expect(state.phase).toBe('live');
  });
});

describe('filterCounts', () => {
  it('counts for each chip exactly the items matchesFilter lets through', () => {
    const replied = { status: 'replied' as const, firstSeenAt: '2026-11-23T09:00:00.000Z', interactionCount: 1 };
    const drafted = { status: 'drafted' as const, firstSeenAt: '2026-11-23T09:00:00.000Z', interactionCount: 1 };
    const items: QueueItem[] = [
      item('plain'),
      item('complaint', { labels: ['complaint', 'toxic'] }),
      item('twice', { labels: ['question', 'question', 'lead'] }),
      item('other-label', { labels: ['off-topic', 'praise', 'spam'] }),
      item('nano', { influence: { tier: 'nano' } }),
      item('none-tier', { influence: { tier: 'none' } }),
      item('watched', { influence: { watch: 'journalist' } }),
      { ...item('verified'), comment: comment('verified', { author: { name: 'V', verified: true } }) },
      item('mentions', { competitors: ['Atelier Nova'] }),
      item('their-account', { influence: { competitorAccount: 'Atelier Nova' } }),
      item('answered', { labels: ['question'] }, { answeredOnPage: true }),
      item('replied', { labels: ['complaint'] }, { status: replied }),
      item('drafted', { labels: ['complaint'] }, { status: drafted }),
      { ...item('own', { labels: ['praise'], influence: { tier: 'mega' } }), comment: comment('own', { isOwnBrand: true, author: { name: 'Maison', verified: true } }) },
    ];
    const counts = filterCounts(items);
    for (const filter of QUEUE_FILTERS) expect([filter, counts[filter]]).toEqual([filter, items.filter((i) => matchesFilter(i, filter)).length]);
    expect(counts).toMatchObject({ all: 14, unanswered: 11, done: 2, complaint: 3, question: 2, influencer: 3, competitor: 2 });
  });
});
