import type { MessageOf } from '../messaging/protocol';

/** The messages a content script answers. */
export type ContentMessage = MessageOf<
  'content/snapshot' | 'content/insert' | 'content/locate' | 'content/insert-at-caret' | 'content/profile' | 'content/layout-report' | 'content/read-more'
>;

const isString = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
/** True when every own key of `o` is one of `keys`: the protocol's objects are strict. */
const onlyKeys = (o: object, keys: readonly string[]): boolean => Object.keys(o).every((key) => keys.includes(key));

/**
 * A zod-free mirror of the protocol's `content/*` messages, so the content scripts need not bundle
 * zod (see lib/sites/comment-check.ts). tests/content/messages.test.ts checks it agrees with
 * `MessageSchema`. Anything else, or anything malformed (an unknown key included, as the schemas
 * are strict), is undefined: not ours to answer.
 */
export function parseContentMessage(raw: unknown): ContentMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'content/snapshot':
      return onlyKeys(m, ['type']) ? { type: 'content/snapshot' } : undefined;
    case 'content/profile':
      return onlyKeys(m, ['type']) ? { type: 'content/profile' } : undefined;
    case 'content/layout-report':
      return onlyKeys(m, ['type']) ? { type: 'content/layout-report' } : undefined;
    case 'content/read-more':
      return onlyKeys(m, ['type']) ? { type: 'content/read-more' } : undefined;
    case 'content/insert':
      if (!onlyKeys(m, ['type', 'text', 'commentId', 'mode'])) return undefined;
      if (!isString(m.text) || m.text.length === 0 || (m.commentId !== undefined && !isString(m.commentId))) return undefined;
      if (m.mode !== undefined && m.mode !== 'ask' && m.mode !== 'replace' && m.mode !== 'append') return undefined;
      return { type: 'content/insert', text: m.text, ...(m.commentId !== undefined ? { commentId: m.commentId } : {}), ...(m.mode !== undefined ? { mode: m.mode } : {}) };
    case 'content/locate':
      return onlyKeys(m, ['type', 'commentId']) && isString(m.commentId) ? { type: 'content/locate', commentId: m.commentId } : undefined;
    case 'content/insert-at-caret': {
      const labels = m.labels as Record<string, unknown> | null | undefined;
      const gapsOk =
        Array.isArray(m.gaps) &&
        m.gaps.every((g: unknown) => {
          const gap = g as Record<string, unknown> | null;
          return typeof gap === 'object' && gap !== null && onlyKeys(gap, ['name', 'kind', 'start', 'end']) && isString(gap.name) && (gap.kind === 'fill-in' || gap.kind === 'missing') && isInt(gap.start) && isInt(gap.end);
        });
      const fields = labels?.fields as Record<string, unknown> | null | undefined;
      const fieldsOk = fields === undefined || (typeof fields === 'object' && fields !== null && !Array.isArray(fields) && Object.values(fields).every(isString));
      const labelsOk = typeof labels === 'object' && labels !== null && onlyKeys(labels, ['title', 'ok', 'cancel', 'fields']) && isString(labels.title) && isString(labels.ok) && isString(labels.cancel) && fieldsOk;
      if (!onlyKeys(m, ['type', 'text', 'gaps', 'labels'])) return undefined;
      if (!isString(m.text) || m.text.length === 0 || !gapsOk || !labelsOk) return undefined;
      return raw as ContentMessage;
    }
    default:
      return undefined;
  }
}
