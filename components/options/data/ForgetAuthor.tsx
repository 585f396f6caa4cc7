import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { Button, ConfirmDialog, SelectField, TextField, errorMessage, useNotice } from '@/components/ui';
import { countForgotten, unforgetAuthor } from '@/lib/db/forgotten';
import { forgetAuthor, type ForgetResult } from '@/lib/db/retention';
import type { AuthorRow } from '@/lib/schema/author';
import { PLATFORMS, type Platform } from '@/lib/schema/platform';
import { searchAuthors } from './author-search';
import { useRun } from '../app/hooks';

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
  const forgotten = useLiveQuery(() => countForgotten(db), [db]);
  // Kept here: lifting the last "forget" hides the form, not what it said.
  const [unforgotten, setUnforgotten] = useState<string | null>(null);

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
          })}{' '}
          {t('options.forget.notStored')}
        </p>
      ) : null}
      {forgotten ? <p className="muted">{t('options.forget.count', { count: forgotten })}</p> : null}
      {forgotten ? <Unforget onOutcome={setUnforgotten} /> : null}
      {unforgotten ? <p role="status">{unforgotten}</p> : null}
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
          <p>{t('options.forget.notStored')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/**
 * Lifts a "forget": Riposte keeps no list of who was forgotten, so the community manager types the
 * person as the page shows them, on one network.
 */
function Unforget({ onOutcome }: { onOutcome: (message: string) => void }) {
  const { t } = useI18n();
  const db = useDb();
  const run = useRun();
  const [platform, setPlatform] = useState<Platform>('facebook');
  const [who, setWho] = useState('');
  const platforms = PLATFORMS.map((p) => ({ value: p, label: t(`site.${p}`) }));

  return (
    <section aria-labelledby="unforget-title">
      <h4 id="unforget-title">{t('options.forget.unforgetTitle')}</h4>
      <p className="muted">{t('options.forget.unforgetIntro')}</p>
      <form
        className="row"
        aria-labelledby="unforget-title"
        onSubmit={(e) => {
          e.preventDefault();
          const typed = who.trim();
          void run(
            async () => {
              const lifted = await unforgetAuthor(db, platform, typed);
              onOutcome(lifted > 0 ? t('options.forget.unforgotten', { who: typed }) : t('options.forget.notForgotten', { who: typed, site: t(`site.${platform}`) }));
              if (lifted > 0) setWho('');
            },
            { failure: 'options.error.generic' },
          );
        }}
      >
        <SelectField<Platform> label={t('options.forget.site')} value={platform} options={platforms} onChange={setPlatform} />
        <TextField label={t('options.forget.unforgetQuery')} value={who} onChange={setWho} />
        <Button type="submit" disabled={!who.trim()}>
          {t('options.forget.unforget')}
        </Button>
      </form>
    </section>
  );
}
