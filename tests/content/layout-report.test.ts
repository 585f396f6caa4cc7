import { describe, expect, it } from 'vitest';
import { buildLayoutReport, reportRoot, Scrubber } from '@/lib/content/layout-report';
import { LayoutReportSchema } from '@/lib/schema/layout-report';
import type { Comment } from '@/lib/schema/comment';
import { assessHealth, scanPage } from '@/lib/sites';
import { EVIDENCE_PAGES, evidenceUrl } from '../sites/evidence';
import { PAGES, SCAN_NOW } from '../sites/expectations';
import { loadFixture } from '../sites/load-fixture';

const noWait = () => Promise.resolve();

/** Every page the repo has: the demo pages and those built from captures of the live sites. */
const ALL = [
  ...PAGES.filter((p) => p.kind !== 'profile').map((p) => ({ file: p.file, url: `https://${p.host}${p.path}` })),
  ...EVIDENCE_PAGES.map((p) => ({ file: p.file, url: evidenceUrl(p) })),
];

async function reportOf(file: string, url: string) {
  const doc = loadFixture(file);
  const { comments, unreadable, adapter } = scanPage(doc, url, { now: SCAN_NOW });
  const health = assessHealth(doc, url, comments, { now: SCAN_NOW, unreadable });
  const report = await buildLayoutReport({ adapter, document: doc, url, comments, health, now: SCAN_NOW, yieldToPage: noWait, salt: 'test' });
  return { doc, comments, report };
}

/** What must not survive: every name, handle, text line and link target the adapter read. */
function secretsOf(comments: readonly Comment[]): string[] {
  const secrets = new Set<string>();
  for (const c of comments) {
    if (c.author.name.length >= 3) secrets.add(c.author.name);
    if (c.author.handle && c.author.handle.length >= 3) secrets.add(c.author.handle);
    for (const line of c.text.split('\n')) if (line.trim().length >= 6) secrets.add(line.trim());
    for (const link of [c.permalink, c.author.profileUrl]) if (link) secrets.add(`${new URL(link).pathname}${new URL(link).search}`.replace(/\/$/u, ''));
    if (/^\d{5,}$/u.test(c.id)) secrets.add(c.id);
  }
  return [...secrets].filter((s) => s.length >= 3 && s !== '/');
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('layout report: anonymised snapshot of a thread', () => {
  for (const page of ALL) {
    it(`${page.file}: no name, handle, text or link survives; structure and labels are kept`, async () => {
      const { doc, comments, report } = await reportOf(page.file, page.url);
      expect(LayoutReportSchema.safeParse(report).success).toBe(true);
      const lower = report.html.toLowerCase();
      for (const secret of secretsOf(comments)) expect(lower, `"${secret}" survived`).not.toContain(secret.toLowerCase());
      expect(report.truncated).toBe(false);

      // The structure is the page's own: the same hooks, as many times.
      const snap = parse(report.html);
      for (const selector of ['[data-testid]', '[role="article"]', 'article', '[aria-label]', 'time[datetime]', '[componentkey]', 'span[dir="auto"]', 'button', 'ul', 'a[href]']) {
        const inRoot = Array.from(doc.querySelectorAll(selector)).filter((el) => !el.closest('script, style')).length;
        const kept = snap.querySelectorAll(selector).length;
        expect(kept, selector).toBeLessThanOrEqual(inRoot);
        if (selector !== 'a[href]' && selector !== '[aria-label]') expect(kept, selector).toBeGreaterThan(0.6 * Math.min(inRoot, 1_000_000) - 1);
      }
      // Every aria-label and link of the thread's part of the page is there, in the same order, on the same tags.
      const root = reportRoot(scanPage(doc, page.url, { now: SCAN_NOW }).adapter, doc);
      // (The report holds the thread's subtree and the chain of elements above it.)
      const kept = (el: Element) => (root.contains(el) || el.contains(root)) && el.localName !== 'body' && el.localName !== 'html' && !el.closest('script, template, noscript');
      const tagsOf = (scope: Document, selector: string, filter: (el: Element) => boolean) => Array.from(scope.querySelectorAll(selector)).filter(filter).map((el) => el.localName).join(',');
      for (const selector of ['[aria-label]', 'a[href]', '[role]', '[data-testid]']) expect(tagsOf(snap, selector, (el) => el.localName !== 'body' && el.localName !== 'html'), selector).toBe(tagsOf(doc, selector, kept));
      expect(snap.querySelectorAll('script, style').length).toBe(0);
      for (const img of Array.from(snap.querySelectorAll('img[src]'))) expect(img.getAttribute('src')).toMatch(/^data:image\/gif/u);
    });
  }

  it('reads back as many comments as the page held, from the anonymised markup at the anonymised URL', async () => {
    const differences: string[] = [];
    for (const page of ALL) {
      const { comments, report } = await reportOf(page.file, page.url);
      const snap = parse(report.html);
      const again = scanPage(snap, report.url, { now: SCAN_NOW }).comments;
      if (again.length !== comments.length) differences.push(`${page.file}: ${comments.length} → ${again.length}`);
      // What a fixture needs to test an adapter: the same thread shape, dates, badges and attachments.
      const shape = (c: Comment) => JSON.stringify([Boolean(c.parentId), c.createdAt, c.author.verified, c.attachment?.kind ?? null, c.truncated, c.isOwnBrand ?? null, c.likes === undefined, c.replies === undefined]);
      comments.forEach((c, i) => {
        const b = again[i];
        if (b && shape(c) !== shape(b)) differences.push(`${page.file} #${i}: ${shape(c)} → ${shape(b)}`);
      });
    }
    expect(differences).toEqual([]);
  });
});

describe('Scrubber', () => {
  it('keeps the shape of a link and gives an id the same look-alike everywhere', () => {
    const s = new Scrubber('salt');
    s.addHandle('camilled');
    const link = s.url('https://x.com/camilled/status/1860000000000000002?s=20', 'https://x.com/');
    expect(link).toMatch(/^https:\/\/x\.com\/user1\/status\/\d{19}\?s=\d\d$/u);
    expect(link).not.toContain('1860000000000000002');
    expect(s.label('Reply 1860000000000000002 from @camilled', 'https://x.com/')).toBe(`Reply ${link.split('/')[5]?.split('?')[0]} from @user1`);
    expect(s.url('javascript:alert(1)', 'https://x.com/')).toBe('#');
    expect(s.url('https://shop.example.org/order?id=42', 'https://x.com/')).toMatch(/^https:\/\/example\.com\/link-/u);
    expect(s.url('/p/DQm7LuMi2Ab/c/17912000000000001/', 'https://www.instagram.com/')).toMatch(/^\/p\/[A-Za-z0-9]{11}\/c\/\d{17}\/$/u);
    expect(s.url('/feed/update/urn:li:activity:7250000000000000001/', 'https://www.linkedin.com/')).toMatch(/^\/feed\/update\/urn:li:activity:\d{19}\/$/u);
  });

  it('keeps the sites’ own words around comments, not someone’s words that start alike', async () => {
    const doc = loadFixture('x/post-fr.html');
    const url = 'https://x.com/maisonlumiere/status/1860000000000000001';
    const extra = doc.createElement('div');
    extra.innerHTML = '<span>En réponse à</span> <span>Voir les 12 réponses</span> <span>Post arrived broken</span> <span>Voir mon colis abîmé</span>';
    doc.querySelector('main')!.append(extra);
    const { comments, unreadable, adapter } = scanPage(doc, url, { now: SCAN_NOW });
    const health = assessHealth(doc, url, comments, { now: SCAN_NOW, unreadable });
    const report = await buildLayoutReport({ adapter, document: doc, url, comments, health, yieldToPage: noWait });
    expect(report.html).toContain('<span>En réponse à</span>');
    expect(report.html).toContain('<span>Voir les 12 réponses</span>');
    expect(report.html).toContain('<span>Xxxx xxxxxxx xxxxxx</span>');
    expect(report.html).toContain('<span>Xxxx xxx xxxxx xxxxx</span>');
  });

  it('replaces names inside labels and keeps the words around them', () => {
    const s = new Scrubber('salt');
    s.addName('Camille Durand');
    s.addHandle('camilled');
    expect(s.label('Commentaire de Camille Durand il y a 2 heures', 'https://www.facebook.com/')).toBe('Commentaire de Person 1 il y a 2 heures');
    expect(s.label('Voir le profil de camilled', 'https://www.facebook.com/')).toBe('Voir le profil de user1');
  });
});

describe('layout report: bounds and hostile pages', () => {
  it('on a layout the adapter cannot read, the names in profile links and labels are still replaced', async () => {
    const doc = loadFixture('x/post-fr.html');
    const url = 'https://x.com/maisonlumiere/status/1860000000000000001';
    const names = Array.from(doc.querySelectorAll('[data-testid="User-Name"] a span'), (el) => el.textContent?.trim() ?? '').filter((n) => n.length > 3);
    expect(names.length).toBeGreaterThan(3);
    // Scramble the hooks: the adapter reads nothing, as on a changed site.
    for (const el of Array.from(doc.querySelectorAll('[data-testid]'))) el.setAttribute('data-testid', `t${el.getAttribute('data-testid')?.length ?? 0}`);
    const { comments, unreadable, adapter } = scanPage(doc, url, { now: SCAN_NOW });
    expect(comments).toHaveLength(0);
    const health = assessHealth(doc, url, comments, { now: SCAN_NOW, unreadable });
    const report = await buildLayoutReport({ adapter, document: doc, url, comments, health, yieldToPage: noWait });
    for (const name of names) expect(report.html, name).not.toContain(name);
    expect(report.html).not.toContain('maisonlumiere');
    expect(report.reading.comments).toBe(0);
  });

  it('2,000 different authors: every one replaced, in time linear in the page', { timeout: 120_000 }, async () => {
    const doc = loadFixture('x/post-fr.html');
    const url = 'https://x.com/maisonlumiere/status/1860000000000000001';
    const cell = Array.from(doc.querySelectorAll('[data-testid="cellInnerDiv"]')).find((c) => c.querySelector('article[tabindex="0"]'))!;
    const html = cell.outerHTML;
    const id = /status\/(\d+)/u.exec(cell.querySelector('a[href*="/status/"]')!.getAttribute('href')!)![1]!;
    const handle = cell.querySelector('a[href^="/"]')!.getAttribute('href')!.slice(1);
    const parts: string[] = [];
    for (let i = 0; i < 2000; i++) parts.push(html.replaceAll(id, `18700000000000${String(i).padStart(5, '0')}`).replaceAll(handle, `p${i}q${handle}`));
    cell.insertAdjacentHTML('afterend', parts.join(''));
    const { comments, unreadable, adapter } = scanPage(doc, url, { now: SCAN_NOW });
    expect(comments.length).toBeGreaterThan(2000);
    const health = assessHealth(doc, url, comments, { now: SCAN_NOW, unreadable });
    const started = performance.now();
    const report = await buildLayoutReport({ adapter, document: doc, url, comments, health, maxElements: 1_000_000, maxChars: 20_000_000, yieldToPage: noWait });
    const ms = performance.now() - started;
    console.log(`layout report, 2,000 authors: ${report.elements} elements in ${Math.round(ms)} ms`);
    expect(report.truncated).toBe(false);
    for (let i = 0; i < 2000; i += 97) expect(report.html).not.toContain(`p${i}q${handle}`);
    expect(ms).toBeLessThan(60_000);
  });

  it('is bounded, gives the page back between slices, and writes script-like text as text', { timeout: 120_000 }, async () => {
    const doc = loadFixture('instagram/post-pt.html');
    const url = 'https://www.instagram.com/p/DQm7LuMi2Ab/';
    const list = doc.querySelector('.ig-list')!;
    const thread = list.querySelector('.ig-thread')!.outerHTML;
    list.insertAdjacentHTML('beforeend', thread.repeat(700));
    doc.querySelector('[dir="auto"]')?.append(doc.createTextNode('<img src=x onerror=alert(1)>'));
    doc.querySelector('[aria-label]')?.setAttribute('aria-label', '"><script>alert(1)</script>');
    let deep: Element = doc.body;
    for (let i = 0; i < 1500; i++) deep = deep.appendChild(doc.createElement('div'));
    const { comments, unreadable, adapter } = scanPage(doc, url, { now: SCAN_NOW });
    const health = assessHealth(doc, url, comments, { now: SCAN_NOW, unreadable });
    let slices = 0;
    const started = performance.now();
    const report = await buildLayoutReport({ adapter, document: doc, url, comments, health, maxElements: 5_000, sliceElements: 500, yieldToPage: () => { slices++; return Promise.resolve(); } });
    const ms = performance.now() - started;
    expect(report.truncated).toBe(true);
    expect(report.elements).toBe(5_000);
    expect(slices).toBeGreaterThanOrEqual(9);
    const snap = parse(report.html);
    expect(snap.querySelectorAll('script, img[onerror]').length).toBe(0);
    expect(report.html).toContain('&lt;xxx xxx=x xxxxxxx=xxxxx(1)&gt;');
    expect(ms).toBeLessThan(30_000);

    const t0 = performance.now();
    const whole = await buildLayoutReport({ adapter, document: doc, url, comments, health, yieldToPage: noWait });
    console.log(`layout report: ${whole.elements} elements, ${whole.html.length} chars, ${Math.round(performance.now() - t0)} ms (bounded run ${Math.round(ms)} ms)`);
    expect(whole.truncated).toBe(false);
    expect(whole.html.length).toBeLessThan(2_500_000);
    // The whole thread and the 1,500-deep nesting, without overflowing the stack.
    expect(scanPage(parse(whole.html), whole.url, { now: SCAN_NOW }).comments).toHaveLength(comments.length);
  });
});

