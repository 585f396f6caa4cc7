import { describe, expect, it } from 'vitest';
import { findMoreControls, isMoreLabel, readMoreStep } from '@/lib/content/read-more';
import type { ReadMoreReply } from '@/lib/messaging/protocol';
import { scanPage } from '@/lib/sites';
import { facebook } from '@/lib/sites/facebook';
import { instagram } from '@/lib/sites/instagram';
import type { SiteAdapter } from '@/lib/sites/types';
import { x } from '@/lib/sites/x';
import { SCAN_NOW } from '../sites/expectations';
import { loadFixture } from '../sites/load-fixture';

const instant = () => Promise.resolve();

/**
 * The site's behaviour, put in the test (not in the fixture pages): each click on `control` adds
 * `batch(n)` after `anchor`, and after `times` clicks the control goes away, as the sites do once
 * everything is shown. Every click is recorded, so a test can say what was never clicked.
 */
function growOnClick(doc: Document, control: Element, anchor: Element, batch: (n: number) => string, times: number): { clicks: number } {
  const state = { clicks: 0 };
  control.addEventListener('click', () => {
    state.clicks++;
    anchor.insertAdjacentHTML('beforebegin', batch(state.clicks));
    if (state.clicks >= times) control.remove();
  });
  void doc;
  return state;
}

/** Every click on the page, by the clicked element's label. */
function recordClicks(doc: Document): string[] {
  const clicked: string[] = [];
  doc.addEventListener('click', (event) => {
    const el = event.target as Element;
    clicked.push((el.getAttribute('aria-label') || el.textContent || '').trim());
  }, true);
  return clicked;
}

async function readAll(adapter: SiteAdapter, doc: Document, url: string): Promise<ReadMoreReply[]> {
  const dead = new WeakSet<Element>();
  const steps: ReadMoreReply[] = [];
  const count = () => scanPage(doc, url, { now: SCAN_NOW }).comments.length;
  for (let i = 0; i < 50; i++) {
    const step = await readMoreStep({ adapter, document: doc, dead, commentCount: count, sleep: instant, timeoutMs: 1_000, pollMs: 100 });
    steps.push(step);
    if (!step.clicked) break;
  }
  return steps;
}

describe('"more" controls', () => {
  it('are the site’s own "view more comments / N replies / hidden comments" controls, in six languages', () => {
    const more = [
      'Afficher les 3 réponses', 'View all 4 replies', 'Ver las 4 respuestas', 'Alle 8 Antworten ansehen', 'Afficher 1 réponse',
      '——— Voir les réponses (4)', 'View replies (2)', 'Ver todas as 12 respostas', 'Mostra altre risposte', 'Mostra probabili spam',
      'Mostrar mais respostas', 'Show more replies', 'Show probable spam', 'View more comments', 'Voir plus de commentaires',
      'Load more comments', 'See previous replies', 'Afficher les commentaires précédents', 'View hidden comments', 'Weitere Kommentare anzeigen',
      'Visualizza altri commenti', 'Ver más comentarios', 'Ver mais comentários', 'Show additional replies, including those that may contain offensive content',
    ];
    const never = [
      'Répondre', 'Reply', 'Antworten', 'Masquer toutes les réponses', 'Ocultar todas as respostas', 'Hide all replies', 'Afficher plus', 'Voir plus',
      'See more', 'Voir la traduction', '2 risposte. Rispondi', '2 replies. Reply', '18 Reactions on Hannah Price’s comment', 'Reply to Hannah Price’s comment',
      'J’aime', '1 234 J’aime', 'Write a comment…', 'Commenter', 'Comment', 'Plus pertinents', '',
    ];
    for (const label of more) expect(isMoreLabel(label), label).toBe(true);
    for (const label of never) expect(isMoreLabel(label), label).toBe(false);
  });

  it('on the demo and evidence pages: only those, never Reply, Like, a comment’s "see more" or a thread’s "hide"', () => {
    const cases: Array<[SiteAdapter, string, string[]]> = [
      [facebook, 'facebook/post-fr.html', ['Afficher les 3 réponses']],
      [facebook, 'facebook/post-en.html', ['View all 4 replies']],
      [instagram, 'instagram/post-pt.html', ['Ver todas as 12 respostas']],
      [instagram, 'instagram/reel-fr-logged-out.html', ['Afficher les réponses (3)']],
      [x, 'x/post-it.html', ['Mostra altre risposte', 'Mostra probabili spam']],
      [x, 'x/post-fr.html', []],
    ];
    for (const [adapter, file, labels] of cases) {
      const doc = loadFixture(file);
      expect(findMoreControls(adapter, doc).map((el) => el.textContent?.replace(/\s+/gu, ' ').replace(/^—+ /u, '').trim()), file).toEqual(labels);
    }
  });
});

describe('"more" controls drawn as icons', () => {
  it('Instagram’s circled plus is found by its icon’s label, in any of the six languages', () => {
    const doc = loadFixture('instagram/post-fr.html');
    const list = doc.querySelector('.ig-thread')!.parentElement!;
    list.insertAdjacentHTML('beforeend', '<li><div role="button" tabindex="0"><svg aria-label="Charger d’autres commentaires" role="img" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10"></circle></svg></div></li>');
    list.insertAdjacentHTML('beforeend', '<li><button type="button"><svg aria-label="J’aime" role="img"></svg></button></li>');
    const controls = findMoreControls(instagram, doc);
    expect(controls.map((el) => el.querySelector('svg')?.getAttribute('aria-label') ?? el.textContent?.trim())).toEqual(['——— Voir les réponses (4)', 'Charger d’autres commentaires']);
  });
});

describe('read all comments, one click per step', () => {
  it('X: opens "more replies" and "probable spam" until none is left; never Reply, Like or a post’s "see more"', async () => {
    const url = 'https://x.com/maisonlumiere/status/1861000000000000001';
    const doc = loadFixture('x/post-it.html');
    const clicked = recordClicks(doc);
    const before = scanPage(doc, url, { now: SCAN_NOW }).comments.length;
    const template = doc.querySelector('a[href$="/status/1861000000000000011"]')!.closest('[data-testid="cellInnerDiv"]')!.outerHTML;
    const cell = (id: string) => template.replaceAll('1861000000000000011', id);
    const [moreReplies, spam] = findMoreControls(x, doc);
    // "More replies" loads two batches of 2, then goes; "probable spam" one batch of 1.
    const a = growOnClick(doc, moreReplies!, moreReplies!.closest('[data-testid="cellInnerDiv"]')!, (n) => cell(`18620000000000000${n}1`) + cell(`18620000000000000${n}2`), 2);
    const b = growOnClick(doc, spam!, spam!.closest('[data-testid="cellInnerDiv"]')!, () => cell('1863000000000000001'), 1);
    const steps = await readAll(x, doc, url);
    expect(a.clicks).toBe(2);
    expect(b.clicks).toBe(1);
    expect(steps.map((s) => s.clicked)).toEqual([true, true, true, false]);
    expect(steps.slice(0, 3).every((s) => s.grew)).toBe(true);
    expect(steps.at(-1)!.comments).toBe(before + 5);
    expect(clicked).toEqual(['Mostra altre risposte', 'Mostra altre risposte', 'Mostra probabili spam']);
  });

  it('Instagram: "see all 12 replies" grows the thread; "hide all replies" is never clicked', async () => {
    const url = 'https://www.instagram.com/p/DQm7LuMi2Ab/';
    const doc = loadFixture('instagram/post-pt.html');
    const clicked = recordClicks(doc);
    const before = scanPage(doc, url, { now: SCAN_NOW }).comments.length;
    const thread = doc.querySelector('a[href*="/c/17912000000000002/"]')!.closest('.ig-thread')!;
    const html = thread.outerHTML;
    const control = findMoreControls(instagram, doc)[0]!;
    // Twelve replies, six a click (the page shows them as threads of their own, fresh ids).
    const state = growOnClick(doc, control, control.closest('.ig-thread')!.nextElementSibling ?? thread, (n) => Array.from({ length: 2 }, (_, i) => html.replaceAll('1791200000000000', `19${n}${i}0000000000`)).join(''), 2);
    const steps = await readAll(instagram, doc, url);
    expect(state.clicks).toBe(2);
    expect(steps.filter((s) => s.clicked)).toHaveLength(2);
    expect(steps.at(-1)!.comments).toBeGreaterThan(before);
    expect(clicked.every((label) => /Ver todas as 12 respostas/u.test(label))).toBe(true);
  });

  it('a control whose click gives nothing is clicked once, then left alone: the reading ends', async () => {
    const url = 'https://www.facebook.com/maisonlumiere/posts/pfbid02Xk7QmZ9vTqL4rJ8nB3cW1yH6sD5fG2pA7uE9oK3iN1mR4tV8xZl';
    const doc = loadFixture('facebook/post-fr.html');
    const clicked = recordClicks(doc);
    const steps = await readAll(facebook, doc, url);
    expect(steps.map((s) => [s.clicked, s.grew])).toEqual([[true, false], [false, false]]);
    expect(clicked).toEqual(['Afficher les 3 réponses']);
  });

  it('waits for a thread that grows later (the site fetches), at most the wait it is given', async () => {
    const doc = loadFixture('facebook/post-fr.html');
    const control = findMoreControls(facebook, doc)[0]!;
    const comment = doc.querySelector('div[role="article"][aria-label]')!;
    let polls = 0;
    control.addEventListener('click', () => undefined);
    const sleep = () => {
      polls++;
      if (polls === 3) comment.insertAdjacentHTML('afterend', comment.outerHTML.replaceAll('Y29tbWVudDoxMjIxMDg0NTY3ODkwMTIzNDVfMTAwMDAwMDAwMDAwMDEwMQ', btoa('comment:122108456789012345_1000000000000999').replace(/=+$/u, '')));
      return Promise.resolve();
    };
    const step = await readMoreStep({ adapter: facebook, document: doc, dead: new WeakSet(), commentCount: () => 0, sleep, timeoutMs: 2_000, pollMs: 100 });
    expect(step).toMatchObject({ clicked: true, grew: true });
    expect(polls).toBe(3);
  });
});
