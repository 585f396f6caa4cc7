import { expect } from 'vitest';
import type { Comment } from '@/lib/schema/comment';
import type { PageStatus } from '@/lib/schema/page';
import type { Platform } from '@/lib/schema/platform';
import { assessHealth, scanPage } from '@/lib/sites';
import pages from '../fixtures/pages.json';
import { loadFixture } from './load-fixture';

/** Fixed scan time: relative ages ("2 h", "3d") in the fixtures resolve against it. */
export const SCAN_NOW = Date.parse('2026-11-23T12:00:00Z');

export interface FixtureExpectation {
  url: string;
  health: PageStatus;
  comments: Array<Omit<Comment, 'platform'>>;
}

export interface FixturePage {
  site: Platform;
  host: string;
  path: string;
  file: string;
  lang: 'fr' | 'en';
  kind: 'post' | 'feed' | 'no-comments' | 'profile';
  title: string;
  demo: boolean;
}

export const PAGES = pages as FixturePage[];

export function pageUrl(page: FixturePage): string {
  return `https://${page.host}${page.path}`;
}

/** Load a fixture, read it, and compare every comment field by field with the expectation. */
export function checkFixture(platform: Platform, file: string, expected: FixtureExpectation): Comment[] {
  loadFixture(file);
  const { comments, unreadable } = scanPage(document, expected.url, { now: SCAN_NOW });
  expect(unreadable).toBe(0);
  expect(comments.map((c) => c.platform)).toEqual(comments.map(() => platform));
  expect(comments.map(({ platform: _p, ...rest }) => rest)).toEqual(expected.comments);
  expect(assessHealth(document, expected.url, comments).status).toBe(expected.health);
  return comments;
}
