import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/usr/bin/google-chrome-for-testing',
];

/**
 * Finds a Chromium that can load an unpacked extension from the command line: CHROME_PATH first,
 * then the usual places. Branded Google Chrome ignores --load-extension since version 137, so it is
 * accepted only when named explicitly through CHROME_PATH.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env.CHROME_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROME_PATH points to ${explicit}, which does not exist.`);
    return explicit;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH ' +
        'to a Chromium or Chrome for Testing binary. Looked in: ' + CANDIDATES.join(', '),
    );
  }
  return found;
}

/** Host-resolver rules sending the four sites to the local fixture server, and nothing anywhere else. */
export function hostResolverRules(port: number): string {
  const hosts = ['www.facebook.com', 'www.linkedin.com', 'www.instagram.com', 'x.com', 'twitter.com'];
  return [
    ...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE localhost',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
}

/**
 * Flags for a quiet, offline Chromium: no background services (their requests would be refused by
 * this machine's closed network, many at a time), and the four sites mapped to the fixture server.
 */
export function hermeticArgs(port: number): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
    `--host-resolver-rules=${hostResolverRules(port)}`,
  ];
}

export interface LaunchOptions {
  extensionDir: string;
  userDataDir: string;
  port: number;
  headless: boolean;
  executablePath?: string;
  locale?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

/** Starts Chromium with the built extension loaded, on a fresh profile, offline but for the fixtures. */
export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  const args = [
    ...hermeticArgs(options.port),
    `--disable-extensions-except=${options.extensionDir}`,
    `--load-extension=${options.extensionDir}`,
    ...(options.locale ? [`--lang=${options.locale}`] : []),
  ];
  if (options.headless) args.unshift('--headless=new');
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath: options.executablePath ?? findChromium(),
    headless: false, // headless is chosen by --headless=new above: the old mode cannot run extensions.
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    locale: options.locale,
    args,
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, serviceWorker, extensionId };
}
