// @vitest-environment node
/**
 * Each site's profile reader lives in its own file and is reached through its adapter, so a content
 * script bundles only its own site's profile selectors.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/lib/schema/platform';
import { facebook } from '@/lib/sites/facebook';
import { instagram } from '@/lib/sites/instagram';
import { linkedin } from '@/lib/sites/linkedin';
import { PROFILE_READERS, PROFILE_SELECTORS } from '@/lib/sites/profile';
import { x } from '@/lib/sites/x';

const ADAPTERS = { x, instagram, linkedin, facebook };

/** One selector only that site's profile reader uses. */
const MARKERS = { x: 'UserName', instagram: 'span[dir=\\"auto\\"]', linkedin: '.org-top-card', facebook: 'friends_likes' } as const;

describe('profile readers', () => {
  it('are one per site, reached through the site adapter', () => {
    for (const platform of PLATFORMS) {
      expect(ADAPTERS[platform].profile).toBe(PROFILE_READERS[platform]);
      expect(ADAPTERS[platform].profile.platform).toBe(platform);
      expect(PROFILE_SELECTORS[platform]).toBe(ADAPTERS[platform].profile.selectors);
    }
  });

  it.each(['x', 'linkedin', 'facebook'] as const)('the %s content script bundles its own profile selectors only', async (site) => {
    const result = await build({
      stdin: { contents: `import { startContentScript } from './lib/content/run'; import { ${site} } from './lib/sites/${site}'; console.log(startContentScript, ${site});`, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      alias: { '@': process.cwd() },
    });
    const code = result.outputFiles[0]!.text;
    for (const other of ['x', 'linkedin', 'facebook'] as const) {
      expect(code.includes(MARKERS[other]), `${other}'s profile selector in the ${site} bundle`).toBe(other === site);
    }
  }, 30_000);
});
