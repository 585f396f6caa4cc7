import type { Intent } from '../schema/intent';
import type { Platform } from '../schema/platform';
import { detectIntents, detectRequestTopic, inferTemplateIntents, intentFacets, intentHasFacets, quotedRetort, type IntentMatch, type RequestTopic } from '../triage/intents';
import { detectLanguage } from '../triage/language';
import { normalise } from '../triage/normalise';
import type { Template, TemplateCategory } from '../schema/template';
import { fold } from '../identity/fold';
import { historyVotes, type PreparedHistory } from './history';
import { contentStems, guessLanguage, stem } from './text';
import { hasKinds, predictKinds, situationClass, templateKind, type ClassProbability, type IntentModel, type KindProbability, type SituationClass } from './model-intents';

/**
 * What suggestions need from the triage result. Structural on purpose: a `Classification` from
 * lib/triage fits, and so does anything a test or another engine produces.
 */
export interface SuggestionSignals {
  labels: readonly string[];
  language: 'fr' | 'en' | 'other';
  sentiment?: { value: string };
  /** The comment's intents (`detectIntents`), when already known; otherwise read from its text. */
  intents?: readonly IntentMatch[];
  /**
   * Toxic for its vulgar language alone (`isVulgarOnly`): the toxic label then calls for no reply
   * (hiding a vulgar comment is the moderator's call; a reminder about respect would answer a
   * customer swearing about an outage, or a fan swearing in delight, in the wrong tone).
   */
  vulgarOnly?: boolean;
}

/** Which template categories answer each triage label, and how well (1 = exactly the job). */
const LABEL_CATEGORIES: Record<string, Partial<Record<TemplateCategory, number>>> = {
  complaint: { complaint: 1, crisis: 0.6 },
  question: { question: 1 },
  lead: { lead: 1, question: 0.3 },
  praise: { praise: 1, thanks: 0.9 },
  // A toxic or spam comment needs moderating before anything else it also is: above 1 on purpose.
  toxic: { moderation: 1.2 },
  spam: { moderation: 1.1 },
};

/**
 * The catch-alls that answer a request no intent is made for, best first: an invoice or a job is
 * asked about (the FAQ, then a private message); messages one never wanted are a grievance first.
 */
const TOPIC_CATEGORIES: Record<RequestTopic, readonly TemplateCategory[]> = {
  invoice: ['question', 'complaint'],
  payment: ['question', 'complaint'],
  'delivery-terms': ['question'],
  job: ['question', 'complaint'],
  'personal-data': ['question', 'complaint'],
  accessibility: ['question'],
  loyalty: ['question', 'complaint'],
  'opt-out': ['complaint', 'question'],
  'store-opening': ['question'],
  'take-back': ['question'],
};

/** Used only when triage found no label: the tone still hints at the situation. */
const SENTIMENT_CATEGORIES: Record<string, Partial<Record<TemplateCategory, number>>> = {
  positive: { thanks: 0.5, praise: 0.5 },
  negative: { complaint: 0.4 },
};

/**
 * The score is ordered in tiers, each worth more than everything below it together:
 * 1. whether the template fits at all (made for one of the comment's intents or hints, or of a
 *    category that answers its labels or its tone) rather than sharing a few words only;
 * 2. the comment's language (`replyLanguage`; the brand's default when nothing tells): templates
 *    in another language are kept apart and shown only when none in the comment's fits;
 * 3. how it fits: made for a clear intent, else for a hint, else a category for the labels, else
 *    for the tone;
 * 4. how well: the intent's strength, the category's weight, what the words share, what the brand
 *    chose (or passed over) for similar comments; past use only breaks near-ties.
 * Each tier's step is larger than the spread of everything below it (history can be negative).
 */
const TIER = { intent: 3, hint: 2.5, category: 2, whisper: 1.5, sentiment: 1 } as const;
const WEIGHTS = {
  fits: 40,
  language: 20,
  fallbackLanguage: 20,
  tier: 4,
  intent: 1,
  category: 0.25,
  // Made for the intent, the category only breaks ties: the words tell apart the templates for one intent.
  categoryWithIntent: 0.02,
  similarity: 0.4,
  // Per tag phrase of the template found as is in the comment ("you should", "carte cadeau"), at most two.
  phrase: 0.1,
  // Share of the comment's words for the intent that point to the template's kind inside it (a trade price, not a gift card).
  facet: 0.15,
  history: 1,
  usage: 0.04,
  recency: 0.03,
};
const MAX_PHRASES = 2;
/** The highest raw score, to report scores in 0…1. */
const MAX_SCORE =
  WEIGHTS.fits + TIER.intent * WEIGHTS.tier + WEIGHTS.language + WEIGHTS.intent + 1.2 * WEIGHTS.category + WEIGHTS.similarity + MAX_PHRASES * WEIGHTS.phrase + WEIGHTS.facet + WEIGHTS.history + WEIGHTS.usage + WEIGHTS.recency + 0.001;
/**
 * Below an intent's threshold of 1, evidence from this much on is a hint ("prix" alone): a template
 * made for it ranks after those for a clear intent but before a mere category fit.
 */
const HINT_SCORE = 0.5;
/**
 * Weaker evidence still ("colis", "site", "combien"): used only when the comment has no intent
 * nor hint, to pick which precise template follows the catch-all of its category.
 */
const WHISPER_SCORE = 0.25;
/** Top-3 diversity: a clear intent, or a hint this close to the strongest (share of its score), gets a slot of its own. */
const DIVERSE_SHARE = 0.5;
/** A template's later intents answer a little less than its first. */
const SECONDARY_INTENT = 0.9;
/** Below this similarity a shared word is noise, not a reason. */
const MIN_SIMILARITY = 0.05;
const RECENCY_HALF_LIFE_DAYS = 14;
const DAY_MS = 86_400_000;

export type SuggestionReason =
  | { code: 'intent'; intent: Intent; words: string[] }
  | { code: 'category'; label: string; category: TemplateCategory }
  | { code: 'sentiment'; sentiment: string; category: TemplateCategory }
  | { code: 'language'; language: 'fr' | 'en' }
  | { code: 'brand-language'; language: 'fr' | 'en' }
  | { code: 'similar-words'; words: string[] }
  | { code: 'often-used'; usageCount: number }
  | { code: 'recently-used'; lastUsedAt: string }
  | { code: 'chosen-before'; count: number }
  /** The learned layer's probability that the comment is this template's situation (its intent, or `any:<category>` for a catch-all). */
  | { code: 'model'; situation: SituationClass; probability: number };

export interface Suggestion {
  template: Template;
  /** 0…1, comparable between templates for the same comment. */
  score: number;
  reasons: SuggestionReason[];
}

export interface SuggestOptions {
  /** Only this brand's templates (the active brand). */
  brandId?: string;
  /** Reference time for recency; defaults to now. */
  now?: Date;
  /** Language to prefer when the comment's is `other` (emoji only…): the brand's default. */
  fallbackLanguage?: 'fr' | 'en';
  /** Prefer templates with a variant for this site (a tiny nudge, never decisive). */
  platform?: Platform;
  /** The brand's past choices (`prepareHistory`): what was put in for similar comments moves up. */
  history?: PreparedHistory;
  /**
   * The learned layer (model-intents.ts): where the rules are unsure, its most likely situation
   * leads, and a likely situation none of the suggestions answers takes a slot.
   */
  intentModel?: IntentModel;
}

interface PreparedTemplate {
  template: Template;
  /** sqrt of the sum of squared TF-IDF weights: the cosine denominator. */
  norm: number;
  usage: number;
  lastUsedMs: number | undefined;
  /** What it answers: its own `intents`, else inferred from its title, tags and body. */
  intents: readonly Intent[];
  /**
   * Its tags of several words, folded and spaced like `phraseView`: words the shared-stem
   * similarity drops as function words ("you should", "il faudrait") still tell two templates
   * made for one intent apart.
   */
  phrases: readonly string[];
  /** Its kind inside each intent that has kinds (`intentFacets` of its title and tags, else its body). */
  facets: ReadonlyMap<Intent, string>;
  /** The situation the learned layer names it by. */
  situation: SituationClass;
}

/** Templates indexed once and reused for every comment on the page. */
export interface PreparedTemplates {
  readonly items: readonly PreparedTemplate[];
  /** stem → [template index, weight] postings. */
  readonly postings: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
  /** stem → inverse document frequency. */
  readonly idf: ReadonlyMap<string, number>;
  readonly maxUsage: number;
  /** stem → the languages of the templates using it (bit 1 French, bit 2 English). */
  readonly stemLanguages: ReadonlyMap<string, number>;
}

const LANGUAGE_BIT = { fr: 1, en: 2 } as const;

const NO_FACETS: ReadonlyMap<Intent, string> = new Map();

/** Title and tags describe the situation better than the reply's wording: they count double. */
function templateStemWeights(template: Template): Map<string, number> {
  const weights = new Map<string, number>();
  for (const s of contentStems(template.body)) weights.set(s, 1);
  for (const text of [template.title, ...template.tags]) for (const s of contentStems(text)) weights.set(s, 2);
  return weights;
}

/** Indexes templates for `suggestTemplates`. Cost is linear in the library; do it once per change. */
export function prepareTemplates(templates: readonly Template[]): PreparedTemplates {
  const perTemplate = templates.map(templateStemWeights);
  const documentFrequency = new Map<string, number>();
  for (const weights of perTemplate) for (const s of weights.keys()) documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [s, df] of documentFrequency) idf.set(s, Math.log(1 + templates.length / df));

  const postings = new Map<string, Array<readonly [number, number]>>();
  const stemLanguages = new Map<string, number>();
  let maxUsage = 0;
  const items = templates.map((template, index): PreparedTemplate => {
    let squares = 0;
    for (const [s, weight] of perTemplate[index] ?? []) {
      stemLanguages.set(s, (stemLanguages.get(s) ?? 0) | LANGUAGE_BIT[template.language]);
      const w = weight * (idf.get(s) ?? 0);
      squares += w * w;
      let list = postings.get(s);
      if (!list) postings.set(s, (list = []));
      list.push([index, w]);
    }
    maxUsage = Math.max(maxUsage, template.usageCount);
    const lastUsedMs = template.lastUsedAt ? Date.parse(template.lastUsedAt) : undefined;
    const intents = template.intents ?? inferTemplateIntents(template);
    const phrases = template.tags.map(phraseView).filter((t) => t.trim().includes(' '));
    // Read only for a template made for an intent that has kinds: the rest never use them.
    const hasFacets = intents.some(intentHasFacets);
    const head = hasFacets ? intentFacets([template.title, ...template.tags].join(' . ')) : NO_FACETS;
    const facets = head.size > 0 || !hasFacets ? head : intentFacets(template.body);
    return { template, norm: Math.sqrt(squares), usage: template.usageCount, lastUsedMs, intents, phrases, facets, situation: situationClass(intents, template.category) };
  });
  return { items, postings, idf, maxUsage, stemLanguages };
}

interface Candidate {
  item: PreparedTemplate;
  score: number;
  intentFit: { match: IntentMatch; strength: number } | undefined;
  fit: (SuggestionReason & { weight: number }) | undefined;
  /** Whether it fits at all (tier 1 of the score), not by shared words only. */
  fits: boolean;
  similarity: number;
  i: number;
  /** Probability the learned layer gives its situation, when it moved it or agrees with it. */
  model?: number;
}

/** Higher score first; ties go to the more used template, then by title and id (stable order). */
function ranksBefore(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.item.usage !== b.item.usage) return a.item.usage > b.item.usage;
  const ta = a.item.template;
  const tb = b.item.template;
  if (ta.title !== tb.title) return ta.title < tb.title;
  return ta.id < tb.id;
}

function isPrepared(value: PreparedTemplates | readonly Template[]): value is PreparedTemplates {
  return !Array.isArray(value);
}

/** Best category fit for the comment's labels (or, with none, its sentiment). */
function categoryFits(signals: SuggestionSignals): Map<TemplateCategory, SuggestionReason & { weight: number }> {
  const fits = new Map<TemplateCategory, SuggestionReason & { weight: number }>();
  for (const label of signals.labels) {
    for (const [category, weight] of Object.entries(LABEL_CATEGORIES[label] ?? {}) as [TemplateCategory, number][]) {
      if ((fits.get(category)?.weight ?? 0) < weight) fits.set(category, { code: 'category', label, category, weight });
    }
  }
  if (fits.size === 0 && signals.sentiment) {
    const sentiment = signals.sentiment.value;
    for (const [category, weight] of Object.entries(SENTIMENT_CATEGORIES[sentiment] ?? {}) as [TemplateCategory, number][]) {
      fits.set(category, { code: 'sentiment', sentiment, category, weight });
    }
  }
  return fits;
}

/**
 * Ranks templates for one comment: intent and category fit, language, shared words, then past
 * use; when the comment has several likely intents, the suggestions cover them (`diversify`).
 * Each suggestion carries machine-readable reasons for the UI to translate. A template qualifies
 * only by intent, category or shared words; language and habit alone never push an unrelated one.
 */
export function suggestTemplates(
  comment: { text: string },
  signals: SuggestionSignals,
  templates: PreparedTemplates | readonly Template[],
  limit: number,
  options: SuggestOptions = {},
): Suggestion[] {
  if (limit <= 0) return [];
  // A quoted claim questioned or contradicted is a retort: the kind words the triage heard are the brand's.
  const retort = quotedRetort(comment.text);
  const ignored = (label: string) => (label === 'praise' && retort) || (label === 'toxic' && signals.vulgarOnly === true);
  const classification = signals.labels.some(ignored) ? { ...signals, labels: signals.labels.filter((l) => !ignored(l)) } : signals;
  const index = isPrepared(templates) ? templates : prepareTemplates(templates);
  const { items } = index;
  const nowMs = (options.now ?? new Date()).getTime();
  const fits = categoryFits(classification);
  const commentStems = contentStems(comment.text);
  const commentPhrases = phraseView(comment.text);
  // Libraries repeat their tags: each phrase is looked for once per comment.
  const seenPhrases = new Map<string, boolean>();
  const language = replyLanguage(comment.text, classification.language, commentStems, index);
  // The language catch-alls must be in: the comment's, else the brand's default.
  const replyIn = language ?? options.fallbackLanguage;
  const found = classification.intents ?? detectIntents(comment.text, { labels: classification.labels, minScore: WHISPER_SCORE });
  const commentIntents = found.filter((m) => m.score >= HINT_SCORE);
  // Weak evidence for another intent than those found still beats a catch-all for the slots after them.
  const whispers = found.filter((m) => m.score < HINT_SCORE);
  const topIntentScore = commentIntents[0]?.score ?? 0;
  // A request no intent is made for, stronger than the strongest intent: the catch-alls
  // answer it first, at the tier of an intent of that strength (the intents' own replies follow).
  const topic = detectRequestTopic(comment.text);
  const topicCategories = topic && topic.score >= HINT_SCORE && topic.score > topIntentScore ? byLabels(TOPIC_CATEGORIES[topic.topic], classification.labels) : undefined;
  const topicTier = (topic?.score ?? 0) >= 1 ? TIER.intent : TIER.hint;
  const votes = historyVotes(comment.text, options.history, commentStems);

  // Cosine similarity between the comment's stems (binary, IDF-weighted) and each template.
  const dot = new Float64Array(items.length);
  const sharedStems = new Map<number, string[]>();
  let commentSquares = 0;
  for (const s of commentStems) {
    const idf = index.idf.get(s);
    if (idf === undefined) continue;
    commentSquares += idf * idf;
    for (const [i, w] of index.postings.get(s) ?? []) {
      dot[i] = (dot[i] ?? 0) + w * idf;
      let shared = sharedStems.get(i);
      if (!shared) sharedStems.set(i, (shared = []));
      shared.push(s);
    }
  }
  const commentNorm = Math.sqrt(commentSquares);

  // Keep only the best `limit` as we go: a full sort of 1,000 candidates per comment is waste.
  // Templates in another language than the comment's are kept apart: they are shown only when
  // none in its language fits, so a French comment never sees an English reply beside French ones.
  const best: Candidate[] = [];
  const foreign: Candidate[] = [];
  // The best template in the comment's language for each of its intents, for top-3 diversity.
  const perIntent = new Map<Intent, Candidate>();
  // The same for the intents with weak evidence only, to cover them after the clear ones.
  const perWhisper = new Map<Intent, Candidate>();
  // Catch-alls (made for no intent) by category, to fill the slots nothing else fits.
  const generics = new Map<TemplateCategory, Candidate>();
  const model = options.intentModel;
  // The best template in the reply's language for each situation, whether the rules found it or not.
  const perSituation = model ? new Map<SituationClass, Candidate>() : undefined;
  // And for each kind inside a class that has several (a gift card, a trade price, a plain price).
  const perKind = new Map<string, Candidate>();
  const kinds = model ? kindsOf(model, index) : undefined;
  const kindOf = (item: PreparedTemplate, i: number): string => (model && kinds ? (kinds[i] ??= readKind(model, item)) : '');
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i] as PreparedTemplate;
    const { template } = item;
    if (options.brandId !== undefined && template.brandId !== options.brandId) continue;
    const forModel = perSituation !== undefined && (replyIn === undefined || template.language === replyIn);
    // Like the catch-alls that fill empty slots, only in the reply's language: a French comment is never offered the English FAQ.
    const topicRank =
      topicCategories !== undefined && item.intents.length === 0 && (replyIn === undefined || template.language === replyIn) ? topicCategories.indexOf(template.category) : -1;
    const fit = fits.get(template.category) ?? (topicRank >= 0 ? topicFit(template.category) : undefined);
    const intentFit = bestIntentFit(commentIntents, topIntentScore, item.intents);
    const similarity = commentNorm > 0 && item.norm > 0 ? (dot[i] ?? 0) / (commentNorm * item.norm) : 0;
    const whisper = intentFit ? undefined : whispers.find((w) => item.intents.includes(w.intent));
    const whispered = whisper !== undefined;
    if (!intentFit && !fit && !whispered && similarity < MIN_SIMILARITY) {
      if (item.intents.length === 0 && GENERIC_CATEGORIES.has(template.category)) keepGeneric(generics, item, i, replyIn);
      // Allocated only when it would be kept: most of a large library fits nothing.
      if (forModel) {
        const kind = kindOf(item, i);
        if (beatsUnscored(item, perSituation.get(item.situation))) perSituation.set(item.situation, { item, score: 0, intentFit: undefined, fit: undefined, fits: false, similarity, i });
        if (kind !== '' && beatsUnscored(item, perKind.get(kind))) perKind.set(kind, { item, score: 0, intentFit: undefined, fit: undefined, fits: false, similarity, i });
      }
      continue;
    }

    // A template made for other intents than the comment's does not fit by its category alone
    // (the stock template for a size question); one made for none (a catch-all) still does.
    const elsewhere = !intentFit && commentIntents.length > 0 && item.intents.length > 0;
    // With no intent found, a catch-all of the right category (the FAQ answer) answers better than
    // one made for a precise situation the comment does not mention (the gift-card answer).
    const specific = !intentFit && item.intents.length > 0;
    const byFit = !fit || elsewhere ? 0 : fit.code === 'category' && !specific ? TIER.category : TIER.sentiment;
    const tier =
      topicRank >= 0 ? topicTier : intentFit ? (intentFit.match.score >= 1 ? TIER.intent : TIER.hint) : whispered ? Math.max(byFit, TIER.whisper) : byFit;
    let score =
      (tier > 0 ? WEIGHTS.fits : 0) +
      tier * WEIGHTS.tier +
      (topicRank >= 0 ? 1 - topicRank * TOPIC_STEP : (intentFit?.strength ?? 0)) * WEIGHTS.intent +
      (fit?.weight ?? 0) * (intentFit ? WEIGHTS.categoryWithIntent : WEIGHTS.category) +
      similarity * WEIGHTS.similarity;
    // Only among templates made for the comment's intents: it orders them, it never makes one fit.
    if (intentFit && item.phrases.length > 0) score += phraseHits(commentPhrases, item.phrases, seenPhrases) * WEIGHTS.phrase;
    if (intentFit) score += facetShare(intentFit.match, item.facets) * WEIGHTS.facet;
    if (language && template.language === language) score += WEIGHTS.language;
    else if (!language && template.language === options.fallbackLanguage) score += WEIGHTS.fallbackLanguage;
    if (index.maxUsage > 0) score += (Math.log1p(item.usage) / Math.log1p(index.maxUsage)) * WEIGHTS.usage;
    if (item.lastUsedMs !== undefined && item.lastUsedMs <= nowMs) {
      score += Math.pow(0.5, (nowMs - item.lastUsedMs) / DAY_MS / RECENCY_HALF_LIFE_DAYS) * WEIGHTS.recency;
    }
    score += (votes.get(template.id)?.score ?? 0) * WEIGHTS.history;
    if (options.platform && template.variants[options.platform]) score += 0.001;
    const candidate: Candidate = { item, score, intentFit, fit, fits: tier > 0, similarity, i };
    if (forModel) {
      keepBestFor(perSituation, item.situation, candidate);
      const kind = kindOf(item, i);
      if (kind !== '') keepBestFor(perKind, kind, candidate);
    }
    if (language && template.language !== language) {
      keepBest(foreign, candidate, limit);
      continue;
    }
    keepBest(best, candidate, limit);
    if (item.intents.length === 0 && GENERIC_CATEGORIES.has(template.category)) keepGeneric(generics, item, i, replyIn, candidate);
    if (intentFit) keepBestFor(perIntent, intentFit.match.intent, candidate);
    else if (whisper) keepBestFor(perWhisper, whisper.intent, candidate);
  }
  // Another language's templates are shown only when none in the comment's language fits, and then
  // only those that fit (a library missing a translation): never for sharing a few words.
  const own = coverWhispers(diversify(best, perIntent, commentIntents, limit), perWhisper, whispers, limit);
  const merged = own.some((c) => c.fits) ? own : mergeBest(own, foreign.filter((c) => c.fits), limit);
  // Sharing a word or two is a weaker reason than being the catch-all for the comment's kind.
  const { kept: shown, spare } = onePerGuess(merged.filter((c) => c.fits), whispers);
  // The catch-alls of the comment's own kind first, then templates sharing its words, then the other kinds'.
  // A quoted claim questioned is a retort: the private-message catch-all before the FAQ its "?" asks for.
  const order = retort ? RETORT_ORDER : genericOrder(classification, found);
  fillWithGenerics(shown, generics, order.slice(0, OWN_KINDS), limit);
  for (const c of merged) if (!c.fits && shown.length < limit && !shown.some((s) => s.item === c.item)) shown.push(c);
  fillWithGenerics(shown, generics, order.slice(OWN_KINDS), limit);
  for (const c of spare) if (shown.length < limit) shown.push(c);
  if (topIntentScore < 1 && !topicCategories) keepOwnCatchAll(shown, generics, order[0], limit);
  // The rules are sure of a clear intent or a request topic; what the brand chose for similar comments stays first.
  const rulesSure = topIntentScore >= 1 || topicCategories !== undefined;
  const pinned = shown[0] !== undefined && (votes.get(shown[0].item.template.id)?.score ?? 0) > 0;
  // Kind words the rules are sure of (irony, sarcasm and quoted claims took theirs away already).
  const pleased = commentIntents[0]?.intent === 'praise' && topIntentScore >= 1 && !retort;
  // Spam, or an insult, is never answered first as what else its words resemble to the learned layer
  // (a follower-selling offer reads like praise to it); the rules' own reading of such words stands.
  const moderated = classification.labels.includes('spam') || classification.labels.includes('toxic');
  const predicted = model ? predictKinds(model, comment.text) : undefined;
  const final: Candidate[] =
    model && perSituation && predicted
      ? followKinds(followModel(shown, bestOfKinds(perSituation, perKind, model, predicted), model, rulesSure, pinned, limit, pleased, moderated), perKind, predicted.kinds, model, pinned, (c) => kindOf(c.item, c.i))
      : shown;

  return final.map(({ item, score, intentFit, fit, similarity, i, model: probability }) => {
    const reasons: SuggestionReason[] = [];
    if (intentFit) {
      const words = [...new Set(intentFit.match.reasons.filter((r) => r.rule !== 'intent.label').map((r) => r.match))].slice(0, 3);
      reasons.push({ code: 'intent', intent: intentFit.match.intent, words });
    }
    // Both would read "answers: …": the intent says it more precisely, so the label's is left out.
    if (fit && !(intentFit && fit.code === 'category')) {
      const { weight: _weight, ...reason } = fit;
      reasons.push(reason);
    }
    const { template } = item;
    if (language && template.language === language) reasons.push({ code: 'language', language });
    else if (!language && template.language === options.fallbackLanguage) reasons.push({ code: 'brand-language', language: template.language });
    if (probability !== undefined) reasons.push({ code: 'model', situation: item.situation, probability: Math.round(probability * 100) / 100 });
    if (similarity >= MIN_SIMILARITY) reasons.push({ code: 'similar-words', words: displayWords(comment.text, sharedStems.get(i) ?? []) });
    const vote = votes.get(template.id);
    if (vote && vote.score > 0 && vote.chosen > 0) reasons.push({ code: 'chosen-before', count: vote.chosen });
    if (item.usage > 0 && item.usage >= index.maxUsage / 2) reasons.push({ code: 'often-used', usageCount: item.usage });
    if (item.lastUsedMs !== undefined && nowMs - item.lastUsedMs < 7 * DAY_MS && template.lastUsedAt) {
      reasons.push({ code: 'recently-used', lastUsedAt: template.lastUsedAt });
    }
    return { template, score: Math.max(0, Math.round((score / MAX_SCORE) * 1000) / 1000), reasons };
  });
}

/** Each library's templates' kinds inside their class, by template index, read once per model. */
const KIND_CACHE = new WeakMap<IntentModel, WeakMap<PreparedTemplates, (string | undefined)[]>>();

function kindsOf(model: IntentModel, index: PreparedTemplates): (string | undefined)[] {
  let byLibrary = KIND_CACHE.get(model);
  if (!byLibrary) KIND_CACHE.set(model, (byLibrary = new WeakMap()));
  let kinds = byLibrary.get(index);
  if (!kinds) byLibrary.set(index, (kinds = new Array<string | undefined>(index.items.length)));
  return kinds;
}

function readKind(model: IntentModel, item: PreparedTemplate): string {
  return hasKinds(model, item.situation) ? templateKind(model, item.situation, [item.template.title, ...item.template.tags].join(' . ')) : '';
}

/**
 * The template the model puts in for each class: of the kind it finds likeliest inside the class
 * (a trade price, not the gift card a tie on titles would give), else the class's best.
 */
function bestOfKinds(
  perSituation: ReadonlyMap<SituationClass, Candidate>,
  perKind: ReadonlyMap<string, Candidate>,
  model: IntentModel,
  predicted: { classes: ClassProbability[]; kinds: KindProbability[] },
): { perSituation: ReadonlyMap<SituationClass, Candidate>; probabilities: readonly ClassProbability[] } {
  if (perKind.size === 0) return { perSituation, probabilities: predicted.classes };
  const out = new Map(perSituation);
  const done = new Set<SituationClass>();
  for (const k of predicted.kinds) {
    if (done.has(k.cls) || !hasKinds(model, k.cls)) continue;
    const c = perKind.get(k.kind);
    if (!c) continue;
    out.set(k.cls, c);
    done.add(k.cls);
  }
  return { perSituation: out, probabilities: predicted.classes };
}

/**
 * Inside a class with several kinds, the kind a slot shows gives way to the one the model finds
 * likelier by `margin` (the first slot only from `override`, as against the rules' own pick, and never
 * when the brand chose it; the others from `fill`): the rules pick a kind by a few words, the model
 * reads the whole comment ("a coworking space with 40 desks" is a trade lead, not a gift card).
 */
function followKinds(
  out: Candidate[],
  perKind: ReadonlyMap<string, Candidate>,
  kinds: readonly KindProbability[],
  model: IntentModel,
  pinned: boolean,
  kindOf: (c: Candidate) => string,
): Candidate[] {
  if (perKind.size === 0) return out;
  const { override, fill, margin } = model.thresholds;
  for (let j = 0; j < out.length; j += 1) {
    const c = out[j] as Candidate;
    if (j === 0 && pinned) continue;
    const cls = c.item.situation;
    if (!hasKinds(model, cls)) continue;
    const best = kinds.find((k) => k.cls === cls && perKind.has(k.kind));
    const shownKind = kindOf(c);
    if (!best || best.kind === shownKind) continue;
    const pShown = kinds.find((k) => k.kind === shownKind)?.p ?? 0;
    const next = perKind.get(best.kind) as Candidate;
    if (best.p < (j === 0 ? override : fill) || best.p - pShown < margin || out.some((o) => o.item === next.item)) continue;
    out[j] = { ...next, score: c.score, model: best.p };
  }
  return out;
}

/** Situations whose reply answers a report (a scam, abuse, a crisis): wrong first, it reads as an accusation or an alarm. */
const REPORT_SITUATIONS: ReadonlySet<SituationClass> = new Set<SituationClass>(['scam-report', 'moderation', 'crisis-rumour']);

/** Situations whose reply apologises or takes a problem in hand. */
const GRIEVANCES: ReadonlySet<SituationClass> = new Set<SituationClass>(['any:complaint', 'delivery-delay', 'refund-return', 'damaged-product', 'technical-problem', 'repeated-contact']);

/** Classes the learned layer is asked about: its three most likely. */
const MODEL_CLASSES = 3;

/**
 * The learned layer where the rules are unsure: its most likely situation takes the first slot when
 * the rules found no clear intent (`lead`), or against one from `override` (a report none of the
 * suggestions answers also needs `override`; a grievance against praise the rules are sure of, or anything
 * but a report against spam or an insult (`moderated`), never), unless the brand chose
 * the first for similar comments (`pinned`); then each likely
 * situation (`fill`) none of the suggestions answers takes the lowest slot answering a situation
 * already shown, else the last. Scores stay in rank order; suggestions of a situation it finds
 * likely carry its probability as a reason.
 */
function followModel(
  shown: readonly Candidate[],
  { perSituation, probabilities }: { perSituation: ReadonlyMap<SituationClass, Candidate>; probabilities: readonly ClassProbability[] },
  model: IntentModel,
  rulesSure: boolean,
  pinned: boolean,
  limit: number,
  pleased: boolean,
  moderated: boolean,
): Candidate[] {
  const { lead, override, fill, margin } = model.thresholds;
  const likely = new Map(probabilities.slice(0, MODEL_CLASSES).filter((c) => c.p >= fill).map((c) => [c.cls, c.p]));
  const out: Candidate[] = shown.map((c) => ({ ...c, model: likely.get(c.item.situation) }));
  // What the model put in: a later likely situation never takes a slot from one more likely.
  const placed = new Set<Candidate>();
  const top = probabilities[0];
  const best = top && perSituation.get(top.cls);
  const rulesFirst = out[0] && probabilities.find((c) => c.cls === out[0]?.item.situation);
  const at = top ? out.findIndex((c) => c.item.situation === top.cls) : -1;
  // A report the rules saw no sign of needs the confidence that overrides them: on a few shared words
  // ("message", "compte") a thank-you in a thread would be answered as a scam or abuse report.
  const needed = rulesSure || (top !== undefined && REPORT_SITUATIONS.has(top.cls) && at < 0) ? override : lead;
  // Praise the rules are sure of never opens on a grievance: "no problem in 3 weeks" reads like a complaint
  // to the layer's words; an apology to a pleased customer is the costly mistake (the grievance may still fill a slot).
  const flips = top !== undefined && ((pleased && GRIEVANCES.has(top.cls)) || (moderated && !REPORT_SITUATIONS.has(top.cls)));
  if (top && best && !pinned && !flips && top.p >= needed && out[0]?.item.situation !== top.cls && top.p - (rulesFirst?.p ?? 0) >= margin) {
    const moved = at >= 0 ? (out.splice(at, 1)[0] as Candidate) : { ...best, model: top.p };
    out.unshift({ ...moved, model: top.p, score: out[0]?.score ?? moved.score });
    if (out.length > limit) out.pop();
    placed.add(out[0] as Candidate);
  }
  for (const [cls, p] of likely) {
    const candidate = perSituation.get(cls);
    if (!candidate || out.some((c) => c.item.situation === cls)) continue;
    if (out.length < limit) {
      out.push({ ...candidate, model: p, score: out[out.length - 1]?.score ?? candidate.score });
      placed.add(out[out.length - 1] as Candidate);
      continue;
    }
    // The lowest slot the model did not place: one answering a situation already shown above it first.
    const free = (j: number) => j >= 1 && !placed.has(out[j] as Candidate);
    let k = -1;
    for (let j = out.length - 1; j >= 1 && k < 0; j -= 1) if (free(j) && out.slice(0, j).some((c) => c.item.situation === out[j]?.item.situation)) k = j;
    for (let j = out.length - 1; j >= 1 && k < 0; j -= 1) if (free(j)) k = j;
    if (k < 1) continue;
    out[k] = { ...candidate, model: p, score: (out[k] as Candidate).score };
    placed.add(out[k] as Candidate);
  }
  // The slots it filled hold its situations most likely first (the scores stay with the slots).
  const filled = out.map((c, j) => j).filter((j) => j >= 1 && placed.has(out[j] as Candidate));
  const inOrder = filled.map((j) => out[j] as Candidate).sort((a, b) => (b.model ?? 0) - (a.model ?? 0));
  filled.forEach((j, n) => {
    out[j] = { ...(inOrder[n] as Candidate), score: (out[j] as Candidate).score };
  });
  for (let k = 1; k < out.length; k += 1) {
    const above = (out[k - 1] as Candidate).score;
    if ((out[k] as Candidate).score > above) out[k] = { ...(out[k] as Candidate), score: above };
  }
  return out;
}

/** The categories the comment's labels call for first ("how do I opt out?" is asked), the rest in their order. */
function byLabels(categories: readonly TemplateCategory[], labels: readonly string[]): readonly TemplateCategory[] {
  const called = (category: TemplateCategory) => labels.some((label) => (LABEL_CATEGORIES[label]?.[category] ?? 0) >= 1);
  return [...categories.filter(called), ...categories.filter((c) => !called(c))];
}

/** Between the catch-alls for a request topic, in `TOPIC_CATEGORIES` order. */
const TOPIC_STEP = 0.1;

/** Why a catch-all answers a request topic: it is of the category such a request is. */
function topicFit(category: TemplateCategory): SuggestionReason & { weight: number } {
  return { code: 'category', label: category, category, weight: 1 };
}

/** How many of `genericOrder`'s first kinds are the comment's own: a praise catch-all under a complaint is no answer. */
const OWN_KINDS = 2;
/** A catch-all offered because nothing else fits: above a template sharing a few words (similarity ≤ 1). */
const GENERIC_SCORE = 2;
/** The categories whose catch-all answers a comment nothing else fits: ask, complain or praise. */
const GENERIC_CATEGORIES: ReadonlySet<TemplateCategory> = new Set<TemplateCategory>(['question', 'complaint', 'praise', 'thanks']);

/**
 * Keeps the best catch-all of each category in the reply's language (the most used, then by
 * title): `candidate` when it was scored already, else one that fits by nothing but being there.
 */
function keepGeneric(generics: Map<TemplateCategory, Candidate>, item: PreparedTemplate, i: number, language: 'fr' | 'en' | undefined, candidate?: Candidate): void {
  if (language !== undefined && item.template.language !== language) return;
  keepBestFor(generics, item.template.category, candidate ?? { item, score: 0, intentFit: undefined, fit: undefined, fits: false, similarity: 0, i });
}

/**
 * The intent a candidate is only a guess at: one with weak evidence (a hint below an intent's
 * threshold, or a whisper), not a clear intent nor a category the labels call for alone.
 */
function guessedIntent(c: Candidate, whispers: readonly IntentMatch[]): Intent | undefined {
  if (c.intentFit) return c.intentFit.match.score < 1 ? c.intentFit.match.intent : undefined;
  if (c.fit) return undefined;
  return whispers.find((w) => c.item.intents.includes(w.intent))?.intent;
}

/**
 * Weak evidence for an intent ("prix" alone, "merci", an emoji) is one guess, not a list: only the
 * best template made for it keeps its place; the others (`spare`) come after the next likely
 * intents and the catch-alls, when slots are left.
 */
function onePerGuess(shown: readonly Candidate[], whispers: readonly IntentMatch[]): { kept: Candidate[]; spare: Candidate[] } {
  const guessed = new Set<Intent>();
  const kept: Candidate[] = [];
  const spare: Candidate[] = [];
  for (const c of shown) {
    const intent = guessedIntent(c, whispers);
    if (intent !== undefined && guessed.has(intent)) spare.push(c);
    else kept.push(c);
    if (intent !== undefined) guessed.add(intent);
  }
  return { kept, spare };
}

/**
 * With no clear intent, every suggestion above is a guess from a few words: the catch-all of the
 * comment's own kind (`genericOrder`'s first: a private message for a grievance, the FAQ for a
 * question) takes the last slot when it is not shown: the safe reply beside the guesses.
 */
function keepOwnCatchAll(shown: Candidate[], generics: ReadonlyMap<TemplateCategory, Candidate>, category: TemplateCategory | undefined, limit: number): void {
  const c = category === undefined ? undefined : generics.get(category);
  if (!c || shown.length < limit || shown.some((s) => s.item === c.item)) return;
  shown[shown.length - 1] = { ...c, score: WEIGHTS.language + GENERIC_SCORE - shown.length * 0.01 };
}

/** Whether a template that fits nothing (score 0) ranks before `held`: `ranksBefore` without the candidate. */
function beatsUnscored(item: PreparedTemplate, held: Candidate | undefined): boolean {
  if (!held) return true;
  if (held.score !== 0) return held.score < 0;
  if (item.usage !== held.item.usage) return item.usage > held.item.usage;
  const t = item.template;
  const h = held.item.template;
  if (t.title !== h.title) return t.title < h.title;
  return t.id < h.id;
}

/** Keeps under `key` whichever of `candidate` and the one held there ranks first. */
function keepBestFor<K>(map: Map<K, Candidate>, key: K, candidate: Candidate): void {
  const held = map.get(key);
  if (!held || ranksBefore(candidate, held)) map.set(key, candidate);
}

/**
 * The order catch-alls are offered in when nothing fits, from what the triage decided: a labelled
 * comment gets its labels' categories only (another kind's would be unrelated); with no label,
 * praise's first when the tone or the intents (even a hint: an emoji, "voici") say it pleases,
 * else the complaint's (an offer to talk in private is the safest answer to a comment nobody
 * understood). A question without a question label was not read as one by the triage.
 */
const RETORT_ORDER: readonly TemplateCategory[] = ['complaint', 'question', 'praise', 'thanks'];

function genericOrder(signals: SuggestionSignals, intents: readonly IntentMatch[]): TemplateCategory[] {
  if (signals.labels.length > 0) {
    return [...GENERIC_CATEGORIES].filter((category) => signals.labels.some((label) => (LABEL_CATEGORIES[label]?.[category] ?? 0) >= 0.9));
  }
  if (signals.sentiment?.value === 'positive' || intents.some((m) => m.intent === 'praise')) return ['praise', 'thanks', 'question', 'complaint'];
  return ['complaint', 'question', 'praise', 'thanks'];
}

/**
 * A community manager expects a few suggestions for every comment: the slots nothing fits take the
 * catch-alls of the categories not shown yet, in the order the comment's shape suggests.
 */
function fillWithGenerics(shown: Candidate[], generics: ReadonlyMap<TemplateCategory, Candidate>, order: readonly TemplateCategory[], limit: number): void {
  if (generics.size === 0 || shown.length >= limit) return;
  // A category is taken only by a reply to its general case (a catch-all, a category fit): a template
  // made for an intent, clear or guessed, answers its own situation, and the catch-all may follow it.
  const categories = new Set(shown.filter((c) => !c.intentFit && c.fit).map((c) => c.item.template.category));
  for (const category of order) {
    if (shown.length >= limit) return;
    const c = generics.get(category);
    if (!c || categories.has(category) || shown.some((s) => s.item === c.item)) continue;
    // Under anything that fits, over anything that only shares words, in the order chosen.
    shown.push({ ...c, score: WEIGHTS.language + GENERIC_SCORE - shown.length * 0.01 });
    categories.add(category);
  }
}

const PLAIN_KIND = 0.9;

/** Share of the comment's words (and labels) for an intent that point to the template's kind inside it. */
function facetShare(match: IntentMatch, facets: ReadonlyMap<Intent, string>): number {
  const facet = facets.get(match.intent);
  if (facet === undefined) return 0;
  let words = 0;
  let same = 0;
  for (const r of match.reasons) {
    // On a tie the finer kind wins: the plain words are what every comment of the intent says.
    const weight = r.facet === undefined ? PLAIN_KIND : 1;
    words += weight;
    if ((r.facet ?? '') === facet) same += weight;
  }
  return words === 0 ? 0 : same / words;
}

/** Inserts a candidate into a list of at most `limit`, best first. */
function keepBest(list: Candidate[], candidate: Candidate, limit: number): void {
  if (list.length === limit && !ranksBefore(candidate, list[list.length - 1] as Candidate)) return;
  let at = list.length;
  while (at > 0 && ranksBefore(candidate, list[at - 1] as Candidate)) at -= 1;
  list.splice(at, 0, candidate);
  if (list.length > limit) list.pop();
}

function mergeBest(a: readonly Candidate[], b: readonly Candidate[], limit: number): Candidate[] {
  const out = [...a];
  for (const c of b) keepBest(out, c, limit);
  return out;
}

/** Folded, every non-alphanumeric run one space, padded: phrases then match whole words only. */
function phraseView(text: string): string {
  return ` ${fold(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

function phraseHits(comment: string, phrases: readonly string[], seen: Map<string, boolean>): number {
  let hits = 0;
  for (const phrase of phrases) {
    let found = seen.get(phrase);
    if (found === undefined) seen.set(phrase, (found = comment.includes(phrase)));
    if (found && ++hits === MAX_PHRASES) break;
  }
  return hits;
}

/** What a suggestion answers, to tell three replies to one situation from replies to three. */
function situationOf(c: Candidate): string {
  return c.intentFit ? c.intentFit.match.intent : `category:${c.item.template.category}`;
}

/**
 * When a comment has several likely intents, the suggestions cover them: each clear intent, and
 * each hint within `DIVERSE_SHARE` of the strongest (three at most), gets its best template in, in
 * place of the lowest one answering a situation already shown above it. The first never changes.
 */
function diversify(best: readonly Candidate[], perIntent: ReadonlyMap<Intent, Candidate>, intents: readonly IntentMatch[], limit: number): Candidate[] {
  const out = [...best];
  const top = intents[0]?.score ?? 0;
  for (const match of intents.slice(0, 3)) {
    if (match.score < 1 && match.score < top * DIVERSE_SHARE) continue;
    const candidate = perIntent.get(match.intent);
    if (!candidate || out.includes(candidate) || out.some((c) => c.intentFit?.match.intent === match.intent)) continue;
    if (out.length < limit) {
      out.push(candidate);
      continue;
    }
    for (let k = out.length - 1; k >= 1; k -= 1) {
      const situation = situationOf(out[k] as Candidate);
      if (out.slice(0, k).some((c) => situationOf(c) === situation)) {
        out[k] = candidate;
        break;
      }
    }
  }
  return out.sort((a, b) => (ranksBefore(a, b) ? -1 : ranksBefore(b, a) ? 1 : 0));
}

/**
 * A weak sign of another intent ("delivery" in a sarcastic "Great.") is a better last suggestion
 * than a third reply of a kind already shown twice: the strongest such intent takes the lowest
 * slot when it only fits by its category. The first two never change.
 */
function coverWhispers(out: Candidate[], perWhisper: ReadonlyMap<Intent, Candidate>, whispers: readonly IntentMatch[], limit: number): Candidate[] {
  if (out.length < limit || perWhisper.size === 0) return out;
  for (const match of whispers) {
    const candidate = perWhisper.get(match.intent);
    if (!candidate || out.some((c) => c.item === candidate.item)) continue;
    const k = out.length - 1;
    const last = out[k] as Candidate;
    // A template made for the comment's intent stays (its kinds: a rumour, an incident or an update).
    if (last.intentFit) return out;
    const situation = situationOf(last);
    const category = last.item.template.category;
    if (k >= 2 && out.slice(0, k).some((c) => situationOf(c) === situation || c.item.template.category === category)) out[k] = candidate;
    return out;
  }
  return out;
}

/**
 * The language to answer in. The triage's, unless the comment's own words gave it no clue (it
 * then fell back on the brand's language, or said `other`): the words it shares with the
 * templates of only one language decide then ("dishwasher safe?" under a French brand).
 */
function replyLanguage(text: string, detected: 'fr' | 'en' | 'other', stems: ReadonlySet<string>, index: PreparedTemplates): 'fr' | 'en' | undefined {
  // "dm", "ok", "?": a lone short word says nothing of the language; the brand's is the guess.
  if (!LONGER_WORD.test(text) && (text.match(WORD) ?? []).length <= 1) return undefined;
  // Function words settle most comments cheaply; the triage's detector (accents, vocabulary) the rest.
  const functionWords = guessLanguage(text);
  if (detected !== 'other' && (functionWords === detected || SMS_MARKERS[detected].test(text))) return detected;
  const named = detected === 'fr' && frenchOnlyByNames(text);
  if (detected !== 'other' && !named && detectLanguage(normalise(text)) !== 'other') return detected;
  let fr = false;
  let en = false;
  for (const s of stems) {
    const bits = index.stemLanguages.get(s) ?? 0;
    if (bits === LANGUAGE_BIT.fr) fr = true;
    else if (bits === LANGUAGE_BIT.en) en = true;
  }
  if (fr !== en) return fr ? 'fr' : 'en';
  if (named && functionWords !== undefined) return functionWords;
  return detected === 'other' ? undefined : detected;
}

const LONGER_WORD = /\p{L}{3}/u;
const WORD = /\p{L}+/gu;

/** Texting words only one language uses: "Full refund svp" is written by a French speaker. */
const SMS_MARKERS = {
  fr: /(?<![\p{L}\p{N}])(?:svp|stp|slt|mdr|ptdr|bcp|jsuis|chui|tkt|jpp|wsh|pq|pk|dsl)(?![\p{L}\p{N}])/iu,
  en: /(?<![\p{L}\p{N}])(?:pls|plz|thx|tbh|idk|lmao|imo|btw|ngl)(?![\p{L}\p{N}])/iu,
} as const;

/** A capitalised word inside a sentence, with a French accent: a product or place name ("Crème Brûlée"). */
const ACCENTED_NAME = /(?<=[\p{L}\p{N},;:'’"“«] +)\p{Lu}[\p{L}'’-]*[À-ÿœŒ][\p{L}'’-]*/gu;

/**
 * Whether a comment reads French only by the accents of names in it: "Is the Crème Brûlée scent
 * back?" is English, and its reply must be too.
 */
function frenchOnlyByNames(text: string): boolean {
  if (!/[À-ÿœŒ]/.test(text)) return false;
  const withoutNames = text.replace(ACCENTED_NAME, ' ');
  return withoutNames !== text && detectLanguage(normalise(withoutNames)) !== 'fr';
}

/**
 * How well a template's intents answer the comment's: the comment's strongest intent counts fully,
 * a weaker one by the square of its share (a passing "love" in a collab request is not praise);
 * a template's first intent fully, its later ones a little less.
 */
function bestIntentFit(
  commentIntents: readonly IntentMatch[],
  topScore: number,
  templateIntents: readonly Intent[],
): { match: IntentMatch; strength: number } | undefined {
  if (commentIntents.length === 0 || templateIntents.length === 0) return undefined;
  let best: { match: IntentMatch; strength: number } | undefined;
  for (const match of commentIntents) {
    const at = templateIntents.indexOf(match.intent);
    if (at < 0) continue;
    const relative = match.score / topScore;
    const strength = relative * relative * (at === 0 ? 1 : SECONDARY_INTENT);
    if (!best || strength > best.strength) best = { match, strength };
  }
  return best;
}

/** The comment's own words behind the shared stems (up to 3), as written, so the reason quotes the reader. */
function displayWords(text: string, stems: readonly string[]): string[] {
  if (stems.length === 0) return [];
  const wanted = new Set(stems);
  const out: string[] = [];
  for (const [word] of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const s = stem(fold(word));
    if (wanted.delete(s)) {
      out.push(word);
      if (out.length === 3) break;
    }
  }
  return out;
}
