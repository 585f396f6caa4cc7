import { useState } from 'react';
import { useDb, useSettings } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { Button, Form, NumberField, TextField } from '@/components/ui';
import { updateSettings } from '@/lib/db/settings';
import type { MessageKey } from '@/lib/i18n';
import { DepartmentSchema, departmentName, type Department, type Settings } from '@/lib/schema/settings';
import { useRun, useFormCheck } from '../app/hooks';
import { Section } from '../app/Section';

type Errors = Partial<Record<string, MessageKey>>;

const MAX_SLA_MINUTES = 60 * 24 * 30;

export function validateDepartments(departments: readonly Department[], slaMinutes: number): Errors {
  const errors: Errors = {};
  const ids = new Set<string>();
  departments.forEach((d, i) => {
    if (!/^[a-z][a-z0-9-]*$/.test(d.id)) errors[`${i}.id`] = 'options.error.slug';
    else if (ids.has(d.id)) errors[`${i}.id`] = 'options.error.duplicateKey';
    ids.add(d.id);
    if (!d.name.trim()) errors[`${i}.name`] = 'options.error.required';
    if (d.email && !DepartmentSchema.shape.email.safeParse(d.email.trim()).success) errors[`${i}.email`] = 'options.error.email';
  });
  if (!Number.isInteger(slaMinutes) || slaMinutes < 1 || slaMinutes > MAX_SLA_MINUTES) errors.sla = 'options.error.sla';
  return errors;
}

/** Departments to escalate to, the response-time target, and the agent's name. */
export function DepartmentsSection() {
  const { t } = useI18n();
  const { settings, loaded } = useSettings();
  if (!loaded) return <p>{t('common.loading')}</p>;
  return <DepartmentsForm settings={settings} />;
}

function DepartmentsForm({ settings }: { settings: Settings }) {
  const { t, language } = useI18n();
  const db = useDb();
  const run = useRun();
  const checkForm = useFormCheck();
  // Default departments are shown (and saved) with their name in the UI language.
  const [departments, setDepartments] = useState<Department[]>(() => settings.departments.map((d) => ({ ...d, name: departmentName(d, language) })));
  const [sla, setSla] = useState(settings.slaMinutes);
  const [agentName, setAgentName] = useState(settings.agentName);
  const [errors, setErrors] = useState<Errors>({});
  const err = (key: string) => {
    const message = errors[key];
    return message ? t(message) : undefined;
  };
  const update = (index: number, patch: Partial<Department>) => setDepartments((all) => all.map((d, i) => (i === index ? { ...d, ...patch } : d)));

  async function submit() {
    const cleaned = departments.map((d) => ({ id: d.id.trim(), name: d.name.trim(), email: d.email.trim() }));
    if (!checkForm(validateDepartments(cleaned, sla), setErrors)) return;
    await run(() => updateSettings(db, { departments: cleaned, slaMinutes: sla, agentName: agentName.trim() }), {
      success: 'options.saved',
      failure: 'options.error.generic',
    });
  }

  return (
    <Section id="departments" title={t('options.nav.departments')} intro={t('options.departments.intro')}>
      <Form
        onSubmit={submit}
      >
        <div className="card">
          <div className="row">
            <TextField label={t('options.departments.agent')} hint={t('options.departments.agentHint')} value={agentName} autoComplete="name" onChange={setAgentName} />
            <NumberField label={t('options.departments.sla')} hint={t('options.departments.slaHint')} min={1} value={sla} error={err('sla')} onChange={setSla} />
          </div>
        </div>
        <fieldset className="rows card">
          <legend>{t('options.departments.legend')}</legend>
          {departments.map((d, index) => (
            <div className="row" key={index}>
              <TextField label={t('options.departments.id')} value={d.id} spellCheck={false} error={err(`${index}.id`)} onChange={(id) => update(index, { id })} />
              <TextField label={t('options.departments.name')} value={d.name} error={err(`${index}.name`)} onChange={(name) => update(index, { name })} />
              <TextField label={t('options.departments.email')} type="email" value={d.email} error={err(`${index}.email`)} onChange={(email) => update(index, { email })} />
              <Button
                variant="ghost"
                className="row__remove"
                aria-label={t('options.departments.remove', { name: d.name || d.id || index + 1 })}
                onClick={() => setDepartments((all) => all.filter((_, i) => i !== index))}
              >
                ✕
              </Button>
            </div>
          ))}
          <Button onClick={() => setDepartments((all) => [...all, { id: '', name: '', email: '' }])}>{t('options.departments.add')}</Button>
        </fieldset>
        <div className="actions">
          <Button variant="primary" type="submit">
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </Section>
  );
}
