import { describe, expect, it } from 'vitest';
import { insertTerm, longestMatch, newNode, type TrieNode } from '@/lib/triage/compile';
import { normalise } from '@/lib/triage/normalise';

/** A trie of named terms: each term's node holds its own text, so a match says which term won. */
function trieOf(terms: string[]): TrieNode<string> {
  const root = newNode<string>();
  for (const term of terms) {
    const node = insertTerm(root, term);
    if (node) node.info = term;
  }
  return root;
}

function matchAt(root: TrieNode<string>, text: string, start = 0): string | null {
  return longestMatch(root, normalise(text).tokens, start)?.info ?? null;
}

describe('longestMatch with numbers', () => {
  const root = trieOf(['5 etoiles', '# jours sans', '# jours', '1 star']);

  it('reaches a term for any number when the same number starts a literal term', () => {
    expect(matchAt(root, '5 jours sans internet')).toBe('# jours sans');
    expect(matchAt(root, '1 jours sans box')).toBe('# jours sans');
  });

  it('keeps the literal term where it matches', () => {
    expect(matchAt(root, '5 etoiles bien méritées')).toBe('5 etoiles');
    expect(matchAt(root, '1 star only')).toBe('1 star');
  });

  it('takes the longest of the two paths', () => {
    expect(matchAt(root, '5 jours')).toBe('# jours');
    expect(matchAt(root, '12 jours sans réseau')).toBe('# jours sans');
    expect(matchAt(root, '5 minutes')).toBeNull();
  });
});
