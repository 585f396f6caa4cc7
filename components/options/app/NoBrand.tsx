import { useI18n } from '@/components/i18n';
import { EmptyState } from '@/components/ui';
import { Section } from './Section';

/** What brand-scoped sections show when no brand is active. */
export function NoBrand({ id, title }: { id: string; title: string }) {
  const { t } = useI18n();
  return (
    <Section id={id} title={title}>
      <EmptyState title={t('options.noBrand')}>
        <p>
          <a href="#brands">{t('options.noBrandLink')}</a>
        </p>
      </EmptyState>
    </Section>
  );
}
