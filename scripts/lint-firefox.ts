/**
 * Runs `web-ext lint` on the Firefox build and prints a short summary: errors fail the run, warnings
 * are listed (the known ones come from dependencies: zod's eval probe, react-dom's innerHTML).
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
if (report.summary.errors > 0) process.exit(1);
