import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '@/components/i18n';
import type { QueueItem } from '@/lib/panel/queue';
import { CommentCard } from './CommentCard';

const FALLBACK_RECT = { width: 400, height: 900 };

export interface QueueListProps {
  items: readonly QueueItem[];
  selectedId: string | undefined;
  now: Date;
  departmentName(id: string): string;
  onSelect(id: string): void;
  /** The workbench of the selected comment. */
  renderWorkbench(item: QueueItem): ReactNode;
}

/**
 * The queue, virtualised: thousands of comments stay smooth because only the visible cards (and a
 * few around them) are in the DOM. Card heights vary, so each is measured once rendered.
 */
export function QueueList({ items, selectedId, now, departmentName, onSelect, renderWorkbench }: QueueListProps) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer's API is not memoisable by the React Compiler; this component does not need it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 132,
    overscan: 6,
    getItemKey: (index) => items[index]?.comment.id ?? index,
    // Without layout (a hidden panel, or tests in a DOM that computes none) render a first screenful.
    initialRect: FALLBACK_RECT,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => callback(rect.width === 0 && rect.height === 0 ? FALLBACK_RECT : rect)),
  });

  const selectedIndex = selectedId === undefined ? -1 : items.findIndex((i) => i.comment.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <div ref={scroller} className="queue" role="feed" aria-label={t('panel.queue')} aria-busy={false}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (!item) return null;
          const selected = item.comment.id === selectedId;
          return (
            <div
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              className="queue__row"
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)` }}
            >
              <CommentCard item={item} now={now} selected={selected} departmentName={departmentName} onSelect={() => onSelect(item.comment.id)}>
                {selected ? renderWorkbench(item) : null}
              </CommentCard>
            </div>
          );
        })}
      </div>
    </div>
  );
}
