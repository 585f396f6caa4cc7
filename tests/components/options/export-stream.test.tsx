import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RiposteDB } from '@/lib/db/database';
import { logInteraction } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { BRAND_ID, captureDownloads, freshDb, openSection, renderOptions, sampleComment, seedBrand } from './helpers';
import { findAlert } from '../ui/alerts';

async function seedLog(db: RiposteDB) {
  await recordSeen(db, BRAND_ID, [sampleComment('c1', { name: 'Zoé Lambert', handle: 'zoe.lambert' }, { text: '=SOMME(A1;A2) rien reçu' })], '2026-03-03T09:00:00.000Z');
  await logInteraction(db, { commentId: 'c1', kind: 'replied', at: '2026-03-03T09:20:00.000Z', finalText: 'Bonjour Zoé' });
}

/** Chromium's save picker, with a file that keeps what is written to it. */
function stubSavePicker(options: { failOnWrite?: number; cancel?: boolean } = {}) {
  const file = { written: [] as string[], closed: false, aborted: false, suggestedName: '' };
  const picker = vi.fn(async ({ suggestedName }: { suggestedName: string }) => {
    if (options.cancel) throw new DOMException('The user aborted a request.', 'AbortError');
    file.suggestedName = suggestedName;
    return {
      name: 'mon-export.csv',
      createWritable: async () => ({
        write: async (chunk: string) => {
          if (file.written.length + 1 === options.failOnWrite) throw new DOMException('Disk full', 'QuotaExceededError');
          file.written.push(chunk);
        },
        close: async () => {
          file.closed = true;
        },
        abort: async () => {
          file.aborted = true;
        },
      }),
    };
  });
  vi.stubGlobal('showSaveFilePicker', picker);
  return { file, picker };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('CSV export written to a file as it comes (File System Access API)', () => {
  it('writes the chunks to the chosen file, closes it, and downloads nothing', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await seedLog(db);
    const downloads = captureDownloads();
    const { file, picker } = stubSavePicker();
    const { user } = renderOptions(db);
    await openSection(user, /Export CSV/);
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));

    expect(await screen.findByText(/2 lignes exportées dans mon-export\.csv/)).toBeInTheDocument();
    expect(picker).toHaveBeenCalledOnce();
    expect(file.suggestedName).toBe('riposte-fleurs-du-quai.csv');
    expect(file.closed).toBe(true);
    expect(file.aborted).toBe(false);
    expect(downloads).toHaveLength(0);
    const text = file.written.join('');
    expect(text.startsWith('\uFEFFN° d’action;Heure (UTC);')).toBe(true);
    expect(text.match(/\uFEFF/g)).toHaveLength(1);
    expect(text).toContain(`"'=SOMME(A1;A2) rien reçu"`);
  });

  it('a write failing half-way shows a clear error, discards the file and reports nothing as done', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await seedLog(db);
    captureDownloads();
    const { file } = stubSavePicker({ failOnWrite: 2 });
    const { user } = renderOptions(db);
    await openSection(user, /Export CSV/);
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));

    const alert = await findAlert('L’export a échoué.');
    expect(alert).toHaveTextContent('Le fichier n’a pas pu être écrit jusqu’au bout ; rien n’a été enregistré.');
    expect(file.aborted).toBe(true);
    expect(file.closed).toBe(false);
    expect(screen.queryByText(/exportées? dans/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeEnabled();
  });

  it('closing the picker cancels quietly', async () => {
    const db = await freshDb();
    await seedBrand(db);
    await seedLog(db);
    const downloads = captureDownloads();
    const { picker } = stubSavePicker({ cancel: true });
    const { user } = renderOptions(db);
    await openSection(user, /Export CSV/);
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));

    await vi.waitFor(() => expect(picker).toHaveBeenCalledOnce());
    expect(await screen.findByRole('button', { name: 'Exporter en CSV' })).toBeEnabled();
    expect(screen.queryByText('L’export a échoué.')).not.toBeInTheDocument();
    expect(screen.queryByText(/exportées? dans/)).not.toBeInTheDocument();
    expect(downloads).toHaveLength(0);
  });
});
