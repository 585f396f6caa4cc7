import { describe, expect, it } from 'vitest';
import { getComment, logInteraction } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { firstResponseTimes } from '@/lib/kpi/response';
import { buildTimelines } from '@/lib/kpi/timeline';
import { freshDb, makeComment } from '../db/helpers';
import { at, MIN, row } from './fixtures';

describe('an answer taken back ("Annuler" after marking answered)', () => {
  it('is no answer: no response time, status back to new', () => {
    const rows = [row('A', 'seen', 0), row('A', 'replied', 5, { source: 'marked' }), row('A', 'reopened', 6)];
    const timeline = buildTimelines(rows).get('A')!;
    expect(timeline.firstRepliedAt).toBeUndefined();
    expect(timeline.status).toBe('new');
    expect(firstResponseTimes(rows)).toEqual([]);
  });

  it('counts the answer given after it, and keeps an earlier answer', () => {
    const later = [row('B', 'seen', 0), row('B', 'replied', 5, { source: 'marked' }), row('B', 'reopened', 6), row('B', 'replied', 30, { source: 'page' })];
    expect(firstResponseTimes(later)).toEqual([{ commentId: 'B', ms: 30 * MIN }]);
    const earlier = [
      row('C', 'seen', 0),
      row('C', 'replied', 10, { source: 'page' }),
      row('C', 'resolved', 20),
      row('C', 'reopened', 25),
      row('C', 'replied', 40, { source: 'marked' }),
      row('C', 'reopened', 41),
    ];
    expect(buildTimelines(earlier).get('C')!.firstRepliedAt).toBe(at(10));
    expect(firstResponseTimes(earlier)).toEqual([{ commentId: 'C', ms: 10 * MIN }]);
  });

  it('a reopen after a resolve keeps the answer', () => {
    const rows = [row('D', 'seen', 0), row('D', 'replied', 10, { source: 'page' }), row('D', 'resolved', 20), row('D', 'reopened', 25)];
    expect(firstResponseTimes(rows)).toEqual([{ commentId: 'D', ms: 10 * MIN }]);
  });

  it('clears the comment row’s first answer too, so the panel and the page reader see it unanswered', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1')], at(0));
    await logInteraction(db, { commentId: 'c1', kind: 'replied', source: 'marked', at: at(5) });
    expect(await getComment(db, 'c1')).toMatchObject({ status: 'replied', firstRepliedAt: at(5) });
    await logInteraction(db, { commentId: 'c1', kind: 'reopened', at: at(6) });
    const reopened = await getComment(db, 'c1');
    expect(reopened?.status).toBe('new');
    expect(reopened?.firstRepliedAt).toBeUndefined();

    // An earlier real answer stays the first one.
    await logInteraction(db, { commentId: 'c1', kind: 'replied', source: 'page', at: at(10) });
    await logInteraction(db, { commentId: 'c1', kind: 'resolved', at: at(11) });
    await logInteraction(db, { commentId: 'c1', kind: 'reopened', at: at(12) });
    await logInteraction(db, { commentId: 'c1', kind: 'replied', source: 'marked', at: at(20) });
    await logInteraction(db, { commentId: 'c1', kind: 'reopened', at: at(21) });
    expect(await getComment(db, 'c1')).toMatchObject({ status: 'new', firstRepliedAt: at(10) });
  });
});
