/** Competitor mentions in a comment's text: names, aliases and handles, on word boundaries. */
import type { Brand, Competitor } from '@/lib/schema/brand';
import type { Platform } from '@/lib/schema/platform';
import { handleKey as storedHandleKey } from '@/lib/identity/keys';
import { compactKey, competitorMatcher } from './brand-rules';
import { longestMatch } from './compile';
import { TokenKind, normalise, type Token } from './normalise';

/** Competitor names mentioned in already-tokenised text (used by `classify`). */
export function competitorsInTokens(tokens: readonly Token[], brand: Pick<Brand, 'competitors'> | undefined): string[] {
  const matcher = competitorMatcher(brand);
  if (matcher === null) return [];
  const found: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i] as Token;
    if (tok.kind === TokenKind.Mention) {
      const name = matcher.handles.get(tok.key) ?? matcher.compactNames.get(compactKey(tok.key));
      if (name !== undefined && !found.includes(name)) found.push(name);
      i++;
      continue;
    }
    const m = tok.kind === TokenKind.Word || tok.kind === TokenKind.Emoji ? longestMatch(matcher.words, tokens, i) : null;
    if (m !== null) {
      if (!found.includes(m.info)) found.push(m.info);
      i = m.end;
    } else i++;
  }
  return found;
}

/**
 * Competitor names (as configured) mentioned in `text`. Case- and accent-insensitive, whole words
 * only: "Orangina" does not mention "Orange".
 */
export function detectCompetitors(text: string, brand: Pick<Brand, 'competitors'> | undefined): string[] {
  return competitorsInTokens(normalise(text).tokens, brand);
}

/**
 * The competitor whose name or alias this handle spells ("ateliernova", "Atelier_Nova" for
 * "Atelier Nova"), for an author whose account is not configured; null when none.
 */
export function competitorByHandle(handle: string, brand: Pick<Brand, 'competitors'> | undefined): string | null {
  const matcher = competitorMatcher(brand);
  return matcher?.compactNames.get(compactKey(handle)) ?? null;
}

/**
 * The brand's competitors with one account (site and handle) moved to `competitor`, or taken off
 * every competitor when `competitor` is null ("Correct the flags": this author is, or is not,
 * that competitor's account). Other competitors and accounts are left as they were.
 */
export function withCompetitorAccount(competitors: readonly Competitor[], platform: Platform, handle: string, competitor: string | null): Competitor[] {
  const key = storedHandleKey(handle);
  return competitors.map((c) => {
    const kept = (c.accounts ?? []).filter((a) => !(a.platform === platform && storedHandleKey(a.handle) === key));
    const accounts = c.name === competitor ? [...kept, { platform, handle: handle.replace(/^@+/u, '') }] : kept;
    return accounts.length === (c.accounts ?? []).length && c.name !== competitor ? c : { ...c, accounts };
  });
}
