import { render } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { AppRoot } from '@/components/AppRoot';
import { PanelActionsProvider, type PanelActions } from '@/components/panel/actions';
import { PanelApp, type TriageFn } from '@/components/panel/PanelApp';
import { saveBrand } from '@/lib/db/brands';
import { openRiposteDb, type RiposteDB } from '@/lib/db/database';
import { updateSettings } from '@/lib/db/settings';
import { saveTemplates } from '@/lib/db/templates';
import type { TabComments } from '@/lib/panel/tab-comments';
import type { Brand } from '@/lib/schema/brand';
import type { Comment } from '@/lib/schema/comment';
import { starterTemplates } from '@/lib/templates';
import { logPanelActions } from '@/entrypoints/background/log';
import { parseMessage } from '@/lib/messaging/protocol';

export const NOW = new Date('2026-11-23T10:00:00.000Z');
export const POST = 'https://x.com/maisonlumiere/status/1860000000000000001';

export function comment(id: string, text: string, over: Partial<Comment> = {}): Comment {
  return {
    platform: 'x',
    id,
    author: { name: 'Camille Durand', handle: 'camilled', verified: false },
    text,
    truncated: false,
    postUrl: POST,
    createdAt: '2026-11-23T09:30:00.000Z',
    ...over,
  };
}

export function tabOf(comments: Comment[], status: 'ok' | 'layout-not-recognised' = 'ok'): TabComments {
  return {
    phase: 'live',
    tabId: 7,
    url: POST,
    health: { platform: 'x', url: POST, status, commentCount: comments.length, unreadable: 0, checkedAt: NOW.toISOString() },
    byId: new Map(comments.map((c) => [c.id, c])),
  };
}

export function fakeActions() {
  return {
    insert: vi.fn<PanelActions['insert']>(async () => ({ ok: true, method: 'inserted' })),
    locate: vi.fn<PanelActions['locate']>(async () => ({ ok: true })),
    copy: vi.fn<PanelActions['copy']>(async () => true),
    openUrl: vi.fn<PanelActions['openUrl']>(),
    openOptions: vi.fn<PanelActions['openOptions']>(),
  } satisfies PanelActions;
}

export async function setUpBrand(db: RiposteDB): Promise<Brand> {
  const stamp = NOW.toISOString();
  const brand = await saveBrand(db, { id: 'ml', name: 'Maison Lumière', language: 'fr', createdAt: stamp, updatedAt: stamp });
  await updateSettings(db, { activeBrandId: brand.id, onboarded: true, agentName: 'Léa' });
  await saveTemplates(db, starterTemplates(brand.id, NOW));
  return brand;
}

export async function freshDb(): Promise<RiposteDB> {
  return openRiposteDb(`test-${crypto.randomUUID()}`);
}

/** A database of its own for each test of the enclosing block, handed to `set`, deleted after. */
export function freshDbPerTest(set: (db: RiposteDB) => void): void {
  let current: RiposteDB | undefined;
  beforeEach(async () => {
    current = await freshDb();
    set(current);
  });
  afterEach(async () => {
    current?.close();
    await current?.delete();
  });
}

/**
 * What the extension's `log` does, on the test's database: the action goes through the protocol as a
 * `bg/log` message and the background's handler logs it.
 */
export function backgroundLog(db: RiposteDB): NonNullable<PanelActions['log']> {
  return async (inputs) => {
    const message = parseMessage({ type: 'bg/log', interactions: inputs }, (reason) => {
      throw new Error(reason);
    });
    if (message?.type !== 'bg/log') throw new Error('not a bg/log message');
    const reply = await logPanelActions(db, message);
    if (!reply.ok) throw new Error(reply.error);
    return { notStored: reply.notStored ?? [] };
  };
}

/** The panel, its actions logged by the background's handler unless the test passes its own `log`. */
export function renderPanel(db: RiposteDB, tab: TabComments, triage: TriageFn, actions: PanelActions, language = 'fr') {
  return render(
    <AppRoot db={db} browserLanguage={language}>
      <PanelActionsProvider actions={actions.log ? actions : { ...actions, log: backgroundLog(db) }}>
        <PanelApp tab={tab} now={NOW} triage={triage} />
      </PanelActionsProvider>
    </AppRoot>,
  );
}
