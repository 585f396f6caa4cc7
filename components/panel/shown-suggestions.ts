import { passedOverIds } from '@/lib/templates/history';

/**
 * The suggestions last shown for each comment (template ids, best first), so that inserting or
 * copying a reply can log the ones passed over, whichever way it was put in (a suggestion's button,
 * the 1–3 keys, the editor). Kept for the panel's lifetime, the oldest dropped past a bound.
 */
const shown = new Map<string, readonly string[]>();
const MAX_COMMENTS = 500;

export function rememberShown(commentId: string, templateIds: readonly string[]): void {
  shown.delete(commentId);
  shown.set(commentId, templateIds);
  if (shown.size > MAX_COMMENTS) {
    const oldest = shown.keys().next().value;
    if (oldest !== undefined) shown.delete(oldest);
  }
}

/** The suggestions shown above `templateId` for the comment, or all of them if it was not shown; `undefined` when none. */
export function passedOverFor(commentId: string, templateId: string | undefined): string[] | undefined {
  const ids = templateId === undefined ? undefined : shown.get(commentId);
  if (!ids || templateId === undefined) return undefined;
  const passed = passedOverIds(ids, templateId);
  return passed.length > 0 ? passed : undefined;
}
