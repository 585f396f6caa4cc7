import { useEffect, useRef, useState } from 'react';
import { useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { Button, Form, RadioGroup, TextField } from '@/components/ui';
import { saveBrand } from '@/lib/db/brands';
import { updateSettings } from '@/lib/db/settings';
import type { Brand } from '@/lib/schema/brand';
import type { Language } from '@/lib/schema/platform';
import { STARTER_VARIABLES } from '@/lib/templates';
import { brandFromDraft, draftFromBrand, onePerPlatform, validateDraft, type BrandDraft, type DraftErrors } from '../brands/brand-form';
import { CompetitorsEditor } from '../brands/CompetitorsEditor';
import { useRun, useFormCheck } from './hooks';
import { installStarterTemplates } from '../templates/starter';

/**
 * First run: the minimum to be useful in under two minutes. One brand (name, accounts, tu/vous,
 * sign-off, competitors, language); the starter templates are installed for it and it becomes the
 * active brand. Everything else keeps its defaults and can be refined later in the settings.
 */
export function FirstRun({ hasBrands, onCreated }: { hasBrands: boolean; onCreated: (brand: Brand) => void }) {
  const { t, language } = useI18n();
  const db = useDb();
  const run = useRun();
  const checkForm = useFormCheck();
  const [draft, setDraft] = useState<BrandDraft>(() => ({
    ...draftFromBrand(),
    language,
    ownAccounts: onePerPlatform([]),
    // The starter templates use these: listed up front so they can be filled now or later.
    variables: STARTER_VARIABLES.map((v) => ({ key: v.name, value: '' })),
  }));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const patch = (change: Partial<BrandDraft>) => setDraft((d) => ({ ...d, ...change }));
  const setHandle = (index: number, handle: string) =>
    patch({ ownAccounts: draft.ownAccounts.map((a, i) => (i === index ? { ...a, handle } : a)) });
  const setVariable = (index: number, value: string) =>
    patch({ variables: draft.variables.map((v, i) => (i === index ? { ...v, value } : v)) });

  async function submit() {
    if (!checkForm(validateDraft(draft), setErrors)) return;
    setBusy(true);
    let brand: Brand | undefined;
    const ok = await run(
      async () => {
        brand = await saveBrand(db, brandFromDraft(draft, undefined, new Date()));
        await installStarterTemplates(db, brand.id, new Date());
        await updateSettings(db, { activeBrandId: brand.id, onboarded: true });
      },
      { failure: 'firstRun.failed' },
    );
    setBusy(false);
    if (ok && brand) onCreated(brand);
  }

  const languages: { value: Language; label: string }[] = [
    { value: 'fr', label: t('options.language.fr') },
    { value: 'en', label: t('options.language.en') },
  ];

  return (
    <main className="options first-run">
      <h1 ref={heading} tabIndex={-1}>
        {t('firstRun.title')}
      </h1>
      <p className="lead">{t('firstRun.intro')}</p>
      {hasBrands ? (
        <div className="card notice notice--info">
          <p>{t('firstRun.hasBrands')}</p>
          <Button onClick={() => void run(() => updateSettings(db, { onboarded: true }), { failure: 'options.error.generic' })}>
            {t('firstRun.skip')}
          </Button>
        </div>
      ) : null}
      <Form
        className="card"
        aria-labelledby="first-run-form-title"
        onSubmit={submit}
      >
        <h2 id="first-run-form-title">{t('firstRun.formTitle')}</h2>
        <TextField
          label={t('options.brands.name')}
          value={draft.name}
          required
          autoComplete="organization"
          error={errors.name ? t(errors.name) : undefined}
          onChange={(name) => patch({ name })}
        />
        <fieldset className="rows">
          <legend>{t('firstRun.accounts')}</legend>
          <p className="field__hint">{t('firstRun.accountsHint')}</p>
          <div className="grid-2">
            {draft.ownAccounts.map((account, index) => (
              <TextField
                key={account.platform}
                label={t('firstRun.handleOn', { site: t(`site.${account.platform}`) })}
                value={account.handle}
                placeholder="@…"
                spellCheck={false}
                onChange={(handle) => setHandle(index, handle)}
              />
            ))}
          </div>
        </fieldset>
        <RadioGroup
          legend={t('options.voice.address')}
          name="first-run-address"
          value={draft.address}
          onChange={(address) => patch({ address })}
          options={[
            { value: 'vous', label: t('options.voice.address.vous'), hint: t('options.voice.address.vousHint') },
            { value: 'tu', label: t('options.voice.address.tu'), hint: t('options.voice.address.tuHint') },
          ]}
        />
        <TextField
          label={t('options.voice.signOff')}
          hint={t('options.voice.signOffHint')}
          value={draft.signOff}
          onChange={(signOff) => patch({ signOff })}
        />
        <RadioGroup legend={t('options.brands.language')} name="first-run-language" value={draft.language} options={languages} onChange={(l) => patch({ language: l })} />
        <CompetitorsEditor competitors={draft.competitors} errors={errors} showAliases={false} onChange={(competitors) => patch({ competitors })} />
        <details className="subcard">
          <summary>{t('firstRun.links')}</summary>
          <p className="field__hint">{t('firstRun.linksHint')}</p>
          {draft.variables.map((variable, index) => (
            <TextField
              key={variable.key}
              label={STARTER_VARIABLES.find((v) => v.name === variable.key)?.description[language] ?? variable.key}
              hint={`{{${variable.key}}}`}
              value={variable.value}
              onChange={(value) => setVariable(index, value)}
            />
          ))}
        </details>
        <div className="actions">
          <Button variant="primary" type="submit" disabled={busy}>
            {t('firstRun.submit')}
          </Button>
        </div>
      </Form>
    </main>
  );
}

/** Shown once, right after the first brand is created: where to go next. */
export function Welcome({ brand, onContinue }: { brand: Brand; onContinue: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="options first-run">
      <h1 ref={heading} tabIndex={-1}>
        {t('firstRun.doneTitle', { name: brand.name })}
      </h1>
      <p className="lead">{t('firstRun.doneIntro', { name: brand.name })}</p>
      <ol className="steps">
        <li>
          <h2>{t('firstRun.step.panel')}</h2>
          <p>{t('firstRun.step.panelBody')}</p>
          <p>
            <kbd>Alt</kbd> + <kbd>Shift</kbd> + <kbd>R</kbd>
          </p>
        </li>
        <li>
          <h2>{t('firstRun.step.menu')}</h2>
          <p>{t('firstRun.step.menuBody')}</p>
        </li>
        <li>
          <h2>{t('firstRun.step.templates')}</h2>
          <p>{t('firstRun.step.templatesBody')}</p>
        </li>
      </ol>
      <Button variant="primary" onClick={onContinue}>
        {t('firstRun.continue')}
      </Button>
    </main>
  );
}
