import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button } from './Button';

export type NoticeKind = 'success' | 'error' | 'info';

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
  /** Technical detail (a validation message), shown under the text. */
  detail?: string;
}

interface NoticeApi {
  notify: (kind: NoticeKind, text: string, detail?: string) => void;
}

const NoticeContext = createContext<NoticeApi>({
  notify: (kind, text, detail) => console.warn(`[${kind}] ${text}`, detail ?? ''),
});

/** How long a success or info notice stays; errors stay until dismissed. */
const AUTO_DISMISS_MS = 6000;

/**
 * Toast-like notices in two live regions: successes are announced politely, errors assertively and
 * stay until dismissed or superseded (a later notice: the user moved on, or fixed it), so nothing
 * that went wrong slips by unseen and nothing stale stays.
 */
export function NoticeProvider({ children, dismissLabel }: { children: ReactNode; dismissLabel: string }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (kind: NoticeKind, text: string, detail?: string) => {
      const id = next.current++;
      // One error at a time, and none left once something succeeds: an old error must not sit over
      // the form (or its Delete buttons) after the user fixed it. At most three notices in view.
      setNotices((all) => [...all.filter((n) => n.kind !== 'error').slice(-2), { id, kind, text, detail }]);
      if (kind !== 'error') setTimeout(() => dismiss(id), AUTO_DISMISS_MS);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ notify }), [notify]);

  const render = (list: Notice[]) =>
    list.map((notice) => (
      <div key={notice.id} className={`notice notice--${notice.kind}`}>
        <div className="notice__text">
          <p>{notice.text}</p>
          {notice.detail ? <pre className="notice__detail">{notice.detail}</pre> : null}
        </div>
        <Button variant="ghost" onClick={() => dismiss(notice.id)} aria-label={dismissLabel}>
          ×
        </Button>
      </div>
    ));

  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices">
        <div role="status" aria-live="polite">
          {render(notices.filter((n) => n.kind !== 'error'))}
        </div>
        <div role="alert" aria-live="assertive">
          {render(notices.filter((n) => n.kind === 'error'))}
        </div>
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotice(): NoticeApi {
  return useContext(NoticeContext);
}

/** The message of anything thrown, for display. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
