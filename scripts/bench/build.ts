import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

export const ROOT_DIR = join(import.meta.dirname, '../..');
export const OUTPUT_DIR = join(ROOT_DIR, 'bench-output');
/** The bench's own build of the extension (see wxt.bench.config.ts). */
export const EXTENSION_DIR = join(OUTPUT_DIR, 'build/chrome-mv3');

/** Sources the extension is built from: a build older than any of them is stale. */
const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export interface ExtensionBuild {
  dir: string;
  /** True when this run built it, false when an up-to-date build was reused. */
  built: boolean;
  seconds: number;
}

/**
 * The Chrome build of the extension, rebuilt (wxt build) when missing or older than its sources.
 * Throws with WXT's own error output when the build fails.
 */
export function ensureExtensionBuild(options: { force?: boolean } = {}): ExtensionBuild {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const sourcesMtime = Math.max(...SOURCES.map((s) => join(ROOT_DIR, s)).filter(existsSync).map(newestMtime));
  if (!options.force && existsSync(manifest) && statSync(manifest).mtimeMs > sourcesMtime) {
    return { dir: EXTENSION_DIR, built: false, seconds: 0 };
  }
  const started = performance.now();
  const result = spawnSync('npx', ['wxt', 'build', '-c', 'scripts/bench/wxt.bench.config.ts', '--level', 'error'], {
    cwd: ROOT_DIR,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (result.status !== 0 || !existsSync(manifest)) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('npm warn') && !/^\s+at /.test(line))
      .slice(0, 12)
      .join('\n');
    throw new Error(`The extension does not build (npx wxt build), so the browser figures cannot run:\n${output}`);
  }
  return { dir: EXTENSION_DIR, built: true, seconds: (performance.now() - started) / 1000 };
}

/** Bundles `entry` (a file in scripts/bench/browser/) into one IIFE script for a page. */
export async function bundleForPage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'browser', entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: false,
    alias: { '@': ROOT_DIR },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${relative(ROOT_DIR, entry)}`);
  return file.text;
}

/** Size of a module graph as the extension would ship it: minified ESM, `external` left out. */
export async function bundledSize(entry: string, external: string[] = []): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [join(ROOT_DIR, entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    external,
    alias: { '@': ROOT_DIR },
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.contents;
}
