import type { Comment } from '../schema/comment';
import type { PageHealth } from '../schema/page';

/**
 * What the panel knows about the tab it follows. `phase` tells the status line what to say before
 * any health report arrives.
 */
export interface TabComments {
  phase: 'no-tab' | 'unsupported' | 'connecting' | 'no-content-script' | 'live';
  tabId?: number;
  url?: string;
  health?: PageHealth;
  /** Insertion order is kept: the order the page shows them in. */
  byId: ReadonlyMap<string, Comment>;
}

export const EMPTY_TAB: TabComments = { phase: 'no-tab', byId: new Map() };

/**
 * Applies a report from the content script. `reset` (first scan, SPA navigation) replaces the list;
 * otherwise new comments are appended and changed ones replaced in place.
 */
export function applyReport(
  state: TabComments,
  report: { comments: readonly Comment[]; reset: boolean; health: PageHealth },
): TabComments {
  const byId = new Map(report.reset ? [] : state.byId);
  for (const comment of report.comments) byId.set(comment.id, comment);
  return { ...state, phase: 'live', url: report.health.url, health: report.health, byId };
}
