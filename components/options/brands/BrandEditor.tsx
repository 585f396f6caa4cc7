import { useEffect, useRef, useState } from 'react';
import { useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { Button, Form, SelectField, TextField } from '@/components/ui';
import { saveBrand } from '@/lib/db/brands';
import type { Brand } from '@/lib/schema/brand';
import type { Language } from '@/lib/schema/platform';
import { AccountsEditor } from './AccountsEditor';
import { brandFromDraft, draftFromBrand, validateDraft, type BrandDraft, type DraftErrors } from './brand-form';
import { CompetitorsEditor } from './CompetitorsEditor';
import { useRun, useFormCheck } from '../app/hooks';
import { VariablesEditor } from './VariablesEditor';
import { VoiceFields } from './VoiceFields';

/**
 * Create or edit one brand: identity, own accounts, voice, variables, competitors. The watchlist
 * and lexicon of an existing brand are kept untouched (they have their own screens).
 */
export function BrandEditor({ brand, onDone }: { brand?: Brand; onDone: (saved?: Brand) => void }) {
  const { t } = useI18n();
  const db = useDb();
  const run = useRun();
  const checkForm = useFormCheck();
  const [draft, setDraft] = useState<BrandDraft>(() => draftFromBrand(brand));
  const [errors, setErrors] = useState<DraftErrors>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const patch = (change: Partial<BrandDraft>) => setDraft((d) => ({ ...d, ...change }));
  const languages: { value: Language; label: string }[] = [
    { value: 'fr', label: t('options.language.fr') },
    { value: 'en', label: t('options.language.en') },
  ];

  async function submit() {
    if (!checkForm(validateDraft(draft), setErrors)) return;
    let saved: Brand | undefined;
    const ok = await run(
      async () => {
        saved = await saveBrand(db, brandFromDraft(draft, brand, new Date()));
      },
      { success: 'options.brands.saved', failure: 'options.brands.saveFailed' },
    );
    if (ok) onDone(saved);
  }

  return (
    <Form
      className="card brand-editor"
      aria-labelledby="brand-editor-title"
      onSubmit={submit}
    >
      <h3 id="brand-editor-title" ref={heading} tabIndex={-1}>
        {brand ? t('options.brands.editTitle', { name: brand.name }) : t('options.brands.newTitle')}
      </h3>
      <div className="row">
        <TextField
          label={t('options.brands.name')}
          value={draft.name}
          required
          error={errors.name ? t(errors.name) : undefined}
          onChange={(name) => patch({ name })}
        />
        <SelectField label={t('options.brands.language')} value={draft.language} options={languages} onChange={(language) => patch({ language })} />
      </div>
      <AccountsEditor legend={t('options.brands.ownAccounts')} accounts={draft.ownAccounts} onChange={(ownAccounts) => patch({ ownAccounts })} />
      <VoiceFields draft={draft} errors={errors} onChange={patch} />
      <VariablesEditor variables={draft.variables} errors={errors} onChange={(variables) => patch({ variables })} />
      <CompetitorsEditor competitors={draft.competitors} errors={errors} onChange={(competitors) => patch({ competitors })} />
      <div className="actions">
        <Button variant="primary" type="submit">
          {t('common.save')}
        </Button>
        <Button onClick={() => onDone()}>{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
