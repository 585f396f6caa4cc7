import type { MessageOf, SnapshotProfileReply } from '@/lib/messaging/protocol';
import { localDayOf } from '@/lib/calendar';
import type { CompetitorThread } from '@/lib/audience/threads';
import { recordProfileSnapshot, recordThreadComments } from '@/lib/db/audience';
import type { RiposteDB } from '@/lib/db/database';
import type { Brand } from '@/lib/schema/brand';
import { classify } from '@/lib/triage';
import { activeContext } from './db';
import { loadTriageModel } from './model';

/** A profile header the user is looking at: one snapshot a day if the active brand watches the account. */
export async function recordReportedProfile(message: MessageOf<'page/profile'>): Promise<void> {
  const { db, brand } = await activeContext();
  if (!brand) return;
  await recordProfileSnapshot(db, brand, message.profile, new Date());
}

/** The panel's "take a snapshot now": today's snapshot of the account, replaced by these figures. */
export async function snapshotProfileNow(message: MessageOf<'bg/snapshot-profile'>): Promise<SnapshotProfileReply> {
  const { db, brand } = await activeContext();
  if (!brand) return { status: 'no-brand' };
  const result = await recordProfileSnapshot(db, brand, message.profile, new Date(), { force: true });
  return { status: result.status === 'not-watched' ? 'not-watched' : 'stored' };
}

/** Competitor threads: triaged here (with the learned model, waited for), stored as counts only. */
export async function aggregateCompetitorThreads(db: RiposteDB, brand: Brand, threads: readonly CompetitorThread[], now: Date): Promise<void> {
  if (threads.length === 0) return;
  const model = await loadTriageModel();
  for (const thread of threads) {
    const comments = thread.comments.map((c) => ({ id: c.id, text: c.text, classification: classify(c, { brand, model }) }));
    await recordThreadComments(db, comments, {
      brandId: brand.id,
      platform: thread.platform,
      postUrl: thread.postUrl,
      handle: thread.handle,
      competitor: thread.competitor,
      day: localDayOf(now),
      now,
    });
  }
}
