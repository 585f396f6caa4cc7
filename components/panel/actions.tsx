import { createContext, useContext, type ReactNode } from 'react';
import type { InsertReply, LocateReply, MessageOf, ReadMoreReply } from '@/lib/messaging/protocol';
import type { LayoutReport } from '@/lib/schema/layout-report';
import type { InteractionInput } from '@/lib/schema/interaction';

/**
 * What the panel can ask of the browser. The side panel entry point implements it with tabs
 * messages and the clipboard; component tests pass fakes.
 */
export interface PanelActions {
  /**
   * Put a reply into the site's reply box of this comment (never posts it). `mode`: what to do with a
   * draft the box already holds (`ask`: nothing, the reply says `occupied`).
   */
  insert(commentId: string | undefined, text: string, mode?: InsertMode): Promise<InsertReply>;
  locate(commentId: string): Promise<LocateReply>;
  copy(text: string): Promise<boolean>;
  /** Opens a mailto: link (escalation). */
  openUrl(url: string): void;
  openOptions(): void;
  /**
   * Logs actions on comments. The background is the log's only writer: the panel sends it these
   * (`bg/log`) and it records them all-or-nothing; rejects with the reason when nothing was logged.
   * Optional only for component tests that log nothing: without it, an action that logs fails.
   * Resolves with the comments whose actions were not stored (someone forgotten on request).
   */
  log?(inputs: readonly InteractionInput[]): Promise<{ notStored?: readonly string[] } | void>;
  /**
   * Reads the profile header the tab shows and stores today's snapshot of it now (replacing an
   * earlier one of the day). Optional: without it the panel shows no snapshot button.
   */
  snapshotProfile?(): Promise<ProfileSnapshotOutcome>;
  /**
   * An anonymised snapshot of the thread the tab shows ("Report this page's layout"); rejects with
   * the reason when the page cannot make one. Optional: without it the panel shows no report button.
   */
  layoutReport?(): Promise<LayoutReport>;
  /**
   * One step of "Read all comments": the page clicks one of the site's own "more" controls and waits
   * for the thread to grow. Optional: without it the panel shows no "Read all comments" button.
   */
  readMore?(): Promise<ReadMoreReply>;
}

/** What to do with the community manager's draft already in the reply box. */
export type InsertMode = NonNullable<MessageOf<'content/insert'>['mode']>;

/** What "take a snapshot now" did: stored, not a watched account, no profile on the page, or an error. */
export type ProfileSnapshotOutcome = 'stored' | 'not-watched' | 'no-profile' | 'no-brand' | 'failed';

const ActionsContext = createContext<PanelActions | undefined>(undefined);

export function PanelActionsProvider({ actions, children }: { actions: PanelActions; children: ReactNode }) {
  return <ActionsContext.Provider value={actions}>{children}</ActionsContext.Provider>;
}

export function usePanelActions(): PanelActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('usePanelActions() outside <PanelActionsProvider>');
  return actions;
}
