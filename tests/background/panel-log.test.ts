import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { database } from '@/entrypoints/background/db';
import { handleMessage } from '@/entrypoints/background/messages';
import { browserPanelActions } from '@/entrypoints/sidepanel/browser-actions';
import { saveBrand } from '@/lib/db/brands';
import { commentHistory, getComment } from '@/lib/db/interactions';
import type { Comment } from '@/lib/schema/comment';

/** The side panel's `log`, through the fake browser's runtime messaging, to the background's handler. */

const STAMP = '2026-11-23T09:00:00.000Z';
const angry: Comment = {
  platform: 'x',
  id: 'pl1',
  author: { name: 'Camille Durand', handle: 'camilled', verified: false },
  text: 'Toujours pas reçu ma commande',
  truncated: false,
  postUrl: 'https://x.com/maisonlumiere/status/1860000000000000001',
};

/** The background's listener as the browser calls it (an answer through sendResponse). */
function listen(): void {
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = handleMessage(message);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  });
}

describe('the panel logs through the background', () => {
  it('sends bg/log; the background logs the comment and the action', async () => {
    listen();
    const db = await database();
    await saveBrand(db, { id: 'pl-brand', name: 'Maison Lumière', createdAt: STAMP, updatedAt: STAMP });
    const actions = browserPanelActions(() => 7);
    await actions.log!([{ commentId: 'pl1', kind: 'escalated', department: 'sav', at: STAMP, comment: angry, brandId: 'pl-brand' }]);
    expect((await commentHistory(db, 'pl1')).map((r) => r.kind)).toEqual(['seen', 'escalated']);
    expect(await getComment(db, 'pl1')).toMatchObject({ status: 'escalated', lastDepartment: 'sav' });
  });

  it('rejects with the background’s reason when nothing was logged', async () => {
    listen();
    const actions = browserPanelActions(() => 7);
    await expect(actions.log!([{ commentId: 'pl-unknown', kind: 'resolved', at: STAMP }])).rejects.toThrow(/pl-unknown/);
  });

  it('rejects when the background does not answer', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    const actions = browserPanelActions(() => 7);
    await expect(actions.log!([{ commentId: 'pl1', kind: 'resolved', at: STAMP }])).rejects.toThrow(/nothing was logged/);
  });
});
