import { resolveLanguage, translator } from '@/lib/i18n';

/**
 * Shown instead of the app when the database cannot be opened (a failed upgrade, storage disabled):
 * a blank panel would look like "no comments". Nothing is deleted; the error is given as is.
 */
export function StartupError({ error, browserLanguage }: { error: unknown; browserLanguage: string }) {
  const t = translator(resolveLanguage('auto', browserLanguage));
  return (
    <main className="options" role="alert">
      <h1>{t('startup.failedTitle')}</h1>
      <p>{t('startup.failedBody')}</p>
      <pre className="startup-error">{error instanceof Error ? `${error.name}: ${error.message}` : String(error)}</pre>
    </main>
  );
}
