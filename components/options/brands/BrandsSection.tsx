import { useState } from 'react';
import { useDb, useSettings } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { Button, ConfirmDialog, EmptyState } from '@/components/ui';
import { deleteBrand } from '@/lib/db/brands';
import { updateSettings } from '@/lib/db/settings';
import type { Brand } from '@/lib/schema/brand';
import { BrandEditor } from './BrandEditor';
import { useBrands, useRun } from '../app/hooks';
import { Section } from '../app/Section';
import { installStarterTemplates } from '../templates/starter';

type Editing = { mode: 'new' } | { mode: 'edit'; brand: Brand } | null;

/** Brands: the agency's clients. One is active: the panel, templates and reports follow it. */
export function BrandsSection() {
  const { t } = useI18n();
  const db = useDb();
  const run = useRun();
  const { settings } = useSettings();
  const brands = useBrands();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Brand | null>(null);

  const activate = (brand: Brand) =>
    run(() => updateSettings(db, { activeBrandId: brand.id }), { success: 'options.brands.activated', failure: 'options.error.generic' });

  async function created(brand: Brand | undefined) {
    setEditing(null);
    if (!brand) return;
    // A new brand starts with the starter library, and becomes active if nothing else is.
    await run(
      async () => {
        await installStarterTemplates(db, brand.id, new Date());
        if (!settings.activeBrandId) await updateSettings(db, { activeBrandId: brand.id });
      },
      { failure: 'options.templates.starterFailed' },
    );
  }

  if (editing) {
    return (
      <Section id="brands" title={t('options.nav.brands')} focusKey="editor">
        <BrandEditor brand={editing.mode === 'edit' ? editing.brand : undefined} onDone={(saved) => (editing.mode === 'new' ? void created(saved) : setEditing(null))} />
      </Section>
    );
  }

  return (
    <Section id="brands" title={t('options.nav.brands')} intro={t('options.brands.intro')} focusKey="list">
      <div className="actions">
        <Button variant="primary" onClick={() => setEditing({ mode: 'new' })}>
          {t('options.brands.new')}
        </Button>
      </div>
      {brands === undefined ? (
        <p>{t('common.loading')}</p>
      ) : brands.length === 0 ? (
        <EmptyState title={t('options.brands.empty')} />
      ) : (
        <ul className="card-list">
          {brands.map((brand) => {
            const active = brand.id === settings.activeBrandId;
            return (
              <li key={brand.id} className={`card brand-card${active ? ' brand-card--active' : ''}`}>
                <div className="brand-card__head">
                  <h3>{brand.name}</h3>
                  {active ? <span className="badge badge--own">{t('options.brands.active')}</span> : null}
                </div>
                <p className="muted">
                  {t('options.brands.summary', {
                    address: t(`options.voice.address.${brand.voice.address}`),
                    accounts: brand.ownAccounts.length,
                    competitors: brand.competitors.length,
                  })}
                </p>
                <div className="actions">
                  {active ? null : (
                    <Button onClick={() => void activate(brand)} aria-label={t('options.brands.activateNamed', { name: brand.name })}>
                      {t('options.brands.activate')}
                    </Button>
                  )}
                  <Button onClick={() => setEditing({ mode: 'edit', brand })} aria-label={t('options.brands.editNamed', { name: brand.name })}>
                    {t('options.brands.edit')}
                  </Button>
                  <Button variant="danger" onClick={() => setDeleting(brand)} aria-label={t('options.brands.deleteNamed', { name: brand.name })}>
                    {t('common.delete')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {deleting ? (
        <ConfirmDialog
          danger
          title={t('options.brands.deleteTitle', { name: deleting.name })}
          confirmLabel={t('common.delete')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            const target = deleting;
            await run(
              async () => {
                await deleteBrand(db, target.id);
                // Keep a brand active when others remain, so the panel is never brandless by accident.
                const rest = (brands ?? []).filter((b) => b.id !== target.id);
                if (target.id === settings.activeBrandId && rest[0]) await updateSettings(db, { activeBrandId: rest[0].id });
              },
              { success: 'options.brands.deleted', failure: 'options.brands.deleteFailed' },
            );
            setDeleting(null);
          }}
        >
          <p>{t('options.brands.deleteBody')}</p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
