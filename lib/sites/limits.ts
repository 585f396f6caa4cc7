import type { CommentInput } from '../schema/comment';

/**
 * Caps on strings read from a page. No site lets a person write more than this (Facebook comments
 * stop at 8,000 characters, X long posts at 25,000, names at a few dozen), so anything longer is a
 * hostile or broken page: it is cut here, once, before it reaches the log, the panel or a template,
 * and the comment says it was cut (`truncated`) and how long its text was (`textLength`).
 */
export const PAGE_TEXT_LIMITS = {
  text: 25_000,
  name: 200,
  handle: 200,
  headline: 500,
  label: 500,
  statedDate: 100,
} as const;

/** `text` cut to `max` UTF-16 units at a character boundary, with "…" when cut. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if ((text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--; // never half an emoji
  return `${text.slice(0, end)}…`;
}

/** The comment with every page-sourced string within `PAGE_TEXT_LIMITS` (the same object when nothing is over). */
export function capComment(raw: CommentInput): CommentInput {
  const { author, text, attachment, statedDate } = raw;
  const over =
    text.length > PAGE_TEXT_LIMITS.text ||
    author.name.length > PAGE_TEXT_LIMITS.name ||
    (author.handle?.length ?? 0) > PAGE_TEXT_LIMITS.handle ||
    (author.headline?.length ?? 0) > PAGE_TEXT_LIMITS.headline ||
    (attachment?.label?.length ?? 0) > PAGE_TEXT_LIMITS.label ||
    (statedDate?.text.length ?? 0) > PAGE_TEXT_LIMITS.statedDate;
  if (!over) return raw;
  const cutText = text.length > PAGE_TEXT_LIMITS.text;
  return {
    ...raw,
    author: {
      ...author,
      name: clipText(author.name, PAGE_TEXT_LIMITS.name),
      ...(author.handle !== undefined ? { handle: clipText(author.handle, PAGE_TEXT_LIMITS.handle) } : {}),
      ...(author.headline !== undefined ? { headline: clipText(author.headline, PAGE_TEXT_LIMITS.headline) } : {}),
    },
    text: clipText(text, PAGE_TEXT_LIMITS.text),
    ...(cutText ? { truncated: true, textLength: text.length } : {}),
    ...(attachment ? { attachment: { ...attachment, ...(attachment.label !== undefined ? { label: clipText(attachment.label, PAGE_TEXT_LIMITS.label) } : {}) } } : {}),
    ...(statedDate ? { statedDate: { ...statedDate, text: clipText(statedDate.text, PAGE_TEXT_LIMITS.statedDate) } } : {}),
  };
}
