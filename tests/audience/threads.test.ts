import { describe, expect, it } from 'vitest';
import { splitCompetitorThreads } from '@/lib/audience/threads';
import type { Comment } from '@/lib/schema/comment';
import { lumiere } from './brand';

const comment = (id: string, postUrl: string, platform: Comment['platform'] = 'x'): Comment => ({
  platform,
  id,
  author: { name: 'Camille Martin', handle: 'camille_m', verified: false },
  text: 'Toujours pas livré',
  truncated: false,
  postUrl,
});

describe('splitCompetitorThreads', () => {
  it('sets apart the comments under a competitor’s posts, per post, and keeps the rest for the log', () => {
    const rival1 = 'https://x.com/ateliernova/status/1';
    const rival2 = 'https://www.facebook.com/ateliernova/posts/pfbid0Abc';
    const own = 'https://x.com/maisonlumiere/status/2';
    const other = 'https://x.com/someone/status/3';
    const { logged, competitorThreads } = splitCompetitorThreads(lumiere(), [
      comment('a', rival1),
      comment('b', own),
      comment('c', rival1),
      comment('d', rival2, 'facebook'),
      comment('e', other),
      comment('f', 'https://www.instagram.com/p/DA1/', 'instagram'),
    ]);
    expect(logged.map((c) => c.id)).toEqual(['b', 'e', 'f']);
    expect(competitorThreads.map((t) => [t.platform, t.handle, t.competitor, t.comments.map((c) => c.id)])).toEqual([
      ['x', 'ateliernova', 'Atelier Nova', ['a', 'c']],
      ['facebook', 'ateliernova', 'Atelier Nova', ['d']],
    ]);
  });

  it('tells Instagram and LinkedIn competitor posts apart by the author the page showed', () => {
    const igPost = 'https://www.instagram.com/p/DA1/';
    const liPost = 'https://www.linkedin.com/feed/update/urn:li:activity:1/';
    const brand = lumiere();
    brand.competitors[0]!.accounts.push({ platform: 'instagram', handle: 'ateliernova' }, { platform: 'linkedin', handle: 'atelier-nova' });
    const { logged, competitorThreads } = splitCompetitorThreads(
      brand,
      [comment('g', igPost, 'instagram'), comment('h', liPost, 'linkedin'), comment('i', 'https://www.instagram.com/p/OWN/', 'instagram')],
      { [igPost]: 'ateliernova', [liPost]: 'atelier-nova', 'https://www.instagram.com/p/OWN/': 'maisonlumiere' },
    );
    expect(logged.map((c) => c.id)).toEqual(['i']);
    expect(competitorThreads.map((t) => [t.platform, t.handle, t.comments.map((c) => c.id)])).toEqual([
      ['instagram', 'ateliernova', ['g']],
      ['linkedin', 'atelier-nova', ['h']],
    ]);
  });
});
