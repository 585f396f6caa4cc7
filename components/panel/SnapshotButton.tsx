import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n';
import { usePanelActions, type ProfileSnapshotOutcome } from './actions';

const OUTCOME_KEYS: Record<ProfileSnapshotOutcome, MessageKey> = {
  stored: 'panel.snapshot.stored',
  'not-watched': 'panel.snapshot.notWatched',
  'no-profile': 'panel.snapshot.noProfile',
  'no-brand': 'panel.snapshot.noBrand',
  failed: 'panel.snapshot.failed',
};

/** "Take a snapshot now" of the profile the tab shows (the daily snapshot happens by itself on visit). */
export function SnapshotButton() {
  const { t } = useI18n();
  const actions = usePanelActions();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ProfileSnapshotOutcome | undefined>();
  const snapshot = actions.snapshotProfile;
  if (!snapshot) return null;
  const take = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await snapshot());
    } catch {
      setOutcome('failed');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="panel__snapshot">
      <button type="button" className="button button--ghost" onClick={() => void take()} disabled={busy}>
        {t('panel.snapshot.button')}
      </button>
      <span role="status" className="hint">
        {outcome ? t(OUTCOME_KEYS[outcome]) : ''}
      </span>
    </div>
  );
}
