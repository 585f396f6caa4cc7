import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { translator } from '../../lib/i18n';
import { demoCertificate } from './certificate';
import { FIREFOX_BUILD_DIR, ROOT_DIR } from './environment';
import { startFixtureServer } from './fixture-server';
import { AddonConsole, BidiSession, findFirefox, HANDS, startFirefox } from './firefox';
import { FIXTURES_DIR, loadFixturePages } from './pages';
import { DEMO_BRAND } from './seed';

/**
 * `npm run demo -- --browser firefox`: Firefox ESR with the Firefox build loaded as a temporary
 * add-on, on the same local demo pages as the Chromium demo. The demo brand is set up through the
 * real first-run screen, in the UI language Riposte picks for this Firefox. Headless, it saves each
 * page as Firefox renders it (the sidebar is not reachable by a screenshot there: the Chromium demo
 * shows the panel).
 */
export async function runFirefoxDemo(options: { headless: boolean; firstRun: boolean; out: string }): Promise<void> {
  const executable = findFirefox();
  if (!executable) throw new Error('No Firefox found. Install Firefox ESR (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH.');
  const pages = loadFixturePages();
  const server = await startFixtureServer({ pages, fixturesDir: FIXTURES_DIR, certificate: demoCertificate(join(ROOT_DIR, 'node_modules/.cache/riposte-demo')) });
  const rdpPort = 9_000 + (process.pid % 1_000);
  const firefox = await startFirefox(executable, server.port, { rdpPort, headless: options.headless });
  const bidi = await BidiSession.connect(firefox.webSocketUrl);
  let addon: AddonConsole | undefined;
  try {
    const { extension } = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD_DIR } });
    addon = await AddonConsole.attach(rdpPort, extension);
    await addon.evaluate('browser.runtime.openOptionsPage()');
    if (!options.firstRun) await setUpDemoBrand(addon);
    const tabs: Array<{ context: string; name: string }> = [];
    for (const fixture of pages.filter((p) => p.demo)) {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await bidi.send('browsingContext.navigate', { context, url: `https://${fixture.host}${fixture.path}`, wait: 'complete' });
      tabs.push({ context, name: fixture.file.replace('/', '-').replace(/\.html$/u, '') });
    }
    if (options.headless) {
      const dir = join(options.out, 'firefox');
      mkdirSync(dir, { recursive: true });
      for (const tab of tabs) {
        const { data } = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context: tab.context });
        const file = join(dir, `${tab.name}.page.png`);
        writeFileSync(file, Buffer.from(data, 'base64'));
        console.log(`  saved ${file}`);
      }
      return;
    }
    console.log(
      [
        '',
        'Riposte is running in Firefox on the demo pages (served locally under the sites’ real names).',
        'Open the sidebar with the Riposte toolbar button (or Alt+Shift+R, or View ▸ Sidebar ▸ Riposte).',
        'Close Firefox or press Ctrl+C here to stop.',
      ].join('\n'),
    );
    await new Promise<void>((resolve) => {
      firefox.process.once('exit', () => resolve());
      process.once('SIGINT', () => resolve());
    });
  } finally {
    addon?.close();
    bidi.close();
    await firefox.close();
    await server.close();
  }
}

/** The demo brand, through the first-run screen of the options page, in the language it shows. */
export async function setUpDemoBrand(addon: AddonConsole): Promise<void> {
  const inOptions = <T>(statements: string) => addon.evaluate<T>(`(() => { ${HANDS} ${statements} })()`, 'options.html');
  for (const deadline = Date.now() + 15_000; !(await inOptions<boolean>(`return !!document.querySelector('form input');`).catch(() => false)); ) {
    if (Date.now() > deadline) throw new Error('The first-run screen did not open');
    await new Promise((r) => setTimeout(r, 200));
  }
  const language = (await inOptions<string>(`return document.documentElement.lang;`)) === 'fr' ? 'fr' : 'en';
  const t = translator(language);
  const fills = [
    [t('options.brands.name'), DEMO_BRAND.name],
    ...Object.entries(DEMO_BRAND.accounts).map(([platform, handle]) => [t('firstRun.handleOn', { site: t(`site.${platform as keyof typeof DEMO_BRAND.accounts}`) }), handle]),
  ];
  await inOptions(`${fills.map(([label, value]) => `fill(field(${JSON.stringify(label)}), ${JSON.stringify(value)});`).join(' ')} return click(byText('button', ${JSON.stringify(t('options.competitors.add'))}));`);
  await inOptions(`fill(field(${JSON.stringify(t('options.competitors.name'))}), ${JSON.stringify(DEMO_BRAND.competitor)}); return click(byText('button', ${JSON.stringify(t('firstRun.submit'))}));`);
  const done = t('firstRun.doneTitle', { name: DEMO_BRAND.name });
  for (const deadline = Date.now() + 15_000; !(await inOptions<boolean>(`return document.body.innerText.includes(${JSON.stringify(done)});`)); ) {
    if (Date.now() > deadline) throw new Error('The demo brand could not be set up');
    await new Promise((r) => setTimeout(r, 200));
  }
}
