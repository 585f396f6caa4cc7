/** The options page's sections, in navigation order. The id is also the URL hash (#templates). */
export const SECTION_IDS = ['brands', 'templates', 'watchlist', 'triage', 'departments', 'reports', 'audience', 'export', 'backup', 'privacy', 'language'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export function sectionFromHash(hash: string): SectionId | undefined {
  // "#templates/new?…" opens a section on something to do there: the section is the first part.
  const id = hash.replace(/^#/, '').split(/[/?]/u)[0] ?? '';
  return (SECTION_IDS as readonly string[]).includes(id) ? (id as SectionId) : undefined;
}
