import { describe, expect, it, vi } from 'vitest';
import { copyText } from '@/lib/content/clipboard';

describe('copyText', () => {
  it('uses the async Clipboard API when the page allows it', async () => {
    const writeText = vi.fn(async () => undefined);
    const win = { navigator: { clipboard: { writeText } } } as unknown as Window;
    expect(await copyText('Bonjour', document, win)).toBe(true);
    expect(writeText).toHaveBeenCalledWith('Bonjour');
  });

  it('falls back to a hidden textarea and execCommand("copy"), then cleans up and gives focus back', async () => {
    const win = { navigator: { clipboard: { writeText: async () => Promise.reject(new Error('denied')) } } } as unknown as Window;
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    let copied = '';
    const doc = document as unknown as { execCommand?: (cmd: string) => boolean };
    doc.execCommand = (cmd) => {
      copied = cmd === 'copy' ? (document.activeElement as HTMLTextAreaElement).value : '';
      return cmd === 'copy';
    };
    try {
      expect(await copyText('Texte à coller', document, win)).toBe(true);
      expect(copied).toBe('Texte à coller');
      expect(document.querySelectorAll('textarea')).toHaveLength(0);
      expect(document.activeElement).toBe(input);
    } finally {
      delete doc.execCommand;
      input.remove();
    }
  });

  it('reports failure when neither way works', async () => {
    const win = { navigator: {} } as unknown as Window;
    expect(await copyText('x', document, win)).toBe(false);
  });
});
