import { z } from 'zod';
import { ProfileReadingSchema } from '../schema/audience';
import { CommentSchema } from '../schema/comment';
import { InteractionInputSchema } from '../schema/interaction';
import { LayoutReportSchema } from '../schema/layout-report';
import { PageHealthSchema } from '../schema/page';

/**
 * Riposte's one message protocol. Every message crossing a context boundary (content script,
 * background, side panel, options page) is one of these, and is parsed with zod on arrival:
 * a message that does not parse is dropped with a logged reason, never acted upon. Every message
 * object is strict: a key the protocol does not name makes the whole message invalid, rather than
 * being silently stripped (a `bg/ping` carrying an `extra` payload is not a ping).
 *
 * Direction is in the name: `page/*` content → extension pages, `content/*` extension → content
 * script (tabs.sendMessage), `bg/*` any extension page → background.
 */

/**
 * Comments from a page, each parsed on its own: one the schema rejects is dropped, and the rest of
 * the report is kept (a single odd comment must not blank the whole list). The content scripts
 * check comments with the same rules before sending (lib/sites/comment-check.ts).
 */
const PageCommentListSchema = z.array(z.unknown()).transform((items) =>
  items.flatMap((item) => {
    const parsed = CommentSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  }),
);

// ── content script → background and panel (runtime.sendMessage) ──────────────────────────────
export const PageCommentsMessage = z.strictObject({
  type: z.literal('page/comments'),
  /** New or changed comments since the last report (or all of them when `reset`). */
  comments: PageCommentListSchema,
  /**
   * Who wrote each post the comments sit under (post URL → handle), read from the post's header:
   * Instagram and LinkedIn post URLs do not say, and competitor threads are told apart by it.
   */
  postAuthors: z.record(z.string(), z.string().min(1)).optional(),
  /** True after an SPA navigation or first scan: the receiver drops what it had for this tab. */
  reset: z.boolean(),
  health: PageHealthSchema,
});

/**
 * The profile or page header the tab shows (lib/sites/profile.ts), once per page and navigation.
 * The background keeps a daily snapshot when the account is one the active brand watches.
 */
export const PageProfileMessage = z.strictObject({
  type: z.literal('page/profile'),
  profile: ProfileReadingSchema,
});

// ── extension page → content script (tabs.sendMessage) ──────────────────────────────────────
export const ContentSnapshotMessage = z.strictObject({ type: z.literal('content/snapshot') });
export const ContentInsertMessage = z.strictObject({
  type: z.literal('content/insert'),
  /** Reply to this comment; absent: the post's own comment box. */
  commentId: z.string().optional(),
  text: z.string().min(1),
  /**
   * When the box already holds the community manager's words: `ask` leaves it untouched and replies
   * `occupied` with them; `replace` puts the text in their place; `append` after them, a blank line
   * between. Absent: after what the box holds (the site's "@user " prefill included), as before.
   */
  mode: z.enum(['ask', 'replace', 'append']).optional(),
});
export const ContentLocateMessage = z.strictObject({ type: z.literal('content/locate'), commentId: z.string() });
/** "Report this page's layout": an anonymised snapshot of the thread (lib/content/layout-report.ts). */
export const ContentLayoutReportMessage = z.strictObject({ type: z.literal('content/layout-report') });
/**
 * "Read all comments", one step: click one of the site's own "more comments / replies" controls and
 * wait for the thread to grow. The panel sends one step at a time, at a human pace, and stops on
 * cancel, navigation, or when no control is left (lib/content/read-more.ts).
 */
export const ContentReadMoreMessage = z.strictObject({ type: z.literal('content/read-more') });
/** The profile header the tab shows now, for the panel's "take a snapshot now". */
export const ContentProfileMessage = z.strictObject({ type: z.literal('content/profile') });
/**
 * Right-click template: insert `text` at the caret of the field that was right-clicked, after asking
 * the user for the fill-in gaps (UTF-16 ranges of their markers in `text`).
 */
export const ContentInsertAtCaretMessage = z.strictObject({
  type: z.literal('content/insert-at-caret'),
  text: z.string().min(1),
  gaps: z.array(z.strictObject({ name: z.string(), kind: z.enum(['fill-in', 'missing']), start: z.number().int(), end: z.number().int() })),
  /** Labels for the fill-in dialog, in the UI language (the content script carries no dictionary). */
  labels: z.strictObject({
    title: z.string(),
    ok: z.string(),
    cancel: z.string(),
    /** A human label for each blank, by name ("Lien vers la FAQ" for `faq_link`). */
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

// ── any extension page → background ──────────────────────────────────────────────────────────
export const BgPingMessage = z.strictObject({ type: z.literal('bg/ping') });
/** Store this profile reading now, replacing today's snapshot of the account (panel button). */
export const BgSnapshotProfileMessage = z.strictObject({ type: z.literal('bg/snapshot-profile'), profile: ProfileReadingSchema });
/**
 * Log the panel's actions on comments (insert, copy, escalate, resolve, correct…). The background is
 * the log's only writer: it records them all-or-nothing and replies `LogReply`. Each action is
 * strict too: a field the log does not know makes the whole message invalid.
 */
export const BgLogMessage = z.strictObject({
  type: z.literal('bg/log'),
  interactions: z.array(InteractionInputSchema.strict()).min(1).max(500),
});

export const MessageSchema = z.discriminatedUnion('type', [
  PageCommentsMessage,
  PageProfileMessage,
  ContentSnapshotMessage,
  ContentInsertMessage,
  ContentLocateMessage,
  ContentInsertAtCaretMessage,
  ContentProfileMessage,
  ContentLayoutReportMessage,
  ContentReadMoreMessage,
  BgPingMessage,
  BgSnapshotProfileMessage,
  BgLogMessage,
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

// ── replies ──────────────────────────────────────────────────────────────────────────────────
export const SnapshotReplySchema = z.object({
  comments: PageCommentListSchema,
  health: PageHealthSchema,
});
export type SnapshotReply = z.infer<typeof SnapshotReplySchema>;

/**
 * Why a reply could not go in, as a code the panel words in its own language (`reason` keeps the
 * English detail): the box could not be opened, the comment is gone, the text is too long for the
 * field, the editor refused it, or changed it and could not be put back, the draft cannot be
 * selected (Firefox's Draft.js), no field had the focus, or the user cancelled.
 */
export const InsertProblemSchema = z.enum(['no-box', 'gone', 'too-long', 'not-accepted', 'left-changed', 'cannot-select', 'no-field', 'cancelled']);
export type InsertProblem = z.infer<typeof InsertProblemSchema>;

export const InsertReplySchema = z.object({
  ok: z.boolean(),
  /**
   * How the text got in: the editor accepted it, or it was copied for a manual paste; `occupied`:
   * nothing was done, the box holds a draft (`existing`) and the panel asks what to do with it.
   */
  method: z.enum(['inserted', 'copied', 'failed', 'occupied']),
  /** Why insertion was impossible, for the panel to show. */
  reason: z.string().optional(),
  problem: InsertProblemSchema.optional(),
  /** The draft already in the box (`occupied`). */
  existing: z.string().optional(),
});
export type InsertReply = z.infer<typeof InsertReplySchema>;

export const LocateReplySchema = z.object({ ok: z.boolean(), reason: z.string().optional() });
export type LocateReply = z.infer<typeof LocateReplySchema>;

export const LayoutReportReplySchema = z.object({ report: LayoutReportSchema.optional(), reason: z.string().optional() });
export type LayoutReportReply = z.infer<typeof LayoutReportReplySchema>;

export const ReadMoreReplySchema = z.object({
  /** A control was clicked (false: none is left on the page). */
  clicked: z.boolean(),
  /** The thread grew after the click (false: it did not within the wait). */
  grew: z.boolean(),
  /** Comments read on the page now. */
  comments: z.number().int().nonnegative(),
  /** "More" controls still on the page. */
  remaining: z.number().int().nonnegative(),
});
export type ReadMoreReply = z.infer<typeof ReadMoreReplySchema>;

export const ProfileReplySchema = z.object({ profile: ProfileReadingSchema.optional() });
export type ProfileReply = z.infer<typeof ProfileReplySchema>;

export const SnapshotProfileReplySchema = z.object({ status: z.enum(['stored', 'not-watched', 'no-brand']) });
export type SnapshotProfileReply = z.infer<typeof SnapshotProfileReplySchema>;

/** What the background did with a `bg/log`: the ids of the rows logged, or why nothing was. */
export const LogReplySchema = z.discriminatedUnion('ok', [
  /** `notStored`: comments of someone forgotten on request, whose actions are not logged (that would store them again). */
  z.object({ ok: z.literal(true), ids: z.array(z.string()), notStored: z.array(z.string()).optional() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type LogReply = z.infer<typeof LogReplySchema>;

export const PingReplySchema = z.object({ ok: z.literal(true), version: z.string() });
export type PingReply = z.infer<typeof PingReplySchema>;

/** Parse an incoming message; returns undefined (and says why in `onInvalid`) when it is not ours. */
export function parseMessage(raw: unknown, onInvalid?: (reason: string) => void): Message | undefined {
  const result = MessageSchema.safeParse(raw);
  if (result.success) return result.data;
  onInvalid?.(z.prettifyError(result.error));
  return undefined;
}
