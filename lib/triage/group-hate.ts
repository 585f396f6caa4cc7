/**
 * Hate at a group in ordinary words: a group named (GROUPS) in the sentence of a generalisation, a
 * call to exclude or a claim of unfitness (GROUP_HOSTILITY). Words reported or quoted (the mask)
 * do not count, nor a group the writer says they belong to ("as a disabled customer"). Pure; the word lists are in ./lexicon/groups.ts.
 */
import { longestMatch, type TrieNode } from './compile';
import { phraseTrie, sentence } from './context';
import { GROUP_HOSTILITY, GROUPS, MEMBERSHIP_BEFORE } from './lexicon/groups';
import { TokenKind, type Token } from './normalise';

let hostility: TrieNode<true> | undefined;

/** The first sentence's range from the group to the hostile words (either order), or null. */
export function groupHateSpan(tokens: readonly Token[], mask: Uint8Array | null): [number, number] | null {
  const free = (k: number): boolean => (tokens[k] as Token).kind === TokenKind.Word && (mask === null || mask[k] === 0);
  const member = (g: number): boolean =>
    MEMBERSHIP_BEFORE.some((words) => words.every((w, i) => tokens[g - words.length + i]?.key === w));
  const isGroup = (k: number): boolean => free(k) && GROUPS.has((tokens[k] as Token).key) && !member(k);
  let group = -1;
  for (let k = 0; k < tokens.length && group < 0; k++) if (isGroup(k)) group = k;
  if (group < 0) return null;
  hostility ??= phraseTrie(GROUP_HOSTILITY);
  for (let g = group; g < tokens.length; g++) {
    if (!isGroup(g)) continue;
    const [s, e] = sentence(tokens, g);
    for (let k = s; k < e; k++) {
      if (!free(k)) continue;
      const m = longestMatch(hostility, tokens, k);
      if (m !== null && m.end <= e) return [Math.min(g, k), Math.max(g + 1, m.end)];
    }
    g = e;
  }
  return null;
}
