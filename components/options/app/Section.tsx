import { useEffect, useRef, type ReactNode } from 'react';

/**
 * One options section: a labelled region whose heading takes focus when the section opens, so
 * keyboard and screen-reader users land on what they just chose in the navigation.
 */
export function Section({
  id,
  title,
  intro,
  children,
  actions,
  focusKey,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  /** When this changes (a sub-view closed), the heading takes focus back. */
  focusKey?: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Take focus when the user came from the navigation, or when focus was lost because the
    // control that had it is gone (a sub-view closed: `focusKey` changed). A sub-view that
    // focused its own heading keeps it: children's effects run first.
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (lost || active?.closest('.nav-list')) heading.current?.focus();
  }, [focusKey]);
  return (
    <section className="options-section" aria-labelledby={`${id}-title`} id={`section-${id}`}>
      <div className="options-section__head">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        {actions ? <div className="options-section__actions">{actions}</div> : null}
      </div>
      {intro ? <p className="options-section__intro">{intro}</p> : null}
      {children}
    </section>
  );
}
