import { describe, expect, it } from 'vitest';
import { buildHandoff, mailtoUrl, type HandoffComment } from '@/lib/handoff';
import type { Interaction } from '@/lib/schema/interaction';
import type { Department } from '@/lib/schema/settings';

const afterSales: Department = { id: 'after-sales', name: 'SAV', email: 'sav@riposte-demo.example' };
const noEmail: Department = { id: 'legal', name: 'Juridique', email: '' };

const comment: HandoffComment = {
  platform: 'facebook',
  id: 'c1',
  author: { name: 'Léa Martin', handle: 'lea.martin', verified: true, followers: 12500, profileUrl: 'https://www.facebook.com/lea.martin' },
  text: 'Commande 4411 jamais reçue 😡 & remboursement ? "urgent"',
  truncated: false,
  createdAt: '2026-03-02T07:55:00.000Z',
  permalink: 'https://www.facebook.com/riposte.demo/posts/100?comment_id=c1',
  postUrl: 'https://www.facebook.com/riposte.demo/posts/100',
  labels: ['complaint', 'question'],
  sentiment: 'negative',
};

const base = { brandId: 'b1', commentId: 'c1', platform: 'facebook', postUrl: comment.postUrl, authorKey: 'facebook:lea.martin' } as const;
const history: Interaction[] = [
  { ...base, id: 'i2', kind: 'inserted', at: '2026-03-02T08:10:00.000Z', templateId: 't1', finalText: 'Bonjour Léa,\nnous regardons.' },
  { ...base, id: 'i1', kind: 'seen', at: '2026-03-02T08:00:00.000Z' },
  { ...base, id: 'other', commentId: 'c2', kind: 'replied', at: '2026-03-02T08:05:00.000Z', finalText: 'Pas ce commentaire' },
];

function decodeMailto(url: string) {
  const parsed = new URL(url);
  return {
    to: decodeURIComponent(parsed.pathname),
    subject: parsed.searchParams.get('subject'),
    body: parsed.searchParams.get('body'),
    rawQuery: url.slice(url.indexOf('?')),
  };
}

describe('buildHandoff', () => {
  it('prepares a French hand-off with everything the department needs', () => {
    const h = buildHandoff(comment, history, afterSales, 'Client VIP, rappeler avant 18 h', {
      language: 'fr',
      brandName: 'Riposte Démo',
      timeZone: 'Europe/Paris',
      templateTitles: { t1: 'Retard de livraison' },
    });
    expect(h.subject).toBe('[Riposte] SAV — plainte, question Facebook de Léa Martin');
    expect(h.body).toContain('Un commentaire publié sur Facebook (Riposte Démo) vous est transmis (SAV).');
    expect(h.body).toContain('Note\u00a0: Client VIP, rappeler avant 18 h');
    expect(h.body).toContain(comment.text);
    // The thousands separator is a narrow no-break space in French: match any space.
    expect(h.body).toMatch(/Auteur\u00a0: Léa Martin \(@lea\.martin\) · 12\s500 abonnés · compte vérifié/u);
    expect(h.body).toContain(`Lien\u00a0: ${comment.permalink}`);
    expect(h.body).toContain(`Publication\u00a0: ${comment.postUrl}`);
    expect(h.body).toContain('Étiquettes\u00a0: plainte, question');
    expect(h.body).toContain('Sentiment\u00a0: négatif');
    expect(h.body).toContain('02/03/2026 09:00 · Vu');
    expect(h.body).toContain('02/03/2026 09:10 · Brouillon inséré (modèle Retard de livraison)\u00a0: « Bonjour Léa, nous regardons. »');
    expect(h.body).not.toContain('Pas ce commentaire');
    expect(h.body.indexOf('· Vu')).toBeLessThan(h.body.indexOf('· Brouillon inséré'));
    expect(h.ticket).toBe(`${h.subject}\n\n${h.body}`);
    expect(h.truncated).toBe(false);

    const mail = decodeMailto(h.mailto!);
    expect(mail.to).toBe('sav@riposte-demo.example');
    expect(mail.subject).toBe(h.subject);
    expect(mail.body).toBe(h.body.replace(/\n/g, '\r\n'));
    // Encoded so that the comment's own &, ?, " and emoji cannot break the URL.
    expect(mail.rawQuery).not.toMatch(/[\s"😡]/u);
    expect(mail.rawQuery.split('&')).toHaveLength(2);
    expect(h.mailto).toContain('%0D%0A');
  });

  it('speaks English', () => {
    const h = buildHandoff(comment, history, { ...afterSales, name: 'After-sales' }, '', { language: 'en' });
    expect(h.subject).toBe('[Riposte] After-sales — Facebook complaint, question from Léa Martin');
    expect(h.body).toContain('Author: Léa Martin (@lea.martin) · 12,500 followers · verified account');
    expect(h.body).toContain('Labels: complaint, question');
    expect(h.body).toContain('Draft inserted (template t1): “Bonjour Léa, nous regardons.”');
    expect(h.body).not.toContain('Note');
  });

  it('gives only the ticket when the department has no address', () => {
    const h = buildHandoff(comment, [], noEmail, 'à vérifier', { language: 'fr' });
    expect(h.mailto).toBeUndefined();
    expect(h.ticket).toContain('Juridique');
    expect(h.body).not.toContain('Historique');
  });

  it('shortens a long body to fit the mailto limit, keeping the full text in the ticket', () => {
    const long = { ...comment, text: `${'Très long message avec accents é è à et emoji 😡. '.repeat(400)}FIN` };
    const h = buildHandoff(long, history, afterSales, 'note', { language: 'fr' });
    expect(h.truncated).toBe(true);
    expect(h.mailto!.length).toBeLessThanOrEqual(1800);
    expect(h.mailto!.length).toBeGreaterThan(1700);
    const mail = decodeMailto(h.mailto!); // decodes: no emoji was cut in half
    expect(mail.subject).toBe(h.subject);
    expect(mail.body).toMatch(/Message raccourci : le texte complet est dans le ticket/);
    expect(h.body).toContain('FIN');
    expect(h.ticket).toContain('FIN');
    expect(mail.body).not.toContain('FIN');

    const tight = buildHandoff(long, history, afterSales, '', { language: 'en', maxMailtoLength: 600 });
    expect(tight.mailto!.length).toBeLessThanOrEqual(600);
    expect(decodeMailto(tight.mailto!).body).toMatch(/Shortened/);
  });

  it('handles a comment with no labels, handle or permalink', () => {
    const plain: HandoffComment = { platform: 'x', id: 'c9', author: { name: 'anon', verified: false }, text: 'Bof', truncated: false, postUrl: 'https://x.com/d/status/9' };
    const h = buildHandoff(plain, [], afterSales, '', { language: 'fr' });
    expect(h.subject).toBe('[Riposte] SAV — commentaire X de anon');
    expect(h.body).toContain('Lien\u00a0: https://x.com/d/status/9');
    expect(h.body).not.toContain('Publication');
  });
});

describe('mailtoUrl', () => {
  it('encodes per RFC 6068', () => {
    expect(mailtoUrl('a.b+sav@ex.example', 'Sujet & co', 'L1\nL2')).toBe('mailto:a.b%2Bsav@ex.example?subject=Sujet%20%26%20co&body=L1%0D%0AL2');
  });
});
