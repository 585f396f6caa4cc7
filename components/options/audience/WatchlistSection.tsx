import { useState } from 'react';
import { useActiveBrand, useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { Button, Form, EmptyState, SelectField, TableHead, TextField } from '@/components/ui';
import { saveBrand } from '@/lib/db/brands';
import { WatchKindSchema, type Brand, type WatchlistEntry } from '@/lib/schema/brand';
import { PLATFORMS, type Platform } from '@/lib/schema/platform';
import { useRun } from '../app/hooks';
import { NoBrand } from '../app/NoBrand';
import { Section } from '../app/Section';

type Kind = WatchlistEntry['kind'];
const KINDS = WatchKindSchema.options;

interface EntryDraft {
  who: string;
  platform: Platform | 'any';
  kind: Kind;
  note: string;
}

const EMPTY: EntryDraft = { who: '', platform: 'any', kind: 'journalist', note: '' };

function toEntry(draft: EntryDraft): WatchlistEntry {
  const entry: WatchlistEntry = { who: draft.who.trim(), kind: draft.kind, note: draft.note.trim() };
  return draft.platform === 'any' ? entry : { ...entry, platform: draft.platform };
}

/** The people to notice first: journalists, influencers, partners, VIPs of the active brand. */
export function WatchlistSection() {
  const { t } = useI18n();
  const brand = useActiveBrand();
  if (brand === undefined) return <p>{t('common.loading')}</p>;
  if (brand === null) return <NoBrand id="watchlist" title={t('options.nav.watchlist')} />;
  return <Watchlist brand={brand} />;
}

function Watchlist({ brand }: { brand: Brand }) {
  const { t } = useI18n();
  const db = useDb();
  const run = useRun();
  const [draft, setDraft] = useState<EntryDraft>(EMPTY);
  /** Index of the entry being edited, or null when adding. */
  const [editIndex, setEditIndex] = useState<number | null>(null);
  const [error, setError] = useState<string | undefined>();

  const save = (watchlist: WatchlistEntry[], success: 'options.watchlist.saved' | 'options.watchlist.removed') =>
    run(() => saveBrand(db, { ...brand, watchlist, updatedAt: new Date().toISOString() }), { success, failure: 'options.error.generic' });

  async function submit() {
    if (!draft.who.trim()) {
      setError(t('options.error.required'));
      return;
    }
    setError(undefined);
    const entry = toEntry(draft);
    const next = editIndex === null ? [...brand.watchlist, entry] : brand.watchlist.map((e, i) => (i === editIndex ? entry : e));
    if (await save(next, 'options.watchlist.saved')) {
      setDraft(EMPTY);
      setEditIndex(null);
    }
  }

  const kindOptions = KINDS.map((k) => ({ value: k, label: t(`options.watch.${k}`) }));
  const platformOptions = [{ value: 'any' as const, label: t('options.watchlist.anySite') }, ...PLATFORMS.map((p) => ({ value: p, label: t(`site.${p}`) }))];

  return (
    <Section id="watchlist" title={t('options.nav.watchlist')} intro={t('options.watchlist.intro', { brand: brand.name })}>
      <Form
        className="card"
        aria-labelledby="watch-form-title"
        onSubmit={submit}
      >
        <h3 id="watch-form-title">{editIndex === null ? t('options.watchlist.add') : t('options.watchlist.edit')}</h3>
        <div className="row">
          <TextField label={t('options.watchlist.who')} hint={t('options.watchlist.whoHint')} value={draft.who} error={error} onChange={(who) => setDraft({ ...draft, who })} />
          <SelectField<Platform | 'any'> label={t('options.accounts.platform')} value={draft.platform} options={platformOptions} onChange={(platform) => setDraft({ ...draft, platform })} />
          <SelectField<Kind> label={t('options.watchlist.kind')} value={draft.kind} options={kindOptions} onChange={(kind) => setDraft({ ...draft, kind })} />
        </div>
        <TextField label={t('options.watchlist.note')} value={draft.note} onChange={(note) => setDraft({ ...draft, note })} />
        <div className="actions">
          <Button variant="primary" type="submit">
            {editIndex === null ? t('options.watchlist.addButton') : t('common.save')}
          </Button>
          {editIndex !== null ? (
            <Button
              onClick={() => {
                setEditIndex(null);
                setDraft(EMPTY);
              }}
            >
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </Form>
      {brand.watchlist.length === 0 ? (
        <EmptyState title={t('options.watchlist.empty')} />
      ) : (
        <table className="table">
          <caption className="sr-only">{t('options.nav.watchlist')}</caption>
          <TableHead
            columns={[
              t('options.watchlist.who'),
              t('options.accounts.platform'),
              t('options.watchlist.kind'),
              t('options.watchlist.note'),
              <span className="sr-only">{t('options.actions')}</span>,
            ]}
          />
          <tbody>
            {brand.watchlist.map((entry, index) => (
              <tr key={`${entry.who}-${index}`}>
                <td>{entry.who}</td>
                <td>{entry.platform ? t(`site.${entry.platform}`) : t('options.watchlist.anySite')}</td>
                <td>{t(`options.watch.${entry.kind}`)}</td>
                <td>{entry.note}</td>
                <td className="actions">
                  <Button
                    aria-label={t('options.watchlist.editNamed', { who: entry.who })}
                    onClick={() => {
                      setEditIndex(index);
                      setDraft({ who: entry.who, platform: entry.platform ?? 'any', kind: entry.kind, note: entry.note });
                    }}
                  >
                    {t('options.brands.edit')}
                  </Button>
                  <Button
                    variant="danger"
                    aria-label={t('options.watchlist.removeNamed', { who: entry.who })}
                    onClick={() => void save(brand.watchlist.filter((_, i) => i !== index), 'options.watchlist.removed')}
                  >
                    {t('options.watchlist.remove')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
