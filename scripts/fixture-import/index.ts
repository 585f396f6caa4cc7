import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeImport, importLayoutReport } from './import';

/**
 * npm run fixture:import <report.json> [--out <fixtures dir>] [--name <file name>]
 * Turns a layout report saved from the side panel into tests/fixtures/<site>/<name>.html plus an
 * expected-comments stub (scripts/fixture-import/import.ts).
 */
const ROOT = join(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args.find((arg, i) => !arg.startsWith('--') && !['--out', '--name'].includes(args[i - 1] ?? ''));
if (!file) {
  console.error('Usage: npm run fixture:import <riposte-layout-….json> [--out <fixtures dir>] [--name <name>]');
  process.exit(2);
}
try {
  const name = option('--name');
  const result = importLayoutReport(readFileSync(resolve(file), 'utf8'), {
    fixturesDir: resolve(option('--out') ?? join(ROOT, 'tests/fixtures')),
    ...(name ? { name } : {}),
  });
  console.log(describeImport(result, process.cwd()));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
