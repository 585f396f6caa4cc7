import { browser } from 'wxt/browser';
import { parseMessage, type PingReply } from '@/lib/messaging/protocol';
import { recordReportedProfile, snapshotProfileNow } from './audience';
import { logReportedComments } from './seen';
import { database } from './db';
import { logPanelActions } from './log';

/**
 * The background's message router. Every message is parsed against the protocol first; anything
 * else is dropped with a warning. Returns a promise for the messages that have a reply, as the
 * polyfill expects, and `undefined` for the others so other listeners (the panel) can answer.
 */
export function handleMessage(raw: unknown): Promise<unknown> | undefined {
  const message = parseMessage(raw, (reason) => console.warn('[riposte] dropped a malformed message:', reason));
  if (!message) return undefined;
  switch (message.type) {
    case 'bg/ping': {
      const reply: PingReply = { ok: true, version: browser.runtime.getManifest().version };
      return Promise.resolve(reply);
    }
    case 'page/comments':
      logReportedComments(message).catch((error: unknown) => console.error('[riposte] could not log comments', error));
      return undefined;
    case 'bg/snapshot-profile':
      return snapshotProfileNow(message);
    case 'bg/log':
      return database().then((db) => logPanelActions(db, message));
    case 'page/profile':
      recordReportedProfile(message).catch((error: unknown) => console.error('[riposte] could not record a profile snapshot', error));
      return undefined;
    default:
      return undefined;
  }
}
