/**
 * The brand editor's form state and its conversion to and from a stored Brand. The form keeps
 * raw strings (a comma list stays as typed while the user types); conversion and validation
 * happen here, in one place, so the first-run screen and the brand editor agree.
 */
import type { MessageKey } from '@/lib/i18n';
import { handleFromInput } from '@/lib/identity';
import type { AccountRef, Brand, BrandInput, Competitor, VoiceProfile } from '@/lib/schema/brand';
import { PLATFORMS, type Language, type Platform } from '@/lib/schema/platform';

export interface AccountDraft {
  platform: Platform;
  handle: string;
  name: string;
}

export interface CompetitorDraft {
  name: string;
  /** Comma- or line-separated. */
  aliases: string;
  accounts: AccountDraft[];
}

export interface VariableDraft {
  key: string;
  value: string;
}

export interface BrandDraft {
  name: string;
  language: Language;
  address: VoiceProfile['address'];
  forbiddenWords: string;
  signOff: string;
  emojiPolicy: VoiceProfile['emojiPolicy'];
  maxEmoji: number;
  maxExclamations: number;
  variables: VariableDraft[];
  competitors: CompetitorDraft[];
  ownAccounts: AccountDraft[];
}

export const VARIABLE_KEY = /^[a-z][a-z0-9_]*$/;

/** Split a comma- or newline-separated list: trimmed, empty items dropped, duplicates removed. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const item = raw.trim();
    const key = item.toLowerCase();
    if (item && !seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

export function joinList(items: readonly string[]): string {
  return items.join(', ');
}

export function emptyAccount(platform: Platform = 'facebook'): AccountDraft {
  return { platform, handle: '', name: '' };
}

export function emptyCompetitor(): CompetitorDraft {
  return { name: '', aliases: '', accounts: [emptyAccount('x')] };
}

function accountDraft(account: AccountRef): AccountDraft {
  return { platform: account.platform, handle: account.handle, name: account.name ?? '' };
}

export function draftFromBrand(brand?: Brand): BrandDraft {
  if (!brand) {
    return {
      name: '',
      language: 'fr',
      address: 'vous',
      forbiddenWords: '',
      signOff: '',
      emojiPolicy: 'limited',
      maxEmoji: 2,
      maxExclamations: 1,
      variables: [],
      competitors: [],
      ownAccounts: [],
    };
  }
  return {
    name: brand.name,
    language: brand.language,
    address: brand.voice.address,
    forbiddenWords: joinList(brand.voice.forbiddenWords),
    signOff: brand.voice.signOff,
    emojiPolicy: brand.voice.emojiPolicy,
    maxEmoji: brand.voice.maxEmoji,
    maxExclamations: brand.voice.maxExclamations,
    variables: Object.entries(brand.variables).map(([key, value]) => ({ key, value })),
    competitors: brand.competitors.map((c) => ({ name: c.name, aliases: joinList(c.aliases), accounts: c.accounts.map(accountDraft) })),
    ownAccounts: brand.ownAccounts.map(accountDraft),
  };
}

/** Field path → message key. Paths: "name", "maxEmoji", "variables.2.key", "competitors.0.name"… */
export type DraftErrors = Partial<Record<string, MessageKey>>;

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 99;
}

export function validateDraft(draft: BrandDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.name.trim()) errors.name = 'options.error.required';
  if (!isCount(draft.maxEmoji)) errors.maxEmoji = 'options.error.count';
  if (!isCount(draft.maxExclamations)) errors.maxExclamations = 'options.error.count';
  const keys = new Set<string>();
  draft.variables.forEach((variable, i) => {
    const key = variable.key.trim();
    if (!key && !variable.value.trim()) return; // an untouched empty row is ignored
    if (!VARIABLE_KEY.test(key)) errors[`variables.${i}.key`] = 'options.error.snakeCase';
    else if (keys.has(key)) errors[`variables.${i}.key`] = 'options.error.duplicateKey';
    keys.add(key);
  });
  draft.competitors.forEach((competitor, i) => {
    const touched = competitor.name.trim() || competitor.aliases.trim() || competitor.accounts.some((a) => a.handle.trim());
    if (touched && !competitor.name.trim()) errors[`competitors.${i}.name`] = 'options.error.required';
  });
  return errors;
}

function accountsFrom(drafts: readonly AccountDraft[]): AccountRef[] {
  const seen = new Set<string>();
  const out: AccountRef[] = [];
  for (const draft of drafts) {
    const handle = handleFromInput(draft.handle);
    const key = `${draft.platform}:${handle.toLowerCase()}`;
    if (!handle || seen.has(key)) continue;
    seen.add(key);
    const name = draft.name.trim();
    out.push(name ? { platform: draft.platform, handle, name } : { platform: draft.platform, handle });
  }
  return out;
}

function competitorsFrom(drafts: readonly CompetitorDraft[]): Competitor[] {
  return drafts
    .filter((c) => c.name.trim())
    .map((c) => ({ name: c.name.trim(), aliases: splitList(c.aliases), accounts: accountsFrom(c.accounts) }));
}

/**
 * The brand to save. `base` is the stored brand when editing (its id, creation date, watchlist and
 * lexicon are kept); without it a new brand is made.
 */
export function brandFromDraft(draft: BrandDraft, base: Brand | undefined, now: Date, newId: () => string = () => crypto.randomUUID()): BrandInput {
  const stamp = now.toISOString();
  const variables: Record<string, string> = {};
  for (const variable of draft.variables) {
    const key = variable.key.trim();
    if (key) variables[key] = variable.value;
  }
  return {
    ...(base ?? {}),
    id: base?.id ?? newId(),
    name: draft.name.trim(),
    language: draft.language,
    ownAccounts: accountsFrom(draft.ownAccounts),
    voice: {
      address: draft.address,
      forbiddenWords: splitList(draft.forbiddenWords),
      signOff: draft.signOff.trim(),
      emojiPolicy: draft.emojiPolicy,
      maxEmoji: draft.maxEmoji,
      maxExclamations: draft.maxExclamations,
    },
    variables,
    competitors: competitorsFrom(draft.competitors),
    createdAt: base?.createdAt ?? stamp,
    updatedAt: stamp,
  };
}

/** One empty account row per site: the first-run screen asks for each site's handle at once. */
export function onePerPlatform(accounts: readonly AccountDraft[]): AccountDraft[] {
  return PLATFORMS.map((platform) => accounts.find((a) => a.platform === platform) ?? emptyAccount(platform));
}
