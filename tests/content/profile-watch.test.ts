import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startProfileWatch, type ProfileReport } from '@/lib/content/profile-watch';
import { startContentScript } from '@/lib/content/run';
import { readProfile } from '@/lib/sites/profile';
import { x } from '@/lib/sites/x';
import { fixtureHtml, loadFixture, setPageUrl } from '../sites/load-fixture';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startProfileWatch', () => {
  it('sends the header of a profile page once', () => {
    loadFixture('x/profile-fr.html');
    setPageUrl('https://x.com/maisonlumiere');
    const sent: ProfileReport[] = [];
    const watch = startProfileWatch({ document, window, read: readProfile, send: (m) => sent.push(m) });
    vi.advanceTimersByTime(5_000);
    watch.check();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'page/profile', profile: { platform: 'x', handle: 'maisonlumiere', followers: 12_300 } });
    watch.stop();
  });

  it('waits for a header rendered after the navigation, then sends again on the next profile', () => {
    setPageUrl('https://x.com/maisonlumiere/status/1860000000000000001');
    document.body.innerHTML = '<main role="main"></main>';
    const sent: ProfileReport[] = [];
    const watch = startProfileWatch({ document, window, read: readProfile, send: (m) => sent.push(m), intervalMs: 500 });
    // SPA navigation to a profile: the header arrives two ticks later.
    setPageUrl('https://x.com/ateliernova');
    vi.advanceTimersByTime(1_000);
    expect(sent).toEqual([]);
    document.body.innerHTML = new DOMParser().parseFromString(fixtureHtml('x/profile-en.html'), 'text/html').body.innerHTML;
    vi.advanceTimersByTime(500);
    expect(sent.map((m) => m.profile.handle)).toEqual(['ateliernova']);
    vi.advanceTimersByTime(5_000);
    expect(sent).toHaveLength(1);
    watch.stop();
  });

  it('gives up on a profile URL whose header never appears', () => {
    setPageUrl('https://x.com/someone');
    document.body.innerHTML = '<main role="main"></main>';
    const send = vi.fn();
    const watch = startProfileWatch({ document, window, read: readProfile, send, intervalMs: 100, maxAttempts: 3 });
    const spy = vi.spyOn(document, 'querySelector');
    vi.advanceTimersByTime(2_000);
    // Two ticks use the attempts left after the first look; later ticks only compare the URL.
    expect(spy.mock.calls.length).toBeLessThanOrEqual(2);
    expect(send).not.toHaveBeenCalled();
    watch.stop();
  });
});

describe('the content script', () => {
  it('reports the profile header of the page it runs on', () => {
    loadFixture('x/profile-en.html');
    setPageUrl('https://x.com/ateliernova');
    const sent: unknown[] = [];
    const run = startContentScript({ adapter: x, document, window, send: (m) => sent.push(m), onMessage: () => () => undefined });
    expect(sent).toContainEqual(expect.objectContaining({ type: 'page/profile', profile: expect.objectContaining({ handle: 'ateliernova', followers: 1_200_000 }) }));
    run.stop();
  });

  it('answers content/profile with the header it shows, and with nothing on a post', async () => {
    loadFixture('x/profile-fr.html');
    setPageUrl('https://x.com/maisonlumiere');
    let handler: ((raw: unknown) => Promise<unknown> | undefined) | undefined;
    const run = startContentScript({ adapter: x, document, window, send: () => undefined, onMessage: (h) => ((handler = h), () => undefined) });
    await expect(handler!({ type: 'content/profile' })).resolves.toMatchObject({ profile: { handle: 'maisonlumiere', verified: true } });
    setPageUrl('https://x.com/maisonlumiere/status/1860000000000000001');
    await expect(handler!({ type: 'content/profile' })).resolves.toEqual({});
    run.stop();
  });
});
