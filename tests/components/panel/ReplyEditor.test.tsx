import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppRoot } from '@/components/AppRoot';
import { ReplyEditor } from '@/components/panel/ReplyEditor';
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
  });
});
