import { Button, Dialog } from '@/components/ui';
import { useI18n } from '@/components/i18n';
import type { InsertMode } from './actions';

/** How much of the draft the question quotes: enough to recognise it. */
const QUOTE_CHARS = 200;

export interface OccupiedDialogProps {
  /** The draft the site's reply box already holds. */
  existing: string;
  /** Replace the draft, add after it, or (undefined) insert nothing. */
  onChoose(choice: Exclude<InsertMode, 'ask'> | undefined): void;
}

/**
 * "The reply box already holds text": asked before a reply would be glued to the community
 * manager's own draft. Adding after it comes first (it has focus): it loses nothing.
 */
export function OccupiedDialog({ existing, onChoose }: OccupiedDialogProps) {
  const { t } = useI18n();
  const chars = Array.from(existing.replace(/\s+/gu, ' ').trim());
  const quoted = chars.length > QUOTE_CHARS ? `${chars.slice(0, QUOTE_CHARS - 1).join('')}…` : chars.join('');
  return (
    // The panel's single-key shortcuts (r, i, 1–3…) must not act on the comment while the question is open.
    <div onKeyDown={(event) => event.stopPropagation()}>
      <Dialog
        title={t('insert.occupiedTitle')}
        onClose={() => onChoose(undefined)}
        actions={
          <>
            <Button variant="primary" onClick={() => onChoose('append')}>
              {t('insert.append')}
            </Button>
            <Button onClick={() => onChoose('replace')}>{t('insert.replace')}</Button>
            <Button onClick={() => onChoose(undefined)}>{t('common.cancel')}</Button>
          </>
        }
      >
        <p dir="auto">{t('insert.occupiedBody', { existing: quoted })}</p>
      </Dialog>
    </div>
  );
}
