import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoEnvironment } from './environment';

/**
 * Saves what a community manager sees: each demo page, the side panel following it, the two side by
 * side, and the options page. Returns the files written.
 */
export async function captureScreenshots(env: DemoEnvironment, language: string, outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const fixture of env.pages.filter((p) => p.demo)) {
    const name = `${fixture.site}-${fixture.lang}-${fixture.file.replace(/^.*\//, '').replace(/\.html$/, '')}`;
    const page = await env.openFixture(fixture);
    const panel = await env.openPanelFor(page);
    // The panel is ready once its status line says something other than "reading the page".
    await panel.waitForSelector('[data-testid="page-status"]:not(:has-text("…"))', { timeout: 10_000 }).catch(() => undefined);
    await panel.waitForTimeout(300);
    const pageFile = join(outDir, `${name}.page.png`);
    const panelFile = join(outDir, `${name}.panel-${language}.png`);
    await page.screenshot({ path: pageFile });
    await panel.screenshot({ path: panelFile, fullPage: false });
    const combinedFile = join(outDir, `${name}.combined-${language}.png`);
    await combine(env, pageFile, panelFile, combinedFile);
    written.push(pageFile, panelFile, combinedFile);
    await panel.close();
    await page.close();
  }
  for (const section of ['brands', 'templates', 'reports']) {
    const options = await env.openExtensionPage(`options.html#${section}`);
    await options.waitForTimeout(700);
    const optionsFile = join(outDir, `options-${section}-${language}.png`);
    await options.screenshot({ path: optionsFile, fullPage: true });
    written.push(optionsFile);
    await options.close();
  }
  return written;
}

/** Page on the left, panel on the right, like the browser window with the side panel open. */
async function combine(env: DemoEnvironment, pageFile: string, panelFile: string, outFile: string): Promise<void> {
  const dataUrl = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;
  const canvas = await env.context.newPage();
  await canvas.setViewportSize({ width: 1280 + 1 + 400, height: 900 });
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#888;overflow:hidden"><img src="${dataUrl(pageFile)}" width="1280" height="900"><img src="${dataUrl(panelFile)}" width="400" height="900" style="border-left:1px solid #555"></body>`,
  );
  await canvas.screenshot({ path: outFile });
  await canvas.close();
}
