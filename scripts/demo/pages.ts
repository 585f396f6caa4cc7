import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PlatformSchema } from '../../lib/schema/platform';

/** One saved page of a site, served by the demo under its real host name and path. */
export const FixturePageSchema = z.object({
  site: PlatformSchema,
  host: z.string().min(1),
  path: z.string().startsWith('/'),
  file: z.string().min(1),
  lang: z.enum(['fr', 'en']),
  /** What the page shows: a post with its thread, a feed, a post without comments, a profile. */
  kind: z.enum(['post', 'feed', 'no-comments', 'profile']),
  title: z.string().min(1),
  demo: z.boolean().default(true),
});
export type FixturePage = z.infer<typeof FixturePageSchema>;

export const FIXTURES_DIR = join(import.meta.dirname, '../../tests/fixtures');

/** The fixture pages listed in tests/fixtures/pages.json, validated. */
export function loadFixturePages(fixturesDir = FIXTURES_DIR): FixturePage[] {
  const raw: unknown = JSON.parse(readFileSync(join(fixturesDir, 'pages.json'), 'utf8'));
  return z.array(FixturePageSchema).parse(raw);
}
