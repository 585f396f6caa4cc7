import { useState } from 'react';
import { useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { Button, ConfirmDialog, TextField, errorMessage, useNotice } from '@/components/ui';
import { forgetAuthor, type ForgetResult } from '@/lib/db/retention';
import type { AuthorRow } from '@/lib/schema/author';
import { searchAuthors } from './author-search';
import { useRun } from './hooks';

/** "Forget this author": find a person by handle or name, confirm, erase every trace. */
export function ForgetAuthor() {
  const { t } = useI18n();
  const db = useDb();
  const run = useRun();
  const { notify } = useNotice();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<AuthorRow[] | null>(null);
  const [target, setTarget] = useState<AuthorRow | null>(null);
  const [done, setDone] = useState<{ who: string; result: ForgetResult } | null>(null);

  async function search() {
    setDone(null);
    try {
      setResults(await searchAuthors(db, query));
    } catch (error) {
      notify('error', t('options.error.generic'), errorMessage(error));
    }
  }

  return (
    <div className="card">
      <h3 id="forget-title">{t('options.forget.title')}</h3>
      <p>{t('options.forget.intro')}</p>
      <form
        className="row"
        role="search"
        aria-labelledby="forget-title"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <TextField label={t('options.forget.query')} type="search" value={query} onChange={setQuery} />
        <Button type="submit" disabled={!query.trim()}>
          {t('options.forget.search')}
        </Button>
      </form>
      {results === null ? null : results.length === 0 ? (
        <p role="status">{t('options.forget.none')}</p>
      ) : (
        <ul className="author-results" aria-label={t('options.forget.results')}>
          {results.map((author) => (
            <li key={author.key}>
              <span>
                <strong><bdi>{author.name}</bdi></strong> {author.handle ? <bdi className="muted">@{author.handle}</bdi> : null}{' '}
                <span className="muted">
                  · {t(`site.${author.platform}`)} · {t('options.forget.comments', { count: author.commentCount })}
                </span>
              </span>
              <Button variant="danger" onClick={() => setTarget(author)} aria-label={t('options.forget.forgetNamed', { name: author.name })}>
                {t('options.forget.forget')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {done ? (
        <p role="status" className="ok">
          {t('options.forget.done', {
            name: done.who,
            comments: done.result.comments,
            interactions: done.result.interactions,
            watchlist: done.result.watchlistEntries,
            redacted: done.result.redactedTexts,
          })}
        </p>
      ) : null}
      {target ? (
        <ConfirmDialog
          danger
          title={t('options.forget.confirmTitle', { name: target.name })}
          confirmLabel={t('options.forget.forget')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setTarget(null)}
          onConfirm={async () => {
            const who = target.name;
            await run(
              async () => {
                const result = await forgetAuthor(db, target.key);
                setDone({ who, result });
                setResults((list) => list?.filter((a) => a.key !== target.key) ?? null);
              },
              { failure: 'options.error.generic' },
            );
            setTarget(null);
          }}
        >
          <p>{t('options.forget.confirmBody')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
