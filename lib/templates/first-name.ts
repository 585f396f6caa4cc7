import type { Author } from '../schema/comment';
import { fold } from '../identity/fold';

/** Titles that come before a first name and are not part of it (folded, without the dot). */
const TITLES = new Set([
  'dr', 'docteur', 'doctor', 'pr', 'prof', 'professeur', 'professor', 'm', 'mr', 'mrs', 'ms', 'mme', 'mlle', 'mx',
  'miss', 'madame', 'monsieur', 'mademoiselle', 'sir', 'dame', 'me', 'maitre', 'rev', 'fr', 'pere', 'soeur',
]);

/**
 * Words that mark an organisation rather than a person: a reply saying "Bonjour Boulangerie" reads
 * badly, so no first name is derived for them.
 */
const ORGANISATION_WORDS = new Set([
  'sa', 'sas', 'sasu', 'sarl', 'eurl', 'sci', 'inc', 'ltd', 'llc', 'llp', 'gmbh', 'plc', 'corp', 'co',
  'company', 'compagnie', 'group', 'groupe', 'official', 'officiel', 'officielle', 'store', 'shop', 'boutique',
  'team', 'equipe', 'agency', 'agence', 'studio', 'studios', 'association', 'asso', 'club', 'magazine',
  'media', 'news', 'hq', 'labs', 'lab', 'restaurant', 'hotel', 'mairie', 'ville', 'fondation', 'foundation',
  'international', 'editions', 'production', 'productions', 'consulting', 'services',
]);

/** A name part: letters (any script) with inner hyphens or apostrophes ("Jean-Pierre", "N'Golo"). */
const NAME_PART = /^\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;

function isShouting(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** "JEAN-PIERRE" / "jean-pierre" → "Jean-Pierre"; mixed case ("DeShawn", "McKenzie") is kept. */
function fixCase(word: string): string {
  const lower = word.toLowerCase();
  if (word !== lower && !isShouting(word)) return word;
  return lower.replace(/(^|['’-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
}

function looksLikeHandle(name: string): boolean {
  return name.startsWith('@') || /[_\d]/.test(name) || /^[^\s]+\.[^\s]+$/.test(name);
}

/** Characters of a display name read for its first name. */
const MAX_NAME_READ = 200;

/**
 * The first name to greet someone by, from the display name a site shows, or `undefined` when
 * there is no sensible one (a handle, a company page, initials, emoji only…). Templates then use
 * their fallback (`{{first_name|vous}}`) or show a gap — never a wrong or silly name.
 */
export function firstNameOf(author: Pick<Author, 'name' | 'profileUrl'>): string | undefined {
  if (author.profileUrl && /linkedin\.com\/(company|school|showcase)\//i.test(author.profileUrl)) return undefined;
  // Keep letters, marks, spaces, hyphens, apostrophes and dots (for "Dr."); emoji and symbols go.
  // Capped first: a first name is within the opening characters, and normalising a long run of
  // combining marks costs time that grows faster than its length (a 50,000-mark name froze the panel).
  const cleaned = author.name
    .slice(0, MAX_NAME_READ)
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}\s'’.@_-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned || looksLikeHandle(cleaned)) return undefined;
  const parts = cleaned.split(' ');
  if (parts.some((part) => ORGANISATION_WORDS.has(fold(part).replace(/\.$/, '')))) return undefined;
  for (const raw of parts) {
    const part = raw.replace(/\.+$/, '');
    if (TITLES.has(fold(part))) continue;
    // An initial ("J." or "J") cannot be used to greet anyone.
    if (raw.endsWith('.') || part.length < 2) return undefined;
    if (!NAME_PART.test(part)) return undefined;
    return fixCase(part);
  }
  return undefined;
}
