/**
 * Public API of the triage engine. Pure: runs in the panel, the background and Node alike.
 *   classify          labels, sentiment, language, competitors and reasons for one comment
 *   assessAuthor      follower tier, verified, watchlist and competitor account
 *   detectBuzz        bad-buzz levels per post and per brand
 *   prioritise        one explained score per comment for the queue
 *   correctionToLexiconEntry / mergeLexiconEntry   learn from a community manager's corrections
 *   detectIntents     what a comment is about (delivery delay, gift card, partnership…), with reasons
 */
export { classify, LABEL_THRESHOLDS, type ClassifyInput, type ClassifyOptions } from './classify';
export { detectCompetitors } from './competitors';
export { assessAuthor, isInfluential, tierOf, findWatchlistEntry, findCompetitorAccount, type AuthorAssessment } from './influence';
export { detectBuzz, buzzEventOf, isNegative, type BuzzEvent, type BuzzAssessment, type BuzzReport, type BuzzWindow, type BuzzOptions } from './buzz';
export { prioritise, type Priority, type PriorityPart, type PriorityContext } from './priority';
export { correctionToLexiconEntry, mergeLexiconEntry, salientTerm, CorrectionError, type Correction } from './corrections';
export {
  TriageConfigSchema,
  FollowerTiersSchema,
  PriorityWeightsSchema,
  BuzzThresholdsSchema,
  BuzzLevelSchema,
  BUZZ_LEVELS,
  INFLUENCE_TIERS,
  DEFAULT_TRIAGE_CONFIG,
  DEFAULT_TIERS,
  DEFAULT_WEIGHTS,
  DEFAULT_BUZZ_THRESHOLDS,
  type TriageConfig,
  type FollowerTiers,
  type PriorityWeights,
  type BuzzThresholds,
  type BuzzLevel,
  type InfluenceTier,
} from './config';
export { LEXICON_SOURCES } from './lexicon';
export { detectIntents, inferTemplateIntents, intentName, type IntentMatch, type IntentReason, type IntentOptions } from './intents';
export { isVulgarOnly } from './swearing';
