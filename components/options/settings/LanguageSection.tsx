import { useDb, useSettings } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { RadioGroup } from '@/components/ui';
import { updateSettings } from '@/lib/db/settings';
import type { Settings } from '@/lib/schema/settings';
import { useRun } from '../app/hooks';
import { Section } from '../app/Section';

/** Interface language: follows the browser, or French, or English. Applies at once. */
export function LanguageSection() {
  const { t } = useI18n();
  const db = useDb();
  const run = useRun();
  const { settings } = useSettings();
  return (
    <Section id="language" title={t('options.nav.language')}>
      <div className="card">
        <RadioGroup<Settings['uiLanguage']>
          legend={t('options.language')}
          name="ui-language"
          value={settings.uiLanguage}
          onChange={(uiLanguage) => void run(() => updateSettings(db, { uiLanguage }), { failure: 'options.error.generic' })}
          options={[
            { value: 'auto', label: t('options.language.auto') },
            { value: 'fr', label: 'Français' },
            { value: 'en', label: 'English' },
          ]}
        />
      </div>
    </Section>
  );
}
