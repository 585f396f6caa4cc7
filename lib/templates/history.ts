/**
 * The brand's own history, for suggestions: which template the community manager actually put in
 * (as is, or edited first) for comments like this one, and which one they passed over again and
 * again. Pure: the caller reads the log (lib/db) and hands the choices in.
 */
import { contentStems } from './text';

export interface TemplateChoice {
  /** The comment that was answered (its text as read). */
  text: string;
  /** The template inserted or copied for it. */
  chosen: string;
  /** Whether the reply was edited before it was inserted (a weaker vote: it did not fit as is). */
  edited?: boolean;
  /** Templates suggested above the chosen one and passed over. */
  passedOver?: readonly string[];
}

/** Past choices indexed once, for every comment of the page. */
export interface PreparedHistory {
  readonly entries: ReadonlyArray<{ chosen: string; edited: boolean; passedOver: readonly string[]; norm: number }>;
  /** stem → indices of the entries whose comment holds it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

/** A past comment this alike (cosine of content stems) or more counts as similar. */
export const HISTORY_MIN_SIMILARITY = 0.3;
const CHOSEN = 1;
const EDITED = 0.7;
const PASSED_OVER = -0.5;

export function prepareHistory(choices: readonly TemplateChoice[]): PreparedHistory {
  const postings = new Map<string, number[]>();
  const entries = choices.map((choice, i) => {
    const stems = contentStems(choice.text);
    for (const s of stems) {
      let list = postings.get(s);
      if (!list) postings.set(s, (list = []));
      list.push(i);
    }
    return { chosen: choice.chosen, edited: choice.edited === true, passedOver: choice.passedOver ?? [], norm: Math.sqrt(stems.size) };
  });
  return { entries, postings };
}

export interface HistoryVote {
  /** -1 … 1: how much the brand's choices on similar comments push this template. */
  score: number;
  /** Similar comments it was chosen for. */
  chosen: number;
}

/**
 * Votes per template from the past comments similar to this one: chosen counts for it (less when
 * edited first), passed over against it, each by how alike the comments are.
 */
export function historyVotes(
  text: string,
  history: PreparedHistory | undefined,
  /** The text's `contentStems`, when the caller has them already. */
  stems: ReadonlySet<string> = contentStems(text),
): Map<string, HistoryVote> {
  const votes = new Map<string, HistoryVote>();
  if (!history || history.entries.length === 0) return votes;
  if (stems.size === 0) return votes;
  const shared = new Map<number, number>();
  for (const s of stems) for (const i of history.postings.get(s) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  const raw = new Map<string, { sum: number; chosen: number }>();
  const bump = (id: string, by: number, chosen: number): void => {
    const v = raw.get(id) ?? { sum: 0, chosen: 0 };
    v.sum += by;
    v.chosen += chosen;
    raw.set(id, v);
  };
  const norm = Math.sqrt(stems.size);
  for (const [i, count] of shared) {
    const entry = history.entries[i];
    if (!entry || entry.norm === 0) continue;
    const similarity = count / (norm * entry.norm);
    if (similarity < HISTORY_MIN_SIMILARITY) continue;
    bump(entry.chosen, similarity * (entry.edited ? EDITED : CHOSEN), 1);
    for (const id of entry.passedOver) if (id !== entry.chosen) bump(id, similarity * PASSED_OVER, 0);
  }
  for (const [id, { sum, chosen }] of raw) votes.set(id, { score: Math.tanh(sum), chosen });
  return votes;
}

/**
 * What a community manager passed over by putting in `chosen` for a comment shown `shown` (the
 * suggestions' template ids, best first): those above it, or all of them when the template came
 * from elsewhere (the search, the editor). Nothing when the first suggestion was taken.
 */
export function passedOverIds(shown: readonly string[], chosen: string): string[] {
  const at = shown.indexOf(chosen);
  return (at < 0 ? shown : shown.slice(0, at)).filter((id) => id !== chosen);
}
