/**
 * Dates as the sites show them. X and Instagram give `time[datetime]` (ISO); Facebook and
 * LinkedIn's 2026 layout only print a relative age ("2 h", "3 j", "1 sem", "9mo", "Just now"),
 * which we turn into an approximate ISO date against the scan time.
 */

/** ISO string from a `datetime` attribute, or undefined when it is not a date. */
export function isoFromDatetime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Unit words after the number, long and abbreviated, in the UI languages the sites serve (fr, en,
// pt, es, de, it). Dots are removed before matching ("2 sem." → "2 sem", "3 Std." → "3 std").
const UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(s|sec|secs|second|seconds|seconde|secondes|seg|segundo|segundos|sek|sekunde|sekunden|secondo|secondi)$/u, 1000],
  [/^(min|mins|minute|minutes|mn|m|minuto|minutos|minuten|minuti)$/u, MINUTE],
  [/^(h|hr|hrs|hour|hours|heure|heures|hora|horas|std|stunde|stunden|ora|ore)$/u, HOUR],
  [/^(d|day|days|j|jour|jours|dia|dias|día|días|t|tg|tag|tage|tagen|g|giorno|giorni|gg)$/u, DAY],
  [/^(w|wk|wks|week|weeks|sem|semaine|semaines|semana|semanas|wo|woche|wochen|sett|settimana|settimane)$/u, 7 * DAY],
  [/^(mo|mos|month|months|mois|mês|mes|meses|monat|monate|monaten|mese|mesi)$/u, 30 * DAY],
  [/^(y|yr|yrs|year|years|a|an|ans|année|années|ano|anos|año|años|jahr|jahre|jahren|anno|anni)$/u, 365 * DAY],
];

const JUST_NOW = /^(just now|now|à l’instant|à l'instant|maintenant|agora|agora mesmo|ahora|ahora mismo|gerade eben|jetzt|ora|adesso|proprio ora)$/iu;
// "il y a 3 h", "há 3 horas", "hace 3 h", "vor 3 Std.", "3 ore fa", "3d ago".
const PREFIX = /^(il y a|há|hace|vor)\s+/u;
const SUFFIX = /\s+(ago|fa)$/u;

/** A relative age as printed, with the instants it can stand for, or undefined when the text is not one. */
export interface StatedAge {
  text: string;
  /** The oldest instant the age allows ("3 h" → 4 h before the scan, just under). */
  earliest: string;
  /** The most recent instant it allows ("3 h" → 3 h before the scan): what `createdAt` keeps. */
  latest: string;
}

/**
 * A relative age ("2 h", "il y a 3 jours", "3d ago", "1 sem", "9mo", "há 2 semanas", "vor 3 Std.",
 * "2 g fa") read against the scan time `now`, injected so scans are reproducible in tests.
 */
export function statedAge(text: string | null | undefined, now: number): StatedAge | undefined {
  if (!text) return undefined;
  const source = text.replace(/\s+/gu, ' ').trim();
  const clean = source
    .toLowerCase()
    .replace(/[\u00a0\u202f]/gu, ' ')
    .replace(PREFIX, '')
    .replace(SUFFIX, '')
    .replace(/[·•.]/gu, '')
    .trim();
  if (JUST_NOW.test(clean)) return { text: source, earliest: new Date(now - MINUTE).toISOString(), latest: new Date(now).toISOString() };
  const match = /^(\d{1,3})\s*(\p{L}+)$/u.exec(clean);
  if (!match) return undefined;
  const unit = UNITS.find(([re]) => re.test(match[2] ?? ''))?.[1];
  if (unit === undefined) return undefined;
  const n = Number(match[1]);
  return { text: source, earliest: new Date(now - (n + 1) * unit).toISOString(), latest: new Date(now - n * unit).toISOString() };
}

/** The comment's `statedDate` for an age: its text and how far before `latest` the range reaches. */
export function statedDateOf(age: StatedAge | undefined): { text: string; withinMs: number } | undefined {
  return age ? { text: age.text, withinMs: Date.parse(age.latest) - Date.parse(age.earliest) } : undefined;
}

/** The instants a comment's stated age stands for, or undefined when its date was not an age. */
export function statedRange(comment: { createdAt?: string; statedDate?: { withinMs: number } }): { earliest: string; latest: string } | undefined {
  if (!comment.createdAt || !comment.statedDate) return undefined;
  const latest = Date.parse(comment.createdAt);
  return { earliest: new Date(latest - comment.statedDate.withinMs).toISOString(), latest: comment.createdAt };
}

/**
 * Approximate ISO date for a relative age: the most recent instant it allows (see `statedAge`),
 * or undefined when the text is not one.
 */
export function isoFromRelativeAge(text: string | null | undefined, now: number): string | undefined {
  return statedAge(text, now)?.latest;
}
