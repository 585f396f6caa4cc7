import type { Comment } from '../schema/comment';
import { StoredCommentSchema, toUtcIso, type Interaction, type InteractionInput } from '../schema/interaction';
import { readJoined } from './comment-rows';
import type { RiposteDB } from './database';
import { logInteractions } from './interactions';
import { keyField, parseRows } from './validate';

/** What this needs of a comment read on the page. */
export type PageComment = Pick<Comment, 'id' | 'platform' | 'author' | 'text' | 'parentId' | 'createdAt' | 'isOwnBrand'>;

/** Written by the page itself when the DOM says so ("Auteur", the page's own badge). */
const markedOwn = (comment: PageComment): boolean => comment.isOwnBrand === true;

/**
 * The brand's own replies read on a page answer the comments they reply to: each logged parent
 * still without an answer gets one `replied` interaction (source `page`), dated when the page says
 * the reply was written, else now. This is how an inserted draft becomes an answer: once it is
 * posted and the page shows it. Idempotent: a parent already answered is left alone, and the check
 * and the write share one read-write transaction, so two tabs reporting the same reply log it once.
 * Parents Riposte never logged (collapsed, another brand's) are skipped. Returns the answered ids.
 */
export async function recordPageAnswers(
  db: RiposteDB,
  brandId: string,
  comments: readonly PageComment[],
  now: string | Date,
  isOwn: (comment: PageComment) => boolean = markedOwn,
): Promise<string[]> {
  const at = toUtcIso(now);
  // The earliest own reply under each parent is its answer.
  const replyByParent = new Map<string, { reply: PageComment; at: string }>();
  for (const comment of comments) {
    if (!comment.parentId || comment.parentId === comment.id || !isOwn(comment)) continue;
    const when = replyTime(comment, at);
    const known = replyByParent.get(comment.parentId);
    if (!known || when < known.at) replyByParent.set(comment.parentId, { reply: comment, at: when });
  }
  if (replyByParent.size === 0) return [];

  return db.transaction('rw', [db.comments, db.commentStates, db.interactions, db.authors, db.templates], async () => {
    const ids = [...replyByParent.keys()];
    const parents = parseRows(db, 'comments', StoredCommentSchema, await readJoined(db, ids), keyField('id'));
    const inputs: InteractionInput[] = [];
    for (const parent of parents) {
      if (parent.brandId !== brandId || parent.firstRepliedAt || parent.status === 'replied') continue;
      const { reply, at: when } = replyByParent.get(parent.id)!;
      inputs.push({
        id: `page-reply:${parent.id}`,
        commentId: parent.id,
        kind: 'replied',
        source: 'page',
        at: when,
        finalText: reply.text.slice(0, 20_000),
      });
    }
    if (inputs.length === 0) return [];
    const rows: Interaction[] = await logInteractions(db, inputs);
    return rows.map((row) => row.commentId);
  });
}

/** When the page says the reply was written, if that is a sane instant (not in the future). */
function replyTime(reply: PageComment, now: string): string {
  if (!reply.createdAt) return now;
  const ms = Date.parse(reply.createdAt);
  if (Number.isNaN(ms)) return now;
  const iso = new Date(ms).toISOString();
  return iso < now ? iso : now;
}
