import type { MessageOf } from '../messaging/protocol';

/** The messages a content script answers. */
export type ContentMessage = MessageOf<'content/snapshot' | 'content/insert' | 'content/locate' | 'content/insert-at-caret' | 'content/profile'>;

const isString = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/**
 * A zod-free mirror of the protocol's `content/*` messages, so the content scripts need not bundle
 * zod (see lib/sites/comment-check.ts). tests/content/messages.test.ts checks it agrees with
 * `MessageSchema`. Anything else, or anything malformed, is undefined: not ours to answer.
 */
export function parseContentMessage(raw: unknown): ContentMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'content/snapshot':
      return { type: 'content/snapshot' };
    case 'content/profile':
      return { type: 'content/profile' };
    case 'content/insert':
      if (!isString(m.text) || m.text.length === 0 || (m.commentId !== undefined && !isString(m.commentId))) return undefined;
      return { type: 'content/insert', text: m.text, ...(m.commentId !== undefined ? { commentId: m.commentId } : {}) };
    case 'content/locate':
      return isString(m.commentId) ? { type: 'content/locate', commentId: m.commentId } : undefined;
    case 'content/insert-at-caret': {
      const labels = m.labels as Record<string, unknown> | null | undefined;
      const gapsOk =
        Array.isArray(m.gaps) &&
        m.gaps.every((g: unknown) => {
          const gap = g as Record<string, unknown> | null;
          return typeof gap === 'object' && gap !== null && isString(gap.name) && (gap.kind === 'fill-in' || gap.kind === 'missing') && isInt(gap.start) && isInt(gap.end);
        });
      const fields = labels?.fields as Record<string, unknown> | null | undefined;
      const fieldsOk = fields === undefined || (typeof fields === 'object' && fields !== null && !Array.isArray(fields) && Object.values(fields).every(isString));
      const labelsOk = typeof labels === 'object' && labels !== null && isString(labels.title) && isString(labels.ok) && isString(labels.cancel) && fieldsOk;
      if (!isString(m.text) || m.text.length === 0 || !gapsOk || !labelsOk) return undefined;
      return raw as ContentMessage;
    }
    default:
      return undefined;
  }
}
