/**
 * User-tunable triage settings: follower tiers, priority weights and bad-buzz thresholds. One zod
 * schema with defaults, so the Settings screen can embed it and `TriageConfigSchema.parse({})`
 * gives the defaults.
 */
import { z } from 'zod';

const count = z.number().int().nonnegative();
const points = z.number().min(-1000).max(1000);

/**
 * Minimum followers for each tier. Defaults follow the common industry split: nano 1k–10k,
 * micro 10k–100k, macro 100k–1M, mega 1M+.
 */
export const FollowerTiersSchema = z
  .object({
    nano: count.default(1_000),
    micro: count.default(10_000),
    macro: count.default(100_000),
    mega: count.default(1_000_000),
  })
  .refine((t) => t.nano <= t.micro && t.micro <= t.macro && t.macro <= t.mega, {
    message: 'Tiers must grow: nano ≤ micro ≤ macro ≤ mega',
  });
export type FollowerTiers = z.infer<typeof FollowerTiersSchema>;

export const INFLUENCE_TIERS = ['none', 'nano', 'micro', 'macro', 'mega'] as const;
export type InfluenceTier = (typeof INFLUENCE_TIERS)[number];

export const BUZZ_LEVELS = ['none', 'watch', 'alert', 'crisis'] as const;
export const BuzzLevelSchema = z.enum(BUZZ_LEVELS);
export type BuzzLevel = z.infer<typeof BuzzLevelSchema>;

/** Points each signal adds to a comment's priority. Negative points push a comment down. */
export const PriorityWeightsSchema = z.object({
  complaint: points.default(30),
  toxic: points.default(25),
  question: points.default(18),
  lead: points.default(22),
  praise: points.default(3),
  spam: points.default(-25),
  /** Times how negative the comment is (0 … 1). */
  negativity: points.default(12),
  tier: z
    .object({ none: points.default(0), nano: points.default(4), micro: points.default(10), macro: points.default(18), mega: points.default(26) })
    .default({ none: 0, nano: 4, micro: 10, macro: 18, mega: 26 }),
  verified: points.default(8),
  watchlist: z
    .object({ journalist: points.default(30), influencer: points.default(20), partner: points.default(18), vip: points.default(22), other: points.default(10) })
    .default({ journalist: 30, influencer: 20, partner: 18, vip: 22, other: 10 }),
  competitorAccount: points.default(6),
  competitorMention: points.default(6),
  /** Per hour a comment that needs a reply has been waiting, up to `ageMax`. */
  agePerHour: points.default(2),
  ageMax: points.default(24),
  /** Per like, on a log scale (1 like: ×1, 7 likes: ×3, 63 likes: ×6). */
  likes: points.default(2),
  buzz: z
    .object({ none: points.default(0), watch: points.default(8), alert: points.default(18), crisis: points.default(32) })
    .default({ none: 0, watch: 8, alert: 18, crisis: 32 }),
  /** An answered comment keeps this share of its score (it stays visible, lower down). */
  answeredFactor: z.number().min(0).max(1).default(0.2),
});
export type PriorityWeights = z.infer<typeof PriorityWeightsSchema>;

/** How bad buzz is measured: a recent window compared with the baseline window just before it. */
export const BuzzThresholdsSchema = z.object({
  recentMinutes: z.number().int().positive().default(60),
  baselineMinutes: z.number().int().positive().default(24 * 60),
  /** Fewer negative comments than this in the recent window never raise an alert. */
  minNegatives: z.number().int().positive().default(3),
  /** Baseline rate floor (negatives per hour), so a quiet baseline does not make every blip a crisis. */
  baselineFloorPerHour: z.number().positive().default(0.5),
  watchRatio: z.number().positive().default(1.5),
  alertRatio: z.number().positive().default(3),
  crisisRatio: z.number().positive().default(6),
  /** Rise in negative share (0 … 1) that counts on its own, for slow posts. */
  watchShareRise: z.number().min(0).max(1).default(0.15),
  alertShareRise: z.number().min(0).max(1).default(0.3),
  /** A crisis also needs this many negative comments in the recent window. */
  crisisMinNegatives: z.number().int().positive().default(10),
});
export type BuzzThresholds = z.infer<typeof BuzzThresholdsSchema>;

export const TriageConfigSchema = z.object({
  tiers: FollowerTiersSchema.default({ nano: 1_000, micro: 10_000, macro: 100_000, mega: 1_000_000 }),
  weights: PriorityWeightsSchema.default(PriorityWeightsSchema.parse({})),
  buzz: BuzzThresholdsSchema.default(BuzzThresholdsSchema.parse({})),
});
export type TriageConfig = z.infer<typeof TriageConfigSchema>;

export const DEFAULT_TRIAGE_CONFIG: TriageConfig = TriageConfigSchema.parse({});
export const DEFAULT_TIERS: FollowerTiers = DEFAULT_TRIAGE_CONFIG.tiers;
export const DEFAULT_WEIGHTS: PriorityWeights = DEFAULT_TRIAGE_CONFIG.weights;
export const DEFAULT_BUZZ_THRESHOLDS: BuzzThresholds = DEFAULT_TRIAGE_CONFIG.buzz;
