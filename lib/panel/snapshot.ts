import { z } from 'zod';
import { SnapshotReplySchema, type SnapshotReply } from '../messaging/protocol';
import { CommentSchema, type Comment } from '../schema/comment';

/** The reply's envelope, its comments left unchecked: they are checked one by one after it. */
const EnvelopeSchema = SnapshotReplySchema.extend({ comments: z.array(z.unknown()) });

/** How long one slice of checking may hold the panel's thread. */
const SLICE_MS = 8;

/**
 * A comment's web links, each with the check `CommentSchema` gives it. Parsing a URL is most of a
 * comment's check in Chromium, and a page's comments share links: every comment of a thread has
 * the same post URL, an author's comments the same profile link. Each distinct link is checked once
 * per snapshot with that same check; the rest of the comment by `ShapeSchema`.
 */
const { author: AuthorShape, attachment: AttachmentShape } = CommentSchema.shape;
const POST_URL = CommentSchema.shape.postUrl;
const PERMALINK = CommentSchema.shape.permalink.unwrap();
const PROFILE_URL = AuthorShape.shape.profileUrl.unwrap();
const ATTACHMENT_URL = AttachmentShape.unwrap().shape.url.unwrap();

/** `CommentSchema` with those links taken as any string (what their own check asks first). */
const ShapeSchema = CommentSchema.extend({
  postUrl: z.string(),
  permalink: z.string().optional(),
  author: AuthorShape.extend({ profileUrl: z.string().optional() }),
  attachment: AttachmentShape.unwrap().extend({ url: z.string().optional() }).optional(),
});

type LinkCheck = typeof POST_URL;

/**
 * One comment checked as `CommentSchema` checks it: its shape, then each link through `link` (the
 * link's own check, remembered per text). Whatever fails is checked again by `CommentSchema` itself,
 * whose verdict and reason are the ones returned.
 */
function checkComment(item: unknown, link: (check: LinkCheck, text: string) => string | undefined): z.ZodSafeParseResult<Comment> {
  const shape = ShapeSchema.safeParse(item);
  if (shape.success) {
    const comment = shape.data;
    const postUrl = link(POST_URL, comment.postUrl);
    const permalink = comment.permalink === undefined ? null : link(PERMALINK, comment.permalink);
    const profileUrl = comment.author.profileUrl === undefined ? null : link(PROFILE_URL, comment.author.profileUrl);
    const attachmentUrl = comment.attachment?.url === undefined ? null : link(ATTACHMENT_URL, comment.attachment.url);
    if (postUrl !== undefined && permalink !== undefined && profileUrl !== undefined && attachmentUrl !== undefined) {
      // Each link as its check returns it (trimmed), in place: the fields keep the schema's order.
      comment.postUrl = postUrl;
      if (permalink !== null) comment.permalink = permalink;
      if (profileUrl !== null) comment.author.profileUrl = profileUrl;
      if (attachmentUrl !== null && comment.attachment) comment.attachment.url = attachmentUrl;
      return { success: true, data: comment };
    }
  }
  return CommentSchema.safeParse(item);
}

/** A link check that remembers its verdict on each text (undefined: the link is rejected). */
function rememberedLinks(): (check: LinkCheck, text: string) => string | undefined {
  const verdicts = new Map<LinkCheck, Map<string, string | undefined>>();
  return (check, text) => {
    let byText = verdicts.get(check);
    if (!byText) verdicts.set(check, (byText = new Map()));
    if (byText.has(text)) return byText.get(text);
    const parsed = check.safeParse(text);
    const verdict = parsed.success ? parsed.data : undefined;
    byText.set(text, verdict);
    return verdict;
  };
}

export interface CheckedSnapshot extends SnapshotReply {
  /** Comments the schema rejected (left out, as `SnapshotReplySchema` leaves them out), with why. */
  rejected: { index: number; reason: string }[];
}

/**
 * A tab's snapshot checked as `SnapshotReplySchema` checks it — the same comments kept with the same
 * values, the same ones dropped with zod's reason — but a slice at a time, the thread handed back
 * between slices (`pause`) so the panel's own start (database, first render) goes on while 2,000
 * comments are checked, and each distinct link checked once. Nothing is returned before every
 * comment is checked: no unchecked comment reaches the panel. Throws as `parse` does when the
 * envelope is wrong.
 */
export async function checkSnapshot(raw: unknown, pause: () => Promise<void>, now: () => number = () => performance.now()): Promise<CheckedSnapshot> {
  const envelope = EnvelopeSchema.parse(raw);
  const comments: Comment[] = [];
  const rejected: CheckedSnapshot['rejected'] = [];
  const link = rememberedLinks();
  let end = now() + SLICE_MS;
  for (const [index, item] of envelope.comments.entries()) {
    if (now() >= end) {
      await pause();
      end = now() + SLICE_MS;
    }
    const parsed = checkComment(item, link);
    if (parsed.success) comments.push(parsed.data);
    else rejected.push({ index, reason: z.prettifyError(parsed.error) });
  }
  return { ...envelope, comments, rejected };
}
