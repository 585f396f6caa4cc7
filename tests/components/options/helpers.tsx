import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, vi } from 'vitest';
import { AppRoot } from '@/components/AppRoot';
import { OptionsApp } from '@/components/options/app/OptionsApp';
import { saveBrand } from '@/lib/db/brands';
import { openRiposteDb, type RiposteDB } from '@/lib/db/database';
import { updateSettings } from '@/lib/db/settings';
import type { Brand, BrandInput } from '@/lib/schema/brand';

const opened: RiposteDB[] = [];

beforeEach(() => {
  // Each test starts on the default section.
  history.replaceState(null, '', location.pathname);
});

afterEach(async () => {
  while (opened.length) {
    const db = opened.pop() as RiposteDB;
    db.close();
    await Dexie.delete(db.name);
  }
});

export async function freshDb(): Promise<RiposteDB> {
  const db = await openRiposteDb(`test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

/** Render the options page over `db`, with a French browser unless told otherwise. */
export function renderOptions(db: RiposteDB, browserLanguage = 'fr') {
  const user = userEvent.setup();
  const view = render(
    <AppRoot db={db} browserLanguage={browserLanguage}>
      <OptionsApp />
    </AppRoot>,
  );
  return { user, ...view };
}

export const BRAND_ID = 'brand-fleurs';

/** An onboarded database with one active brand (invented: "Fleurs du Quai"). */
export async function seedBrand(db: RiposteDB, over: Partial<BrandInput> = {}): Promise<Brand> {
  const brand = await saveBrand(db, {
    id: BRAND_ID,
    name: 'Fleurs du Quai',
    language: 'fr',
    voice: { address: 'vous', signOff: '^Inès', forbiddenWords: ['pas de souci'], emojiPolicy: 'limited', maxEmoji: 1, maxExclamations: 1 },
    variables: { support_link: 'https://fleurs-du-quai.example/aide' },
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...over,
  });
  await updateSettings(db, { onboarded: true, activeBrandId: brand.id });
  return brand;
}

/** Open a section from the side navigation and wait for its heading. */
export async function openSection(user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  const nav = await screen.findByRole('navigation');
  await user.click(within(nav).getByRole('link', { name }));
  return screen.findByRole('heading', { level: 2, name });
}

/** Captures what downloadBlob saves, without a real download. */
export function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:riposte-test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  // happy-dom would follow the link and leave the page; the browser only downloads.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}


/** A comment by an invented author, as the panel would report it. */
export function sampleComment(id: string, author: { name: string; handle?: string }, over: Record<string, unknown> = {}) {
  return {
    platform: 'instagram' as const,
    id,
    author: { ...author, verified: false },
    text: 'Ma commande n’est toujours pas arrivée',
    postUrl: 'https://www.instagram.com/p/fleursduquai1/',
    permalink: `https://www.instagram.com/p/fleursduquai1/c/${id}/`,
    labels: ['complaint'],
    sentiment: 'negative' as const,
    ...over,
  };
}
