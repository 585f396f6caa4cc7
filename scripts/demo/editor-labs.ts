import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Platform } from '../../lib/schema/platform';
import { FIXTURES_DIR } from './pages';

/**
 * Editor labs: one page per site holding that site's comment-box markup with the REAL editor
 * library mounted in it (Lexical, Draft.js with React, TipTap/ProseMirror, Quill 1 and 2, a
 * React-controlled textarea), served under the site's host so the content script runs there. The
 * insertion tests check each library's own state, not the DOM.
 */
export interface EditorLab {
  site: Platform;
  host: string;
  path: string;
  /** Relative to tests/fixtures/. */
  file: string;
  /** The library variants the page can run (`?editor=<name>`), the first by default. */
  editors: readonly string[];
}

export const EDITOR_LABS: readonly EditorLab[] = [
  { site: 'facebook', host: 'www.facebook.com', path: '/maisonlumiere/posts/pfbid0EditorLabLexical', file: 'editors/facebook-lab.html', editors: ['lexical-rich', 'lexical-plain'] },
  { site: 'x', host: 'x.com', path: '/maisonlumiere/status/1990000000000000001', file: 'editors/x-lab.html', editors: ['draft-js'] },
  { site: 'linkedin', host: 'www.linkedin.com', path: '/feed/update/urn:li:activity:7399000000000000001/', file: 'editors/linkedin-lab.html', editors: ['tiptap', 'quill1', 'quill2'] },
  { site: 'instagram', host: 'www.instagram.com', path: '/p/EditorLab01/', file: 'editors/instagram-lab.html', editors: ['react-textarea'] },
];

const EDITORS_DIR = join(FIXTURES_DIR, 'editors');
const bundles = new Map<string, Promise<string>>();

/** The browser bundle of a fixture script (`facebook-lab` → tests/fixtures/editors/facebook-lab.ts), built once. */
export function fixtureScript(name: string): Promise<string> | undefined {
  if (!/^[a-z0-9-]+$/u.test(name)) return undefined;
  const entry = ['.ts', '.tsx'].map((ext) => join(EDITORS_DIR, name + ext)).find((file) => existsSync(file));
  if (!entry) return undefined;
  let bundle = bundles.get(name);
  if (!bundle) {
    bundle = build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]?.text ?? '');
    bundles.set(name, bundle);
  }
  return bundle;
}
