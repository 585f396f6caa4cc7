/**
 * Counts as the sites print them, whatever the UI language: "1,2 k", "1.2K", "12 k J'aime",
 * "48 210 abonnés", "48,210 followers", "3 réponses", "View all 4 replies", "1,5 M", "2 Md",
 * "1.596 curtidas", "12 mil", "2 Tsd.", "1,2 Mio.", "41.962 Mi piace", "3 mln", "1,2 mi".
 * Counts are integers, so a separator followed by exactly three digits is a thousands separator
 * ("48,210", "48.210", "48 210"), while a separator before a multiplier is a decimal ("1,2 k").
 */

// The abbreviations each UI prints after a number (fr, en, pt, es, de, it). Italian's "Mi piace" is
// a like, never "Mi" (million): only a lower-case "mi" (pt-BR) is a multiplier.
const MULTIPLIERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(k|K|mille|mila|mil|thousand|Tsd|tsd|Tausend)(?![\p{L}])/u, 1e3],
  [/^(M|m|Mio|mn|mln|Mln|mi|mill|Mio|mio|million|millions|milioni|milhão|milhões|millón|millones|Millionen?)(?![\p{L}])/u, 1e6],
  [/^(B|Md|Mrd|mrd|bn|mld|Mld|bi|milliard|milliards|billion|billions|Milliarden?|miliardi|bilhões|bilhão)(?![\p{L}])/u, 1e9],
];

// A number with optional grouping (space, no-break space, narrow no-break space, dot, comma, apostrophe).
const NUMBER = /\d+(?:[ \u00a0\u202f.,'’]\d+)*/u;
const SPACES = /[ \u00a0\u202f]/gu;

/** First count in `text`, or undefined when it holds no digits. */
export function parseCount(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match.index + match[0].length).replace(/^[ \u00a0\u202f]*/u, '');
  const multiplier = MULTIPLIERS.find(([re]) => re.test(rest))?.[1];
  const raw = match[0].replace(SPACES, ' ');
  if (multiplier !== undefined) return Math.round(parseDecimal(raw) * multiplier);
  return Math.round(parseGrouped(raw));
}

/** "1,2" / "1.2" / "1 234,5" → 1.2 / 1.2 / 1234.5: the last dot or comma is the decimal mark. */
function parseDecimal(raw: string): number {
  const compact = raw.replace(/[ '’]/gu, '');
  const lastSep = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
  if (lastSep < 0) return Number(compact);
  const whole = compact.slice(0, lastSep).replace(/[.,]/gu, '');
  return Number(`${whole}.${compact.slice(lastSep + 1)}`);
}

/** Without a multiplier: groups of three after a separator are thousands, anything else a decimal. */
function parseGrouped(raw: string): number {
  const groups = raw.split(/[ .,'’]/u);
  const [head = '', ...tail] = groups;
  if (tail.length === 0) return Number(head);
  if (tail.every((g) => g.length === 3)) return Number(groups.join(''));
  return parseDecimal(raw);
}

// "abonnés" (fr), "followers"/"Follower" (en, de, it), "seguidores" (pt, es), "seguaci" (it), "Abonnenten" (de).
const FOLLOWER_WORD = '(?:followers?|follower:innen|abonné(?:e)?s?|seguidores|seguaci|abonnenten)';
const FOLLOWER_WORDS = new RegExp(`(?:^|[^\\p{L}])${FOLLOWER_WORD}(?![\\p{L}])`, 'iu');
const FOLLOWERS_NEAR = new RegExp(
  `(\\d+(?:[ \\u00a0\\u202f.,'’]\\d+)*(?:[ \\u00a0\\u202f]*(?:k|K|M|m|Md|B|mille|mil|mila|Tsd\\.?|Mio\\.?|mi|mln|million|millions))?)[ \\u00a0\\u202f]*${FOLLOWER_WORD}(?![\\p{L}])`,
  'iu',
);

/**
 * Follower count from a headline or bio line ("12 k abonnés", "48,210 followers"), or undefined
 * when the line does not mention followers — a headline number ("10 ans chez Atelier Nova") is not one.
 */
export function parseFollowers(text: string | null | undefined): number | undefined {
  if (!text || !FOLLOWER_WORDS.test(text)) return undefined;
  const near = FOLLOWERS_NEAR.exec(text);
  return near ? parseCount(near[1]) : undefined;
}
