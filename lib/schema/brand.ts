import { z } from 'zod';
import { LanguageSchema, PlatformSchema } from './platform';

/** How a brand addresses people in French replies. `either` disables the check. */
export const AddressFormSchema = z.enum(['tu', 'vous', 'either']);

export const VoiceProfileSchema = z.object({
  address: AddressFormSchema.default('vous'),
  /** Words or phrases that must never appear in a reply (case- and accent-insensitive). */
  forbiddenWords: z.array(z.string().min(1)).default([]),
  /** Sign-off every reply must end with, e.g. "^Léa" or "L'équipe Riposte". Empty: no check. */
  signOff: z.string().default(''),
  /** none: no emoji allowed; limited: at most `maxEmoji`; free: no limit. */
  emojiPolicy: z.enum(['none', 'limited', 'free']).default('limited'),
  maxEmoji: z.number().int().nonnegative().default(2),
  maxExclamations: z.number().int().nonnegative().default(1),
});
export type VoiceProfile = z.infer<typeof VoiceProfileSchema>;

/** One of the brand's own accounts, or a competitor's, on one site. */
export const AccountRefSchema = z.object({
  platform: PlatformSchema,
  /** Handle (without @) or page slug, as it appears in profile URLs. */
  handle: z.string().min(1),
  /** Display name, to recognise the account where the DOM shows only names (Facebook). */
  name: z.string().optional(),
});
export type AccountRef = z.infer<typeof AccountRefSchema>;

export const CompetitorSchema = z.object({
  name: z.string().min(1),
  /** Other spellings and product names that count as a mention. */
  aliases: z.array(z.string().min(1)).default([]),
  accounts: z.array(AccountRefSchema).default([]),
});
export type Competitor = z.infer<typeof CompetitorSchema>;

export const WatchKindSchema = z.enum(['journalist', 'influencer', 'partner', 'vip', 'other']);
export const WatchlistEntrySchema = z.object({
  /** Handle or profile URL or display name; matched case-insensitively. */
  who: z.string().min(1),
  platform: PlatformSchema.optional(),
  kind: WatchKindSchema,
  note: z.string().default(''),
});
export type WatchlistEntry = z.infer<typeof WatchlistEntrySchema>;

/** A community manager's correction: this term forces a label or a polarity for this brand. */
export const LexiconEntrySchema = z.object({
  term: z.string().min(1),
  /** Labels the term adds (e.g. "tuerie" → praise). */
  addLabels: z.array(z.string()).default([]),
  /** Labels the term cancels (e.g. "War Zone" is a product: not toxic). */
  removeLabels: z.array(z.string()).default([]),
  polarity: z.enum(['negative', 'neutral', 'positive']).optional(),
});
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

export const BrandSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Default reply language. */
  language: LanguageSchema.default('fr'),
  ownAccounts: z.array(AccountRefSchema).default([]),
  voice: VoiceProfileSchema.default(VoiceProfileSchema.parse({})),
  /** Custom template variables, e.g. { support_link: "https://…" }. Keys are snake_case. */
  variables: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.string()).default({}),
  competitors: z.array(CompetitorSchema).default([]),
  watchlist: z.array(WatchlistEntrySchema).default([]),
  lexicon: z.array(LexiconEntrySchema).default([]),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Brand = z.infer<typeof BrandSchema>;
export type BrandInput = z.input<typeof BrandSchema>;
