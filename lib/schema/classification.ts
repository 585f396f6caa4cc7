import { z } from 'zod';

/**
 * What the triage engine can flag on a comment. Multi-label: an angry question with a slur is
 * `complaint` + `question` + `toxic` at once.
 * - complaint: the author reports a problem with the brand's product or service;
 * - question: the author expects an answer;
 * - lead: purchase or partnership intent;
 * - praise: the author is pleased with the brand;
 * - spam: promotion, scams, follow-for-follow, off-topic links;
 * - toxic: insults, hate, harassment or threats — to moderate.
 */
export const TRIAGE_LABELS = ['complaint', 'question', 'lead', 'praise', 'spam', 'toxic'] as const;
export const TriageLabelSchema = z.enum(TRIAGE_LABELS);
export type TriageLabel = z.infer<typeof TriageLabelSchema>;

export const POLARITIES = ['negative', 'neutral', 'positive'] as const;
export const PolaritySchema = z.enum(POLARITIES);
export type Polarity = z.infer<typeof PolaritySchema>;

/** Content language as detected; `other` covers emoji-only comments and languages Riposte does not speak. */
export const DetectedLanguageSchema = z.enum(['fr', 'en', 'other']);
export type DetectedLanguage = z.infer<typeof DetectedLanguageSchema>;

export const SentimentSchema = z.object({
  value: PolaritySchema,
  /** -1 (very negative) … +1 (very positive). `value` is derived from it with a neutral band. */
  score: z.number().min(-1).max(1),
});
export type Sentiment = z.infer<typeof SentimentSchema>;

/** Where a reason came from: the built-in rules, the learned model (lib/triage/model), or the brand's own corrections lexicon. */
export const ReasonSourceSchema = z.enum(['rule', 'brand-lexicon', 'model']);

/**
 * One piece of evidence behind a flag, so the panel can say *why* ("“jamais reçu” → complaint").
 * `label` is absent for evidence that only moves the sentiment or the language.
 */
export const ReasonSchema = z.object({
  /** Stable rule id, e.g. `lexicon.complaint`, `negation`, `sarcasm`, `spam.phone`, `question.rhetorical`. */
  rule: z.string().min(1),
  label: TriageLabelSchema.optional(),
  /** Sentiment direction this evidence pushed, when it did. */
  polarity: PolaritySchema.optional(),
  /** The words, emoji or pattern as they appear (normalised) in the comment. */
  match: z.string(),
  /** Short human-readable explanation, English, ready to show in a tooltip. */
  detail: z.string(),
  source: ReasonSourceSchema.default('rule'),
  /** The learned layer's probability behind this reason (0–1), when it came from the model. */
  confidence: z.number().min(0).max(1).optional(),
  /** How many of the cue the comment holds (links, @mentions, hashtags), for the panel to say it in its language. */
  count: z.number().int().min(0).optional(),
  /**
   * A brand correction's term (as the brand wrote it) and the labels it adds and removes; the
   * polarity it forces is the reason's `polarity`.
   */
  correction: z
    .object({
      term: z.string(),
      addLabels: z.array(TriageLabelSchema),
      removeLabels: z.array(TriageLabelSchema),
    })
    .optional(),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const ClassificationSchema = z.object({
  labels: z.array(TriageLabelSchema),
  sentiment: SentimentSchema,
  language: DetectedLanguageSchema,
  /** Competitor names (as configured on the brand) mentioned in the text. Empty without a brand. */
  competitors: z.array(z.string()).default([]),
  reasons: z.array(ReasonSchema),
});
export type Classification = z.infer<typeof ClassificationSchema>;
