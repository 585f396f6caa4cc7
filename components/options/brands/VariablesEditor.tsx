import { useI18n } from '@/components/i18n';
import { Button, TextField } from '@/components/ui';
import { STARTER_VARIABLES } from '@/lib/templates';
import type { DraftErrors, VariableDraft } from './brand-form';

/** The brand's own template variables: `{{support_link}}` and the like. */
export function VariablesEditor({
  variables,
  onChange,
  errors,
}: {
  variables: VariableDraft[];
  onChange: (variables: VariableDraft[]) => void;
  errors: DraftErrors;
}) {
  const { t, language } = useI18n();
  const describe = (key: string) => STARTER_VARIABLES.find((v) => v.name === key.trim())?.description[language];
  const update = (index: number, patch: Partial<VariableDraft>) =>
    onChange(variables.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  return (
    <fieldset className="rows">
      <legend>{t('options.variables.legend')}</legend>
      <p className="field__hint">{t('options.variables.hint')}</p>
      {variables.map((variable, index) => {
        const error = errors[`variables.${index}.key`];
        return (
          <div className="row" key={index}>
            <TextField
              label={t('options.variables.key')}
              value={variable.key}
              placeholder="support_link"
              spellCheck={false}
              error={error ? t(error) : undefined}
              onChange={(key) => update(index, { key })}
            />
            <TextField
              label={t('options.variables.value')}
              hint={describe(variable.key)}
              value={variable.value}
              onChange={(value) => update(index, { value })}
            />
            <Button
              variant="ghost"
              className="row__remove"
              aria-label={t('options.variables.remove', { key: variable.key || index + 1 })}
              onClick={() => onChange(variables.filter((_, i) => i !== index))}
            >
              ✕
            </Button>
          </div>
        );
      })}
      <Button onClick={() => onChange([...variables, { key: '', value: '' }])}>{t('options.variables.add')}</Button>
    </fieldset>
  );
}
