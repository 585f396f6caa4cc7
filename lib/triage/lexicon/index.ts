import { EN } from './en';
import { FR } from './fr';
import { SHARED_SOURCE } from './shared';

/** Provenance of every rule table, for the About screen and the README. */
export const LEXICON_SOURCES = [
  { table: 'lib/triage/lexicon/fr.ts', language: 'fr', terms: FR.terms.length, source: FR.source },
  { table: 'lib/triage/lexicon/en.ts', language: 'en', terms: EN.terms.length, source: EN.source },
  { table: 'lib/triage/lexicon/shared.ts', language: 'fr+en', source: SHARED_SOURCE },
] as const;
