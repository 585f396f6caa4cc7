import { translator } from '../../lib/i18n';
import type { Language } from '../../lib/schema/platform';
import type { DemoEnvironment } from './environment';

/** The fictional brand of the demo pages, with its accounts on each site and its competitor. */
export const DEMO_BRAND = {
  name: 'Maison Lumière',
  accounts: { facebook: 'maisonlumiere', linkedin: 'maisonlumiere', instagram: 'maisonlumiere', x: 'maisonlumiere' },
  competitor: 'Atelier Nova',
} as const;

/**
 * Sets the demo brand up the way a new user would: through the first-run screen of the options
 * page, in the browser's language. Afterwards the panel shows the full triage on the demo pages.
 */
export async function setUpDemoBrand(env: DemoEnvironment, language: Language): Promise<void> {
  const t = translator(language);
  const page = await env.openExtensionPage('options.html');
  await page.getByLabel(t('options.brands.name')).fill(DEMO_BRAND.name);
  for (const [platform, handle] of Object.entries(DEMO_BRAND.accounts)) {
    await page.getByLabel(t('firstRun.handleOn', { site: t(`site.${platform as keyof typeof DEMO_BRAND.accounts}`) })).fill(handle);
  }
  await page.getByRole('button', { name: t('options.competitors.add') }).click();
  await page.getByLabel(t('options.competitors.name')).fill(DEMO_BRAND.competitor);
  await page.getByRole('button', { name: t('firstRun.submit') }).click();
  await page.getByRole('heading', { name: t('firstRun.doneTitle', { name: DEMO_BRAND.name }) }).waitFor();
  await page.close();
}

/** Whether the extension's database holds a brand yet (read in one of its own pages). */
async function hasBrand(env: DemoEnvironment): Promise<boolean> {
  const page = await env.openExtensionPage('options.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<boolean>((resolve, reject) => {
          const open = indexedDB.open('riposte');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('brands')) return resolve(false);
            const request = db.transaction('brands').objectStore('brands').count();
            request.onsuccess = () => resolve(request.result > 0);
            request.onerror = () => reject(request.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}

/**
 * The demo brand, set up through the first-run screen unless one exists already: each test that
 * needs a brand calls it, so it passes alone as well as after the others.
 */
export async function ensureDemoBrand(env: DemoEnvironment, language: Language): Promise<void> {
  if (!(await hasBrand(env))) await setUpDemoBrand(env, language);
}
