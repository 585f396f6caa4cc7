import { useState } from 'react';
import { useDb, useSettings } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { Button, Form, NumberField, useNotice } from '@/components/ui';
import { updateSettings } from '@/lib/db/settings';
import type { Settings } from '@/lib/schema/settings';
import { DEFAULT_TRIAGE_CONFIG, TriageConfigSchema, type FollowerTiers, type PriorityWeights } from '@/lib/triage/config';
import { useRun } from '../app/hooks';
import { Section } from '../app/Section';

const TIERS = ['nano', 'micro', 'macro', 'mega'] as const;
/** The weights a community manager most often tunes; the rest keep their values. */
const LABEL_WEIGHTS = ['complaint', 'question', 'lead', 'toxic', 'praise', 'spam'] as const;
type LabelWeight = (typeof LABEL_WEIGHTS)[number];

/** How the panel's queue is ordered: follower tiers and the points each label adds. */
export function TriageSection() {
  const { t } = useI18n();
  const { settings, loaded } = useSettings();
  return (
    <Section id="triage" title={t('options.nav.triage')} intro={t('options.triage.intro')}>
      {loaded ? <TriageForm key={JSON.stringify(settings.triage)} settings={settings} /> : <p>{t('common.loading')}</p>}
    </Section>
  );
}

function TriageForm({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const db = useDb();
  const run = useRun();
  const { notify } = useNotice();
  const [tiers, setTiers] = useState<FollowerTiers>(settings.triage.tiers);
  const [weights, setWeights] = useState<Pick<PriorityWeights, LabelWeight>>(() => {
    const w = settings.triage.weights;
    return { complaint: w.complaint, question: w.question, lead: w.lead, toxic: w.toxic, praise: w.praise, spam: w.spam };
  });

  async function submit() {
    const result = TriageConfigSchema.safeParse({ ...settings.triage, tiers, weights: { ...settings.triage.weights, ...weights } });
    if (!result.success) {
      notify('error', t('options.triage.invalid'), result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
      return;
    }
    await run(() => updateSettings(db, { triage: result.data }), { success: 'options.saved', failure: 'options.error.generic' });
  }

  return (
    <Form
      aria-label={t('options.nav.triage')}
      onSubmit={submit}
    >
      <fieldset className="card rows">
        <legend>{t('options.triage.tiers')}</legend>
        <p className="field__hint">{t('options.triage.tiersHint')}</p>
        <div className="grid-2">
          {TIERS.map((tier) => (
            <NumberField key={tier} label={t(`options.triage.tier.${tier}`)} min={0} value={tiers[tier]} onChange={(value) => setTiers({ ...tiers, [tier]: value })} />
          ))}
        </div>
      </fieldset>
      <fieldset className="card rows">
        <legend>{t('options.triage.weights')}</legend>
        <p className="field__hint">{t('options.triage.weightsHint')}</p>
        <div className="grid-2">
          {LABEL_WEIGHTS.map((label) => (
            <NumberField
              key={label}
              label={t(`options.label.${label}`)}
              min={-1000}
              max={1000}
              value={weights[label]}
              onChange={(value) => setWeights({ ...weights, [label]: value })}
            />
          ))}
        </div>
      </fieldset>
      <div className="actions">
        <Button variant="primary" type="submit">
          {t('common.save')}
        </Button>
        <Button
          onClick={() => void run(() => updateSettings(db, { triage: DEFAULT_TRIAGE_CONFIG }), { success: 'options.triage.reset', failure: 'options.error.generic' })}
        >
          {t('options.triage.resetButton')}
        </Button>
      </div>
    </Form>
  );
}
