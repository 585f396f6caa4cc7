import { useI18n } from '@/components/i18n';
import { Button, TextField } from '@/components/ui';
import { AccountsEditor } from './AccountsEditor';
import { emptyCompetitor, type CompetitorDraft, type DraftErrors } from './brand-form';

/** Competitors: a name, other spellings, and their accounts. */
export function CompetitorsEditor({
  competitors,
  onChange,
  errors,
  showAliases = true,
}: {
  competitors: CompetitorDraft[];
  onChange: (competitors: CompetitorDraft[]) => void;
  errors: DraftErrors;
  showAliases?: boolean;
}) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<CompetitorDraft>) =>
    onChange(competitors.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <fieldset className="rows">
      <legend>{t('options.competitors.legend')}</legend>
      <p className="field__hint">{t('options.competitors.hint')}</p>
      {competitors.map((competitor, index) => {
        const error = errors[`competitors.${index}.name`];
        return (
          <fieldset className="subcard" key={index}>
            <legend>{competitor.name.trim() || t('options.competitors.item', { n: index + 1 })}</legend>
            <div className="row">
              <TextField
                label={t('options.competitors.name')}
                value={competitor.name}
                error={error ? t(error) : undefined}
                onChange={(name) => update(index, { name })}
              />
              {showAliases ? (
                <TextField
                  label={t('options.competitors.aliases')}
                  hint={t('options.list.hint')}
                  value={competitor.aliases}
                  onChange={(aliases) => update(index, { aliases })}
                />
              ) : null}
              <Button
                variant="ghost"
                className="row__remove"
                aria-label={t('options.competitors.remove', { name: competitor.name.trim() || index + 1 })}
                onClick={() => onChange(competitors.filter((_, i) => i !== index))}
              >
                ✕
              </Button>
            </div>
            <AccountsEditor
              legend={t('options.competitors.accounts')}
              accounts={competitor.accounts}
              onChange={(accounts) => update(index, { accounts })}
            />
          </fieldset>
        );
      })}
      <Button onClick={() => onChange([...competitors, emptyCompetitor()])}>{t('options.competitors.add')}</Button>
    </fieldset>
  );
}
