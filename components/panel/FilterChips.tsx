import { useI18n } from '@/components/i18n';
import { QUEUE_FILTERS, type QueueFilter } from '@/lib/panel/queue';

/** Filter chips with their counts; empty ones (other than the current and "all") are hidden. */
export function FilterChips({
  counts,
  value,
  onChange,
}: {
  counts: Record<QueueFilter, number>;
  value: QueueFilter;
  onChange(filter: QueueFilter): void;
}) {
  const { t } = useI18n();
  return (
    <div className="chips" role="group" aria-label={t('panel.filters')}>
      {QUEUE_FILTERS.filter((f) => f === 'all' || f === value || counts[f] > 0).map((filter) => (
        <button
          key={filter}
          type="button"
          className={`chip chip--${filter}`}
          aria-pressed={filter === value}
          onClick={() => onChange(filter)}
        >
          {t(`filter.${filter}`)} <span className="chip__count">{counts[filter]}</span>
        </button>
      ))}
    </div>
  );
}
