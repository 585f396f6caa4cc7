import type { VoiceProfile } from '../schema/brand';
import type { Platform } from '../schema/platform';
import { findAddressCues } from './address';
import { findEmoji } from './emoji';
import { replyLength } from './length';
import { fold } from '../identity/fold';
import { escapeRegExp, foldWithMap, unfoldSpan } from './text';

export type LintRule = 'address' | 'forbidden-word' | 'sign-off' | 'emoji' | 'exclamations' | 'length' | 'empty';

export interface LintIssue {
  rule: LintRule;
  /** `error`: against a hard brand rule or the site's limit; `warning`: worth a second look. */
  severity: 'error' | 'warning';
  /** Values for the UI's translated message, e.g. { expected: 'vous', found: 'tu' }. */
  params: Record<string, string | number>;
  /** UTF-16 range in the reply the issue is about, for highlighting. */
  span?: { start: number; end: number };
}

export interface LintOptions {
  voice: VoiceProfile;
  /** Where the reply goes: checks that site's length limit. */
  platform?: Platform;
  /** Language of the reply: tutoiement/vouvoiement is checked in French only. */
  language: 'fr' | 'en' | 'other';
  /** Override site limits (e.g. an X Premium account). */
  limits?: Partial<Record<Platform, number>>;
}

function addressIssues(text: string, voice: VoiceProfile, language: LintOptions['language']): LintIssue[] {
  if (language !== 'fr' || voice.address === 'either') return [];
  const expected = voice.address;
  // Addressing a crowd as "vous" is fine for a "tu" brand; "tu" to a stranger is not for a "vous" brand.
  const severity = expected === 'vous' ? 'error' : 'warning';
  return findAddressCues(text)
    .filter((cue) => cue.kind !== expected)
    .map((cue) => ({ rule: 'address', severity, params: { expected, found: cue.kind, match: cue.match }, span: { start: cue.start, end: cue.end } }));
}

const WORD_CHAR = String.raw`[\p{L}\p{N}]`;

function forbiddenIssues(text: string, forbidden: readonly string[]): LintIssue[] {
  if (forbidden.length === 0) return [];
  const { folded, map } = foldWithMap(text);
  const issues: LintIssue[] = [];
  for (const entry of forbidden) {
    const phrase = fold(entry).trim().split(/\s+/).filter(Boolean).map(escapeRegExp).join(String.raw`\s+`);
    if (!phrase) continue;
    // Whole words only: "con" must not flag "contact", but "arnaque" flags "Arnaque !".
    const pattern = new RegExp(`(?<!${WORD_CHAR})${phrase}(?!${WORD_CHAR})`, 'gu');
    for (const match of folded.matchAll(pattern)) {
      issues.push({
        rule: 'forbidden-word',
        severity: 'error',
        params: { word: entry },
        span: unfoldSpan(map, match.index, match.index + match[0].length),
      });
    }
  }
  return issues.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

/** Whitespace- and accent-insensitive, so "L'équipe  Riposte" matches "L’Équipe Riposte". */
function normaliseSignOff(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/** Does the reply already end with the sign-off (ignoring case, accents and spacing)? An empty sign-off always matches. */
export function endsWithSignOff(text: string, signOff: string): boolean {
  const expected = normaliseSignOff(signOff);
  return !expected || normaliseSignOff(text).endsWith(expected);
}

function signOffIssues(text: string, signOff: string): LintIssue[] {
  if (endsWithSignOff(text, signOff)) return [];
  return [{ rule: 'sign-off', severity: 'warning', params: { signOff: signOff.trim() } }];
}

function emojiIssues(text: string, voice: VoiceProfile): LintIssue[] {
  if (voice.emojiPolicy === 'free') return [];
  const max = voice.emojiPolicy === 'none' ? 0 : voice.maxEmoji;
  const emoji = findEmoji(text);
  if (emoji.length <= max) return [];
  const first = emoji[max];
  return [
    {
      rule: 'emoji',
      severity: 'warning',
      params: { count: emoji.length, max, policy: voice.emojiPolicy },
      span: first ? { start: first.start, end: first.end } : undefined,
    },
  ];
}

const EXCLAMATION = /[!！‼]/gu;

function exclamationIssues(text: string, max: number): LintIssue[] {
  const marks = [...text.matchAll(EXCLAMATION)];
  const count = marks.reduce((sum, m) => sum + (m[0] === '‼' ? 2 : 1), 0);
  if (count <= max) return [];
  const excess = marks[Math.min(max, marks.length - 1)];
  return [
    {
      rule: 'exclamations',
      severity: 'warning',
      params: { count, max },
      span: excess ? { start: excess.index, end: excess.index + excess[0].length } : undefined,
    },
  ];
}

function lengthIssues(text: string, platform: Platform | undefined, limits: LintOptions['limits']): LintIssue[] {
  if (!platform) return [];
  const { length, limit, overflowAt } = replyLength(text, platform, limits);
  if (overflowAt === undefined) return [];
  return [{ rule: 'length', severity: 'error', params: { platform, length, limit }, span: { start: overflowAt, end: text.length } }];
}

/**
 * Checks a reply against the brand's voice and the site's length limit. Reports, never rewrites:
 * the community manager decides. Issues come in a stable order: errors first, then by position.
 */
export function lintReply(text: string, options: LintOptions): LintIssue[] {
  if (!text.trim()) return [{ rule: 'empty', severity: 'error', params: {} }];
  const { voice } = options;
  const issues = [
    ...lengthIssues(text, options.platform, options.limits),
    ...addressIssues(text, voice, options.language),
    ...forbiddenIssues(text, voice.forbiddenWords),
    ...signOffIssues(text, voice.signOff),
    ...emojiIssues(text, voice),
    ...exclamationIssues(text, voice.maxExclamations),
  ];
  const rank = (issue: LintIssue): number => (issue.severity === 'error' ? 0 : 1);
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => rank(a.issue) - rank(b.issue) || a.order - b.order)
    .map(({ issue }) => issue);
}
