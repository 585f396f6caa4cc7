import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, interactionsToCsv, type ExportRow } from '@/lib/export';

const row: ExportRow = {
  id: 'i1',
  brandId: 'b1',
  commentId: 'c1',
  platform: 'instagram',
  postUrl: 'https://www.instagram.com/p/ABC/',
  authorKey: 'instagram:lea.martin',
  kind: 'inserted',
  at: '2026-03-02T08:20:00.000Z',
  commentText: '=Toujours pas reçu ma commande',
  authorName: 'Léa Martin',
  commentStatus: 'drafted',
  commentLabels: ['complaint', 'question'],
  commentSentiment: 'negative',
};

function parse(csv: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(csv.slice(1), { delimiter }).data;
}

describe('the readable CSV (for people, not tools)', () => {
  it('has French headers and words for the codes, the same cells otherwise', () => {
    const [header, cells] = parse(interactionsToCsv([row], { language: 'fr', readable: true }), ';');
    const at = (name: string) => cells![header!.indexOf(name)];
    expect(header).toHaveLength(CSV_COLUMNS.length);
    expect(header).toEqual(expect.arrayContaining(['Réseau', 'Action', 'Statut du commentaire', 'Étiquettes', 'Sentiment', 'Commentaire']));
    expect(header!.some((h) => /_/u.test(h))).toBe(false);
    expect(at('Réseau')).toBe('Instagram');
    expect(at('Action')).toBe('Brouillon inséré');
    expect(at('Statut du commentaire')).toBe('Brouillon inséré');
    expect(at('Étiquettes')).toBe('Plainte | Question');
    expect(at('Sentiment')).toBe('Négatif');
    // Page text keeps its formula guard.
    expect(at('Commentaire')).toBe("'=Toujours pas reçu ma commande");
  });

  it('speaks English with "," for Sheets, and leaves the technical file as it was', () => {
    const [header, cells] = parse(interactionsToCsv([row], { language: 'en', readable: true }), ',');
    expect(cells![header!.indexOf('Network')]).toBe('Instagram');
    expect(cells![header!.indexOf('Action')]).toBe('Draft inserted');
    expect(cells![header!.indexOf('Labels')]).toBe('Complaint | Question');
    const [technical, codes] = parse(interactionsToCsv([row], { language: 'fr' }), ';');
    expect(technical).toEqual([...CSV_COLUMNS]);
    expect(codes![technical!.indexOf('action')]).toBe('inserted');
    expect(codes![technical!.indexOf('labels')]).toBe('complaint | question');
  });

  it('keeps an unknown code as it is rather than blanking it', () => {
    const [header, cells] = parse(interactionsToCsv([{ ...row, commentLabels: ['urgent-vip'] }], { language: 'fr', readable: true }), ';');
    expect(cells![header!.indexOf('Étiquettes')]).toBe('urgent-vip');
  });
});
