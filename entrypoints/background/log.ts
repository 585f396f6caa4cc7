import { getBrand } from '@/lib/db/brands';
import type { RiposteDB } from '@/lib/db/database';
import { logInteractions } from '@/lib/db/interactions';
import type { LogReply, MessageOf } from '@/lib/messaging/protocol';
import { recordClassified } from './seen';

/**
 * The panel's actions, logged by the background (the log's only writer). A comment the log does not
 * have yet (its page report has not arrived) is first logged as seen with its classification, the
 * same one a page report would store, then every action goes in all-or-nothing. Never throws: the
 * reply says what went wrong, for the panel to show.
 */
export async function logPanelActions(db: RiposteDB, message: MessageOf<'bg/log'>): Promise<LogReply> {
  try {
    const unknown = new Map<string, { brandId: string; at: string; comments: Map<string, NonNullable<(typeof message.interactions)[number]['comment']>> }>();
    const known = new Set((await db.comments.bulkGet(message.interactions.map((i) => i.commentId))).flatMap((row) => (row ? [row.id] : [])));
    for (const input of message.interactions) {
      if (known.has(input.commentId) || !input.comment || !input.brandId || input.comment.id !== input.commentId) continue;
      const key = `${input.brandId}\u0000${input.at}`;
      const group = unknown.get(key) ?? { brandId: input.brandId, at: input.at, comments: new Map() };
      group.comments.set(input.comment.id, input.comment);
      unknown.set(key, group);
    }
    const forgotten = new Set<string>();
    for (const group of unknown.values()) {
      const brand = await getBrand(db, group.brandId);
      const comments = [...group.comments.values()];
      // A brand deleted meanwhile: `logInteractions` reports the unknown comment.
      if (!brand) continue;
      const seen = await recordClassified(db, brand, comments, group.at);
      for (const id of seen.forgotten ?? []) forgotten.add(id);
    }
    // Actions on the comments of someone forgotten on request are not logged: that would store them again.
    const inputs = forgotten.size > 0 ? message.interactions.filter((input) => !forgotten.has(input.commentId)) : message.interactions;
    const notStored = forgotten.size > 0 ? { notStored: [...forgotten] } : {};
    if (inputs.length === 0) return { ok: true, ids: [], ...notStored };
    const rows = await logInteractions(db, inputs);
    return { ok: true, ids: rows.map((r) => r.id), ...notStored };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
