import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppRoot } from '@/components/AppRoot';
import { ReplyEditor } from '@/components/panel/ReplyEditor';
import { Suggestions } from '@/components/panel/Suggestions';
import type { RiposteDB } from '@/lib/db/database';
import { BrandSchema } from '@/lib/schema/brand';
import { starterTemplates } from '@/lib/templates';
import { comment, freshDbPerTest, NOW } from './fixtures';

describe('reply editor: every blank is asked for, under a human label (issue 18)', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('asks for the FAQ link the brand has not set, in French, and puts it in the reply', async () => {
    const brand = BrandSchema.parse({ id: 'ml', name: 'Maison Lumière', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    const faq = starterTemplates('ml', NOW).find((t) => t.id === 'starter:ml:faq-answer:fr')!;
    const onInsert = vi.fn();
    render(
      <AppRoot db={db} browserLanguage="fr">
        <ReplyEditor
          comment={comment('c1', 'Comment entretenir la lampe ?', { platform: 'facebook', postUrl: 'https://www.facebook.com/maisonlumiere/posts/1' })}
          brand={brand}
          agentName="Léa"
          now={NOW}
          template={faq}
          onInsert={onInsert}
          onCopy={vi.fn()}
          onCancel={vi.fn()}
        />
      </AppRoot>,
    );
    const field = await screen.findByLabelText('À compléter : Lien vers la FAQ');
    expect(screen.queryByLabelText(/faq_link|faq link/i)).toBeNull();
    await userEvent.type(field, 'https://maisonlumiere.fr/faq');
    // The field stays while it is typed in, and the reply follows.
    expect(screen.getByLabelText('À compléter : Lien vers la FAQ')).toHaveValue('https://maisonlumiere.fr/faq');
    expect((screen.getByLabelText('Réponse') as HTMLTextAreaElement).value).toContain('FAQ : https://maisonlumiere.fr/faq.');
    await userEvent.click(screen.getByRole('button', { name: 'Insérer cette réponse' }));
    expect(String(onInsert.mock.calls[0]?.[0])).not.toMatch(/\[\w+\]/);
    // Filling a blank is not editing the template's reply…
    expect(onInsert.mock.calls[0]?.[2]).toBe(false);
    // …changing its words by hand is, and is logged as such.
    await userEvent.type(screen.getByLabelText('Réponse'), ' Bonne soirée !');
    await userEvent.click(screen.getByRole('button', { name: 'Insérer cette réponse' }));
    expect(onInsert.mock.calls[1]?.[2]).toBe(true);
  });

  it('shows a blank still to fill by its label in the suggestion and the editor, never its code name', async () => {
    const brand = BrandSchema.parse({ id: 'ml', name: 'Maison Lumière', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    const question = starterTemplates('ml', NOW).find((t) => t.id === 'starter:ml:product-question:fr')!;
    const asked = comment('c2', 'Quelle taille pour une table de 180 cm ?', { platform: 'instagram', postUrl: 'https://www.instagram.com/p/ABC/' });
    render(
      <AppRoot db={db} browserLanguage="fr">
        <Suggestions
          comment={asked}
          brand={brand}
          agentName="Léa"
          now={NOW}
          suggestions={[{ template: question, score: 1, reasons: [] }]}
          onInsert={vi.fn()}
          onCopy={vi.fn()}
          onEdit={vi.fn()}
        />
      </AppRoot>,
    );
    const shown = await screen.findByText(/merci pour votre question/u);
    expect(shown.textContent).toContain('[Votre réponse à la question]');
    expect(shown.textContent).not.toContain('[answer]');
  });
});
