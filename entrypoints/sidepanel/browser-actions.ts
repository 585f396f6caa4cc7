import { browser } from 'wxt/browser';
import type { PanelActions } from '@/components/panel/actions';
import { copyText as copyWith } from '@/lib/content/clipboard';
import {
  InsertReplySchema,
  LayoutReportReplySchema,
  LocateReplySchema,
  LogReplySchema,
  ReadMoreReplySchema,
  ProfileReplySchema,
  SnapshotProfileReplySchema,
  type BgLogMessage,
  type ContentInsertMessage,
} from '@/lib/messaging/protocol';
import type { z } from 'zod';

/** Copies for a manual paste: the async Clipboard API, else the hidden-textarea fallback (lib/content/clipboard.ts). */
export const copyText = (text: string): Promise<boolean> => copyWith(text, document, window);

/** The panel's actions on the tab it follows: messages to that tab's content script. */
export function browserPanelActions(tabId: () => number | undefined): PanelActions {
  return {
    async insert(commentId, text, mode) {
      const id = tabId();
      const message: z.input<typeof ContentInsertMessage> = { type: 'content/insert', text, ...(commentId ? { commentId } : {}), ...(mode ? { mode } : {}) };
      try {
        if (id === undefined) throw new Error('no tab');
        return InsertReplySchema.parse(await browser.tabs.sendMessage(id, message));
      } catch (error) {
        // The page cannot be reached (reloaded, closed, not a supported site): the text is not lost.
        const copied = await copyText(text);
        const reason = error instanceof Error ? error.message : String(error);
        return copied ? { ok: false, method: 'copied', reason } : { ok: false, method: 'failed', reason };
      }
    },
    async locate(commentId) {
      const id = tabId();
      if (id === undefined) return { ok: false, reason: 'no tab' };
      try {
        return LocateReplySchema.parse(await browser.tabs.sendMessage(id, { type: 'content/locate', commentId }));
      } catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : String(error) };
      }
    },
    async snapshotProfile() {
      const id = tabId();
      if (id === undefined) return 'no-profile';
      try {
        const { profile } = ProfileReplySchema.parse(await browser.tabs.sendMessage(id, { type: 'content/profile' }));
        if (!profile) return 'no-profile';
        const { status } = SnapshotProfileReplySchema.parse(await browser.runtime.sendMessage({ type: 'bg/snapshot-profile', profile }));
        return status;
      } catch (error) {
        console.warn('[riposte] snapshot failed', error);
        return 'failed';
      }
    },
    async layoutReport() {
      const id = tabId();
      if (id === undefined) throw new Error('no tab');
      const { report, reason } = LayoutReportReplySchema.parse(await browser.tabs.sendMessage(id, { type: 'content/layout-report' }));
      if (!report) throw new Error(reason ?? 'no report');
      return report;
    },
    async readMore() {
      const id = tabId();
      if (id === undefined) throw new Error('no tab');
      return ReadMoreReplySchema.parse(await browser.tabs.sendMessage(id, { type: 'content/read-more' }));
    },
    async log(inputs) {
      const message: z.input<typeof BgLogMessage> = { type: 'bg/log', interactions: [...inputs] };
      const parsed = LogReplySchema.safeParse(await browser.runtime.sendMessage(message));
      // No answer (the background failed to start): nothing was logged, say so rather than a parse error.
      if (!parsed.success) throw new Error('the background did not answer: nothing was logged');
      if (!parsed.data.ok) throw new Error(parsed.data.error);
      return { notStored: parsed.data.notStored ?? [] };
    },
    copy: copyText,
    openUrl(url) {
      const link = document.createElement('a');
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener';
      link.click();
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
  };
}
