import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Window } from 'happy-dom';
import { extractComments } from '../../lib/sites';
import { startDemoEnvironment, type DemoEnvironment } from '../../scripts/demo/environment';
import { FIXTURES_DIR } from '../../scripts/demo/pages';
import { importLayoutReport } from '../../scripts/fixture-import/import';

/** What the adapter reads from a fixture page in a plain DOM. */
function readFixture(file: string, url: string) {
  const window = new Window({ url });
  window.document.write(readFileSync(join(FIXTURES_DIR, file), 'utf8'));
  const comments = extractComments(window.document as unknown as Document, url);
  void window.happyDOM.close();
  return comments;
}

describe('report this page’s layout and read all comments, in Chromium (issue 12)', () => {
  let env: DemoEnvironment;
  const out = mkdtempSync(join(tmpdir(), 'riposte-fixture-import-'));

  before(async () => {
    env = await startDemoEnvironment({ headless: true, locale: 'fr' });
  });
  after(async () => {
    await env?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('reads all comments on the user’s click: the site’s "view replies" control is clicked, the new comment shows, and it stops when none is left', async () => {
    const fixture = env.pages.find((p) => p.site === 'facebook' && p.lang === 'fr' && p.kind === 'post' && p.demo);
    assert.ok(fixture);
    const page = await env.openFixture(fixture);
    // The site's behaviour, in the test: the control brings one more comment, then goes away.
    await page.evaluate(() => {
      const control = Array.from(document.querySelectorAll('[role="button"]')).find((el) => el.textContent?.trim() === 'Afficher les 3 réponses')!;
      control.addEventListener('click', () => {
        const comment = document.querySelector('div[role="article"][aria-label]')!;
        const id = comment.querySelector('a[href*="comment_id="]')!.getAttribute('href')!.match(/comment_id=([^&]+)/)![1]!;
        const copy = comment.cloneNode(true) as Element;
        copy.querySelectorAll('div[role="article"]').forEach((reply) => reply.remove());
        copy.innerHTML = copy.innerHTML.replaceAll(id, btoa('comment:122108456789012345_1000000000000999').replace(/=+$/u, ''));
        setTimeout(() => {
          control.closest('.fb-replies')?.before(copy);
          control.remove();
        }, 300);
      });
    });
    const panel = await env.openPanelFor(page);
    const status = panel.getByTestId('page-status');
    await panel.waitForFunction(() => /\d+ commentaires lus/u.test(document.querySelector('[data-testid="page-status"]')?.textContent ?? ''), undefined, { timeout: 10_000 });
    const before = Number(/(\d+) commentaires lus/u.exec((await status.textContent()) ?? '')?.[1]);
    const started = Date.now();
    await panel.getByRole('button', { name: 'Lire tous les commentaires' }).click();
    await panel.getByText(/^Tous les commentaires sont ouverts/u).waitFor({ timeout: 20_000 });
    console.log(`facebook: read all (one click, one empty look) in ${Date.now() - started} ms`);
    assert.match((await status.textContent()) ?? '', new RegExp(`${before + 1} commentaires lus`, 'u'));
    assert.equal(await page.evaluate(() => Array.from(document.querySelectorAll('[role="button"]')).some((el) => el.textContent?.trim() === 'Afficher les 3 réponses')), false);
    await panel.close();
    await page.close();
  });

  for (const site of ['x', 'instagram'] as const) {
    it(`${site}: the panel saves an anonymised report of the demo page, and fixture:import turns it into a page that reads the same`, async () => {
      const fixture = env.pages.find((p) => p.site === site && p.lang === 'fr' && p.kind === 'post' && p.demo);
      assert.ok(fixture, `a French ${site} demo post exists`);
      const url = `https://${fixture.host}${fixture.path}`;
      const original = readFixture(fixture.file, url);
      assert.ok(original.length > 0);

      const page = await env.openFixture(fixture);
      const panel = await env.openPanelFor(page);
      await panel.getByTestId('page-status').waitFor();
      await panel.waitForFunction(() => /\d+ commentaires lus/u.test(document.querySelector('[data-testid="page-status"]')?.textContent ?? ''), undefined, { timeout: 10_000 });
      const started = Date.now();
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Signaler la mise en page de cette page' }).click()]);
      console.log(`${site}: layout report saved in ${Date.now() - started} ms`);
      assert.match(download.suggestedFilename(), new RegExp(`^riposte-layout-${site}-\\d{4}-\\d\\d-\\d\\d\\.json$`, 'u'));
      await panel.getByText(/joignez-le à votre signalement/u).waitFor();
      const text = readFileSync(await download.path(), 'utf8');

      // Nothing the page said about a person is in the file.
      for (const c of original) {
        assert.ok(!text.includes(c.author.name), `${c.author.name} survived`);
        if (c.author.handle && c.author.handle.length > 3) assert.ok(!text.toLowerCase().includes(c.author.handle.toLowerCase()), `${c.author.handle} survived`);
        for (const line of c.text.split('\n')) if (line.trim().length > 8) assert.ok(!text.includes(line.trim()), `"${line.trim()}" survived`);
        if (c.permalink) assert.ok(!text.includes(new URL(c.permalink).pathname), `${c.permalink} survived`);
      }

      const imported = importLayoutReport(text, { fixturesDir: out, name: `demo-${site}` });
      assert.equal(imported.htmlFile, join(out, site, `demo-${site}.html`));
      assert.equal(imported.expected.health, 'ok');
      assert.equal(imported.expected.reported.comments, original.length);
      // The imported page is read like the page it came from: same comments, authors and replies as placeholders.
      assert.equal(imported.expected.comments.length, original.length);
      assert.deepEqual(
        imported.expected.comments.map((c) => Boolean(c.parentId)),
        original.map((c) => Boolean(c.parentId)),
      );
      assert.deepEqual(JSON.parse(readFileSync(imported.expectedFile, 'utf8')).comments.length, original.length);
      await panel.close();
      await page.close();
    });
  }
});
