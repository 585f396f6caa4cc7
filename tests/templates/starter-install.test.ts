import { describe, expect, it } from 'vitest';
import { installStarterTemplates } from '@/components/options/templates/starter';
import { saveBrand } from '@/lib/db/brands';
import { listTemplates } from '@/lib/db/templates';
import { freshDb, makeBrand } from '../db/helpers';

const NOW = new Date('2026-03-03T10:00:00Z');

describe('installStarterTemplates', () => {
  it('installs the French in the brand’s form of address', async () => {
    const db = await freshDb();
    await saveBrand(db, makeBrand('tu-brand', { voice: { address: 'tu' } }));
    await saveBrand(db, makeBrand('vous-brand'));
    await installStarterTemplates(db, 'tu-brand', NOW);
    await installStarterTemplates(db, 'vous-brand', NOW);
    const delay = async (brandId: string) => (await listTemplates(db, brandId)).find((t) => t.id === `starter:${brandId}:delivery-delay:fr`)?.body;
    expect(await delay('tu-brand')).toMatch(/ton colis/);
    expect(await delay('vous-brand')).toMatch(/votre colis/);
  });
});
