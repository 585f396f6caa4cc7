import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { onMenuClicked } from '@/entrypoints/background/context-menus';
import { database } from '@/entrypoints/background/db';
import { saveBrand } from '@/lib/db/brands';
import { updateSettings } from '@/lib/db/settings';
import { listTemplates, saveTemplate } from '@/lib/db/templates';
import { parseMessage } from '@/lib/messaging/protocol';
import { parseNewTemplateHash } from '@/lib/templates/menu';
import { makeTemplate } from '../templates/fixtures';

/**
 * The background half of the right-click menu, which no browser lets a test click (Chromium's e2e
 * dispatches onClicked; Firefox cannot): a click renders the template for the tab's site and asks
 * the content script to insert it at the caret, every blank named for the fill-in dialog; "save
 * selection" opens the template editor on the text. The content-script half runs in the e2e suites of both browsers.
 */

const STAMP = '2026-11-23T09:00:00.000Z';
let run = 0;

async function freshBrand(): Promise<string> {
  const db = await database();
  const id = `menu-brand-${++run}`;
  await saveBrand(db, { id, name: 'Maison Lumière', ownAccounts: [{ platform: 'x', handle: 'maisonlumiere' }], createdAt: STAMP, updatedAt: STAMP });
  await updateSettings(db, { activeBrandId: id, onboarded: true, uiLanguage: 'fr' });
  return id;
}

const tab = { id: 7, windowId: 1, url: 'https://x.com/maisonlumiere/status/1', index: 0, highlighted: true, active: true, pinned: false, incognito: false } as const;

describe('the right-click menu (background)', () => {
  beforeEach(() => {
    // The browser's own language: the fake browser has none.
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
  });

  it('asks the content script to insert the rendered template at the caret, naming every blank, and counts the use once', async () => {
    const brandId = await freshBrand();
    const db = await database();
    const template = makeTemplate({ brandId, id: `faq-${run}`, title: 'FAQ', body: 'Bonjour, tout est dans notre FAQ : {{faq_link}} — {{answer?}}', category: 'question' });
    await saveTemplate(db, template);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: true, method: 'inserted' } as never);

    await onMenuClicked({ menuItemId: `riposte:tpl:${template.id}`, editable: true, frameId: 0 } as never, tab as never);

    expect(send).toHaveBeenCalledOnce();
    const [tabId, raw, options] = send.mock.calls[0]!;
    expect(tabId).toBe(7);
    expect(options).toEqual({ frameId: 0 });
    // A message the content script accepts as is: the protocol's own parser says so.
    const message = parseMessage(raw);
    expect(message?.type).toBe('content/insert-at-caret');
    if (message?.type !== 'content/insert-at-caret') return;
    expect(message.text.startsWith('Bonjour, tout est dans notre FAQ : ')).toBe(true);
    // The missing brand link and the fill-in are both asked for, under labels a person reads.
    expect(message.gaps.map((g) => g.name).sort()).toEqual(['answer', 'faq_link']);
    for (const gap of message.gaps) expect(message.text.slice(gap.start, gap.end)).toMatch(/^\[.+\]$/u);
    const labels = Object.values(message.labels.fields ?? {});
    expect(labels).toHaveLength(2);
    for (const label of labels) expect(label).not.toMatch(/^(answer|faq_link)$/u);
    const stored = (await listTemplates(db, brandId)).find((t) => t.id === template.id);
    expect(stored?.usageCount).toBe(1);
  });

  it('does not count a use when the insertion failed', async () => {
    const brandId = await freshBrand();
    const db = await database();
    const template = makeTemplate({ brandId, id: `thanks-${run}`, body: 'Merci !', category: 'praise' });
    await saveTemplate(db, template);
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: false, method: 'failed', reason: 'cancelled' } as never);
    await onMenuClicked({ menuItemId: `riposte:tpl:${template.id}`, editable: true, frameId: 0 } as never, tab as never);
    expect((await listTemplates(db, brandId)).find((t) => t.id === template.id)?.usageCount ?? 0).toBe(0);
  });

  it('opens the template editor on the selected text instead of saving it at once', async () => {
    const brandId = await freshBrand();
    const db = await database();
    const before = (await listTemplates(db, brandId)).length;
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const text = `Bonjour Marc,\r\nmerci pour votre patience, votre colis part demain matin. (${run})  `;
    await onMenuClicked({ menuItemId: 'riposte:save-selection', selectionText: text, editable: false, frameId: 0 } as never, tab as never);

    expect(create).toHaveBeenCalledOnce();
    const url = new URL(create.mock.calls[0]![0].url!);
    expect(url.href.startsWith(browser.runtime.getURL('/options.html'))).toBe(true);
    expect(parseNewTemplateHash(url.hash)).toEqual({ body: `Bonjour Marc,\nmerci pour votre patience, votre colis part demain matin. (${run})`, language: 'fr' });
    // Nothing saved until the community manager names it.
    expect(await listTemplates(db, brandId)).toHaveLength(before);
  });

  it('opens nothing for an empty or too long selection, and says so on the toolbar button', async () => {
    await freshBrand();
    const badge = vi.fn(async () => undefined);
    (browser as unknown as { action: { setBadgeText: typeof badge } }).action = { setBadgeText: badge };
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    for (const selectionText of [' \n ', 'a'.repeat(5001)]) {
      await onMenuClicked({ menuItemId: 'riposte:save-selection', selectionText, editable: false, frameId: 0 } as never, tab as never);
    }
    expect(create).not.toHaveBeenCalled();
    expect(badge).toHaveBeenCalledWith({ text: '!', tabId: 7 });
  });

  it('ignores an item it does not know or a template that is gone', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage');
    await freshBrand();
    await onMenuClicked({ menuItemId: 'riposte:tpl:does-not-exist', editable: true, frameId: 0 } as never, tab as never);
    await onMenuClicked({ menuItemId: 'something-else', editable: true, frameId: 0 } as never, tab as never);
    expect(send).not.toHaveBeenCalled();
  });
});
