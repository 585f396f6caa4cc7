/**
 * 5. The interaction log in Chromium's real IndexedDB, inside an extension page (options.html, the
 * page that runs reports and exports): 10,000 interactions logged in one go against plain
 * IndexedDB puts of the same rows, and a monthly report over 100,000 rows against a bare read of
 * the same index range.
 */
import type { BrowserContext } from 'playwright-core';
import type { DbBenchApi, ReportRuns, WriteRun } from './browser/db-entry';
import type { BenchContext } from './context';
import { failed, judge, type Figure } from './report';
import { collectPaired, ratioSample, summarise } from './stats';

const WRITES = 10_000;
const WRITE_COMMENTS = 2_000;
const REPORT_ROWS = 100_000;
const REPORT_COMMENTS = 10_000;

type DbGlobal = { __riposteDbBench: DbBenchApi };

export async function dexieFigures(ctx: BenchContext, context: BrowserContext, extensionId: string, dbBundle: string): Promise<Figure[]> {
  const page = await context.newPage();
  const texts = [...ctx.texts];
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    // Extension pages forbid inline scripts and eval (CSP script-src 'self'); a plain CDP
    // Runtime.evaluate, as DevTools' console uses, is not subject to it.
    const cdp = await context.newCDPSession(page);
    const injected = await cdp.send('Runtime.evaluate', { expression: dbBundle });
    if (injected.exceptionDetails) throw new Error(`bench bundle failed in options.html: ${injected.exceptionDetails.exception?.description ?? injected.exceptionDetails.text}`);
    await cdp.detach();
    ctx.log('Dexie: 10,000 interactions…');
    const writes = await collectPaired<keyof WriteRun>(
      (run) =>
        page.evaluate(
          ([count, comments, t, rawFirst]) => (globalThis as unknown as DbGlobal).__riposteDbBench.writeRun(count, comments, t, rawFirst),
          [WRITES, WRITE_COMMENTS, texts, run % 2 === 1] as const,
        ),
      { warmup: ctx.runs.warmup, runs: Math.max(3, ctx.runs.runs - 2) },
    );
    ctx.log('Dexie: report over 100,000 rows…');
    const report = (await page.evaluate(
      ([count, comments, t, warmup, runs]) => (globalThis as unknown as DbGlobal).__riposteDbBench.reportRuns(count, comments, t, warmup, runs),
      [REPORT_ROWS, REPORT_COMMENTS, texts, ctx.runs.warmup, Math.max(3, ctx.runs.runs - 2)] as const,
    )) as ReportRuns;
    const reportSample = summarise(report.report);
    const readSample = summarise(report.read);
    return [
      judge({
        key: 'db.log.10k',
        section: '5 Dexie',
        label: `logInteractions(), ${WRITES.toLocaleString('en-US')} interactions in one call`,
        unit: 'ms',
        value: writes.log,
        baseline: { label: 'plain IndexedDB puts', value: writes.raw },
        ratio: ratioSample(writes.log, writes.raw),
        note: `validated, one transaction updating the state rows of ${WRITE_COMMENTS.toLocaleString('en-US')} comments; recordSeen() of those comments first: ${writes.seen.median.toFixed(0)} ms median`,
      }),
      judge({
        key: 'db.report.100k',
        section: '5 Dexie',
        label: `buildReport() monthly, over ${report.rows.toLocaleString('en-US')} log rows`,
        unit: 'ms',
        value: reportSample,
        baseline: { label: 'bare index read', value: readSample },
        ratio: ratioSample(reportSample, readSample),
        note: `rows spread over the month and the previous one (both read); bulk load of ${REPORT_ROWS.toLocaleString('en-US')} rows took ${report.loadMs.toFixed(0)} ms`,
      }),
    ];
  } catch (error) {
    return [failed('db.log.10k', '5 Dexie', 'logInteractions(), 10,000 interactions', error), failed('db.report.100k', '5 Dexie', 'buildReport() over 100,000 rows', error)];
  } finally {
    await page.close();
  }
}
