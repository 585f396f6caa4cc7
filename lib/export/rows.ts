import type { CommentStatus, Interaction, Sentiment } from '../schema/interaction';

/**
 * One exported line: a log row joined with what the log knows of its comment now. The comment
 * fields are absent when the comment row is gone (purged while its log rows were not).
 */
export interface ExportRow extends Interaction {
  commentText?: string;
  authorName?: string;
  authorHandle?: string;
  permalink?: string;
  /** The comment's current status (not the status right after this action). */
  commentStatus?: CommentStatus;
  /** The comment's current labels and sentiment, corrections included. */
  commentLabels?: string[];
  commentSentiment?: Sentiment;
}

/** Between a row's labels in one cell. */
export const LABEL_SEPARATOR = ' | ';

/** Labels for a row: the comment's current ones, else the row's own snapshot. */
export function effectiveLabels(row: ExportRow): string[] {
  return row.commentLabels ?? row.labels ?? [];
}
