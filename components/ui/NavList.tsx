import type { ReactNode } from 'react';

export interface NavItem<K extends string> {
  id: K;
  label: ReactNode;
}

/**
 * A vertical section navigation: real links (they work with the middle click and the history),
 * the current one marked with `aria-current="page"`.
 */
export function NavList<K extends string>({
  label,
  items,
  current,
  onSelect,
}: {
  label: string;
  items: readonly NavItem<K>[];
  current: K;
  onSelect: (id: K) => void;
}) {
  return (
    <nav className="nav-list" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              aria-current={item.id === current ? 'page' : undefined}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
                event.preventDefault();
                onSelect(item.id);
              }}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
