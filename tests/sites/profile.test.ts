import { describe, expect, it } from 'vitest';
import { ProfileReadingSchema, type ProfileReading } from '@/lib/schema/audience';
import { parseCount, parseFollowers } from '@/lib/sites/counts';
import { profileHandleOf, readProfile } from '@/lib/sites/profile';
import { PAGES, pageUrl } from './expectations';
import { loadFixture } from './load-fixture';

/** What each profile fixture shows in its header. */
const EXPECTED: Record<string, Omit<ProfileReading, 'url'>> = {
  'x/profile-fr.html': { platform: 'x', handle: 'maisonlumiere', name: 'Maison Lumière', followers: 12_300, following: 312, posts: 1234, verified: true },
  'x/profile-en.html': { platform: 'x', handle: 'ateliernova', name: 'Atelier Nova', followers: 1_200_000, following: 1045, posts: 8902, verified: false },
  // Instagram rounds the link text ("48,2 k") but keeps the exact figure in its title attribute.
  'instagram/profile-fr.html': { platform: 'instagram', handle: 'maisonlumiere', name: 'Maison Lumière', followers: 48_210, following: 312, posts: 1234, verified: true },
  'instagram/profile-en.html': { platform: 'instagram', handle: 'ateliernova', name: 'Atelier Nova', followers: 1_234_567, following: 98, posts: 2031, verified: false },
  'linkedin/profile-fr.html': { platform: 'linkedin', handle: 'maisonlumiere', name: 'Maison Lumière', followers: 48_210, verified: true },
  'linkedin/profile-en.html': { platform: 'linkedin', handle: 'ateliernova', name: 'Atelier Nova', followers: 12_345, verified: false },
  'facebook/profile-fr.html': { platform: 'facebook', handle: 'maisonlumiere', name: 'Maison Lumière', followers: 12_300, verified: true },
  'facebook/profile-en.html': { platform: 'facebook', handle: 'ateliernova', name: 'Atelier Nova', followers: 1234, following: 56, verified: false },
};

describe('readProfile on the profile fixtures', () => {
  const profiles = PAGES.filter((p) => p.kind === 'profile');

  it('has an expectation for every profile fixture, on every site', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(profiles.map((p) => p.file).sort());
  });

  for (const page of profiles) {
    it(`reads the header of ${page.file}`, () => {
      loadFixture(page.file);
      const url = pageUrl(page);
      const profile = readProfile(document, url);
      expect(profile).toEqual({ ...EXPECTED[page.file], url: new URL(url).origin + new URL(url).pathname });
      // The content script sends it unvalidated: it must pass the schema the background applies.
      expect(ProfileReadingSchema.safeParse(profile).success).toBe(true);
    });
  }

  for (const page of PAGES.filter((p) => p.kind !== 'profile')) {
    it(`finds no profile on ${page.file} (${page.kind})`, () => {
      loadFixture(page.file);
      const profile = readProfile(document, pageUrl(page));
      // A brand's page feed is its profile; every post, thread and empty post is not.
      if (page.kind === 'feed' && profile) expect(profile.handle).toBe('maisonlumiere');
      else expect(profile).toBeUndefined();
    });
  }

  it('does not read a header whose handle is not the URL’s account', () => {
    loadFixture('x/profile-fr.html');
    expect(readProfile(document, 'https://x.com/ateliernova')).toBeUndefined();
  });

  it('reads headers in a Portuguese, Spanish or German UI', () => {
    loadFixture('instagram/profile-fr.html');
    document.documentElement.setAttribute('lang', 'pt');
    const stats = document.querySelectorAll('li.xl565be');
    stats[0]!.innerHTML = '<span><span class="html-span">1.234</span> publicações</span>';
    stats[1]!.innerHTML = '<a href="/maisonlumiere/followers/" role="link"><span title="48.210" class="html-span">48,2 mil</span> seguidores</a>';
    expect(readProfile(document, 'https://www.instagram.com/maisonlumiere/')).toMatchObject({ followers: 48_210, posts: 1234 });

    loadFixture('facebook/profile-fr.html');
    const counts = document.querySelector('.fb-counts')!;
    counts.innerHTML = '<a href="https://www.facebook.com/maisonlumiere/friends_likes/" role="link">10 Tsd. „Gefällt mir“-Angaben</a> • <a href="https://www.facebook.com/maisonlumiere/followers/" role="link">12.300 Follower</a>';
    expect(readProfile(document, 'https://www.facebook.com/maisonlumiere')).toMatchObject({ followers: 12_300 });
    counts.innerHTML = '<a href="https://www.facebook.com/maisonlumiere/friends_likes/" role="link">10 mil Me gusta</a>';
    expect(readProfile(document, 'https://www.facebook.com/maisonlumiere')).toMatchObject({ followers: 10_000 });
  });

  it('returns undefined while the header is not rendered yet', () => {
    document.body.innerHTML = '<main role="main"><div data-testid="primaryColumn"></div></main>';
    expect(readProfile(document, 'https://x.com/maisonlumiere')).toBeUndefined();
  });
});

describe('profileHandleOf', () => {
  it.each([
    ['https://x.com/MaisonLumiere', 'x', 'maisonlumiere'],
    ['https://x.com/maisonlumiere/with_replies', 'x', 'maisonlumiere'],
    ['https://twitter.com/ateliernova?lang=fr', 'x', 'ateliernova'],
    ['https://www.instagram.com/maisonlumiere/', 'instagram', 'maisonlumiere'],
    ['https://www.instagram.com/maisonlumiere/tagged/', 'instagram', 'maisonlumiere'],
    ['https://www.linkedin.com/company/maisonlumiere/', 'linkedin', 'maisonlumiere'],
    ['https://www.linkedin.com/company/ateliernova/about/', 'linkedin', 'ateliernova'],
    ['https://www.linkedin.com/in/camille-martin-4a1b2c/', 'linkedin', 'camille-martin-4a1b2c'],
    ['https://www.facebook.com/maisonlumiere', 'facebook', 'maisonlumiere'],
    ['https://www.facebook.com/profile.php?id=100064000000001', 'facebook', '100064000000001'],
  ])('%s → %s %s', (url, platform, handle) => {
    expect(profileHandleOf(url)).toEqual({ platform, handle });
  });

  it.each([
    'https://x.com/home',
    'https://x.com/maisonlumiere/status/1860000000000000001',
    'https://x.com/notifications/mentions',
    'https://www.instagram.com/p/DA1bC2dE3fG/',
    'https://www.instagram.com/reel/DA1bC2dE3fG/',
    'https://www.linkedin.com/feed/update/urn:li:activity:7250000000000000001/',
    'https://www.facebook.com/maisonlumiere/posts/pfbid02Xk7QmZ9vTqL4rJ8nB3cW1yH6sD5fG2pA7uE9oK3iN1mR4tV8xZl',
    'https://www.facebook.com/groups/lumiere',
    'https://example.com/maisonlumiere',
  ])('%s is not a profile', (url) => {
    expect(profileHandleOf(url)).toBeUndefined();
  });
});

describe('profile counts in every format the sites print', () => {
  it.each([
    ['12,3 k', 12_300],
    ['12,3\u00a0k', 12_300],
    ['12,3\u202fk', 12_300],
    ['1.2M', 1_200_000],
    ['1,2 M', 1_200_000],
    ['1.2K', 1200],
    ['48 210', 48_210],
    ['48\u00a0210', 48_210],
    ['48\u202f210', 48_210],
    ['1 234', 1234],
    ['1,234', 1234],
    ['1.234', 1234],
    ['1,234,567', 1_234_567],
    ['1\u202f234\u202f567', 1_234_567],
    ['312', 312],
  ])('count %j → %i', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it.each([
    ['12,3 k abonnés', 12_300],
    ['12,3\u00a0k abonnés', 12_300],
    ['1.2M followers', 1_200_000],
    ['1.2M Followers', 1_200_000],
    ['48 210 abonnés', 48_210],
    ['48\u202f210 abonnés', 48_210],
    ['48,210 followers', 48_210],
    ['Fabrication de meubles · Lyon · 1 234 abonnés · 51-200 employés', 1234],
  ])('followers %j → %i', (text, expected) => {
    expect(parseFollowers(text)).toBe(expected);
  });
});
