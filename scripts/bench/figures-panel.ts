/**
 * 7. Side panel: time from opening sidepanel.html (as a page following a tab, `?tabId=`) to the
 * queue showing the tab's 2,000 comments, against the same panel following a short fixture page.
 * The tab's content script has already read the page; what is timed is the panel's own start:
 * database, snapshot request, triage of every comment, React render of the (virtualised) queue.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { waitForContentScript } from '../demo/content-ready';
import type { BenchPage } from './bench-pages';
import type { BenchContext } from './context';
import { failed, judge, type Figure } from './report';
import { collectPaired, ratioSample } from './stats';

/** The first-run brand set-up, as a user does it, so the panel has a brand to work for. */
async function ensureBrand(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await context.newPage();
  try {
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const name = options.getByLabel(/Nom de la marque|Brand name/);
    // A fresh profile always opens on the first-run screen; anything else means a brand exists.
    if (await name.waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
      await name.fill('Maison Lumière');
      await options.getByRole('button', { name: /Créer la marque|Create the brand/ }).click();
      await options.getByRole('heading', { name: /Maison Lumière/ }).first().waitFor({ timeout: 10_000 });
    }
  } finally {
    await options.close();
  }
}

async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('no extension service worker');
  const id = await worker.evaluate(async (wanted) => {
    const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

/**
 * By tab: the cards in the panel's DOM at its first render (the queue's window, not the whole
 * queue), how many of them were still unclassified, and when the whole queue was sorted.
 */
const atFirstRender = new Map<number, { drawn: number; unsorted: number; sortedMs: number; suggestedMs: number }[]>();

/** ms from the panel's navigation start until its queue shows `count` comments read and a card. */
async function firstRender(context: BrowserContext, extensionId: string, tabId: number, count: number): Promise<number> {
  const panel: Page = await context.newPage();
  try {
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    const handle = await panel.waitForFunction(
      (n) => {
        const status = document.querySelector('[data-testid="page-status"]')?.textContent ?? '';
        const digits = status.replace(/[\s\u202f\u00a0,.]/g, '');
        return digits.includes(String(n)) && document.querySelector('article.comment') ? performance.now() : false;
      },
      count,
      { timeout: 60_000, polling: 'raf' },
    );
    const ms = (await handle.jsonValue()) as number;
    const cards = await panel.evaluate(() => ({
      drawn: document.querySelectorAll('article.comment').length,
      unsorted: document.querySelectorAll('article.comment .flag--sorting').length,
    }));
    // Not timed, and watched together: when the rest of the queue is classified too (the "sorting"
    // line gone), and when the selected card's suggestions are shown (the learned layer's weights
    // load after the first paint; without templates, the line saying none fits).
    const when = (test: string) =>
      panel
        .waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : false), test, { timeout: 30_000, polling: 'raf' })
        .then(async (h) => (await h.jsonValue()) as number);
    const [sorted, suggested] = await Promise.all([
      panel
        .waitForFunction(() => (document.querySelector('.hint--sorting') ? false : performance.now()), undefined, { timeout: 30_000, polling: 'raf' })
        .then(async (h) => (await h.jsonValue()) as number),
      when('.workbench .suggestions .suggestion, .workbench__title + p.hint:not([aria-busy])'),
    ]);
    atFirstRender.set(tabId, [...(atFirstRender.get(tabId) ?? []), { ...cards, sortedMs: sorted, suggestedMs: suggested }]);
    return ms;
  } finally {
    await panel.close();
  }
}

function panelNote(runs: readonly { drawn: number; unsorted: number; sortedMs: number; suggestedMs: number }[], comments: number): string {
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const median = middle(runs.map((r) => r.sortedMs));
  return (
    `from sidepanel.html navigation start to the status line counting every comment with a card drawn (polled each frame); ` +
    `cards in the DOM then: ${Math.max(0, ...runs.map((r) => r.drawn))} of ${comments.toLocaleString('en-US')}, ` +
    `at most ${Math.max(0, ...runs.map((r) => r.unsorted))} of them not classified yet; the whole queue sorted (no "sorting" line) at ${Math.round(median)} ms, ` +
    `the selected card's suggestions shown at ${Math.round(middle(runs.map((r) => r.suggestedMs)))} ms (medians, not timed against the target)`
  );
}

export async function panelFigures(
  ctx: BenchContext,
  context: BrowserContext,
  extensionId: string,
  bench: BenchPage,
  small: { url: string; comments: number },
): Promise<Figure[]> {
  const key = `panel.firstRender.${bench.site}`;
  const label = `side panel: first render of ${bench.comments.toLocaleString('en-US')} comments (${bench.site} tab)`;
  const pages: Page[] = [];
  try {
    await ensureBrand(context, extensionId);
    const open = async (url: string) => {
      const page = await context.newPage();
      pages.push(page);
      await page.goto(url, { waitUntil: 'load' });
      await waitForContentScript(context.serviceWorkers()[0]!, page, bench.site, 30_000);
      return tabIdOf(context, page.url());
    };
    const bigTab = await open(bench.url);
    const smallTab = await open(small.url);
    ctx.log('side panel: first render…');
    const samples = await collectPaired(
      async (run) => {
        const big = () => firstRender(context, extensionId, bigTab, bench.comments);
        const little = () => firstRender(context, extensionId, smallTab, small.comments);
        if (run % 2 === 0) return { big: await big(), small: await little() };
        const s = await little();
        return { small: s, big: await big() };
      },
      { warmup: ctx.runs.warmup, runs: Math.max(3, ctx.runs.runs - 2) },
    );
    return [
      judge({
        key,
        section: '7 Side panel',
        label,
        unit: 'ms',
        value: samples.big,
        baseline: { label: `${small.comments}-comment page`, value: samples.small },
        ratio: ratioSample(samples.big, samples.small),
        target: { on: 'ratio', op: '<=', limit: 1.5, text: '≤ 1.5× 6-comment page' },
        note: panelNote(atFirstRender.get(bigTab) ?? [], bench.comments),
      }),
    ];
  } catch (error) {
    return [failed(key, '7 Side panel', label, error)];
  } finally {
    for (const page of pages) await page.close();
  }
}
