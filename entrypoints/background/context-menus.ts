import { liveQuery } from 'dexie';
import { browser, type Browser } from 'wxt/browser';
import { listTemplates, recordTemplateUse } from '@/lib/db/templates';
import { getSettings } from '@/lib/db/settings';
import { InsertReplySchema } from '@/lib/messaging/protocol';
import { CONTENT_MATCHES } from '@/lib/sites/hosts';
import { platformOfUrl } from '@/lib/sites/hosts';
import { TEMPLATE_CATEGORIES, type TemplateCategory } from '@/lib/schema/template';
import { buildTemplateMenu, flattenMenu, MENU_ROOT_ID, newTemplateHash, parseMenuItemId, selectionDraft } from '@/lib/templates/menu';
import { renderTemplate } from '@/lib/templates/render';
import { caretInsertMessage } from '@/lib/templates/blanks';
import { activeContext, database } from './db';
import { backgroundTranslator } from './language';

export { MENU_ROOT_ID };
const SET_UP_ID = 'riposte:set-up';

/** Only where Riposte can insert: the four sites (the content script does the inserting). */
const DOCUMENT_URL_PATTERNS = Object.values(CONTENT_MATCHES).flat();

let rebuilding: Promise<void> = Promise.resolve();

/**
 * (Re)builds the whole menu from the database: "Riposte ▸ category ▸ template" for the active
 * brand. removeAll first, so it is idempotent (no "duplicate id") and nothing stale lingers.
 * Calls are chained: two rebuilds never interleave their create calls.
 */
export function rebuildContextMenus(): Promise<void> {
  rebuilding = rebuilding.then(buildMenus, buildMenus);
  return rebuilding;
}

async function buildMenus(): Promise<void> {
  const { db, settings, brand } = await activeContext();
  const t = backgroundTranslator(settings);
  await browser.contextMenus.removeAll();
  const create = (item: Browser.contextMenus.CreateProperties) =>
    browser.contextMenus.create({ ...item, documentUrlPatterns: DOCUMENT_URL_PATTERNS });
  if (!brand) {
    create({ id: MENU_ROOT_ID, title: t('app.name'), contexts: ['editable', 'selection'] });
    create({ id: SET_UP_ID, parentId: MENU_ROOT_ID, title: t('panel.setUpBrand'), contexts: ['editable', 'selection'] });
    return;
  }
  const categoryTitles = Object.fromEntries(TEMPLATE_CATEGORIES.map((c) => [c, t(`category.${c}`)])) as Record<TemplateCategory, string>;
  const tree = buildTemplateMenu(await listTemplates(db, brand.id), brand.id, {
    rootTitle: t('app.name'),
    categoryTitles,
    saveSelectionTitle: t('menu.saveSelection'),
    moreTitle: t('menu.more'),
    // The brand's reply language fills the categories; the other language's templates wait one level down.
    language: brand.language,
    otherLanguageTitle: t(brand.language === 'fr' ? 'menu.templatesIn.en' : 'menu.templatesIn.fr'),
  });
  for (const item of flattenMenu(tree)) {
    create({ ...item, contexts: item.contexts as Browser.contextMenus.CreateProperties['contexts'] });
  }
}

/** Follows template and settings changes made in any page, so the menu needs no restart. */
export function watchMenuSources(): void {
  void database().then((db) => {
    let first = true;
    liveQuery(async () => {
      const settings = await getSettings(db);
      const templates = settings.activeBrandId ? await listTemplates(db, settings.activeBrandId) : [];
      return `${settings.activeBrandId}|${settings.uiLanguage}|${templates.map((t) => `${t.id}:${t.updatedAt}:${t.usageCount}`).join(',')}`;
    }).subscribe({
      next: () => {
        // The first value is the state at start-up, already built by onInstalled/onStartup.
        if (first) {
          first = false;
          return;
        }
        void rebuildContextMenus();
      },
      error: (error: unknown) => console.error('[riposte] menu watcher stopped', error),
    });
  });
}

/**
 * A menu click: insert a template at the caret, open the template editor on the selection, or open
 * the set-up.
 */
export async function onMenuClicked(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId === SET_UP_ID) {
    await browser.runtime.openOptionsPage();
    return;
  }
  const action = parseMenuItemId(info.menuItemId);
  if (!action) return;
  const { db, settings, brand } = await activeContext();
  if (!brand) return;
  const t = backgroundTranslator(settings);

  if (action.kind === 'save-selection') {
    // Nothing is saved yet: the options page's editor opens on the text, for a title and a category
    // (and {{first_name}} in place of the name it greets). The text travels in the page's address,
    // which an extension may open without any permission.
    const draft = selectionDraft(info.selectionText ?? '', brand);
    if (!draft.ok) {
      await flashBadge(tab?.id, '!');
      return;
    }
    await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}${newTemplateHash(draft)}` });
    return;
  }
  if (action.kind === 'more') {
    // The panel has the search box over every template.
    if (tab?.windowId !== undefined && import.meta.env.BROWSER !== 'firefox') await browser.sidePanel.open({ windowId: tab.windowId });
    return;
  }
  const template = (await listTemplates(db, brand.id)).find((tpl) => tpl.id === action.templateId);
  if (!template || tab?.id === undefined) return;
  const platform = tab.url ? platformOfUrl(tab.url) : undefined;
  const rendered = renderTemplate(template, {
    brand,
    agentName: settings.agentName,
    now: new Date(),
    ...(platform ? { platform } : {}),
  });
  // Every blank (a fill-in, or a brand variable with no value) is asked for, under a human label.
  const reply = InsertReplySchema.parse(await browser.tabs.sendMessage(tab.id, caretInsertMessage(rendered, t), { frameId: info.frameId ?? 0 }));
  if (reply.method !== 'failed') await recordTemplateUse(db, template.id, new Date());
}

/** A short confirmation on the toolbar button: no notification permission needed. */
async function flashBadge(tabId: number | undefined, text: string): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ text, ...(tabId !== undefined ? { tabId } : {}) });
  setTimeout(() => void action.setBadgeText({ text: '', ...(tabId !== undefined ? { tabId } : {}) }), 2500);
}
