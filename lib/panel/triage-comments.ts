import type { Brand } from '../schema/brand';
import type { Classification } from '../schema/classification';
import { AuthorSchema, type Author, type Comment } from '../schema/comment';
import type { Settings } from '../schema/settings';
import { assessAuthor, buzzEventOf, classify, detectBuzz, prioritise, type AuthorAssessment, type BuzzEvent, type BuzzLevel, type Priority } from '../triage';
import type { TriageModel } from '../triage/model/model';
import type { CommentStatusSummary } from '../db/interactions';
import { classificationOf, decodedModel, engineVersion, isHandle, needsClassification, storedTriageOf, type ModelHandle } from '../triage/engine-version';
import type { BuzzView, TriageView } from './queue';

/**
 * Classifications made here, cached per brand and per comment object: a page report replaces only
 * the comments that changed, so re-triaging after each scroll costs only the new ones. A reading
 * made with the rules alone, before the learned model was decoded, is `provisional`: it is made
 * again with the model as soon as the model is there.
 */
interface Made {
  result: Classification;
  provisional: boolean;
}
const cache = new WeakMap<Brand, WeakMap<Comment, Made>>();

function cacheOf(brand: Brand): WeakMap<Comment, Made> {
  let byComment = cache.get(brand);
  if (!byComment) cache.set(brand, (byComment = new WeakMap()));
  return byComment;
}

function classifyCached(comment: Comment, brand: Brand, model: TriageModel | undefined, provisional = false): Made {
  const byComment = cacheOf(brand);
  let made = byComment.get(comment);
  if (!made || (made.provisional && !provisional)) {
    made = { result: classify(comment, { brand, ...(model ? { model } : {}) }), provisional };
    byComment.set(comment, made);
  }
  return made;
}

/** Whether using the model now costs no decoding (none at all, already decoded, or given decoded). */
function modelReady(model: TriageModel | ModelHandle | undefined): boolean {
  return !model || !isHandle(model) || model.decoded;
}

/**
 * The comment's classification: the log's (the one the reports and the export show) when it was made
 * for this text under the engine version the panel runs; otherwise one made here, the same the
 * background is about to store (a comment just arrived, a correction just changed the lexicon). The
 * community manager's correction wins either way. With `live` false a comment the log has no
 * current classification of is not classified here unless it already was: undefined (pending).
 */
const fromLog = new WeakMap<Comment, { key: string; result: Classification }>();

function classificationFor(
  comment: Comment,
  brand: Brand,
  model: () => TriageModel | undefined,
  logged: CommentStatusSummary | undefined,
  engine: string,
  live: boolean,
): Made | undefined {
  if (logged?.triage && !needsClassification(logged, engine, comment.text)) {
    // The log is read again after every write: its unchanged readings are not rebuilt each time.
    const key = `${engine}\u0000${(logged.labels ?? []).join(',')}\u0000${logged.sentiment ?? ''}\u0000${logged.correctedAt ?? ''}`;
    const known = fromLog.get(comment);
    if (known?.key === key) return { result: known.result, provisional: false };
    const result = classificationOf(logged.triage, { ...(logged.labels ? { labels: logged.labels } : {}), ...(logged.sentiment ? { sentiment: logged.sentiment } : {}) });
    fromLog.set(comment, { key, result });
    return { result, provisional: false };
  }
  const made = live ? classifyCached(comment, brand, model()) : cacheOf(brand).get(comment);
  return made && withProvisional(made, logged, engine);
}

/** A comment not classified yet: nothing said of it beyond its author, its age and its likes. */
const UNCLASSIFIED: Classification = { labels: [], sentiment: { value: 'neutral', score: 0 }, language: 'other', competitors: [], reasons: [] };

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

export interface TriageOptions {
  /**
   * The learned layer (lib/triage/model), given by the panel's entry as a handle decoded only when a
   * comment the log has not classified needs it; the rules alone without it.
   */
  model?: TriageModel | ModelHandle;
  /**
   * Progressive triage, for a first render that does not wait for the whole page: of the comments the
   * log has no current classification of, only the `first` the queue would show at its top are
   * classified now (with the rules alone while the model is not decoded yet); the others are left
   * unclassified for `more` to classify in idle time. Without it every comment is classified now.
   */
  defer?: {
    first: number;
    /** Ids of comments whose log has not been read yet: shown unclassified, never classified here (the log may hold theirs). */
    unread?: ReadonlySet<string>;
  };
}

export interface PageTriage {
  views: ReadonlyMap<string, TriageView>;
  buzz: BuzzView;
  /** Comments whose classification is not final yet (unclassified, or the rules' reading only). */
  unsettled: number;
  /** Classifies more of them, until `timeUp()` says the slice is over; triage again after. Absent when none is left. */
  more?: (timeUp: () => boolean) => void;
}

const HANDLED = new Set(['replied', 'resolved', 'ignored']);

/**
 * Author assessments per brand and tiers, by comment object and by author (the same person
 * commenting again, in a thread or after a report): the queue is triaged again after every slice
 * and every log write, and a page often holds several comments of one author.
 */
interface Authors {
  byComment: WeakMap<Comment, AuthorAssessment>;
  byAuthor: Map<string, AuthorAssessment>;
}
const authorCache = new WeakMap<Brand, WeakMap<object, Authors>>();

/** Authors remembered per brand and tiers before starting afresh (a panel left open for days). */
const MAX_AUTHORS = 20_000;

/** The author's fields, read off the schema so a field added there is part of the key too. */
const AUTHOR_FIELDS = Object.keys(AuthorSchema.shape) as (keyof Author)[];

/**
 * Every field of the author and the site, what an assessment is made from; no two authors share one
 * (a name cannot pass for a handle): each field is absent, or its type and value, a string led by its
 * length so that no text can run into the next field. Built for each of 2,000 comments before the
 * first render, it is plain concatenation (a JSON array of them cost more than assessing the author).
 */
function authorKey(comment: Comment): string {
  const a = comment.author;
  let key = comment.platform;
  for (const field of AUTHOR_FIELDS) {
    const value = a[field];
    key += value === undefined ? '|' : typeof value === 'string' ? `|s${value.length}:${value}` : `|${typeof value}:${String(value)}`;
  }
  return key;
}

function authorsFor(brand: Brand, tiers: Settings['triage']['tiers']): (comment: Comment) => AuthorAssessment {
  let byTiers = authorCache.get(brand);
  if (!byTiers) authorCache.set(brand, (byTiers = new WeakMap()));
  let cached = byTiers.get(tiers);
  if (!cached) byTiers.set(tiers, (cached = { byComment: new WeakMap(), byAuthor: new Map() }));
  const { byComment, byAuthor } = cached;
  return (comment) => {
    let author = byComment.get(comment);
    if (author) return author;
    const key = authorKey(comment);
    author = byAuthor.get(key);
    if (!author) {
      if (byAuthor.size >= MAX_AUTHORS) byAuthor.clear();
      byAuthor.set(key, (author = assessAuthor(comment.author, brand, tiers, comment.platform)));
    }
    byComment.set(comment, author);
    return author;
  };
}

/**
 * The last priority worked out for each comment, with what it was worked out from: the first render
 * ranks the page for its first cards, then triages it, and each idle slice triages it again, on the
 * same readings (the same objects), clock and weights for most comments.
 */
const priorities = new WeakMap<Comment, { result: Classification; author: AuthorAssessment; now: number; buzz: BuzzLevel; weights: object; priority: Priority }>();

function priorityOf(comment: Comment, result: Classification, author: AuthorAssessment, now: number, buzz: BuzzLevel, weights: Settings['triage']['weights']): Priority {
  const known = priorities.get(comment);
  if (known && known.result === result && known.author === author && known.now === now && known.buzz === buzz && known.weights === weights) return known.priority;
  const priority = prioritise(comment, result, author, { now, buzz }, weights);
  priorities.set(comment, { result, author, now, buzz, weights, priority });
  return priority;
}

/**
 * The `count` comments at the top of the queue as it stands (by priority, then the oldest first),
 * each ranked on `resultOf` — for one not classified yet, its author, age and likes alone.
 */
function queueTop(
  comments: readonly Comment[],
  count: number,
  settings: Settings,
  now: Date,
  authorOf: (comment: Comment) => AuthorAssessment,
  resultOf: (comment: Comment) => Classification = () => UNCLASSIFIED,
): Comment[] {
  const at = now.getTime();
  const time = (comment: Comment) => (comment.createdAt ? Date.parse(comment.createdAt) : Number.POSITIVE_INFINITY);
  // The best `count` so far, in queue order: a page of 2,000 is walked once, never sorted whole, and
  // a date is parsed only to break a tie in score with a comment already kept.
  const top: { comment: Comment; index: number; score: number; time?: number }[] = [];
  const timeOf = (entry: (typeof top)[number]) => (entry.time ??= time(entry.comment));
  const before = (a: (typeof top)[number], b: (typeof top)[number]) => b.score - a.score || timeOf(a) - timeOf(b) || a.index - b.index;
  if (count <= 0) return [];
  comments.forEach((comment, index) => {
    const entry = { comment, index, score: priorityOf(comment, resultOf(comment), authorOf(comment), at, 'none', settings.triage.weights).score };
    if (top.length === count && before(top[count - 1]!, entry) <= 0) return;
    let place = top.length;
    while (place > 0 && before(top[place - 1]!, entry) > 0) place -= 1;
    top.splice(place, 0, entry);
    if (top.length > count) top.pop();
  });
  return top.map((entry) => entry.comment);
}

/**
 * The ids of the cards a first render draws, before the log is read: the top of the unclassified
 * queue. The panel reads the log for these first, and for the whole page after.
 */
export function firstCards(comments: readonly Comment[], brand: Brand, settings: Settings, now: Date, count: number): string[] {
  const others = comments.filter((c) => !c.isOwnBrand);
  return queueTop(others, count, settings, now, authorsFor(brand, settings.triage.tiers)).map((c) => c.id);
}

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
  options: TriageOptions = {},
): PageTriage {
  const { model, defer } = options;
  const config = settings.triage;
  const engine = engineVersion(brand, model);
  const decoded = (): TriageModel | undefined => decodedModel(model);
  const live = !defer;
  const unread = defer?.unread;
  const read = (comment: Comment) => !unread?.has(comment.id);
  // The brand's own comments are its answers: never classified, flagged or ranked (issue 18).
  const others = comments.filter((c) => !c.isOwnBrand);
  const made = new Map<Comment, Made | undefined>(
    others.map((comment) => [comment, read(comment) ? classificationFor(comment, brand, decoded, logged?.get(comment.id), engine, live) : undefined]),
  );
  const authorOf = authorsFor(brand, config.tiers);
  const handled = (comment: Comment) => HANDLED.has(logged?.get(comment.id)?.status ?? '');

  if (defer && defer.first > 0) {
    // The cards at the top of the queue are drawn first: those not classified yet are classified
    // now, with the rules alone while the model is not decoded (those whose log is unread wait for it).
    const ready = modelReady(model);
    const open = others.filter((comment) => !handled(comment));
    for (const comment of queueTop(open, defer.first, settings, now, authorOf, (c) => made.get(c)?.result ?? UNCLASSIFIED)) {
      if (!read(comment) || made.get(comment)) continue;
      const log = logged?.get(comment.id);
      made.set(comment, ready ? classificationFor(comment, brand, decoded, log, engine, true) : withProvisional(classifyCached(comment, brand, undefined, true), log, engine));
    }
  }

  const classified = others.flatMap((comment) => {
    const result = made.get(comment);
    return result ? [{ comment, result }] : [];
  });
  // Comments without a date cannot be placed in a time window: they do not count towards buzz.
  const events: BuzzEvent[] = classified
    .filter(({ comment }) => comment.createdAt)
    .map(({ comment, result }) => buzzEventOf(comment, result.result, now.getTime()));
  const report = detectBuzz(events, { now: now.getTime(), thresholds: config.buzz });
  const levelByPost = new Map<string, BuzzLevel>(report.posts.map((p) => [p.postUrl ?? '', p.level]));
  const worst = report.posts[0];

  const views = new Map<string, TriageView>();
  for (const comment of comments) if (comment.isOwnBrand) views.set(comment.id, OWN_VIEW);
  const unsettled: Comment[] = [];
  for (const comment of others) {
    const entry = made.get(comment);
    const result = entry?.result ?? UNCLASSIFIED;
    if (!entry || entry.provisional) unsettled.push(comment);
    const author = authorOf(comment);
    const priority = priorityOf(comment, result, author, now.getTime(), levelByPost.get(comment.postUrl) ?? 'none', config.weights);
    views.set(comment.id, {
      labels: result.labels,
      sentiment: result.sentiment.value,
      language: result.language,
      // The engine's reasons as they are: every field they carry is the panel's to read.
      reasons: result.reasons,
      competitors: result.competitors,
      influence: {
        ...(author.tier && author.tier !== 'none' ? { tier: author.tier } : {}),
        ...(author.watch ? { watch: author.watch.kind } : {}),
        ...(author.competitor ? { competitorAccount: author.competitor } : {}),
      },
      priority: { score: priority.score, parts: priority.parts.map((p) => ({ key: p.key, factor: p.detail, points: p.points, ...(p.params ? { params: p.params } : {}) })) },
      ...(!entry ? { provisional: 'unclassified' as const } : entry.provisional ? { provisional: 'rules' as const } : {}),
    });
  }
  const buzz: BuzzView = worst
    ? { level: worst.level, explanation: worst.explanation, commentIds: worst.commentIds }
    : { level: 'none', explanation: '', commentIds: [] };
  if (unsettled.length === 0) return { views, buzz, unsettled: 0 };
  // Comments waiting for an answer first: they are the ones the queue shows.
  const mine = unsettled.filter(read);
  const queue = [...mine.filter((c) => !handled(c)), ...mine.filter(handled)];
  if (queue.length === 0) return { views, buzz, unsettled: unsettled.length };
  return {
    views,
    buzz,
    unsettled: unsettled.length,
    more: (timeUp) => {
      // Decoding the model is a slice of its own.
      if (!modelReady(model)) return void decoded();
      // At least one per slice, however busy the page.
      for (const comment of queue) {
        classifyCached(comment, brand, decoded());
        if (timeUp()) return;
      }
    },
  };
}

/** A reading made here with a correction from the log applied, as `classificationFor` does. */
function withProvisional(made: Made, logged: CommentStatusSummary | undefined, engine: string): Made {
  if (!logged?.correctedAt) return made;
  const corrected = { ...(logged.labels ? { labels: logged.labels } : {}), ...(logged.sentiment ? { sentiment: logged.sentiment } : {}) };
  return { result: classificationOf(storedTriageOf(made.result, engine), corrected), provisional: made.provisional };
}
