/**
 * Hate at a group in ordinary words: a group named (GROUPS) in the sentence of a generalisation, a
 * call to exclude or a claim of unfitness (GROUP_HOSTILITY). Words reported or quoted (the mask)
 * do not count, nor a group the writer says they belong to ("as a disabled customer"). Pure; the
 * word lists are in ./lexicon/groups.ts.
 */
import { longestMatch, type TrieNode } from './compile';
import { phraseTrie, sentence } from './context';
import { GROUP_HOSTILITY, GROUPS, MEMBERSHIP_BEFORE } from './lexicon/groups';
import { TokenKind, type Token } from './normalise';

let hostility: TrieNode<true> | undefined;

/** Whether token `k` is a word of the writer's own (not reported or quoted). */
function free(tokens: readonly Token[], mask: Uint8Array | null, k: number): boolean {
  return (tokens[k] as Token).kind === TokenKind.Word && (mask === null || mask[k] === 0);
}

/** Whether token `k` is a group word, free, and not the writer's own group. */
function isGroup(tokens: readonly Token[], mask: Uint8Array | null, k: number): boolean {
  if (!free(tokens, mask, k) || !GROUPS.has((tokens[k] as Token).key)) return false;
  for (const words of MEMBERSHIP_BEFORE) {
    let all = true;
    for (let i = 0; i < words.length && all; i++) all = tokens[k - words.length + i]?.key === words[i];
    if (all) return false;
  }
  return true;
}

/** The first sentence's range from the group to the hostile words (either order), or null. */
export function groupHateSpan(tokens: readonly Token[], mask: Uint8Array | null): [number, number] | null {
  let g = 0;
  while (g < tokens.length && !isGroup(tokens, mask, g)) g++;
  if (g === tokens.length) return null;
  hostility ??= phraseTrie(GROUP_HOSTILITY);
  for (; g < tokens.length; g++) {
    if (!isGroup(tokens, mask, g)) continue;
    const [s, e] = sentence(tokens, g);
    for (let k = s; k < e; k++) {
      if (!free(tokens, mask, k)) continue;
      const m = longestMatch(hostility, tokens, k);
      if (m !== null && m.end <= e) return [Math.min(g, k), Math.max(g + 1, m.end)];
    }
    g = e;
  }
  return null;
}
