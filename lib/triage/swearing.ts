/**
 * The swear words of a text (the table is SWEARING in ./lexicon/shared.ts): strong ones make the
 * comment toxic as vulgar language in `classify`, and the learned layer's toxic reading is checked
 * without any of them (./model/combine.ts). Pure.
 */
import { SWEARING } from './lexicon/shared';

export interface SwearWord {
  /** As written, lower-cased. */
  word: string;
  vulgar: boolean;
  start: number;
  end: number;
}

const LETTER = /\p{L}/u;

/** One word of the table as a pattern: a letter may be stretched (three times or more), `*` inside is literal, a trailing `*` any ending. */
function pattern(word: string): string {
  const prefix = word.length > 1 && word.endsWith('*');
  const body = prefix ? word.slice(0, -1) : word;
  let out = '';
  for (const c of body) out += c === ' ' ? '\\s+' : c === '*' ? '\\*' : LETTER.test(c) ? `${c}(?:${c}{2,})?` : c.replace(/[.?+^$|()[\]{}\\-]/gu, '\\$&');
  return prefix ? `${out}[\\p{L}\\p{N}]*` : out;
}

let compiled: { re: RegExp; vulgar: RegExp } | undefined;
function regexps(): { re: RegExp; vulgar: RegExp } {
  if (compiled !== undefined) return compiled;
  // Longest first, so "god damn" is one match and not "damn".
  const sorted = [...SWEARING].sort(([a], [b]) => b.length - a.length);
  const whole = (words: readonly string[], flags: string) => new RegExp(`(?<![\\p{L}\\p{N}-])(?:${words.map(pattern).join('|')})(?![\\p{L}\\p{N}])`, flags);
  compiled = {
    re: whole(sorted.map(([w]) => w), 'giu'),
    vulgar: whole(sorted.filter(([, kind]) => kind === 'vulgar').map(([w]) => w), 'iu'),
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
