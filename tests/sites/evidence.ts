import type { Platform } from '@/lib/schema/platform';
import pages from '../fixtures/evidence-pages.json';

/**
 * Pages whose structure follows captures of the live sites (tests/fixtures/README.md says which
 * evidence each follows). Listed apart from pages.json because they come in any UI language
 * (pt, es, de, it…) and carry no simulated editor: they test reading, not insertion.
 */
export interface EvidencePage {
  site: Platform;
  host: string;
  path: string;
  file: string;
  /** The UI language, as `<html lang>` gives it. */
  lang: string;
  kind: 'post' | 'feed';
  loggedIn: boolean;
  title: string;
}

export const EVIDENCE_PAGES = pages as EvidencePage[];

export function evidenceUrl(page: EvidencePage): string {
  return `https://${page.host}${page.path}`;
}
