import { z } from 'zod';
import { PageStatusSchema } from './page';
import { PlatformSchema } from './platform';

/** Largest report accepted (characters of markup): a thread's skeleton, not a whole site. */
export const LAYOUT_REPORT_MAX_HTML = 3_000_000;

/**
 * "Report this page's layout" (issue 12): an anonymised snapshot of the thread a page shows, saved as
 * a file the user attaches to a bug report, and turned into a test fixture by
 * `npm run fixture:import <file>` (scripts/fixture-import.ts). Built in the content script by
 * lib/content/layout-report.ts: tags, attributes, aria-labels and nesting are the page's own; names,
 * handles, texts, link targets and images are placeholders.
 */
export const LayoutReportSchema = z.strictObject({
  format: z.literal('riposte-layout-report'),
  version: z.literal(1),
  platform: PlatformSchema,
  /** The page's URL with its names and ids replaced, as the links inside `html` are. */
  url: z.url(),
  /** `<html lang>` as the page declares it ("pt-BR"), empty when it declares none. */
  lang: z.string().max(35),
  capturedAt: z.iso.datetime({ offset: true }),
  /** What Riposte read on the page when the report was made. */
  reading: z.strictObject({
    status: PageStatusSchema,
    comments: z.number().int().nonnegative(),
    unreadable: z.number().int().nonnegative(),
  }),
  /** Elements written into `html`. */
  elements: z.number().int().nonnegative(),
  /** True when the size bound cut the snapshot short (the thread goes on beyond it). */
  truncated: z.boolean(),
  /** A complete HTML document: the thread and the chain of elements around it. */
  html: z.string().min(1).max(LAYOUT_REPORT_MAX_HTML),
});
export type LayoutReport = z.infer<typeof LayoutReportSchema>;
