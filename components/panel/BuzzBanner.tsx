import { useI18n } from '@/components/i18n';
import type { BuzzView } from '@/lib/panel/queue';

/** Shown when the post's negative share spikes; lets the user filter to the comments behind it. */
export function BuzzBanner({ buzz, onShow }: { buzz: BuzzView; onShow(): void }) {
  const { t } = useI18n();
  if (buzz.level === 'none') return null;
  return (
    <div className={`buzz buzz--${buzz.level}`} role="alert">
      <strong>{t(`buzz.${buzz.level}`)}</strong>
      <p className="buzz__why">{buzz.explanation}</p>
      <button type="button" className="button" onClick={onShow}>
        {t('buzz.show')} ({buzz.commentIds.length})
      </button>
    </div>
  );
}
