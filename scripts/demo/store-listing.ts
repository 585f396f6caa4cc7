import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../lib/schema/platform';
import type { DemoEnvironment } from './environment';

/**
 * The material both stores ask for, made from the demo: five 1280×800 screenshots (a site's page
 * with the side panel beside it, then the template editor and the weekly report) and the Chrome Web
 * Store's 440×280 promotional tile, in the UI language. The privacy statement the listings link to
 * is public/privacy.html (also shipped in the extension).
 */
export async function captureStoreListing(env: DemoEnvironment, language: Language, outDir: string): Promise<string[]> {
  const dir = join(outDir, 'store', language);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const shots: Array<{ site: string; kind: string }> = [
    { site: 'x', kind: 'post' },
    { site: 'facebook', kind: 'post' },
    { site: 'instagram', kind: 'post' },
  ];
  let index = 1;
  for (const shot of shots) {
    // The page in the UI language when there is one, so the whole picture speaks it.
    const fixture = env.pages.find((p) => p.demo && p.site === shot.site && p.kind === shot.kind && p.lang === language) ?? env.pages.find((p) => p.demo && p.site === shot.site && p.kind === shot.kind);
    if (!fixture) continue;
    const page = await env.openFixture(fixture);
    await page.setViewportSize({ width: 880, height: 800 });
    const panel = await env.openPanelFor(page, { width: 400, height: 800 });
    await panel.waitForSelector('[data-testid="page-status"]:not(:has-text("…"))', { timeout: 10_000 }).catch(() => undefined);
    await panel.waitForTimeout(400);
    const file = join(dir, `screenshot-${index++}.png`);
    await sideBySide(env, await page.screenshot(), await panel.screenshot(), file);
    written.push(file);
    await panel.close();
    await page.close();
  }
  for (const section of ['templates', 'reports']) {
    const options = await env.openExtensionPage(`options.html#${section}`);
    await options.setViewportSize({ width: 1280, height: 800 });
    await options.waitForTimeout(700);
    const file = join(dir, `screenshot-${index++}.png`);
    await options.screenshot({ path: file });
    written.push(file);
    await options.close();
  }
  const tile = join(dir, 'promo-tile-440x280.png');
  await promoTile(env, language, tile);
  written.push(tile);
  return written;
}

async function sideBySide(env: DemoEnvironment, pageShot: Buffer, panelShot: Buffer, outFile: string): Promise<void> {
  const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  const canvas = await env.context.newPage();
  await canvas.setViewportSize({ width: 1280, height: 800 });
  await canvas.setContent(
    `<body style="margin:0;display:flex;overflow:hidden;background:#fff"><img src="${url(pageShot)}" width="879" height="800"><img src="${url(panelShot)}" width="400" height="800" style="border-left:1px solid #c9ccd3"></body>`,
  );
  await canvas.screenshot({ path: outFile });
  await canvas.close();
}

const TAGLINE: Record<Language, string> = {
  fr: 'Vos commentaires Facebook, LinkedIn, Instagram et X triés, et des réponses à votre image — sans quitter la page.',
  en: 'Your Facebook, LinkedIn, Instagram and X comments sorted, and on-brand replies — without leaving the page.',
};

async function promoTile(env: DemoEnvironment, language: Language, outFile: string): Promise<void> {
  const icon = readFileSync(join(import.meta.dirname, '../../public/icon/icon.svg'), 'utf8');
  const canvas = await env.context.newPage();
  await canvas.setViewportSize({ width: 440, height: 280 });
  await canvas.setContent(
    `<body style="margin:0;width:440px;height:280px;box-sizing:border-box;padding:28px;background:linear-gradient(135deg,#3b2f9e,#6b4fd8);color:#fff;font-family:system-ui,sans-serif;display:flex;flex-direction:column;justify-content:center;gap:14px">
      <div style="display:flex;align-items:center;gap:14px"><div style="width:64px;height:64px">${icon}</div><div style="font-size:40px;font-weight:700">Riposte</div></div>
      <div style="font-size:17px;line-height:1.35">${TAGLINE[language]}</div></body>`,
  );
  await canvas.locator('body svg').first().evaluate((svg) => {
    svg.setAttribute('width', '64');
    svg.setAttribute('height', '64');
  }).catch(() => undefined);
  await canvas.screenshot({ path: outFile });
  await canvas.close();
}
