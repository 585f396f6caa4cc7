/**
 * The swear words of a text (the table is SWEARING in ./lexicon/shared.ts): strong ones make the
 * comment toxic as vulgar language in `classify`, and the learned layer's toxic reading is checked
 * without any of them (./model/combine.ts). Pure.
 */
import { SWEARING } from './lexicon/shared';
import type { Token } from './normalise';

export interface SwearWord {
  /** As written, lower-cased. */
  word: string;
  vulgar: boolean;
  start: number;
  end: number;
}

const LETTER = /\p{L}/u;

/** A letter may be stretched (three times or more: "fuuuck", not "shiitake"); `*` is literal. */
function charPattern(c: string): string {
  return c === ' ' ? '\\s+' : c === '*' ? '\\*' : LETTER.test(c) ? `${c}(?:${c}{2,})?` : c.replace(/[.?+^$|()[\]{}\\-]/gu, '\\$&');
}

/** The rest of a word of the table after its first letter; a trailing `*` is any ending. */
function restPattern(word: string): string {
  const prefix = word.length > 1 && word.endsWith('*');
  const body = [...(prefix ? word.slice(0, -1) : word)].slice(1);
  return body.map(charPattern).join('') + (prefix ? '[\\p{L}\\p{N}]*' : '');
}

/**
 * Whole words (not after a hyphen: "pique-nique"), longest first, grouped by first letter so the
 * scan of a comment with none (most of them) tries one branch per word start.
 */
function whole(words: readonly string[], flags: string): RegExp {
  const groups = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const first = w.toLowerCase()[0] as string;
    groups.set(first, [...(groups.get(first) ?? []), restPattern(w.toLowerCase())]);
  }
  const branches = [...groups].map(([first, rests]) => `${charPattern(first)}(?:${rests.join('|')})`);
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${branches.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

let compiled: { re: RegExp; vulgar: RegExp } | undefined;
function regexps(): { re: RegExp; vulgar: RegExp } {
  compiled ??= {
    re: whole(SWEARING.map(([w]) => w), 'giu'),
    // Whole match: a mild phrase may hold a strong word ("dead ass").
    vulgar: new RegExp(`^${whole(SWEARING.filter(([, kind]) => kind === 'vulgar').map(([w]) => w), 'iu').source}$`, 'iu'),
  };
  return compiled;
}

/** Every swear word of `text`, strong (`vulgar`) or mild, in order. */
export function swearWords(text: string): SwearWord[] {
  const { re, vulgar } = regexps();
  const out: SwearWord[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ word: m[0].toLowerCase().replace(/\s+/gu, ' '), vulgar: vulgar.test(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

let heads: { whole: Set<string>; pairs: Set<number>; short: string[] } | undefined;

const pair = (k: string): number => (k.charCodeAt(0) << 16) | k.charCodeAt(1);

/**
 * Whether a comment's words (the normaliser's tokens: folded, unmasked) may hold a strong swear
 * word, by their first letters: a quick look that spares most comments `swearWords`' scan. Never
 * false where the scan would find one; a stretched word ("fuuuck") always passes.
 */
export function mayBeVulgar(tokens: readonly Token[]): boolean {
  if (heads === undefined) {
    const whole = new Set<string>();
    const short: string[] = [];
    for (const [word, kind] of SWEARING) {
      if (kind !== 'vulgar') continue;
      const folded = word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/gu, '').split(' ')[0] as string;
      const star = folded.indexOf('*');
      // A masked word ("f*ck") reaches the normaliser as its pieces: "f", "ck".
      const base = star < 0 ? folded : folded.slice(0, star);
      if (star > 0 && star < folded.length - 1) whole.add(base);
      else if (base.length < 4 && star > 0) short.push(base);
      else whole.add(base.slice(0, 4));
    }
    heads = { whole, short, pairs: new Set([...whole, ...short].filter((h) => h.length > 2).map(pair)) };
  }
  for (const t of tokens) {
    if (t.alt !== null) return true;
    const k = t.key;
    if (k.length <= 2) {
      if (heads.whole.has(k)) return true;
      continue;
    }
    if (!heads.pairs.has(pair(k))) continue;
    if (heads.whole.has(k.length > 4 ? k.slice(0, 4) : k)) return true;
    for (const p of heads.short) if (k.startsWith(p)) return true;
  }
  return false;
}

/**
 * Whether a comment is toxic only for its vulgar language: nothing but the vulgar flag (or the
 * model agreeing with it, which names no words) stands behind its toxic label. Such a comment is
 * still what its other labels say — a customer swearing about an outage needs the complaint's
 * answer first, not a reminder about respect.
 */
export function isVulgarOnly(c: { labels: readonly string[]; reasons: readonly { rule?: string; label?: string; match: string }[] }): boolean {
  if (!c.labels.includes('toxic')) return false;
  const behind = c.reasons.filter((r) => r.label === 'toxic');
  return behind.some((r) => r.rule === 'toxic.vulgar') && behind.every((r) => r.rule === 'toxic.vulgar' || (r.rule === 'model.toxic' && r.match === ''));
}
