import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { listBrands } from '@/lib/db/brands';
import { updateSettings } from '@/lib/db/settings';

/** Agencies run several brands: switch the active one in one click. */
export function BrandSwitcher({ activeBrandId }: { activeBrandId: string }) {
  const { t } = useI18n();
  const db = useDb();
  const id = useId();
  const brands = useLiveQuery(() => listBrands(db), [db]) ?? [];
  if (brands.length < 2) return <span className="brand-name">{brands[0]?.name}</span>;
  return (
    <span className="brand-switcher">
      <label htmlFor={id} className="sr-only">
        {t('panel.brand')}
      </label>
      <select id={id} value={activeBrandId} onChange={(event) => void updateSettings(db, { activeBrandId: event.target.value })}>
        {brands.map((brand) => (
          <option key={brand.id} value={brand.id}>
            {brand.name}
          </option>
        ))}
      </select>
    </span>
  );
}
