/**
 * Problem words that blame no one at the brand. The writer's own mishap told to ask for help ("lost
 * my card on holiday, how do I freeze it?", « je me suis trompé de date, je peux échanger mon
 * billet ? ») is a request; thanks for a problem solved ("thanks for replacing the faulty plug so
 * fast") is praise; bad news about the writer's day ("horrible day at work but the milkshake fixed
 * it") is life. None is a complaint to answer. Pure; the phrases are in ./lexicon/no-blame.ts.
 */
import type { TrieNode } from './compile';
import { firstPhrase, phraseTrie, sentence } from './context';
import { READER } from './lexicon/context';
import { BUT, CONSOLATION, LIFE_WORDS, OWN_MISHAP, PROBLEM_SOLVED, SERVICE_WORDS, STILL_BLAMED } from './lexicon/no-blame';
import { TokenKind, type Token } from './normalise';

let mishapTrie: TrieNode<true> | undefined;
let solvedTrie: TrieNode<true> | undefined;

/** Second-person words that put the brand in a statement ("and your app won't let me"). */
const YOU_STATEMENT: ReadonlySet<string> = new Set([...READER, 'your', 'ur', 'vous', 'votre', 'vos', 'ton', 'ta', 'tes']);
/** Irony that turns thanks into blame ("thanks for fixing it 🙄"). */
const IRONY = /[\u{1F644}\u{1F643}\u{1F612}]/u;

/** Whether a word keeps the brand in the blame: what it still has not done, what keeps happening, irony, a "but" (`withBut`). */
function stillBlamed(tokens: readonly Token[], withBut = true): boolean {
  return tokens.some((t) => (t.kind === TokenKind.Word && (STILL_BLAMED.has(t.key) || (withBut && BUT.has(t.key)))) || IRONY.test(t.key));
}

/**
 * The token range of the writer's own mishap, when the comment blames no one else: no second person
 * outside a question ("can you redirect it?" asks; "and you still charged me" blames), nothing the
 * brand still has not done or keeps doing. Null otherwise.
 */
export function ownMishap(tokens: readonly Token[]): [number, number] | null {
  mishapTrie ??= phraseTrie(OWN_MISHAP);
  const found = firstPhrase(mishapTrie, tokens);
  if (found === null || stillBlamed(tokens)) return null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== TokenKind.Word || !YOU_STATEMENT.has(t.key)) continue;
    const end = tokens[sentence(tokens, i)[1]];
    if (end === undefined || !end.key.includes('?')) return null;
  }
  return found;
}

/** The token range of thanks for a problem solved, when nothing is still blamed. Null otherwise. */
export function problemSolved(tokens: readonly Token[]): [number, number] | null {
  solvedTrie ??= phraseTrie(PROBLEM_SOLVED);
  const found = firstPhrase(solvedTrie, tokens);
  return found === null || stillBlamed(tokens) ? null : found;
}

/** Most tokens between a bad word and the day, the weather or the commute it is about. */
const LIFE_REACH = 2;
/** Most tokens between a bad word and what the brand sells that puts the blame back on it. */
const SERVICE_REACH = 3;

/**
 * Whether every one of the comment's complaint words (`spans`, token ranges) is bad news about the
 * writer's day, week, weather or commute (within LIFE_REACH of such a word in its clause, with none of
 * what the brand sells nearby) and the comment then turns to the brand's comfort ("worst week ever, at
 * least my order came early", « il fait un temps horrible, heureusement le chauffage marche »). False
 * when there is none, when one is about the brand, or without the turn.
 */
export function lifeOnly(tokens: readonly Token[], spans: ReadonlyArray<readonly [number, number]>): boolean {
  if (spans.length === 0 || stillBlamed(tokens, false)) return false;
  const near = (a: number, b: number, reach: number, words: ReadonlySet<string>): boolean => {
    for (let k = a - 1; k >= 0 && k >= a - reach; k--) {
      const t = tokens[k] as Token;
      if (t.kind === TokenKind.Punct) break;
      if (t.kind === TokenKind.Word && words.has(t.key)) return true;
    }
    for (let k = b; k < tokens.length && k < b + reach; k++) {
      const t = tokens[k] as Token;
      if (t.kind === TokenKind.Punct) break;
      if (t.kind === TokenKind.Word && words.has(t.key)) return true;
    }
    return false;
  };
  if (!spans.every(([a, b]) => near(a, b, LIFE_REACH, LIFE_WORDS) && !near(a, b, SERVICE_REACH, SERVICE_WORDS))) return false;
  const last = Math.max(...spans.map(([, b]) => b));
  for (let k = last; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === TokenKind.Word && CONSOLATION.has(t.key)) return true;
  }
  return false;
}
