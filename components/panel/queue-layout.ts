import { createContext } from 'react';

/**
 * The queue's window: how tall the scroller is taken to be before (or without) layout, and each
 * card's height until it is measured. A browser measures both; a DOM with no layout (tests, a
 * hidden panel) keeps these, so a queue of any length still renders one window of cards.
 */
export interface QueueLayout {
  viewportHeight: number;
  rowHeight: number;
  /** Cards rendered beyond each edge of the window, so a short scroll shows no gap. */
  overscan: number;
}

export const DEFAULT_QUEUE_LAYOUT: QueueLayout = { viewportHeight: 900, rowHeight: 132, overscan: 6 };

export const QueueLayoutContext = createContext<QueueLayout>(DEFAULT_QUEUE_LAYOUT);
