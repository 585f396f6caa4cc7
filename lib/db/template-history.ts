import type { TemplateChoice } from '../templates/history';
import type { RiposteDB } from './database';

/** How many past answered comments the suggestions learn from (the most recently seen). */
export const HISTORY_LIMIT = 2000;

/**
 * The brand's past choices for `prepareHistory`: each logged comment of the brand with the template
 * last put in its reply box, read from the comment rows (their text and `lastTemplateId`), newest
 * first. Read-only; a row without text or template is skipped.
 */
export async function templateChoices(db: RiposteDB, brandId: string, limit = HISTORY_LIMIT): Promise<TemplateChoice[]> {
  const rows = await db.comments.where('brandId').equals(brandId).toArray();
  const choices: Array<TemplateChoice & { at: string }> = [];
  for (const row of rows) {
    if (typeof row.lastTemplateId !== 'string' || typeof row.text !== 'string' || row.text.trim() === '') continue;
    choices.push({ text: row.text, chosen: row.lastTemplateId, at: row.lastSeenAt });
  }
  choices.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return choices.slice(0, limit).map(({ text, chosen }) => ({ text, chosen }));
}
