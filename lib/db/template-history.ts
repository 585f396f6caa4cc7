import type { TemplateChoice } from '../templates/history';
import type { RiposteDB } from './database';

/** How many past answered comments the suggestions learn from (the latest drafts). */
export const HISTORY_LIMIT = 2000;

/**
 * The brand's past choices for `prepareHistory`: the template of the latest draft inserted or
 * copied for each comment (the log's `inserted` / `copied` rows), with that comment's text, the
 * suggestions passed over for it and whether the reply was edited first, newest first. Reads the log rows that name a
 * template and the comments by id only, so a live query over it reruns when a draft is logged, not whenever a page is read. Read-only; a
 * comment no longer stored is skipped.
 */
export async function templateChoices(db: RiposteDB, brandId: string, limit = HISTORY_LIMIT): Promise<TemplateChoice[]> {
  // The templateId index lists only rows that name a template (most rows, `seen` ones first, do not).
  const rows = await db.interactions.orderBy('templateId').toArray();
  const latest = new Map<string, { templateId: string; at: string; passedOver: readonly string[] | undefined; edited: boolean }>();
  for (const row of rows) {
    if (row.brandId !== brandId || typeof row.templateId !== 'string' || (row.kind !== 'inserted' && row.kind !== 'copied')) continue;
    const seen = latest.get(row.commentId);
    if (!seen || seen.at < row.at) latest.set(row.commentId, { templateId: row.templateId, at: row.at, passedOver: row.passedOver, edited: row.edited === true });
  }
  const ordered = [...latest].sort(([, a], [, b]) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
  const comments = await db.comments.bulkGet(ordered.map(([id]) => id));
  const choices: TemplateChoice[] = [];
  ordered.forEach(([, { templateId, passedOver, edited }], i) => {
    const text = comments[i]?.text;
    if (typeof text !== 'string' || text.trim() === '') return;
    choices.push({ text, chosen: templateId, ...(passedOver && passedOver.length > 0 ? { passedOver: [...passedOver] } : {}), ...(edited ? { edited } : {}) });
  });
  return choices;
}
