/**
 * 1. Extraction in Chromium: the content script's full scan (adapter + checkComment) of each generated 2,000-comment page against
 * a bare querySelectorAll + textContent pass over the same comment containers, timed in the page.
 */
import type { BrowserContext } from 'playwright-core';
import type { BenchPage } from './bench-pages';
import type { ExtractionRuns } from './browser/page-entry';
import type { BenchContext } from './context';
import { judge, type Figure } from './report';
import { ratioSample, summarise } from './stats';

/** Past this much scanning per site, the remaining runs are skipped (the figure says so). */
const BUDGET_MS = 4_000;

export async function extractionFigures(ctx: BenchContext, context: BrowserContext, pages: readonly BenchPage[], pageBundle: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const bench of pages) {
    const key = `extract.${bench.site}.chromium`;
    const label = `${bench.site}: full scan of ${bench.comments.toLocaleString('en-US')} comments`;
    const target = { on: 'ratio', op: '<=', limit: 5, text: '≤ 5× bare pass' } as const;
    const page = await context.newPage();
    try {
      await page.goto(bench.url, { waitUntil: 'load' });
      await page.addScriptTag({ content: pageBundle });
      ctx.log(`extraction: ${bench.site}…`);
      const runs = await page.evaluate(
        ([url, warmup, count, budget]) => (globalThis as unknown as { __riposteBench: { extraction(u: string, w: number, r: number, b: number): ExtractionRuns } }).__riposteBench.extraction(url, warmup, count, budget),
        [bench.url, ctx.runs.warmup, ctx.runs.runs, BUDGET_MS] as const,
      );
      const full = summarise(runs.full);
      const bare = summarise(runs.bare);
      const problems: string[] = [];
      if (runs.containers !== bench.comments) problems.push(`${runs.containers} containers found`);
      if (runs.comments !== bench.comments || runs.distinctIds !== bench.comments) problems.push(`${runs.comments} comments read, ${runs.distinctIds} distinct ids`);
      const runNote = runs.cold
        ? `1 cold run only: one scan exceeds the ${BUDGET_MS / 1000} s budget`
        : `${runs.full.length} runs after ${ctx.runs.warmup} warm-up`;
      figures.push(
        judge({
          key,
          section: '1 Extraction',
          label,
          unit: 'ms',
          value: full,
          baseline: { label: 'bare pass', value: bare },
          ratio: ratioSample(full, bare),
          target,
          ...(problems.length ? { status: 'ERROR' as const } : {}),
          note:
            `${problems.length ? `expected ${bench.comments}: ${problems.join(', ')}; ` : ''}${runNote}; ` +
            `adapter reading alone (findCommentElements + readComment, no check, no dedupe): ${summarise(runs.readOnly).median.toFixed(0)} ms median; ` +
            `with CommentSchema instead of checkComment (extractComments, the Node path): ${summarise(runs.zod).median.toFixed(0)} ms median; ` +
            `page built from ${bench.source}`,
        }),
      );
    } catch (error) {
      figures.push({ key, section: '1 Extraction', label, unit: 'ms', target, status: 'ERROR', note: error instanceof Error ? error.message.split('\n')[0] : String(error) });
    } finally {
      await page.close();
    }
  }
  return figures;
}
