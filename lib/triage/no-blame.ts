/**
 * Problem words that blame no one at the brand. The writer's own mishap told to ask for help ("lost
 * my card on holiday, how do I freeze it?", « je me suis trompé de date, je peux échanger mon
 * billet ? ») is a request; thanks for a problem solved ("thanks for replacing the faulty plug so
 * fast") is praise. Neither is a complaint to answer. Pure; the phrases are in ./lexicon/no-blame.ts.
 */
import { longestMatch, type TrieNode } from './compile';
import { phraseTrie, sentence } from './context';
import { READER } from './lexicon/context';
import { OWN_MISHAP, PROBLEM_SOLVED, STILL_BLAMED } from './lexicon/no-blame';
import { TokenKind, type Token } from './normalise';

let mishapTrie: TrieNode<true> | undefined;
let solvedTrie: TrieNode<true> | undefined;

/** Second-person words that put the brand in a statement ("and your app won't let me"). */
const YOU_STATEMENT: ReadonlySet<string> = new Set([...READER, 'your', 'ur', 'vous', 'votre', 'vos', 'ton', 'ta', 'tes']);
/** Irony that turns thanks into blame ("thanks for fixing it 🙄"). */
const IRONY = /[\u{1F644}\u{1F643}\u{1F612}]/u;

function firstPhrase(trie: TrieNode<true>, tokens: readonly Token[]): [number, number] | null {
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).kind !== TokenKind.Word) continue;
    const m = longestMatch(trie, tokens, i);
    if (m !== null) return [i, m.end];
  }
  return null;
}

/** Whether a word keeps the brand in the blame: what it still has not done, what keeps happening, a "but". */
function stillBlamed(tokens: readonly Token[]): boolean {
  return tokens.some((t) => (t.kind === TokenKind.Word && STILL_BLAMED.has(t.key)) || IRONY.test(t.key));
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
