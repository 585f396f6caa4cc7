import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, type ReactNode } from 'react';
import type { RiposteDB } from '@/lib/db/database';
import { getBrand } from '@/lib/db/brands';
import { getSettings } from '@/lib/db/settings';
import type { Brand } from '@/lib/schema/brand';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/schema/settings';

const DbContext = createContext<RiposteDB | undefined>(undefined);

/** Gives components the database: the real one in the extension, a fake-indexeddb one in tests. */
export function DbProvider({ db, children }: { db: RiposteDB; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): RiposteDB {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() outside <DbProvider>');
  return db;
}

/** Live settings; defaults until the first read resolves. `loaded` tells the two apart. */
export function useSettings(): { settings: Settings; loaded: boolean } {
  const db = useDb();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  return { settings: settings ?? DEFAULT_SETTINGS, loaded: settings !== undefined };
}

/** The active brand, live; `null` when none is set up yet, `undefined` while loading. */
export function useActiveBrand(): Brand | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const settings = await getSettings(db);
    if (!settings.activeBrandId) return null;
    return (await getBrand(db, settings.activeBrandId)) ?? null;
  }, [db]);
}
