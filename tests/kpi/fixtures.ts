import type { Interaction, InteractionKind } from '@/lib/schema/interaction';
import type { Platform } from '@/lib/schema/platform';

export const T0 = Date.parse('2026-03-02T08:00:00.000Z');
export const MIN = 60_000;
export const at = (minutes: number) => new Date(T0 + minutes * MIN).toISOString();

let n = 0;
/** A log row `minutes` after T0. */
export function row(
  commentId: string,
  kind: InteractionKind,
  minutes: number,
  extra: Partial<Interaction> & { platform?: Platform } = {},
): Interaction {
  n += 1;
  const platform = extra.platform ?? 'facebook';
  return {
    id: `r${n}`,
    brandId: 'b1',
    commentId,
    platform,
    postUrl: 'https://www.facebook.com/riposte.demo/posts/1',
    authorKey: `${platform}:author-${commentId}`,
    kind,
    at: at(minutes),
    ...extra,
  };
}

/**
 * A worked example, SLA 60 min, `now` = T0 + 300 min (times in minutes after T0):
 *   A facebook  complaint/negative   seen 0,  draft 15 (t1), replied 20, resolved 100
 *   B x         question/neutral     seen 10, draft 125 (t2), replied 130          → late
 *   C instagram praise/positive      seen 30, ignored 35                          → excluded
 *   D facebook  complaint+toxic/neg  seen 60, corrected → complaint/neutral at 65,
 *                                    escalated after-sales 70, legal 80          → late, overdue 180 min
 *   E linkedin  lead                 seen 280                                     → pending
 *   F x         (no sighting logged) draft 45 (t3), replied 50                    → outside every cohort
 *   G facebook  question             seen 40, draft 90 (t1), replied 100: exactly 60 min → on time
 * A draft is inserted in the site's reply box (`inserted`, with its template); the answer is the
 * brand's reply read on the page or marked by the community manager (`replied`).
 */
export function workedExample(): Interaction[] {
  return [
    row('A', 'seen', 0, { labels: ['complaint'], sentiment: 'negative' }),
    row('A', 'inserted', 15, { templateId: 't1' }),
    row('A', 'replied', 20, { source: 'page' }),
    row('A', 'resolved', 100),
    row('B', 'seen', 10, { platform: 'x', labels: ['question'], sentiment: 'neutral' }),
    row('B', 'inserted', 125, { platform: 'x', templateId: 't2' }),
    row('B', 'replied', 130, { platform: 'x', source: 'marked' }),
    row('C', 'seen', 30, { platform: 'instagram', labels: ['praise'], sentiment: 'positive' }),
    row('C', 'ignored', 35, { platform: 'instagram' }),
    row('D', 'seen', 60, { labels: ['complaint', 'toxic'], sentiment: 'negative' }),
    row('D', 'corrected', 65, { labels: ['complaint'], sentiment: 'neutral' }),
    row('D', 'escalated', 70, { department: 'after-sales' }),
    row('D', 'escalated', 80, { department: 'legal' }),
    row('E', 'seen', 280, { platform: 'linkedin', labels: ['lead'] }),
    row('F', 'inserted', 45, { platform: 'x', templateId: 't3' }),
    row('F', 'replied', 50, { platform: 'x', source: 'page' }),
    row('G', 'seen', 40, { labels: ['question'] }),
    row('G', 'inserted', 90, { templateId: 't1' }),
    row('G', 'replied', 100, { source: 'page' }),
  ].reverse(); // any order in, same answers out
}
