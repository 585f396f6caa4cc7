/**
 * The generated 2,000-comment pages, one per site, cached in bench-output/pages/ under a hash of
 * everything they are built from (fixture, generator, adapters), so only the first run pays for
 * generating them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIXTURES_DIR, loadFixturePages, type FixturePage } from '../demo/pages';
import type { Platform } from '../../lib/schema/platform';
import { OUTPUT_DIR, ROOT_DIR } from './build';
import { generateCommentPage, withLazyLoading } from './generate-page';

export const PAGES_DIR = join(OUTPUT_DIR, 'pages');
export const SITES: readonly Platform[] = ['facebook', 'linkedin', 'instagram', 'x'];

export interface BenchPage {
  site: Platform;
  /** The fixture the page was built from. */
  source: string;
  url: string;
  /** Same page, loading its comments in batches as the reader scrolls. */
  lazyUrl: string;
  comments: number;
  /** Entries for the fixture server (files relative to the repository root). */
  served: FixturePage[];
  generatedNow: boolean;
}

function sourceHash(fixtureHtml: string, count: number): string {
  const hash = createHash('sha256').update(String(count)).update(fixtureHtml);
  hash.update(readFileSync(join(import.meta.dirname, 'generate-page.ts')));
  const sitesDir = join(ROOT_DIR, 'lib/sites');
  // Every adapter file, subfolders included (lib/sites/profiles/…).
  for (const file of readdirSync(sitesDir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (/\.ts$/u.test(file)) hash.update(readFileSync(join(sitesDir, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * Another post of the same shape: the last path segment with one more character of its kind, so
 * the bench pages never shadow the fixture itself (served too, as the side panel's small page).
 */
function siblingPath(path: string, variant: 1 | 2): string {
  const trimmed = path.replace(/\/$/, '');
  return trimmed + (/\d$/.test(trimmed) ? String(variant) : variant === 1 ? 'A' : 'B') + (path.endsWith('/') ? '/' : '');
}

/** Builds (or reuses) the page for each site from its English post fixture listed in pages.json. */
export function benchPages(count: number, texts: readonly string[], onProgress?: (message: string) => void): BenchPage[] {
  mkdirSync(PAGES_DIR, { recursive: true });
  const fixtures = loadFixturePages();
  return SITES.map((site): BenchPage => {
    const fixture =
      fixtures.find((p) => p.site === site && p.file === `${site}/post-en.html`) ??
      fixtures.find((p) => p.site === site && /\/post-/.test(p.file));
    if (!fixture) throw new Error(`tests/fixtures/pages.json lists no post page for ${site}`);
    const html = readFileSync(join(FIXTURES_DIR, fixture.file), 'utf8');
    const key = `${site}-${count}-${sourceHash(html, count)}`;
    const file = `${key}.html`;
    const lazyFile = `${key}-lazy.html`;
    const path = siblingPath(fixture.path, 1);
    const lazyPath = siblingPath(fixture.path, 2);
    const url = `https://${fixture.host}${path}`;
    let generatedNow = false;
    if (!existsSync(join(PAGES_DIR, file)) || !existsSync(join(PAGES_DIR, lazyFile))) {
      onProgress?.(`generating the ${count}-comment ${site} page from ${fixture.file}…`);
      const page = generateCommentPage({ html, url, count, texts, now: Date.parse('2026-03-02T10:00:00Z') });
      writeFileSync(join(PAGES_DIR, file), page.html);
      writeFileSync(join(PAGES_DIR, lazyFile), withLazyLoading(page.html));
      generatedNow = true;
    }
    const entry = (path: string, f: string): FixturePage => ({ ...fixture, path, file: relative(ROOT_DIR, join(PAGES_DIR, f)), demo: false, title: `${count} comments (${site})` });
    return {
      site,
      source: fixture.file,
      url,
      lazyUrl: `https://${fixture.host}${lazyPath}`,
      comments: count,
      served: [entry(path, file), entry(lazyPath, lazyFile)],
      generatedNow,
    };
  });
}
