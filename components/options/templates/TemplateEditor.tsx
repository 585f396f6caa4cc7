import { useEffect, useMemo, useRef, useState } from 'react';
import { useDb, useSettings } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { Button, Form, CheckboxGroup, SelectField, TextArea, TextField } from '@/components/ui';
import { saveTemplate } from '@/lib/db/templates';
import { intentLabel } from '@/lib/i18n/intents';
import type { Brand } from '@/lib/schema/brand';
import { INTENTS, type Intent } from '@/lib/schema/intent';
import { PLATFORMS, type Language } from '@/lib/schema/platform';
import { TEMPLATE_CATEGORIES, type Template, type TemplateCategory } from '@/lib/schema/template';
import { BUILT_IN_VARIABLES, greetedFirstName, withFirstNameVariable, type SelectionDraft } from '@/lib/templates';
import { useRun, useFormCheck } from '../app/hooks';
import { draftFromTemplate, draftIntents, previewSource, templateFromDraft, validateTemplateDraft, type TemplateDraft, type TemplateErrors } from './template-form';
import { TemplatePreview } from './TemplatePreview';

/**
 * Edit or create one template, with the live preview and lint beside the form. `prefill`: text
 * selected on a page ("Save selection as template"), to which the user gives a title and a category.
 */
export function TemplateEditor({ brand, template, prefill, onDone }: { brand: Brand; template?: Template; prefill?: SelectionDraft; onDone: () => void }) {
  const { t, language } = useI18n();
  const db = useDb();
  const run = useRun();
  const checkForm = useFormCheck();
  const { settings } = useSettings();
  const [draft, setDraft] = useState<TemplateDraft>(() => {
    const start = draftFromTemplate(template, brand.language ?? language);
    return prefill ? { ...start, body: prefill.body, language: prefill.language } : start;
  });
  // A reply saved from the page still greets its commenter by name ("Bonjour Marc,").
  const greeted = greetedFirstName(draft.body);
  const [errors, setErrors] = useState<TemplateErrors>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const source = useMemo(() => previewSource(draft), [draft]);
  const patch = (change: Partial<TemplateDraft>) => setDraft((d) => ({ ...d, ...change }));
  const err = (key: keyof TemplateErrors) => {
    const message = errors[key];
    return message ? t(message, { max: key === 'title' ? 120 : 5000 }) : undefined;
  };
  const variables = [...BUILT_IN_VARIABLES, ...Object.keys(brand.variables)].map((v) => `{{${v}}}`).join(' ');

  async function submit() {
    if (!checkForm(validateTemplateDraft(draft), setErrors)) return;
    const ok = await run(() => saveTemplate(db, templateFromDraft(draft, brand.id, template, new Date())), {
      success: 'options.templates.saved',
      failure: 'options.templates.saveFailed',
    });
    if (ok) onDone();
  }

  return (
    <div className="template-editor">
      <Form
        className="card"
        aria-labelledby="template-editor-title"
        onSubmit={submit}
      >
        <h3 id="template-editor-title" ref={heading} tabIndex={-1}>
          {template ? t('options.templates.editTitle', { title: template.title }) : t('options.templates.newTitle')}
        </h3>
        {prefill && !template ? <p className="field__hint">{t('options.templates.fromSelection')}</p> : null}
        <TextField label={t('options.templates.title')} value={draft.title} required maxLength={120} error={err('title')} onChange={(title) => patch({ title })} />
        <div className="row">
          <SelectField<TemplateCategory>
            label={t('options.templates.category')}
            value={draft.category}
            options={TEMPLATE_CATEGORIES.map((c) => ({ value: c, label: t(`options.category.${c}`) }))}
            onChange={(category) => patch({ category })}
          />
          <SelectField<Language>
            label={t('options.templates.language')}
            value={draft.language}
            options={[
              { value: 'fr', label: t('options.language.fr') },
              { value: 'en', label: t('options.language.en') },
            ]}
            onChange={(l) => patch({ language: l })}
          />
        </div>
        <TextField label={t('options.templates.tags')} hint={t('options.list.hint')} value={draft.tags} onChange={(tags) => patch({ tags })} />
        <CheckboxGroup<Intent>
          legend={t('options.templates.intents')}
          hint={draft.intents === null ? t('options.templates.intentsInferred') : t('options.templates.intentsChosen')}
          values={draftIntents(draft)}
          options={INTENTS.map((i) => ({ value: i, label: intentLabel(language, i) }))}
          onChange={(intents) => patch({ intents })}
        />
        <TextArea
          label={t('options.templates.body')}
          hint={t('options.templates.bodyHint', { variables })}
          rows={7}
          required
          error={err('body')}
          value={draft.body}
          onChange={(body) => patch({ body })}
        />
        {greeted ? (
          <div className="actions">
            <Button onClick={() => patch({ body: withFirstNameVariable(draft.body, greeted) })}>{t('options.templates.firstNameReplace', { name: greeted })}</Button>
          </div>
        ) : null}
        <details className="subcard" open={PLATFORMS.some((p) => draft.variants[p])}>
          <summary>{t('options.templates.variants')}</summary>
          <p className="field__hint">{t('options.templates.variantsHint')}</p>
          {PLATFORMS.map((p) => (
            <TextArea
              key={p}
              label={t('options.templates.variantFor', { site: t(`site.${p}`) })}
              rows={3}
              error={err(p)}
              value={draft.variants[p]}
              onChange={(value) => patch({ variants: { ...draft.variants, [p]: value } })}
            />
          ))}
        </details>
        <div className="actions">
          <Button variant="primary" type="submit">
            {t('common.save')}
          </Button>
          <Button onClick={onDone}>{t('common.cancel')}</Button>
        </div>
      </Form>
      <TemplatePreview source={source} brand={brand} agentName={settings.agentName} />
    </div>
  );
}
