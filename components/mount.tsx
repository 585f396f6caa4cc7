import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoot } from '@/components/AppRoot';
import { StartupError } from '@/components/StartupError';
import { openRiposteDb } from '@/lib/db/database';

/**
 * Opens the database and renders a Riposte page (side panel, options) into `container`, or says
 * why the database could not be opened instead of leaving the page blank.
 */
export async function mountRipostePage(container: HTMLElement, app: ReactNode, browserLanguage: string): Promise<void> {
  const root = createRoot(container);
  try {
    const db = await openRiposteDb();
    root.render(
      <StrictMode>
        <AppRoot db={db} browserLanguage={browserLanguage}>
          {app}
        </AppRoot>
      </StrictMode>,
    );
  } catch (error) {
    root.render(<StartupError error={error} browserLanguage={browserLanguage} />);
  }
}
