import type { Comment } from '@/lib/schema/comment';
import { scanPage } from '@/lib/sites';
import { SCAN_NOW } from './expectations';
import { loadFixture } from './load-fixture';

/** Snippets of a site's own comment markup written by someone posing as the brand (issue 19). */

export const FB_POST = 'https://www.facebook.com/maisonlumiere/posts/pfbid02Xk7QmZ9vTqL4rJ8nB3cW1yH6sD5fG2pA7uE9oK3iN1mR4tV8xZl';
/** Camille Roux's complaint on facebook/post-fr.html, which the brand answers with an "Auteur"-badged reply. */
export const FB_COMPLAINT = 'Y29tbWVudDoxMjIxMDg0NTY3ODkwMTIzNDVfMTAwMDAwMDAwMDAwMDEwMQ';
export const FB_BRAND_REPLY = 'Y29tbWVudDoxMjIxMDg0NTY3ODkwMTIzNDVfMTAwMDAwMDAwMDAwMDEwMg';

/** A Facebook reply under Camille's complaint, in the fixture's markup: name link, then the text body. */
export function facebookReply(options: { id: string; profile: string; name: string; text: string; body?: 'lang' | 'span' }): string {
  const ids = `comment_id=${FB_COMPLAINT}&amp;reply_comment_id=${options.id}`;
  const body =
    options.body === 'span'
      ? `<div class="xdj266r"><span class="x193iq5w xeuugli" dir="auto">${options.text}</span></div>`
      : `<div class="xdj266r"><span lang="fr-FR" class="x193iq5w" dir="auto"><div class="xdj266r"><div dir="auto" style="text-align: start;">${options.text}</div></div></span></div>`;
  return `<div class="fb-thread x1n2onr6">
  <div role="article" aria-label="Réponse de ${options.name} au commentaire de Camille Roux il y a 1 heure" tabindex="-1" class="x1lliihq">
    <div class="fb-avatar"><a href="https://www.facebook.com/${options.profile}?${ids}" aria-hidden="true" tabindex="-1" role="link"><svg aria-hidden="true" width="32" height="32"></svg></a></div>
    <div class="fb-main">
      <div class="fb-bubble">
        <span class="fb-name xt0psk2"><a href="https://www.facebook.com/${options.profile}?${ids}" role="link" tabindex="0"><span class="x3nfvp2"><span class="x193iq5w" dir="auto">${options.name}</span></span></a></span>
        ${body}
      </div>
      <ul class="fb-actions"><li><div role="button" tabindex="0">J’aime</div></li><li><div role="button" tabindex="0">Répondre</div></li><li><a href="${FB_POST}?${ids}" role="link" tabindex="0"><span>1 h</span></a></li></ul>
    </div>
  </div>
  <div class="fb-replies"></div>
</div>`;
}

/** Load facebook/post-fr.html with `snippet` among the replies to Camille's complaint (and, unless kept, without the brand's real reply). */
export function facebookPageWith(snippet: string, keepBrandReply = false): Comment[] {
  loadFixture('facebook/post-fr.html');
  const brandReply = document.querySelector(`a[href*="reply_comment_id=${FB_BRAND_REPLY}"]`)!.closest('.fb-thread')!;
  brandReply.insertAdjacentHTML('afterend', snippet);
  if (!keepBrandReply) brandReply.remove();
  return scanPage(document, FB_POST, { now: SCAN_NOW }).comments;
}

