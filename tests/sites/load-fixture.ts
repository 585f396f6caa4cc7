import { readFileSync } from 'node:fs';
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

const documentListeners: Array<[string, EventListenerOrEventListenerObject]> = [];

/** The document as the fixture script sees it: the real one, with its listeners remembered. */
const trackedDocument = new Proxy(document, {
  get(target, key) {
    if (key === 'addEventListener') {
      return (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
        documentListeners.push([type, listener]);
        target.addEventListener(type, listener, options);
      };
    }
    const value = Reflect.get(target, key, target) as unknown;
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
  },
});

/**
 * Load a fixture page into the test's global document (happy-dom), `<html lang>` included, and
 * optionally run its inline script — the page's simulated editor — the way the browser would.
 * happy-dom does not evaluate scripts itself, so the script runs here against the same window.
 */
export function loadFixture(file: string, options: { scripts?: boolean } = {}): Document {
  const parsed = new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
  const html = document.documentElement;
  for (const attr of Array.from(html.attributes)) html.removeAttribute(attr.name);
  for (const attr of Array.from(parsed.documentElement.attributes)) html.setAttribute(attr.name, attr.value);
  html.innerHTML = parsed.documentElement.innerHTML;
  delete (window as unknown as { __riposteFixture?: unknown }).__riposteFixture;
  // The test document outlives each page: drop the previous page's document-level listeners.
  for (const [type, listener] of documentListeners.splice(0)) document.removeEventListener(type, listener);
  if (options.scripts) {
    for (const script of Array.from(document.querySelectorAll('script'))) {
      new Function('window', 'document', script.textContent ?? '')(window, trackedDocument);
    }
  }
  return document;
}

/** The fixture's simulated-editor bookkeeping (after `loadFixture(…, { scripts: true })`). */
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
