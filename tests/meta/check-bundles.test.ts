// @vitest-environment node
/**
 * scripts/check-bundles.ts must recognise zod and React in a minified bundle, and pass a bundle of
 * a content script's own code. Bundled here with esbuild, as WXT's Vite would, from the real libraries.
 */
import { build } from 'esbuild';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBundles, forbiddenLibraries } from '../../scripts/check-bundles';

async function bundle(source: string): Promise<string> {
  const result = await build({ stdin: { contents: source, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, write: false, format: 'iife', platform: 'browser', define: { 'process.env.NODE_ENV': '"production"' } });
  return result.outputFiles[0]!.text;
}

describe('check-bundles', () => {
  it('finds zod in a bundle that uses it', async () => {
    const code = await bundle("import { z } from 'zod'; console.log(z.object({ a: z.string() }).safeParse({}));");
    expect(forbiddenLibraries(code).map((f) => f.library)).toEqual(['zod']);
  }, 30_000);

  it('finds React in a bundle that renders with it', async () => {
    const code = await bundle("import { createElement } from 'react'; import { createRoot } from 'react-dom/client'; createRoot(document.body).render(createElement('p', null, 'x'));");
    expect(forbiddenLibraries(code).map((f) => f.library)).toEqual(['React']);
  }, 30_000);

  it('passes a content script of our own (the zod-free message mirror and an adapter)', async () => {
    const code = await bundle("import { parseContentMessage } from './lib/content/messages'; import { x } from './lib/sites/x'; console.log(parseContentMessage, x);");
    expect(forbiddenLibraries(code)).toEqual([]);
  }, 30_000);

  it('reports missing builds and each bundle carrying a forbidden library', async () => {
    const root = await mkdtemp(join(tmpdir(), 'riposte-bundles-'));
    expect((await checkBundles(root)).problems).toHaveLength(2);
    await mkdir(join(root, '.output/chrome-mv3/content-scripts'), { recursive: true });
    await mkdir(join(root, '.output/firefox-mv2/content-scripts'), { recursive: true });
    await writeFile(join(root, '.output/chrome-mv3/content-scripts/x.js'), 'var a=1;');
    await writeFile(join(root, '.output/firefox-mv2/content-scripts/x.js'), 'var e=class extends Error{name="ZodError"};Symbol.for("react.transitional.element")');
    const { checked, problems } = await checkBundles(root);
    expect(checked).toHaveLength(2);
    expect(problems).toEqual([
      '.output/firefox-mv2/content-scripts/x.js: bundles zod (found "ZodError")',
      '.output/firefox-mv2/content-scripts/x.js: bundles React (found "react.transitional.element")',
    ]);
  });
});
