import { useId, useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { Template } from '@/lib/schema/template';
import { fold } from '@/lib/identity';

/** A search box over all the brand's templates; picking one opens it in the editor. */
export function TemplateSearch({ templates, onPick }: { templates: readonly Template[]; onPick(template: Template): void }) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    return templates
      .filter((tpl) => {
        const haystack = fold(`${tpl.title} ${tpl.tags.join(' ')} ${tpl.category} ${tpl.body}`);
        return words.every((w) => haystack.includes(w));
      })
      .slice(0, 8);
  }, [query, templates]);
  return (
    <div className="template-search">
      <label htmlFor={id} className="sr-only">
        {t('suggestions.search')}
      </label>
      <input
        id={id}
        type="search"
        placeholder={t('suggestions.searchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => event.stopPropagation()}
      />
      {matches.length > 0 && (
        <ul className="template-search__results">
          {matches.map((tpl) => (
            <li key={tpl.id}>
              <button
                type="button"
                className="button button--ghost"
                onClick={() => {
                  onPick(tpl);
                  setQuery('');
                }}
              >
                {tpl.title} <span className="muted">({tpl.language.toUpperCase()})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
