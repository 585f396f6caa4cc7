/**
 * 8. What the extension ships: raw and gzip size of each content script, the side panel and the
 * options page (HTML, scripts and the chunks they import, stylesheets), read from the bench build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { judge, type Figure, type Target } from './report';
import { summarise } from './stats';

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[]; matches?: string[] }[];
  side_panel?: { default_path?: string };
  options_ui?: { page?: string };
  options_page?: string;
  background?: { service_worker?: string };
}

/** Static and dynamic imports of relative or root paths in a built module. */
const IMPORT = /(?:\bimport|\bfrom)\s*\(?\s*["']((?:\.{1,2}\/|\/)[^"']+\.js)["']/g;

/** `file` (relative to the build) plus every module it imports, transitively. */
export function moduleClosure(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(dir, file), 'utf8');
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] as string;
    const resolved = spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec);
    if (existsSync(join(dir, resolved))) moduleClosure(dir, resolved, seen);
  }
  return seen;
}

/** The HTML page and the scripts, preloads and stylesheets it loads, with their imports. */
export function pageFiles(dir: string, html: string): string[] {
  const files = new Set<string>([html]);
  const text = readFileSync(join(dir, html), 'utf8');
  for (const match of text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) {
    const file = match[1] as string;
    if (!existsSync(join(dir, file))) continue;
    if (file.endsWith('.js')) for (const f of moduleClosure(dir, file)) files.add(f);
    else files.add(file);
  }
  return [...files];
}

function sizeOf(dir: string, files: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const CONTENT_TARGET: Target = { on: 'value', op: '<', limit: 30, text: '< 30 KB gzip' };

export function bundleFigures(dir: string): Figure[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const entries: { key: string; label: string; files: string[]; target?: Target }[] = [];
  for (const script of manifest.content_scripts ?? []) {
    const files = [...(script.js ?? []).flatMap((f) => [...moduleClosure(dir, f)]), ...(script.css ?? [])];
    const name = (script.js?.[0] ?? 'content').replace(/^content-scripts\//, '').replace(/\.js$/, '');
    entries.push({ key: `bundle.content.${name}`, label: `content script ${name}`, files, target: CONTENT_TARGET });
  }
  const sidePanel = manifest.side_panel?.default_path;
  if (sidePanel) entries.push({ key: 'bundle.sidepanel', label: `side panel (${sidePanel} + chunks + CSS)`, files: pageFiles(dir, sidePanel) });
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options) entries.push({ key: 'bundle.options', label: `options page (${options} + chunks + CSS)`, files: pageFiles(dir, options) });
  const background = manifest.background?.service_worker;
  if (background) entries.push({ key: 'bundle.background', label: 'background service worker', files: [...moduleClosure(dir, background)] });

  return entries.map(({ key, label, files, target }) => {
    const { raw, gzip } = sizeOf(dir, files);
    return judge({
      key,
      section: '8 Bundle',
      label: `${label}, ${(raw / 1024).toFixed(1)} KB raw`,
      unit: 'KB gzip',
      value: summarise([gzip / 1024]),
      target,
      note: `${files.length} file(s), each gzip -9: ${files.join(', ')}`,
    });
  });
}
