import type { Brand } from '../schema/brand';
import type { Language } from '../schema/platform';
import { TEMPLATE_CATEGORIES, type Template, type TemplateCategory } from '../schema/template';
import { guessLanguage } from './text';

/**
 * The right-click menu as data: "Riposte ▸ category ▸ template", plus "Save selection as template".
 * The background turns it into browser.contextMenus items; keeping it pure lets it be tested and
 * rebuilt from the database after the service worker restarts.
 */

export const MENU_ROOT_ID = 'riposte:root';
export const MENU_SAVE_SELECTION_ID = 'riposte:save-selection';
const TEMPLATE_PREFIX = 'riposte:tpl:';
const CATEGORY_PREFIX = 'riposte:cat:';
const MORE_PREFIX = 'riposte:more:';
const LANGUAGE_PREFIX = 'riposte:lang:';

export type MenuContext = 'editable' | 'selection';

export interface MenuNode {
  id: string;
  title: string;
  contexts: MenuContext[];
  children?: MenuNode[];
}

/** A flat item, parent first, ready for `contextMenus.create`. */
export interface MenuItem {
  id: string;
  parentId?: string;
  title: string;
  contexts: MenuContext[];
}

export interface MenuOptions {
  /** Root title, "Riposte". */
  rootTitle: string;
  /** Localised category titles ("Réclamations", "Questions"…). */
  categoryTitles: Record<TemplateCategory, string>;
  /** "Enregistrer la sélection comme modèle" / "Save selection as template". */
  saveSelectionTitle: string;
  /** "Plus de modèles dans le panneau…"; shown when a category has more than `maxPerCategory`. */
  moreTitle?: string;
  /** Items per category submenu before "more"; menus longer than this are hard to scan. */
  maxPerCategory?: number;
  /**
   * The brand's reply language: its templates fill the categories, and the other language's go
   * under one submenu titled `otherLanguageTitle` ("Modèles en anglais"), so a category never mixes
   * French and English. Without it, a mixed category tags each title with its language.
   */
  language?: Language;
  otherLanguageTitle?: string;
}

export const DEFAULT_MAX_PER_CATEGORY = 8;
/** Menu titles longer than this are cut: Chrome and Firefox menus do not wrap. */
const MAX_TITLE_LENGTH = 60;

/** Firefox (and Chrome on some OSes) read "&" as an access-key marker; "&&" is a literal "&". */
function menuTitle(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const cut = oneLine.length > MAX_TITLE_LENGTH ? `${oneLine.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…` : oneLine;
  return cut.replace(/&/g, '&&');
}

/** Most used first, then most recently used, then by title. */
function byUse(a: Template, b: Template): number {
  return (
    b.usageCount - a.usageCount ||
    (b.lastUsedAt ?? '').localeCompare(a.lastUsedAt ?? '') ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}

export function templateMenuId(templateId: string): string {
  return `${TEMPLATE_PREFIX}${templateId}`;
}

export type MenuAction =
  | { kind: 'template'; templateId: string }
  | { kind: 'save-selection' }
  | { kind: 'more'; category: TemplateCategory };

/** What a clicked menu item means, or null for ids that are not actions (root, categories, others'). */
export function parseMenuItemId(id: string | number): MenuAction | null {
  const text = String(id);
  if (text === MENU_SAVE_SELECTION_ID) return { kind: 'save-selection' };
  if (text.startsWith(TEMPLATE_PREFIX) && text.length > TEMPLATE_PREFIX.length) return { kind: 'template', templateId: text.slice(TEMPLATE_PREFIX.length) };
  if (text.startsWith(MORE_PREFIX)) {
    const category = text.slice(MORE_PREFIX.length);
    if ((TEMPLATE_CATEGORIES as readonly string[]).includes(category)) return { kind: 'more', category: category as TemplateCategory };
  }
  return null;
}

/**
 * Builds the menu tree for the active brand. Categories follow the schema's order and appear only
 * when they have templates; when a category mixes French and English templates, titles get a
 * language tag so the agent picks the right one.
 */
export function buildTemplateMenu(templates: readonly Template[], brandId: string, options: MenuOptions): MenuNode {
  const own = templates.filter((t) => t.brandId === brandId);
  const split = options.language !== undefined && options.otherLanguageTitle !== undefined;
  const primary = split ? own.filter((t) => t.language === options.language) : own;
  const children = categoryMenus(primary, options, '');
  const others = split ? own.filter((t) => t.language !== options.language) : [];
  if (others.length > 0) {
    const language = others[0]!.language;
    children.push({
      id: `${LANGUAGE_PREFIX}${language}`,
      title: menuTitle(options.otherLanguageTitle!),
      contexts: ['editable'],
      children: categoryMenus(others, { ...options, moreTitle: undefined }, `${language}:`),
    });
  }
  children.push({ id: MENU_SAVE_SELECTION_ID, title: menuTitle(options.saveSelectionTitle), contexts: ['selection'] });

  return { id: MENU_ROOT_ID, title: menuTitle(options.rootTitle), contexts: ['editable', 'selection'], children };
}

/** The tree as `contextMenus.create` calls, parents before children. */
export function flattenMenu(root: MenuNode): MenuItem[] {
  const out: MenuItem[] = [];
  const walk = (node: MenuNode, parentId: string | undefined): void => {
    out.push({ id: node.id, ...(parentId ? { parentId } : {}), title: node.title, contexts: node.contexts });
    for (const child of node.children ?? []) walk(child, node.id);
  };
  walk(root, undefined);
  return out;
}

/** Text selected on a page, ready for the template editor: the body and its language. */
export interface SelectionDraft {
  body: string;
  language: Language;
}

export type SelectionDraftResult = ({ ok: true } & SelectionDraft) | { ok: false; reason: 'empty' | 'too-long' };

/** Selected text as a template body: line endings unified, trailing spaces and outer blank lines dropped. */
function selectionBody(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').trim();
}

/**
 * "Save selection as template": the selection as the editor's starting point (the community
 * manager then gives it a title and a category). The language is the one given, else guessed,
 * else the brand's.
 */
export function selectionDraft(text: string, brand: Pick<Brand, 'language'>, language?: Language): SelectionDraftResult {
  const body = selectionBody(text);
  if (!body) return { ok: false, reason: 'empty' };
  if (body.length > MAX_BODY) return { ok: false, reason: 'too-long' };
  return { ok: true, body, language: language ?? guessLanguage(body) ?? brand.language };
}

/** The options page's address (its hash) that opens the template editor on this selection, once. */
export const NEW_TEMPLATE_HASH = '#templates/new';

export function newTemplateHash(draft: SelectionDraft): string {
  return `${NEW_TEMPLATE_HASH}?${new URLSearchParams({ text: draft.body, lang: draft.language }).toString()}`;
}

/** The selection a `newTemplateHash` carries; undefined for any other hash or a malformed one. */
export function parseNewTemplateHash(hash: string): SelectionDraft | undefined {
  if (!hash.startsWith(`${NEW_TEMPLATE_HASH}?`)) return undefined;
  const params = new URLSearchParams(hash.slice(NEW_TEMPLATE_HASH.length + 1));
  const body = selectionBody(params.get('text') ?? '');
  const language = params.get('lang');
  if (!body || body.length > MAX_BODY || (language !== 'fr' && language !== 'en')) return undefined;
  return { body, language };
}

const GREETINGS = new Set(['bonjour', 'bonsoir', 'salut', 'coucou', 'hello', 'hi', 'hey', 'dear', 'cher', 'chère']);
/** "Bonjour Marc," / "Hello Anne-Sophie !" / "Hi Léa." at the start of a text: the greeting and the name. */
const GREETED = /^\s*(\p{L}+)\s+(\p{Lu}\p{Ll}+(?:[-’']\p{Lu}\p{Ll}+)?)\s*[,!.]/u;

/**
 * The first name a reply greets ("Bonjour Marc," → "Marc"): the commenter's name, written into a
 * text saved as a template, that `{{first_name}}` should stand for. Undefined without a greeting.
 */
export function greetedFirstName(text: string): string | undefined {
  const match = GREETED.exec(text);
  if (!match || !GREETINGS.has(match[1]!.toLowerCase())) return undefined;
  return match[2];
}

/** Every whole-word `name` in the text becomes `{{first_name}}` ("Marc" but not "Marcel"). */
export function withFirstNameVariable(text: string, name: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), '{{first_name}}');
}

const MAX_BODY = 5000;

/** One submenu per category that has templates, in the schema's order, most used first. */
function categoryMenus(templates: readonly Template[], options: MenuOptions, idScope: string): MenuNode[] {
  const max = Math.max(1, options.maxPerCategory ?? DEFAULT_MAX_PER_CATEGORY);
  const byCategory = new Map<TemplateCategory, Template[]>();
  for (const template of templates) {
    const list = byCategory.get(template.category) ?? [];
    list.push(template);
    byCategory.set(template.category, list);
  }
  const menus: MenuNode[] = [];
  for (const category of TEMPLATE_CATEGORIES) {
    const list = byCategory.get(category);
    if (!list?.length) continue;
    const mixed = new Set(list.map((t) => t.language)).size > 1;
    const sorted = [...list].sort(byUse);
    const items: MenuNode[] = sorted.slice(0, max).map((t) => ({
      id: templateMenuId(t.id),
      title: menuTitle(mixed ? `${t.title} · ${t.language.toUpperCase()}` : t.title),
      contexts: ['editable'],
    }));
    if (sorted.length > max && options.moreTitle) {
      items.push({ id: `${MORE_PREFIX}${category}`, title: menuTitle(options.moreTitle), contexts: ['editable'] });
    }
    menus.push({ id: `${CATEGORY_PREFIX}${idScope}${category}`, title: menuTitle(options.categoryTitles[category]), contexts: ['editable'], children: items });
  }
  return menus;
}
