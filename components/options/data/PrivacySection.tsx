import { useState } from 'react';
import { useDb, useSettings } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { Button, Form, NumberField, useNotice } from '@/components/ui';
import { purgeOlderThan } from '@/lib/db/retention';
import { updateSettings } from '@/lib/db/settings';
import type { Settings } from '@/lib/schema/settings';
import { ForgetAuthor } from './ForgetAuthor';
import { useRun } from '../app/hooks';
import { Section } from '../app/Section';

const MAX_RETENTION_DAYS = 3650;

/** Privacy: how long the log is kept, erasing one person, and what Riposte does with data. */
export function PrivacySection() {
  const { t } = useI18n();
  const { settings, loaded } = useSettings();
  return (
    <Section id="privacy" title={t('options.nav.privacy')}>
      <div className="card">
        <h3>{t('options.privacy.statementTitle')}</h3>
        <p>{t('options.privacy')}</p>
        <p>{t('options.privacy.statement')}</p>
        <p>
          {/* Shipped with the extension (public/privacy.html); the store listings link to the same page. */}
          <a href="/privacy.html" target="_blank" rel="noreferrer">
            {t('options.privacy.fullStatement')}
          </a>
        </p>
      </div>
      {loaded ? <Retention settings={settings} /> : <p>{t('common.loading')}</p>}
      <ForgetAuthor />
    </Section>
  );
}

function Retention({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const db = useDb();
  const run = useRun();
  const { notify } = useNotice();
  const [days, setDays] = useState(settings.retentionDays);
  const valid = Number.isInteger(days) && days >= 0 && days <= MAX_RETENTION_DAYS;

  async function purgeNow() {
    await run(
      async () => {
        const result = await purgeOlderThan(db, settings.retentionDays, new Date());
        notify('success', t('options.privacy.purged', { comments: result.comments, interactions: result.interactions }));
      },
      { failure: 'options.error.generic' },
    );
  }

  return (
    <Form
      className="card"
      aria-labelledby="retention-title"
      onSubmit={() => {
        if (valid) void run(() => updateSettings(db, { retentionDays: days }), { success: 'options.saved', failure: 'options.error.generic' });
      }}
    >
      <h3 id="retention-title">{t('options.privacy.retentionTitle')}</h3>
      <NumberField
        label={t('options.privacy.retentionDays')}
        hint={t('options.privacy.retentionHint')}
        min={0}
        max={MAX_RETENTION_DAYS}
        value={days}
        error={valid ? undefined : t('options.error.retention', { max: MAX_RETENTION_DAYS })}
        onChange={setDays}
      />
      <div className="actions">
        <Button variant="primary" type="submit" disabled={!valid}>
          {t('common.save')}
        </Button>
        <Button onClick={() => void purgeNow()} disabled={settings.retentionDays === 0}>
          {t('options.privacy.purgeNow', { days: settings.retentionDays })}
        </Button>
      </div>
    </Form>
  );
}
