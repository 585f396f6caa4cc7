import type { Brand } from '../schema/brand';
import type { Classification } from '../schema/classification';
import type { Comment } from '../schema/comment';
import type { Settings } from '../schema/settings';
import { assessAuthor, buzzEventOf, classify, detectBuzz, prioritise, type BuzzEvent, type BuzzLevel } from '../triage';
import type { TriageModel } from '../triage/model/model';
import type { CommentStatusSummary } from '../db/interactions';
import { classificationOf, engineVersion, isHandle, needsClassification, storedTriageOf, type ModelHandle } from '../triage/engine-version';
import type { BuzzView, TriageView } from './queue';

/**
 * Classifications are cached per brand and per comment object: a page report replaces only the
 * comments that changed, so re-triaging after each scroll costs only the new ones.
 */
const cache = new WeakMap<Brand, WeakMap<Comment, Classification>>();

function classifyCached(comment: Comment, brand: Brand, model: () => TriageModel | undefined): Classification {
  let byComment = cache.get(brand);
  if (!byComment) cache.set(brand, (byComment = new WeakMap()));
  let result = byComment.get(comment);
  if (!result) {
    const decoded = model();
    byComment.set(comment, (result = classify(comment, { brand, ...(decoded ? { model: decoded } : {}) })));
  }
  return result;
}

/**
 * The comment's classification: the log's (the one the reports and the export show) when it was made
 * for this text under the engine version the panel runs; otherwise a provisional one, made here, the
 * same the background is about to store (a comment just arrived, a correction just changed the
 * lexicon). The community manager's correction wins either way.
 */
const fromLog = new WeakMap<Comment, { key: string; result: Classification }>();

function classificationFor(
  comment: Comment,
  brand: Brand,
  model: () => TriageModel | undefined,
  logged: CommentStatusSummary | undefined,
  engine: string,
): Classification {
  if (logged?.triage && !needsClassification(logged, engine, comment.text)) {
    // The log is read again after every write: its unchanged readings are not rebuilt each time.
    const key = `${engine}\u0000${(logged.labels ?? []).join(',')}\u0000${logged.sentiment ?? ''}\u0000${logged.correctedAt ?? ''}`;
    const known = fromLog.get(comment);
    if (known?.key === key) return known.result;
    const result = classificationOf(logged.triage, { ...(logged.labels ? { labels: logged.labels } : {}), ...(logged.sentiment ? { sentiment: logged.sentiment } : {}) });
    fromLog.set(comment, { key, result });
    return result;
  }
  const live = classifyCached(comment, brand, model);
  if (!logged?.correctedAt) return live;
  const corrected = { ...(logged.labels ? { labels: logged.labels } : {}), ...(logged.sentiment ? { sentiment: logged.sentiment } : {}) };
  return classificationOf(storedTriageOf(live, engine), corrected);
}

/** What the panel shows of the brand's own comment: nothing to triage. */
const OWN_VIEW: TriageView = {
  labels: [],
  sentiment: 'neutral',
  language: 'other',
  reasons: [],
  competitors: [],
  influence: {},
  priority: { score: 0, parts: [] },
};

/**
 * The panel's triage of one page: labels and reasons, author influence, bad buzz per post, and the
 * explained priority that orders the queue, using the brand's lexicon and the user's weights.
 */
export function triageComments(
  comments: readonly Comment[],
  brand: Brand,
  settings: Settings,
  now: Date,
  /** What the log holds of these comments (`statusesFor`): their stored classification is shown. */
  logged?: ReadonlyMap<string, CommentStatusSummary>,
  /**
   * The learned layer (lib/triage/model), given by the panel's entry as a handle decoded only when a
   * comment the log has not classified needs it; the rules alone without it.
   */
  model?: TriageModel | ModelHandle,
): { views: ReadonlyMap<string, TriageView>; buzz: BuzzView } {
  const config = settings.triage;
  const engine = engineVersion(brand, model);
  const decoded = (): TriageModel | undefined => (model && isHandle(model) ? model.load() : model);
  // The brand's own comments are its answers: never classified, flagged or ranked (issue 18).
  const classified = comments
    .filter((c) => !c.isOwnBrand)
    .map((comment) => ({ comment, result: classificationFor(comment, brand, decoded, logged?.get(comment.id), engine) }));

  // Comments without a date cannot be placed in a time window: they do not count towards buzz.
  const events: BuzzEvent[] = classified
    .filter(({ comment }) => comment.createdAt)
    .map(({ comment, result }) => buzzEventOf(comment, result, now.getTime()));
  const report = detectBuzz(events, { now: now.getTime(), thresholds: config.buzz });
  const levelByPost = new Map<string, BuzzLevel>(report.posts.map((p) => [p.postUrl ?? '', p.level]));
  const worst = report.posts[0];

  const views = new Map<string, TriageView>();
  for (const comment of comments) if (comment.isOwnBrand) views.set(comment.id, OWN_VIEW);
  for (const { comment, result } of classified) {
    const author = assessAuthor(comment.author, brand, config.tiers, comment.platform);
    const priority = prioritise(comment, result, author, { now: now.getTime(), buzz: levelByPost.get(comment.postUrl) ?? 'none' }, config.weights);
    views.set(comment.id, {
      labels: result.labels,
      sentiment: result.sentiment.value,
      language: result.language,
      reasons: result.reasons.map((r) => ({
        rule: r.rule,
        ...(r.label ? { label: r.label } : {}),
        ...(r.polarity ? { polarity: r.polarity } : {}),
        ...(r.confidence !== undefined ? { confidence: r.confidence } : {}),
        detail: r.detail,
        match: r.match,
      })),
      competitors: result.competitors,
      influence: {
        ...(author.tier && author.tier !== 'none' ? { tier: author.tier } : {}),
        ...(author.watch ? { watch: author.watch.kind } : {}),
        ...(author.competitor ? { competitorAccount: author.competitor } : {}),
      },
      priority: { score: priority.score, parts: priority.parts.map((p) => ({ key: p.key, factor: p.detail, points: p.points, ...(p.params ? { params: p.params } : {}) })) },
    });
  }
  const buzz: BuzzView = worst
    ? { level: worst.level, explanation: worst.explanation, commentIds: worst.commentIds }
    : { level: 'none', explanation: '', commentIds: [] };
  return { views, buzz };
}
