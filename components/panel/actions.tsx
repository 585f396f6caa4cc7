import { createContext, useContext, type ReactNode } from 'react';
import type { InsertReply, LocateReply } from '@/lib/messaging/protocol';

/**
 * What the panel can ask of the browser. The side panel entry point implements it with tabs
 * messages and the clipboard; component tests pass fakes.
 */
export interface PanelActions {
  /** Put a reply into the site's reply box of this comment (never posts it). */
  insert(commentId: string | undefined, text: string): Promise<InsertReply>;
  locate(commentId: string): Promise<LocateReply>;
  copy(text: string): Promise<boolean>;
  /** Opens a mailto: link (escalation). */
  openUrl(url: string): void;
  openOptions(): void;
}

const ActionsContext = createContext<PanelActions | undefined>(undefined);

export function PanelActionsProvider({ actions, children }: { actions: PanelActions; children: ReactNode }) {
  return <ActionsContext.Provider value={actions}>{children}</ActionsContext.Provider>;
}

export function usePanelActions(): PanelActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('usePanelActions() outside <PanelActionsProvider>');
  return actions;
}
