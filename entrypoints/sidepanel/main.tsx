import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { I18nProvider } from '@/components/i18n';
import { PanelApp } from '@/components/panel/PanelApp';
import { resolveLanguage } from '@/lib/i18n';
import '@/components/styles.css';
import { useTabComments } from './use-tab-comments';

const fixedTabId = Number(new URLSearchParams(location.search).get('tabId')) || undefined;
const language = resolveLanguage('auto', browser.i18n.getUILanguage());
document.documentElement.lang = language;

function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

function SidePanel() {
  const tab = useTabComments(fixedTabId);
  const now = useNow(30_000);
  return <PanelApp tab={tab} now={now} onOpenOptions={() => void browser.runtime.openOptionsPage()} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider language={language}>
      <SidePanel />
    </I18nProvider>
  </StrictMode>,
);
