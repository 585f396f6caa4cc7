import { describe, expect, it } from 'vitest';
import { reasonText } from '@/components/panel/messages';
import { translator } from '@/lib/i18n';
import { INTENT_LABELS } from '@/lib/i18n/intents';
import { INTENTS } from '@/lib/schema/intent';
import type { SuggestionReason } from '@/lib/templates/suggest';

describe('an intent reason in the panel', () => {
  it('reads like the label reasons, in the UI language', () => {
    const reason: SuggestionReason = { code: 'intent', intent: 'price-b2b-gift-card', words: ['carte cadeau'] };
    expect(reasonText(translator('fr'), reason, 'fr')).toBe('répond à : prix, B2B ou carte cadeau');
    expect(reasonText(translator('en'), reason, 'en')).toBe('answers a price, B2B or gift-card question');
  });

  it('names every intent in both languages, French with its own typography', () => {
    for (const language of ['fr', 'en'] as const) for (const intent of INTENTS) expect(INTENT_LABELS[language][intent]).toMatch(/^\S/);
    for (const label of Object.values(INTENT_LABELS.fr)) expect(label).not.toMatch(/'/);
  });
});
