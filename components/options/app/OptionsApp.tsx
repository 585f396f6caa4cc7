import { useEffect, useState, type JSX } from 'react';
import { useSettings } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { NavList, NoticeProvider } from '@/components/ui';
import { AudienceSection } from '../audience/AudienceSection';
import { BackupSection } from '../data/BackupSection';
import { BrandsSection } from '../brands/BrandsSection';
import { DepartmentsSection } from '../settings/DepartmentsSection';
import { ExportSection } from '../data/ExportSection';
import { FirstRun, Welcome } from './FirstRun';
import { useBrands } from './hooks';
import type { Brand } from '@/lib/schema/brand';
import { LanguageSection } from '../settings/LanguageSection';
import { PrivacySection } from '../data/PrivacySection';
import { ReportsSection } from '../reports/ReportsSection';
import { SECTION_IDS, sectionFromHash, type SectionId } from './sections';
import { TemplatesSection } from '../templates/TemplatesSection';
import { TriageSection } from '../settings/TriageSection';
import { WatchlistSection } from '../audience/WatchlistSection';
import '../options.css';

const SECTIONS: Record<SectionId, () => JSX.Element> = {
  brands: BrandsSection,
  templates: TemplatesSection,
  watchlist: WatchlistSection,
  triage: TriageSection,
  departments: DepartmentsSection,
  reports: ReportsSection,
  audience: AudienceSection,
  export: ExportSection,
  backup: BackupSection,
  privacy: PrivacySection,
  language: LanguageSection,
};

/** The section named in the URL hash, following back/forward navigation. */
function useHashSection(): [SectionId, (id: SectionId) => void] {
  const [section, setSection] = useState<SectionId>(() => sectionFromHash(location.hash) ?? 'brands');
  useEffect(() => {
    const onHash = () => setSection(sectionFromHash(location.hash) ?? 'brands');
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (id: SectionId) => {
    setSection(id);
    if (location.hash !== `#${id}`) history.pushState(null, '', `#${id}`);
  };
  return [section, go];
}

/** The options page: first run until a brand exists, then the sections behind a side navigation. */
export function OptionsApp() {
  const { t } = useI18n();
  return (
    <NoticeProvider dismissLabel={t('options.notice.dismiss')}>
      <OptionsBody />
    </NoticeProvider>
  );
}

function OptionsBody() {
  const { t } = useI18n();
  const { settings, loaded } = useSettings();
  const brands = useBrands();
  const [section, go] = useHashSection();
  const [welcome, setWelcome] = useState<Brand | null>(null);

  if (!loaded || brands === undefined) {
    return (
      <main className="options">
        <p role="status">{t('common.loading')}</p>
      </main>
    );
  }
  if (welcome) {
    return (
      <Welcome
        brand={welcome}
        onContinue={() => {
          setWelcome(null);
          go('templates');
        }}
      />
    );
  }
  if (!settings.onboarded || brands.length === 0) return <FirstRun hasBrands={brands.length > 0} onCreated={setWelcome} />;

  const Current = SECTIONS[section];
  return (
    <div className="options-layout">
      <a className="skip-link" href="#options-main">
        {t('options.skip')}
      </a>
      <header className="options-header">
        <h1>{t('options.title')}</h1>
        <p className="muted">{t('app.tagline')}</p>
      </header>
      <NavList label={t('options.nav.label')} items={SECTION_IDS.map((id) => ({ id, label: t(`options.nav.${id}`) }))} current={section} onSelect={go} />
      <main className="options-main" id="options-main" tabIndex={-1}>
        <Current key={section} />
      </main>
    </div>
  );
}
