import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** Absolute path of a fixture, relative to tests/fixtures/. */
export function fixturePath(file: string): string {
  return resolve(FIXTURES, file);
}

export function fixtureHtml(file: string): string {
  return readFileSync(fixturePath(file), 'utf8');
}

export interface FixtureState {
  text: string;
  submitEnabled: boolean;
}

interface FixtureGlobal {
  submitted: { box: string | null; text: string }[];
  stateOf(el: Element): FixtureState | undefined;
}

const documentListeners: Array<[string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined]> = [];

/** Load a fixture page's markup into the test's global document (happy-dom), `<html lang>` included. */
export function loadFixture(file: string): Document {
  const parsed = new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
  const html = document.documentElement;
  for (const attr of Array.from(html.attributes)) html.removeAttribute(attr.name);
  for (const attr of Array.from(parsed.documentElement.attributes)) html.setAttribute(attr.name, attr.value);
  html.innerHTML = parsed.documentElement.innerHTML;
  delete (window as unknown as { __riposteFixture?: unknown }).__riposteFixture;
  // The test document outlives each page: drop the previous page's document-level listeners.
  for (const [type, listener, options] of documentListeners.splice(0)) document.removeEventListener(type, listener, options);
  return document;
}

/**
 * Load a fixture page and run its page script (tests/fixtures/editors/site-*.ts), as the browser
 * would: the REAL editor libraries (Lexical, Draft.js, TipTap, Quill, a React textarea) mount in the
 * page's comment boxes, and "Reply" opens boxes as on the site. happy-dom does not load scripts, so
 * each script module is imported afresh here; its document listeners are removed with the page.
 */
export async function loadFixtureWithEditors(file: string): Promise<Document> {
  loadFixture(file);
  const names = Array.from(document.querySelectorAll('script[src]'))
    .map((script) => /^\/__riposte-fixture\/([a-z0-9-]+)\.js$/u.exec(script.getAttribute('src') ?? '')?.[1])
    .filter((name): name is string => name !== undefined);
  const add = document.addEventListener.bind(document);
  document.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    documentListeners.push([type, listener, options]);
    add(type, listener, options);
  }) as typeof document.addEventListener;
  try {
    for (const name of names) {
      vi.resetModules();
      await import(`../fixtures/editors/${name}.ts`);
    }
  } finally {
    document.addEventListener = add;
  }
  return document;
}

/** The fixture's editor bookkeeping (after `loadFixtureWithEditors`): each box's state, read from its library. */
export function fixtureGlobal(): FixtureGlobal {
  const g = (window as unknown as { __riposteFixture?: FixtureGlobal }).__riposteFixture;
  if (!g) throw new Error('fixture script did not run');
  return g;
}

/** Put the test window at a site URL (happy-dom's own hook), as the browser would be on that page. */
export function setPageUrl(url: string): void {
  const hd = (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM;
  if (!hd) throw new Error('not running in happy-dom');
  hd.setURL(url);
}
