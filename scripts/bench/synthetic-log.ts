/**
 * A deterministic, invented interaction log for the Dexie, report and CSV figures: comments by
 * invented authors on four sites, and a mix of actions on them spread over two months.
 */
import { authorKeyOf } from '../../lib/identity/keys';
import type { Comment } from '../../lib/schema/comment';
import type { Interaction, InteractionInput } from '../../lib/schema/interaction';
import type { Platform } from '../../lib/schema/platform';
import type { ExportRow } from '../../lib/export/rows';

export const BENCH_BRAND_ID = 'bench-brand';
const PLATFORMS: Platform[] = ['facebook', 'linkedin', 'instagram', 'x'];
const POSTS: Record<Platform, string> = {
  facebook: 'https://www.facebook.com/maisonlumiere/posts/pfbid0bench',
  linkedin: 'https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000001/',
  instagram: 'https://www.instagram.com/p/Cbench/',
  x: 'https://x.com/maisonlumiere/status/1900000000000000001',
};
/** Actions after `seen`, in a community manager's rough proportions. */
const ACTIONS: InteractionInput['kind'][] = ['flagged', 'replied', 'replied', 'copied', 'replied', 'escalated', 'resolved', 'ignored', 'replied', 'corrected'];
const LABELS = [['complaint'], ['question'], ['praise'], [], ['complaint', 'question'], ['lead'], ['spam'], ['toxic']];
const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
const DEPARTMENTS = ['after-sales', 'product', 'sales', 'press', 'legal'];

/** `n` comments on the four sites, by about n/4 invented authors, with `texts` cycled. */
export function syntheticComments(n: number, texts: readonly string[]): Comment[] {
  return Array.from({ length: n }, (_, i): Comment => {
    const platform = PLATFORMS[i % PLATFORMS.length] as Platform;
    const author = i % 4 === 0 ? i : i - (i % 4) + 1; // authors comment more than once
    return {
      platform,
      id: `${platform}-bench-${i}`,
      author: { name: `Auteur ${author}`, handle: `auteur_${author}`, verified: i % 97 === 0, followers: (i * 37) % 50_000 },
      text: texts[i % texts.length] ?? `Commentaire ${i}`,
      truncated: false,
      postUrl: POSTS[platform],
      likes: i % 13,
    };
  });
}

/**
 * `n` interactions on `comments` (ids cycle), one every `stepMs` from `startMs`, as inputs for
 * `logInteractions`: replies name one of `templateIds`, escalations a department.
 */
export function syntheticInteractionInputs(
  comments: readonly Comment[],
  n: number,
  options: { startMs: number; stepMs: number; templateIds?: readonly string[]; texts: readonly string[]; first?: number },
): InteractionInput[] {
  return Array.from({ length: n }, (_, k): InteractionInput => {
    const i = k + (options.first ?? 0);
    const comment = comments[i % comments.length] as Comment;
    const kind = ACTIONS[i % ACTIONS.length] as InteractionInput['kind'];
    const template = options.templateIds?.length ? options.templateIds[i % options.templateIds.length] : undefined;
    return {
      id: `bench-i-${i}`,
      commentId: comment.id,
      kind,
      at: new Date(options.startMs + i * options.stepMs).toISOString(),
      ...(kind === 'replied' || kind === 'copied' ? { templateId: template, finalText: options.texts[(i * 7) % options.texts.length] } : {}),
      ...(kind === 'escalated' ? { department: DEPARTMENTS[i % DEPARTMENTS.length], note: 'Client à rappeler ; voir la commande' } : {}),
      ...(kind === 'corrected' ? { labels: LABELS[i % LABELS.length], sentiment: SENTIMENTS[i % 3] } : {}),
    };
  });
}

/** Comments, or the same by id (built once when a log is made in many batches). */
type CommentSource = readonly Comment[] | ReadonlyMap<string, Comment>;
const commentsById = (comments: CommentSource): ReadonlyMap<string, Comment> =>
  Array.isArray(comments) ? new Map(comments.map((c) => [c.id, c])) : (comments as ReadonlyMap<string, Comment>);

/** The same log as stored rows (what `logInteractions` would write), for bulk loading. */
export function syntheticInteractionRows(comments: CommentSource, inputs: readonly InteractionInput[], brandId = BENCH_BRAND_ID): Interaction[] {
  const byId = commentsById(comments);
  return inputs.map((input, i) => {
    const comment = byId.get(input.commentId);
    if (!comment) throw new Error(`input #${i} names an unknown comment ${input.commentId}`);
    return {
      id: input.id ?? `bench-row-${i}`,
      brandId,
      commentId: comment.id,
      platform: comment.platform,
      postUrl: comment.postUrl,
      authorKey: authorKeyOf(comment.platform, comment.author),
      kind: input.kind,
      at: new Date(input.at).toISOString(),
      ...(input.templateId ? { templateId: input.templateId } : {}),
      ...(input.finalText ? { finalText: input.finalText } : {}),
      ...(input.department ? { department: input.department } : {}),
      ...(input.note ? { note: input.note } : {}),
      ...(input.labels ? { labels: input.labels } : {}),
      ...(input.sentiment ? { sentiment: input.sentiment } : {}),
    };
  });
}

/** Log rows joined with their comments, as `exportRows` yields them from the database. */
export function syntheticExportRows(comments: CommentSource, rows: readonly Interaction[], first = 0): ExportRow[] {
  const byId = commentsById(comments);
  return rows.map((row, k) => {
    const i = k + first;
    const comment = byId.get(row.commentId);
    return {
      ...row,
      commentText: comment?.text,
      authorName: comment?.author.name,
      authorHandle: comment?.author.handle,
      permalink: comment?.permalink,
      commentStatus: (['new', 'replied', 'escalated', 'resolved', 'ignored'] as const)[i % 5],
      commentLabels: LABELS[i % LABELS.length],
      commentSentiment: SENTIMENTS[i % 3],
    };
  });
}

/**
 * The same log as `syntheticExportRows(…syntheticInteractionRows(…syntheticInteractionInputs(…)))`,
 * made `batch` rows at a time as it is read, so a million-row export can be measured without the
 * rows themselves filling the heap.
 */
export function* syntheticExportRowStream(
  comments: readonly Comment[],
  n: number,
  options: { startMs: number; stepMs: number; templateIds?: readonly string[]; texts: readonly string[] },
  batch = 2_000,
): Generator<ExportRow, void, undefined> {
  const byId = commentsById(comments);
  for (let first = 0; first < n; first += batch) {
    const inputs = syntheticInteractionInputs(comments, Math.min(batch, n - first), { ...options, first });
    yield* syntheticExportRows(byId, syntheticInteractionRows(byId, inputs), first);
  }
}
