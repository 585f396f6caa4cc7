import { describe, expect, it } from 'vitest';
import { runSiteContentScript, type ContentRuntime } from '@/lib/content/entry';
import { SnapshotReplySchema } from '@/lib/messaging/protocol';
import { ADAPTERS } from '@/lib/sites/registry';
import { PAGES, pageUrl } from '../sites/expectations';
import { loadFixture, setPageUrl } from '../sites/load-fixture';

/** A runtime whose background answers every message, as the real one does once it is up. */
function fakeRuntime(): ContentRuntime & { ask(message: unknown): Promise<unknown> | undefined } {
  const listeners: Array<(message: unknown) => Promise<unknown> | undefined> = [];
  return {
    sendMessage: (message) => Promise.resolve((message as { type?: string }).type === 'bg/ping' ? { ok: true, version: '0.1.0' } : undefined),
    onMessage: {
      addListener: (l) => void listeners.push(l),
      removeListener: (l) => void listeners.splice(listeners.indexOf(l), 1),
    },
    ask: (message) => listeners[0]?.(message),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the content script leaves nothing a page can read (issue 19)', () => {
  for (const page of PAGES.filter((p) => p.kind === 'post')) {
    it(`${page.file}: no attribute, element or global is added; the extension can still ask whether it runs`, async () => {
      loadFixture(page.file);
      setPageUrl(pageUrl(page));
      const before = document.documentElement.outerHTML;
      const globals = new Set(Object.keys(window));
      const runtime = fakeRuntime();
      let stop: (() => void) | undefined;
      runSiteContentScript(ADAPTERS[page.site], runtime, (s) => (stop = s));
      try {
        await settle();
        expect(Array.from(document.documentElement.attributes).map((a) => a.name).filter((n) => n.startsWith('data-riposte'))).toEqual([]);
        expect(document.documentElement.outerHTML).toBe(before);
        expect(Object.keys(window).filter((k) => !globals.has(k) && /riposte/iu.test(k))).toEqual([]);
        // What the e2e tests ask instead, through the extension (scripts/demo/content-ready.ts).
        const reply = SnapshotReplySchema.parse(await runtime.ask({ type: 'content/snapshot' }));
        expect(reply.health.platform).toBe(page.site);
      } finally {
        stop?.();
      }
    });
  }
});
