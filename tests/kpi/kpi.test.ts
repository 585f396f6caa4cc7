import { describe, expect, it } from 'vitest';
import {
  buildTimelines,
  durationStats,
  escalationsByDepartment,
  firstResponseTimes,
  labelShare,
  median,
  overdueComments,
  percentile,
  resolutionTimes,
  slaCompliance,
  templateUses,
  volumes,
} from '@/lib/kpi';
import { at, MIN, row, workedExample } from './fixtures';

const NOW = at(300);

describe('percentile (type 7, as Excel PERCENTILE.INC)', () => {
  it('interpolates between the closest ranks', () => {
    expect(median([10, 20, 30, 40])).toBe(25);
    expect(percentile([40, 10, 30, 20], 0.9)).toBeCloseTo(37); // h = 3·0.9 = 2.7 → 30 + 0.7·10
    expect(median([7, 1, 3])).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1); // h = 8.1
  });

  it('handles edges: one value, p = 0 and 1, empty input, invalid p', () => {
    expect(percentile([42], 0.9)).toBe(42);
    expect(percentile([5, 1, 9], 0)).toBe(1);
    expect(percentile([5, 1, 9], 1)).toBe(9);
    expect(median([])).toBeNull();
    expect(() => percentile([1], 90)).toThrow(RangeError);
  });
});

describe('response-time KPIs on the worked example', () => {
  const rows = workedExample();

  it('first response time: seen → first reply, per comment', () => {
    const times = firstResponseTimes(rows);
    expect(Object.fromEntries(times.map((t) => [t.commentId, t.ms / MIN]))).toEqual({ A: 20, B: 120, G: 60 });
    const stats = durationStats(times);
    expect(stats.count).toBe(3);
    expect(stats.medianMs).toBe(60 * MIN);
    expect(stats.p90Ms).toBeCloseTo(108 * MIN); // h = 2·0.9 = 1.8 → 60 + 0.8·(120 − 60)
    expect(stats.meanMs).toBeCloseTo((200 / 3) * MIN);
  });

  it('time to resolution', () => {
    expect(resolutionTimes(rows)).toEqual([{ commentId: 'A', ms: 100 * MIN }]);
    expect(durationStats([])).toEqual({ count: 0, medianMs: null, p90Ms: null, meanMs: null });
  });

  it('SLA share: on time ≤ target, late includes unanswered past target, pending and closed are left out', () => {
    expect(slaCompliance(rows, 60, NOW)).toEqual({ slaMinutes: 60, onTime: 2, late: 2, pending: 1, excluded: 1, share: 0.5 });
    // With a 2-hour target B (120 min) is on time and D (seen 60, now 300) is still late.
    expect(slaCompliance(rows, 120, NOW).share).toBeCloseTo(3 / 4);
  });

  it('overdue comments at now, most overdue first', () => {
    expect(overdueComments(rows, 60, NOW)).toEqual([
      { commentId: 'D', brandId: 'b1', platform: 'facebook', authorKey: 'facebook:author-D', seenAt: at(60), overdueMs: 180 * MIN },
    ]);
    // E joins once its own hour has passed; D stays while escalated and unanswered.
    expect(overdueComments(rows, 60, at(400)).map((o) => [o.commentId, o.overdueMs / MIN])).toEqual([
      ['D', 280],
      ['E', 60],
    ]);
    // Reopening an ignored comment puts it back on the clock.
    const reopened = [...rows, row('C', 'reopened', 200, { platform: 'instagram' })];
    expect(overdueComments(reopened, 60, NOW).map((o) => o.commentId)).toEqual(['C', 'D']);
  });

  it('restricts cohorts to comments first seen in the window', () => {
    const window = { from: at(30), to: at(61) };
    expect(firstResponseTimes(rows, window).map((t) => t.commentId)).toEqual(['G']);
    expect(volumes(rows, window).total).toBe(3); // C, G, D
    expect(slaCompliance(rows, 60, NOW, window)).toMatchObject({ onTime: 1, late: 1, excluded: 1, share: 0.5 });
  });
});

describe('volume KPIs on the worked example', () => {
  const rows = workedExample();

  it('counts distinct comments by platform, label and sentiment, corrections winning', () => {
    expect(volumes(rows)).toEqual({
      total: 6,
      byPlatform: { facebook: 3, linkedin: 1, instagram: 1, x: 1 },
      byLabel: { complaint: 2, question: 2, praise: 1, lead: 1 },
      bySentiment: { negative: 1, neutral: 2, positive: 1, unknown: 2 },
    });
    expect(labelShare(rows, 'complaint')).toBeCloseTo(2 / 6);
    expect(labelShare([], 'complaint')).toBeNull();
  });

  it('escalations per department, by the escalation time', () => {
    expect(escalationsByDepartment(rows)).toEqual([
      { department: 'after-sales', escalations: 1, comments: 1 },
      { department: 'legal', escalations: 1, comments: 1 },
    ]);
    expect(escalationsByDepartment(rows, { from: at(75) })).toEqual([{ department: 'legal', escalations: 1, comments: 1 }]);
  });

  it('template uses, including replies to comments seen elsewhere', () => {
    expect(templateUses(rows)).toEqual([
      { templateId: 't1', uses: 2 },
      { templateId: 't2', uses: 1 },
      { templateId: 't3', uses: 1 },
    ]);
  });

  it('derives each comment status from its last status-changing action', () => {
    const t = buildTimelines(rows);
    expect([...t.values()].map((x) => [x.commentId, x.status]).sort()).toEqual([
      ['A', 'resolved'],
      ['B', 'replied'],
      ['C', 'ignored'],
      ['D', 'escalated'],
      ['E', 'new'],
      ['F', 'replied'],
      ['G', 'replied'],
    ]);
  });
});

describe('an inserted draft is not an answer (issue 18)', () => {
  // H: seen 0, a draft inserted at 3 min, never seen posted. I: seen 0, draft at 2, the brand's
  // reply read on the page at 90. J: seen 0, draft at 5, marked answered at 10, a second draft at 20.
  const rows = [
    row('H', 'seen', 0),
    row('H', 'inserted', 3, { templateId: 't1' }),
    row('I', 'seen', 0),
    row('I', 'inserted', 2, { templateId: 't1' }),
    row('I', 'replied', 90, { source: 'page' }),
    row('J', 'seen', 0),
    row('J', 'inserted', 5, { templateId: 't2' }),
    row('J', 'replied', 10, { source: 'marked' }),
    row('J', 'inserted', 20, { templateId: 't2' }),
  ];
  const now = at(120);

  it('counts response times from real answers only', () => {
    expect(firstResponseTimes(rows).sort((a, b) => a.commentId.localeCompare(b.commentId))).toEqual([
      { commentId: 'I', ms: 90 * MIN },
      { commentId: 'J', ms: 10 * MIN },
    ]);
  });

  it('leaves a comment with only a draft unanswered: late past the target, and overdue', () => {
    expect(slaCompliance(rows, 60, now)).toMatchObject({ onTime: 1, late: 2, pending: 0 }); // J on time; I answered at 90; H never
    expect(overdueComments(rows, 60, now).map((o) => o.commentId)).toEqual(['H']);
  });

  it('gives a draft its own status, and a later draft does not undo an answer', () => {
    const status = Object.fromEntries([...buildTimelines(rows).values()].map((t) => [t.commentId, t.status]));
    expect(status).toEqual({ H: 'drafted', I: 'replied', J: 'replied' });
  });

  it('still counts each draft as a use of its template', () => {
    expect(templateUses(rows)).toEqual([
      { templateId: 't1', uses: 2 },
      { templateId: 't2', uses: 2 },
    ]);
  });
});

describe('a reply already on the page when Riposte first saw the comment', () => {
  // K: the brand answered at 0 (as the page dates it); Riposte first opened the post at 120.
  // L: a reply dated 30 s before the sighting (clocks, a coarse "1 min"): a zero wait.
  const rows = [row('K', 'replied', 0, { source: 'page' }), row('K', 'seen', 120), row('L', 'seen', 120), row('L', 'replied', 119.5, { source: 'page' })];

  it('has no response time, and is neither on time nor late', () => {
    expect(firstResponseTimes(rows)).toEqual([{ commentId: 'L', ms: 0 }]);
    expect(slaCompliance(rows, 60, at(300))).toMatchObject({ onTime: 1, late: 0, excluded: 1 });
    expect(buildTimelines(rows).get('K')).toMatchObject({ status: 'replied', answeredBeforeSeen: true });
  });
});
