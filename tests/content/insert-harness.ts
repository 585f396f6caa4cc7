import { afterEach, vi } from 'vitest';
import { insertReply, type InsertMode } from '@/lib/content/insert';
import type { Platform } from '@/lib/schema/platform';
import { ADAPTERS, findCommentElement } from '@/lib/sites';
import { PAGES, pageUrl } from '../sites/expectations';
import { fixtureGlobal, loadFixtureWithEditors } from '../sites/load-fixture';
import { installExecCommand } from './exec-command';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

/**
 * A site fixture with its real editors, and the panel's insertion into it (the clipboard faked):
 * `insert(commentId, text, mode)` as the content script runs it for the side panel.
 */
export async function openForInsertion(file: string, options: { execCommand?: boolean } = {}) {
  const page = PAGES.find((p) => p.file === file)!;
  await loadFixtureWithEditors(file);
  if (options.execCommand) uninstall = installExecCommand(document);
  const url = pageUrl(page);
  const adapter = ADAPTERS[page.site as Platform];
  const copy = vi.fn(async () => true);
  const insert = (commentId: string | undefined, text: string, mode?: InsertMode) =>
    insertReply({
      adapter,
      document,
      window,
      commentEl: commentId ? findCommentElement(document, url, commentId) : undefined,
      text,
      copy,
      openTimeoutMs: 300,
      verifyTimeoutMs: 200,
      ...(mode ? { mode } : {}),
    });
  return { adapter, url, copy, insert };
}

/** The editor's own state (the fixture's model), which only changes through the editor's channels. */
export function editorState(box: Element) {
  const state = fixtureGlobal().stateOf(box);
  if (!state) throw new Error('not an editor of the fixture');
  return state;
}
