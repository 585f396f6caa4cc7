import { BrandSchema, type Brand } from '@/lib/schema/brand';

/** Maison Lumière, with its own accounts and its competitor Atelier Nova's. */
export function lumiere(): Brand {
  return BrandSchema.parse({
    id: 'lumiere',
    name: 'Maison Lumière',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ownAccounts: [
      { platform: 'x', handle: '@MaisonLumiere' },
      { platform: 'instagram', handle: 'maisonlumiere' },
    ],
    competitors: [
      {
        name: 'Atelier Nova',
        accounts: [
          { platform: 'x', handle: 'ateliernova' },
          { platform: 'facebook', handle: 'ateliernova' },
        ],
      },
    ],
  });
}
