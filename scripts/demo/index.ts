/**
 * `npm run demo`: builds Riposte, serves the saved pages of each site under their real host names on
 * 127.0.0.1, and opens Chromium with the extension loaded on them — no social-network login needed.
 *
 *   npm run demo                       a real window; click the Riposte button to open the panel
 *   npm run demo -- --headless         no window: saves screenshots to demo-output/, and the stores'
 *                                      listing material to demo-output/store/<lang>/
 *   npm run demo -- --browser firefox  the same in Firefox ESR (headless: screenshots of the pages)
 *   options: --lang fr|en (UI language, default both in headless, fr otherwise), --no-build, --out DIR,
 *            --first-run (start on the set-up screen instead of the ready-made demo brand)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT_DIR, startDemoEnvironment } from './environment';
import { captureScreenshots } from './screenshots';
import { runFirefoxDemo } from './firefox-demo';
import { captureStoreListing } from './store-listing';
import { setUpDemoBrand } from './seed';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    lang: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    // Start on the first-run screen instead of a ready-made demo brand.
    'first-run': { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT_DIR, 'demo-output') },
    browser: { type: 'string', default: 'chromium' },
  },
});

async function main(): Promise<void> {
  const firefox = values.browser === 'firefox';
  if (!firefox && values.browser !== 'chromium') throw new Error(`--browser is chromium or firefox, not ${values.browser}`);
  if (!values['no-build']) {
    console.log('Building the extension…');
    execFileSync('npx', firefox ? ['wxt', 'build', '-b', 'firefox'] : ['wxt', 'build'], { cwd: ROOT_DIR, stdio: 'inherit' });
  }
  const headless = values.headless || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  if (headless && !values.headless) console.log('No display found: running headless and saving screenshots.');
  if (firefox) {
    await runFirefoxDemo({ headless, firstRun: values['first-run'], out: values.out });
    return;
  }

  if (headless) {
    mkdirSync(values.out, { recursive: true });
    const languages = values.lang ? [values.lang] : ['fr', 'en'];
    for (const language of languages) {
      const env = await startDemoEnvironment({ headless: true, locale: language });
      try {
        await setUpDemoBrand(env, language === 'en' ? 'en' : 'fr');
        const files = await captureScreenshots(env, language, values.out);
        files.push(...(await captureStoreListing(env, language === 'en' ? 'en' : 'fr', values.out)));
        for (const file of files) console.log(`  saved ${file}`);
      } finally {
        await env.close();
      }
    }
    console.log(`Screenshots are in ${values.out}`);
    return;
  }

  const language = values.lang === 'en' ? 'en' : 'fr';
  const env = await startDemoEnvironment({ headless: false, locale: language });
  if (values['first-run']) await env.openExtensionPage('options.html');
  else await setUpDemoBrand(env, language);
  for (const fixture of env.pages.filter((p) => p.demo)) await env.openFixture(fixture);
  const first = env.context.pages()[0];
  if (first && first.url() === 'about:blank') await first.close();
  console.log(
    [
      '',
      'Riposte is running on the demo pages (served locally under the sites’ real names).',
      'Click the Riposte button in the toolbar (or press Alt+Shift+R) to open the side panel.',
      'Close the browser window or press Ctrl+C here to stop.',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    env.context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await env.close().catch(() => undefined);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
