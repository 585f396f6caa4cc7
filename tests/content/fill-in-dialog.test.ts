import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyFills, askFillIns } from '@/lib/content/fill-in-dialog';
import { insertTemplateAtCaret } from '@/lib/content/insert-at-caret';
import { translator } from '@/lib/i18n';
import { BrandSchema } from '@/lib/schema/brand';
import { MessageSchema } from '@/lib/messaging/protocol';
import { caretInsertMessage } from '@/lib/templates/blanks';
import { renderTemplate } from '@/lib/templates/render';
import { starterTemplates } from '@/lib/templates/starter';

const NOW = new Date('2026-11-23T10:00:00.000Z');
/** A brand set up at first run without a FAQ link. */
const brand = BrandSchema.parse({ id: 'ml', name: 'Maison Lumière', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
const starter = (key: string, language: 'fr' | 'en') => {
  const template = starterTemplates('ml', NOW).find((t) => t.id === `starter:ml:${key}:${language}`);
  if (!template) throw new Error(`no starter ${key}/${language}`);
  return template;
};

/** The dialog's closed shadow root, caught as it is attached. */
function catchShadowRoots() {
  const roots: ShadowRoot[] = [];
  const original = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.querySelectorAll('riposte-fill-in').forEach((host) => host.remove());
});

describe('right-click insertion asks for every blank, under a human label (issue 18)', () => {
  it('asks for the missing FAQ link of "Réponse dans la FAQ" instead of inserting a literal [faq_link]', async () => {
    const template = starter('faq-answer', 'fr');
    const rendered = renderTemplate(template, { brand, platform: 'facebook', now: NOW });
    expect(rendered.text).toContain('[faq_link]');
    const message = caretInsertMessage(rendered, translator('fr'));
    expect(MessageSchema.parse(message)).toEqual(message);

    const box = document.createElement('textarea');
    document.body.append(box);
    box.focus();
    const roots = catchShadowRoots();
    const done = insertTemplateAtCaret(document, message, async () => false);

    await vi.waitFor(() => expect(roots).toHaveLength(1));
    const root = roots[0]!;
    expect(root.querySelector('h2')?.textContent).toBe('Complétez la réponse');
    const labels = [...root.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual(['Lien vers la FAQ']);
    const input = root.querySelector('input')!;
    expect(input.required).toBe(true);
    input.value = 'https://maisonlumiere.fr/faq';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));

    expect(await done).toMatchObject({ ok: true, method: 'inserted' });
    expect(box.value).toContain('dans notre FAQ : https://maisonlumiere.fr/faq.');
    expect(box.value).not.toMatch(/\[\w+\]/);
  });

  it('labels fill-ins in the UI language, never with their raw names', async () => {
    const rendered = renderTemplate(starter('product-question', 'en'), { brand, platform: 'x', now: NOW });
    const names = [...new Set(rendered.gaps.map((g) => g.name))];
    expect(names.length).toBeGreaterThan(0);
    for (const language of ['fr', 'en'] as const) {
      const fields = caretInsertMessage(rendered, translator(language)).labels.fields!;
      for (const name of names) {
        expect(fields[name], `${language} ${name}`).toBeTruthy();
        expect(fields[name], `${language} ${name}`).not.toContain('_');
        expect(fields[name]?.toLowerCase(), `${language} ${name}`).not.toBe(name.replace(/_/g, ' '));
      }
    }
    const roots = catchShadowRoots();
    void askFillIns(document, ['answer'], { title: 'Complete the reply', ok: 'Insert', cancel: 'Cancel', fields: { answer: 'Your answer to the question' } });
    expect([...roots[0]!.querySelectorAll('label')].map((l) => l.textContent)).toEqual(['Your answer to the question']);
    // Without a label from the background, words, not an identifier.
    void askFillIns(document, ['order_number'], { title: 'x', ok: 'y', cancel: 'z' });
    expect(roots[1]!.querySelector('label')?.textContent).toBe('Order number');
  });

  it('fills missing variables as well as fill-ins; an empty answer leaves the gap visible', () => {
    const gaps = [
      { name: 'faq_link', kind: 'missing' as const, start: 5, end: 15 },
      { name: 'answer', kind: 'fill-in' as const, start: 17, end: 25 },
    ];
    expect(applyFills('Voir [faq_link] ([answer])', gaps, { faq_link: 'https://x.fr/faq', answer: 'oui' })).toBe('Voir https://x.fr/faq (oui)');
    expect(applyFills('Voir [faq_link] ([answer])', gaps, { faq_link: '', answer: 'oui' })).toBe('Voir [faq_link] (oui)');
  });
});
