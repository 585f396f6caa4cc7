/**
 * `npm run bench`: Riposte's performance figures, in Node and in real Chromium, printed as a table
 * and written to bench-output/bench-<date>.json. Options:
 *   --quick      1 warm-up and 3 kept runs per figure (default: 1 and 5)
 *   --node-only  skip everything that needs Chromium
 *   --rebuild    rebuild the extension even when the bench build looks current
 *   --only a,b   only these sections: triage, templates, csv, extraction, watcher, overhead, dexie,
 *                panel, bundle (e.g. `--only extraction,watcher` needs no extension build)
 * See scripts/bench/README.md for what each figure measures and how.
 */
import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { extractComments } from '../../lib/sites/index';
import { FIXTURES_DIR, loadFixturePages } from '../demo/pages';
import { loadTriageFixtures } from '../../tests/fixtures/triage/load';
import { benchPages, type BenchPage } from './bench-pages';
import { OUTPUT_DIR, ROOT_DIR, bundleForPage, ensureExtensionBuild } from './build';
import { launchBenchBrowser, serveBenchPages, type BenchBrowser } from './chromium-session';
import type { BenchContext } from './context';
import { bundleFigures } from './figures-bundle';
import { csvFigures } from './figures-csv';
import { dexieFigures } from './figures-dexie';
import { extractionFigures } from './figures-extraction';
import { overheadFigures, slicedScanFigures, watcherFigures } from './figures-live';
import { panelFigures } from './figures-panel';
import { templateFigures } from './figures-templates';
import { triageFigures } from './figures-triage';
import { failed, textTable, writeJson, type BenchEnvironment, type Figure } from './report';

const COMMENTS = 2_000;

type Section = 'triage' | 'templates' | 'csv' | 'extraction' | 'watcher' | 'overhead' | 'dexie' | 'panel' | 'bundle';
const EXTENSION_SECTIONS: Section[] = ['overhead', 'dexie', 'panel', 'bundle'];

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? new Set((argv[onlyAt + 1] ?? '').split(',').filter(Boolean)) : undefined;
  const wanted = (name: Section): boolean => !only || only.has(name);
  const started = performance.now();
  const runs = args.has('--quick') ? { warmup: 1, kept: 3 } : { warmup: 1, kept: 5 };
  const ctx: BenchContext = {
    runs: { warmup: runs.warmup, runs: runs.kept },
    texts: loadTriageFixtures().map((c) => c.text),
    log: (message) => process.stderr.write(`  · ${message}\n`),
  };
  const environment: BenchEnvironment = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    runs,
  };
  const figures: Figure[] = [];
  const section = async (name: string, run: () => Promise<Figure[]> | Figure[], fallbackKey: string) => {
    ctx.log(name);
    figures.push(...(await guarded(fallbackKey, name, name, async () => run())));
  };

  // Node figures first: they need nothing built.
  if (wanted('triage')) await section('3 Triage', () => triageFigures(ctx), 'triage');
  if (wanted('templates')) await section('4 Templates', () => templateFigures(ctx), 'templates');
  if (wanted('csv')) await section('6 CSV', () => csvFigures(ctx), 'csv');

  const needsBuild = EXTENSION_SECTIONS.some(wanted);
  const needsChromium = needsBuild || wanted('extraction') || wanted('watcher');
  if (!args.has('--node-only') && needsChromium) {
    let extensionDir: string | undefined;
    let buildError: unknown = new Error('not built: --only leaves out every section that needs the extension');
    if (needsBuild) {
      try {
        ctx.log('building the extension (wxt build → bench-output/build) if sources changed…');
        const build = ensureExtensionBuild({ force: args.has('--rebuild') });
        extensionDir = build.dir;
        if (build.built) ctx.log(`built in ${build.seconds.toFixed(0)} s`);
      } catch (error) {
        buildError = error;
        process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n\n`);
      }
    }
    figures.push(...(await browserFigures(ctx, environment, extensionDir, buildError, wanted)));
    if (wanted('bundle')) {
      if (extensionDir) await section('8 Bundle', () => bundleFigures(extensionDir), 'bundle');
      else figures.push(failed('bundle', '8 Bundle', 'bundle sizes', buildError));
    }
  }

  const order = (f: Figure) => Number.parseInt(f.section, 10) || 99;
  figures.sort((a, b) => order(a) - order(b));
  environment.durationSeconds = Math.round((performance.now() - started) / 1000);
  console.log(`\nRiposte bench — ${environment.date}, Node ${environment.node}, ${environment.cpus} × ${environment.cpuModel}` +
    (environment.chromium ? `, Chromium ${environment.chromium}` : '') +
    `\nMedian of ${runs.kept} runs after ${runs.warmup} warm-up unless noted; ratio = figure ÷ baseline measured in the same runs.\n`);
  console.log(textTable(figures));
  const notes = figures.filter((f) => f.note && f.status !== 'ERROR');
  if (notes.length) console.log(`\nNotes:\n${notes.map((f) => `  ${f.key}: ${f.note}`).join('\n')}`);
  const path = writeJson(OUTPUT_DIR, environment, figures);
  console.log(`\n${figures.filter((f) => f.status === 'MISS').length} target(s) missed, ${figures.filter((f) => f.status === 'ERROR').length} figure(s) not measured. ${environment.durationSeconds} s.`);
  console.log(`Figures written to ${path}`);
}

/** The longest a step may take before it counts as hung: the bench always ends, browsers closed. */
const STEP_TIMEOUT_MS = 10 * 60_000;

/**
 * A step's failure, or a step still running after `STEP_TIMEOUT_MS`, becomes an ERROR line instead
 * of ending (or hanging) the bench; the browsers are closed by the caller's `finally`.
 */
async function guarded(key: string, section: string, label: string, run: () => Promise<Figure[]>): Promise<Figure[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${STEP_TIMEOUT_MS / 60_000} min: stopped`)), STEP_TIMEOUT_MS);
  });
  try {
    return await Promise.race([run(), hung]);
  } catch (error) {
    return [failed(key, section, label, error)];
  } finally {
    clearTimeout(timer);
  }
}

/** The number of comments the adapter reads on a (small) fixture page. */
function commentsOn(url: string, file: string): number {
  const window = new Window({ url });
  try {
    window.document.write(readFileSync(join(FIXTURES_DIR, file), 'utf8'));
    return extractComments(window.document as unknown as Document, url).length;
  } finally {
    void window.happyDOM.close();
  }
}

async function browserFigures(
  ctx: BenchContext,
  environment: BenchEnvironment,
  extensionDir: string | undefined,
  buildError: unknown,
  wanted: (name: Section) => boolean,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const needsExtension = (key: string, section: string, label: string) => figures.push(failed(key, section, label, buildError));
  const [pageBundle, dbBundle] = await Promise.all([bundleForPage('page-entry.ts'), bundleForPage('db-entry.ts')]);
  const pages: BenchPage[] = benchPages(COMMENTS, ctx.texts, ctx.log);
  const byId = (site: string) => pages.find((p) => p.site === site) as BenchPage;
  const smallFixture = loadFixturePages().find((p) => p.site === 'x' && p.file === 'x/post-en.html');
  const served = [...pages.flatMap((p) => p.served), ...(smallFixture ? [{ ...smallFixture, file: join('tests/fixtures', smallFixture.file) }] : [])];
  const server = await serveBenchPages(served, ROOT_DIR);
  const browsers: BenchBrowser[] = [];
  try {
    const plain = await launchBenchBrowser({ port: server.port });
    browsers.push(plain);
    environment.chromium = plain.version;
    if (wanted('extraction')) figures.push(...(await guarded('extract', '1 Extraction', 'full scans', () => extractionFigures(ctx, plain.context, pages, pageBundle))));
    if (wanted('watcher')) {
      for (const page of pages) figures.push(...(await guarded(`live.watcher.${page.site}`, '2 Live', `${page.site} watcher`, () => watcherFigures(ctx, plain.context, page, pageBundle))));
      for (const page of pages) figures.push(...(await guarded(`live.sliced.${page.site}`, '2 Live', `${page.site} sliced scan`, () => slicedScanFigures(ctx, plain.context, page, pageBundle))));
    }
    if (!EXTENSION_SECTIONS.some(wanted)) return figures;

    if (!extensionDir) {
      needsExtension('live.overhead', '2 Live', 'page overhead with vs without the extension');
      needsExtension('db', '5 Dexie', 'Dexie figures (run in an extension page)');
      needsExtension('panel', '7 Side panel', 'side panel first render');
      return figures;
    }
    const withExtension = await launchBenchBrowser({ port: server.port, extensionDir });
    browsers.push(withExtension);
    const extensionId = withExtension.extensionId as string;
    if (wanted('overhead')) figures.push(...(await guarded('live.overhead', '2 Live', 'page overhead with vs without the extension', () => overheadFigures(ctx, withExtension.context, plain.context, byId('facebook')))));
    if (wanted('dexie')) figures.push(...(await guarded('db', '5 Dexie', 'Dexie figures', () => dexieFigures(ctx, withExtension.context, extensionId, dbBundle))));
    if (!wanted('panel')) return figures;
    if (smallFixture) {
      const smallUrl = `https://${smallFixture.host}${smallFixture.path}`;
      const small = { url: smallUrl, comments: commentsOn(smallUrl, smallFixture.file) };
      figures.push(...(await guarded('panel', '7 Side panel', 'side panel first render', () => panelFigures(ctx, withExtension.context, extensionId, byId('x'), small))));
    } else {
      figures.push(failed('panel', '7 Side panel', 'side panel first render', new Error('pages.json lists no x/post-en.html')));
    }
    return figures;
  } finally {
    for (const browser of browsers) await browser.close().catch(() => undefined);
    await server.close();
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  // A stray handle (a page that never settled) must not keep the process alive once the figures are out.
  .finally(() => process.exit());
