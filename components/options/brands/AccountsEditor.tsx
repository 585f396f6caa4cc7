import { useI18n } from '@/components/i18n';
import { Button, SelectField, TextField } from '@/components/ui';
import { PLATFORMS, type Platform } from '@/lib/schema/platform';
import { emptyAccount, type AccountDraft } from './brand-form';

/** Rows of accounts (site, handle, display name): the brand's own, or a competitor's. */
export function AccountsEditor({
  legend,
  accounts,
  onChange,
}: {
  legend: string;
  accounts: AccountDraft[];
  onChange: (accounts: AccountDraft[]) => void;
}) {
  const { t } = useI18n();
  const platforms = PLATFORMS.map((p) => ({ value: p, label: t(`site.${p}`) }));
  const update = (index: number, patch: Partial<AccountDraft>) =>
    onChange(accounts.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  return (
    <fieldset className="rows">
      <legend>{legend}</legend>
      {accounts.length === 0 ? <p className="muted">{t('options.accounts.none')}</p> : null}
      {accounts.map((account, index) => (
        <div className="row" key={index}>
          <SelectField<Platform>
            label={t('options.accounts.platform')}
            value={account.platform}
            options={platforms}
            onChange={(platform) => update(index, { platform })}
          />
          <TextField
            label={t('options.accounts.handle')}
            value={account.handle}
            placeholder="@…"
            onChange={(handle) => update(index, { handle })}
          />
          <TextField label={t('options.accounts.name')} value={account.name} onChange={(name) => update(index, { name })} />
          <Button
            variant="ghost"
            className="row__remove"
            aria-label={t('options.accounts.remove', { n: index + 1 })}
            onClick={() => onChange(accounts.filter((_, i) => i !== index))}
          >
            ✕
          </Button>
        </div>
      ))}
      <Button onClick={() => onChange([...accounts, emptyAccount()])}>{t('options.accounts.add')}</Button>
    </fieldset>
  );
}
