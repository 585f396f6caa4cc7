import { describe, expect, it } from 'vitest';
import type { Comment } from '@/lib/schema/comment';
import { scanPage } from '@/lib/sites';
import { EVIDENCE_PAGES, evidenceUrl } from './evidence';
import { PAGES, pageUrl, SCAN_NOW } from './expectations';
import { FB_BRAND_REPLY, FB_COMPLAINT, FB_POST, facebookPageWith, facebookReply } from './forged-brand';
import { loadFixture } from './load-fixture';

/**
 * Issue 19, "a stranger can pass as the brand": the own-brand and verified marks come from each
 * site's badge element beside the name, never from text a commenter writes. Each case is a snippet
 * of the site's own markup (the same structure as the fixture's comments) put into a fixture page.
 */

const byId = (comments: Comment[], id: string): Comment => {
  const found = comments.find((c) => c.id === id);
  expect(found, id).toBeDefined();
  return found!;
};

describe('issue 19: Facebook marks the brand by its badge element, not by words or names', () => {
  it('the brand’s real reply keeps its "Auteur" badge (the structure the fixtures capture)', () => {
    loadFixture('facebook/post-fr.html');
    const { comments } = scanPage(document, FB_POST, { now: SCAN_NOW });
    expect(byId(comments, FB_BRAND_REPLY)).toMatchObject({ isOwnBrand: true, parentId: FB_COMPLAINT });
  });

  it('a stranger whose display name equals the page’s name is not the brand', () => {
    const comments = facebookPageWith(
      facebookReply({ id: 'Zm9yZ2VkMQ', profile: 'maison.lumiere.sav.officiel', name: 'Maison Lumière', text: 'Bonjour Camille, écrivez-nous sur WhatsApp au 06 12 34 56 78 pour le remboursement.' }),
    );
    expect(byId(comments, 'Zm9yZ2VkMQ')).toMatchObject({ author: { name: 'Maison Lumière', handle: 'maison.lumiere.sav.officiel' }, isOwnBrand: false });
  });

  it('a stranger whose whole reply is "Auteur" is not the brand (text in span[lang] or in span[dir=auto])', () => {
    for (const body of ['lang', 'span'] as const) {
      for (const word of ['Auteur', 'Author', 'Autor']) {
        const comments = facebookPageWith(facebookReply({ id: 'Zm9yZ2VkMg', profile: 'julien.petit.77', name: 'Julien Petit', text: word, body }));
        expect(byId(comments, 'Zm9yZ2VkMg'), `${body} ${word}`).toMatchObject({ text: word, isOwnBrand: false });
      }
    }
  });

  it('both at once (the page’s name and a reply reading "Auteur") is still not the brand', () => {
    const comments = facebookPageWith(facebookReply({ id: 'Zm9yZ2VkMw', profile: 'maisonlumiere.fr.officiel', name: 'Maison Lumière', text: 'Auteur' }));
    expect(byId(comments, 'Zm9yZ2VkMw').isOwnBrand).toBe(false);
  });

  it('a "Vérifié" in a commenter’s text or name is not the verified badge; the icon beside the name is', () => {
    const comments = facebookPageWith(facebookReply({ id: 'Zm9yZ2VkNA', profile: 'julien.petit.77', name: 'Julien Petit ✔ Compte vérifié', text: 'Compte vérifié' }), true);
    expect(byId(comments, 'Zm9yZ2VkNA').author.verified).toBe(false);
    // The fixture's verified journalist (an svg labelled "Compte vérifié" beside her name link).
    expect(comments.find((c) => c.author.name === 'Élodie Fabre')?.author.verified).toBe(true);
  });
});

const LI_PAGE = PAGES.find((p) => p.file === 'linkedin/post-fr.html')!;

/** linkedin/post-fr.html with one commenter's headline (the line under the name in the author link) rewritten. */
function linkedinWithHeadline(profile: string, headline: string): Comment {
  loadFixture('linkedin/post-fr.html');
  const link = Array.from(document.querySelectorAll(`a[href*="/in/${profile}/"]`)).find((a) => a.querySelectorAll('p').length > 1)!;
  const lines = link.querySelectorAll('p');
  lines[lines.length - 1]!.textContent = headline;
  const { comments } = scanPage(document, pageUrl(LI_PAGE), { now: SCAN_NOW });
  return comments.find((c) => c.author.handle === profile)!;
}

describe('issue 19: LinkedIn marks the brand and the verified profile by the tokens beside the name, not by headlines', () => {
  it('a headline ending with "Author" (or "Auteur") is not the brand’s own mark', () => {
    for (const headline of ['Bestselling Author', 'Romancière · Auteur', 'Author']) {
      const comment = linkedinWithHeadline('ines-morel-deco', headline);
      expect(comment, headline).toMatchObject({ author: { name: 'Inès Morel', headline }, isOwnBrand: false });
    }
  });

  it('a headline ending with "Verified Profile" (or "Profil vérifié") is not the verified mark', () => {
    for (const headline of ['Head of Retail | Verified Profile', 'Profil vérifié', 'Responsable magasin • Profil vérifié']) {
      const comment = linkedinWithHeadline('karim-haddad-retail', headline);
      expect(comment, headline).toMatchObject({ author: { name: 'Karim Haddad', verified: false, headline } });
    }
  });

  it('a display name spelled with a token ("Lucie Perrin Author") is a name, not a badge', () => {
    loadFixture('linkedin/post-fr.html');
    const name = Array.from(document.querySelectorAll('a[href*="/in/lucie-perrin-rh/"] span')).find((s) => s.textContent === 'Lucie Perrin')!;
    name.textContent = 'Lucie Perrin Author';
    const { comments } = scanPage(document, pageUrl(LI_PAGE), { now: SCAN_NOW });
    expect(comments.find((c) => c.author.handle === 'lucie-perrin-rh')).toMatchObject({ author: { name: 'Lucie Perrin Author', verified: false }, isOwnBrand: false });
  });

  it('the real tokens, elements of their own beside the name, still count (FR, DE)', () => {
    loadFixture('linkedin/post-fr.html');
    const fr = scanPage(document, pageUrl(LI_PAGE), { now: SCAN_NOW }).comments;
    expect(fr.find((c) => c.author.name === 'Sophie Martin')?.author.verified).toBe(true);
    expect(fr.find((c) => c.author.name === 'Maison Lumière')?.isOwnBrand).toBe(true);
    const de = EVIDENCE_PAGES.find((p) => p.file === 'linkedin/post-de.html')!;
    loadFixture(de.file);
    const comments = scanPage(document, evidenceUrl(de), { now: SCAN_NOW }).comments;
    expect(comments.find((c) => c.author.name === 'Jana Becker')?.author.verified).toBe(true);
    expect(comments.find((c) => c.author.name === 'Maison Lumière')?.isOwnBrand).toBe(true);
  });
});

describe('issue 19: the Facebook badge in the other shapes builds draw it', () => {
  it('an "Identity Badges" button before the name, or a span[dir=auto] after it, is the badge; the same word as text is not', () => {
    loadFixture('facebook/post-fr.html');
    const reply = document.querySelector(`a[href*="reply_comment_id=${FB_BRAND_REPLY}"]`)!.closest('[role="article"]')!;
    const badge = reply.querySelector('.fb-badge')!;
    // Prepended into the name's wrapper's parent, as a role=button labelled "Identity Badges".
    badge.remove();
    const nameBox = reply.querySelector('.fb-name')!;
    nameBox.insertAdjacentHTML('beforebegin', '<div aria-label="Identity Badges" role="button" tabindex="0"><div><span dir="auto">Auteur</span></div></div>');
    let comments = scanPage(document, FB_POST, { now: SCAN_NOW }).comments;
    expect(byId(comments, FB_BRAND_REPLY).isOwnBrand).toBe(true);

    reply.querySelector('[aria-label="Identity Badges"]')!.remove();
    nameBox.insertAdjacentHTML('afterend', '<span class="x1lliihq" dir="auto">Author</span>');
    comments = scanPage(document, FB_POST, { now: SCAN_NOW }).comments;
    expect(byId(comments, FB_BRAND_REPLY).isOwnBrand).toBe(true);
  });
});
