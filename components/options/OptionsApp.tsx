import { useI18n } from '@/components/i18n';

/** The options page: the home of brands, templates, watchlists, reports, exports and backups. */
export function OptionsApp() {
  const { t } = useI18n();
  return (
    <main className="options">
      <h1>{t('options.title')}</h1>
      <p>{t('app.tagline')}</p>
      <section className="card" aria-labelledby="privacy-title">
        <h2 id="privacy-title">🔒</h2>
        <p>{t('options.privacy')}</p>
      </section>
    </main>
  );
}
