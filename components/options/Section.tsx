import { useEffect, useRef, type ReactNode } from 'react';

/**
 * One options section: a labelled region whose heading takes focus when the section opens, so
 * keyboard and screen-reader users land on what they just chose in the navigation.
 */
export function Section({ id, title, intro, children, actions }: { id: string; title: string; intro?: ReactNode; children: ReactNode; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Only steal focus when the user navigated here (focus is in the nav), not on first load.
    if (document.activeElement?.closest('.nav-list')) heading.current?.focus();
  }, []);
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
