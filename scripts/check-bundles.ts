/**
 * Fails when a content-script bundle carries zod or React. Content scripts run in every page of the
 * four sites, so they stay small: they check messages and comments with zod-free mirrors
 * (lib/content/messages.ts, lib/sites/comment-check.ts) and draw their one dialog without React.
 * The lint forbids the imports (eslint.config.js); this checks what the bundler actually produced,
 * which also catches a library pulled in through another module.
 *
 * Usage: `tsx scripts/check-bundles.ts` after `npm run build` (both browsers).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Strings each library leaves in a minified bundle (names and symbols esbuild does not mangle). */
export const SIGNATURES: Record<'zod' | 'React', readonly RegExp[]> = {
  zod: [/\$Zod[A-Z]\w*/u, /\bZodError\b/u, /["'.]_zod\b/u],
  React: [/react\.(?:transitional\.)?element/u, /__(?:CLIENT|SECRET)_INTERNALS_DO_NOT_USE/u, /Minified React error/u, /\breact-dom\b/u],
};

/** The libraries whose signatures appear in `code`, with the first matching text of each. */
export function forbiddenLibraries(code: string): { library: keyof typeof SIGNATURES; evidence: string }[] {
  const found: { library: keyof typeof SIGNATURES; evidence: string }[] = [];
  for (const library of Object.keys(SIGNATURES) as (keyof typeof SIGNATURES)[]) {
    for (const signature of SIGNATURES[library]) {
      const match = signature.exec(code);
      if (match) {
        found.push({ library, evidence: match[0] });
        break;
      }
    }
  }
  return found;
}

const ROOT = join(import.meta.dirname, '..');
export const BUNDLE_DIRS = ['.output/chrome-mv3/content-scripts', '.output/firefox-mv2/content-scripts'];

/** Checks every content-script bundle of both builds; returns the problems, one line each. */
export async function checkBundles(root = ROOT): Promise<{ checked: string[]; problems: string[] }> {
  const checked: string[] = [];
  const problems: string[] = [];
  for (const dir of BUNDLE_DIRS) {
    const path = join(root, dir);
    const files = await readdir(path).catch(() => [] as string[]);
    const scripts = files.filter((f) => f.endsWith('.js'));
    if (scripts.length === 0) problems.push(`${dir}: no content-script bundle found (run \`npm run build\` first)`);
    for (const file of scripts) {
      const full = join(path, file);
      checked.push(relative(root, full));
      for (const { library, evidence } of forbiddenLibraries(await readFile(full, 'utf8'))) {
        problems.push(`${relative(root, full)}: bundles ${library} (found "${evidence}")`);
      }
    }
  }
  return { checked, problems };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { checked, problems } = await checkBundles();
  for (const problem of problems) console.error(`✗ ${problem}`);
  if (problems.length > 0) {
    console.error('Content scripts must not bundle zod or React: see scripts/check-bundles.ts.');
    process.exit(1);
  }
  console.log(`Content-script bundles free of zod and React: ${checked.join(', ')}`);
}
