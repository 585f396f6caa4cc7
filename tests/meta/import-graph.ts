import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files the given entries import statically (`import … from '…'`, `import '…'`), transitively,
 * the entries included; dynamic `import()` is left out, since it becomes a chunk of its own. Only
 * the project's files (`@/…` and relative paths); a non-TypeScript file (JSON) is listed, not read.
 */
export function staticImportGraph(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const resolveFile = (from: string, spec: string): string | undefined => {
    const base = spec.startsWith('@/') ? spec.slice(2) : join(from, '..', spec);
    for (const ext of ['', '.ts', '.tsx', '/index.ts']) {
      try {
        if (statSync(base + ext).isFile()) return base + ext;
      } catch {
        // not this extension
      }
    }
    return undefined;
  };
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) return;
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|^import) '(@\/[^']+|\.\.?\/[^']+)'/gm)) {
      const next = resolveFile(file, spec as string);
      if (next) walk(next);
    }
  };
  for (const entry of entries) walk(entry);
  return seen;
}
