/**
 * Runs `web-ext lint` on the Firefox build and prints a short summary. Errors fail the run, and so
 * does any warning but react-dom's own two innerHTML assignments (its SVG and
 * dangerouslySetInnerHTML paths; Riposte renders page text as text). zod's eval is removed at build
 * time (scripts/build/zod-without-eval.ts).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

interface Finding {
  code: string;
  message: string;
  file?: string;
}
interface Report {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: Finding[];
  warnings: Finding[];
}

const source = join(import.meta.dirname, '../.output/firefox-mv2');
const { stdout } = await promisify(execFile)(
  'npx',
  ['web-ext', 'lint', '--source-dir', source, '--output=json', '--no-config-discovery', '--self-hosted'],
  { maxBuffer: 32 * 1024 * 1024 },
).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as Report;
const line = (f: Finding) => `  ${f.code}: ${f.message}${f.file ? ` (${f.file})` : ''}`;
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
for (const f of report.errors) console.log(line(f));
for (const f of report.warnings) console.log(line(f));
const reactDomInnerHtml = (f: Finding) => f.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/u.test(f.message) && /^chunks\//u.test(f.file ?? '');
const unexpected = report.warnings.filter((f) => !reactDomInnerHtml(f));
const knownCount = report.warnings.length - unexpected.length;
if (unexpected.length > 0) console.log(`${unexpected.length} warning(s) from Riposte's code or configuration: fix them.`);
if (knownCount > 2) console.log(`${knownCount} innerHTML warnings where react-dom has 2: one is ours.`);
if (report.summary.errors > 0 || unexpected.length > 0 || knownCount > 2) process.exit(1);
