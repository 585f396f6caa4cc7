import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Window } from 'happy-dom';
import { assessHealth, scanPage } from '../../lib/sites';
import { hashString } from '../../lib/sites/id';
import { LayoutReportSchema, type LayoutReport } from '../../lib/schema/layout-report';
import type { Comment } from '../../lib/schema/comment';
import type { PageStatus } from '../../lib/schema/page';

/**
 * `npm run fixture:import <file>`: a layout report saved from the side panel ("Report this page's
 * layout", lib/content/layout-report.ts) becomes a fixture page under tests/fixtures/<site>/ and an
 * expected-comments stub beside it, prefilled with what the adapters read from it today. A person
 * then corrects the stub by reading the page: a layout Riposte does not know yet reads as no comment.
 */

export interface ImportOptions {
  /** Where the site folders are: tests/fixtures by default. */
  fixturesDir: string;
  /** File name without extension; default `reported-<lang>-<day>-<hash>`. */
  name?: string;
}

/** The stub written beside the page: tests/sites/expectations.ts's FixtureExpectation, plus notes. */
export interface ExpectedStub {
  todo: string;
  file: string;
  url: string;
  lang: string;
  capturedAt: string;
  /** What Riposte read on the user's page when the report was made. */
  reported: LayoutReport['reading'] & { truncated: boolean };
  health: PageStatus;
  comments: Array<Omit<Comment, 'platform'>>;
}

export interface ImportResult {
  report: LayoutReport;
  htmlFile: string;
  expectedFile: string;
  expected: ExpectedStub;
}

/** Parse and check a report file's text; throws with the reason when it is not a layout report. */
export function parseLayoutReport(text: string): LayoutReport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`Not a layout report: the file is not JSON (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
  const parsed = LayoutReportSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Not a layout report: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** What the adapters read from the page's markup at its URL, at the time it was captured. */
export function readReportedPage(html: string, url: string, now: number): { comments: Comment[]; health: PageStatus } {
  const window = new Window({ url });
  try {
    const doc = window.document as unknown as Document;
    doc.write(html);
    const { comments, unreadable } = scanPage(doc, url, { now });
    const health = assessHealth(doc, url, comments, { now, unreadable });
    return { comments, health: health.status };
  } finally {
    void window.happyDOM.close();
  }
}

export function importLayoutReport(text: string, options: ImportOptions): ImportResult {
  const report = parseLayoutReport(text);
  const day = report.capturedAt.slice(0, 10);
  const lang = (report.lang.split('-')[0] ?? '').toLowerCase() || 'xx';
  const name = options.name ?? `reported-${lang}-${day}-${hashString(report.html).slice(0, 6)}`;
  if (!/^[a-z0-9][a-z0-9._-]*$/iu.test(name)) throw new Error(`Fixture name "${name}": letters, digits, ".", "_" and "-" only.`);
  const htmlFile = join(options.fixturesDir, report.platform, `${name}.html`);
  const expectedFile = join(options.fixturesDir, report.platform, `${name}.expected.json`);
  const note = `<!-- Riposte layout report (${report.platform}, ${report.lang || 'no lang'}), captured ${report.capturedAt} at ${report.url}. Anonymised in the browser: names, handles, texts, link targets and images are placeholders; tags, attributes, aria-labels and nesting are the page's own.${report.truncated ? ' Cut short at the size bound.' : ''} -->\n`;
  const html = report.html.replace(/^(<!doctype html>\n?)?/iu, (doctype) => `${doctype || '<!doctype html>\n'}${note}`);
  const read = readReportedPage(html, report.url, Date.parse(report.capturedAt));
  const expected: ExpectedStub = {
    todo: 'Check every comment against the page (open it in a browser) and correct this file: Riposte read what is listed here when the fixture was imported. Add the comments it missed, in page order; then list the page in tests/fixtures/evidence-pages.json with its expectations.',
    file: `${report.platform}/${name}.html`,
    url: report.url,
    lang: report.lang,
    capturedAt: report.capturedAt,
    reported: { ...report.reading, truncated: report.truncated },
    health: read.health,
    comments: read.comments.map(({ platform: _platform, ...rest }) => rest),
  };
  mkdirSync(dirname(htmlFile), { recursive: true });
  writeFileSync(htmlFile, html);
  writeFileSync(expectedFile, `${JSON.stringify(expected, null, 2)}\n`);
  return { report, htmlFile, expectedFile, expected };
}

/** One line per file written, relative to `from`, for the command's output. */
export function describeImport(result: ImportResult, from: string): string {
  const { expected } = result;
  return [
    `Fixture page:        ${relative(from, result.htmlFile)}`,
    `Expected comments:   ${relative(from, result.expectedFile)} (stub: ${expected.comments.length} read now, ${expected.reported.comments} read on the reporter's page, health ${expected.health})`,
    `Page URL:            ${expected.url}`,
  ].join('\n');
}
