import { defaultRangeExtractor, measureElement, observeElementRect, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '@/components/i18n';
import type { QueueItem } from '@/lib/panel/queue';
import { CommentCard } from './CommentCard';
import { afterPaint } from './idle';
import { QueueLayoutContext } from './queue-layout';

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
 * The queue, virtualised: thousands of comments stay smooth because only the cards in view (and a
 * few around them) are in the DOM. Card heights vary, so each is measured once rendered. The
 * selected card is always rendered, wherever it is, so keyboard focus never lands on a card that
 * is not there; each card says its place in the whole queue (`aria-posinset` of `aria-setsize`),
 * so a screen reader counts every comment, not only the rendered ones.
 */
export function QueueList({ items, selectedId, now, departmentName, onSelect, renderWorkbench }: QueueListProps) {
  const { t } = useI18n();
  const layout = useContext(QueueLayoutContext);
  const scroller = useRef<HTMLDivElement>(null);
  // The first paint draws the cards in view only; those beyond its edges (for a short scroll) follow
  // in the next frame, as does anything else the first cards do not need.
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => setPainted(true)), []);
  const selectedIndex = selectedId === undefined ? -1 : items.findIndex((i) => i.comment.id === selectedId);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (selectedIndex >= 0 && !indexes.includes(selectedIndex)) {
        indexes.push(selectedIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [selectedIndex],
  );
  // The virtualizer's API is not memoisable by the React Compiler; this component does not need it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => layout.rowHeight,
    overscan: painted ? layout.overscan : 0,
    getItemKey: (index) => items[index]?.comment.id ?? index,
    rangeExtractor,
    // Without layout (a hidden panel, or a DOM that computes none) a first screenful, and cards
    // keep their estimated height: measured at 0 they would all fit and all be rendered.
    initialRect: { width: 400, height: layout.viewportHeight },
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => callback(rect.width === 0 && rect.height === 0 ? { width: 400, height: layout.viewportHeight } : rect)),
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || layout.rowHeight,
  });

  // Keyboard moves scroll the newly selected card into view and give it focus, unless focus is
  // elsewhere on purpose (a filter, the template search): then only the scroll.
  const previous = useRef(selectedId);
  useEffect(() => {
    if (selectedIndex < 0) return;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    const moved = previous.current !== undefined && previous.current !== selectedId;
    previous.current = selectedId;
    const active = document.activeElement;
    if (!moved || (active && active !== document.body && !scroller.current?.contains(active))) return;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${selectedIndex}"] > article`)?.focus({ preventScroll: true });
  }, [selectedIndex, selectedId, virtualizer]);

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
              <CommentCard
                item={item}
                now={now}
                selected={selected}
                position={{ index: row.index, of: items.length }}
                departmentName={departmentName}
                onSelect={() => onSelect(item.comment.id)}
              >
                {selected ? renderWorkbench(item) : null}
              </CommentCard>
            </div>
          );
        })}
      </div>
    </div>
  );
}
