import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The files the side panel's entry imports statically (`import … from`), transitively; dynamic `import()` left out. */
function staticGraph(entry: string): Set<string> {
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
  walk(entry);
  return seen;
}

describe('the side panel’s first script', () => {
  it('carries no weights: both models come through dynamic imports, the manifest alone statically', () => {
    const graph = staticGraph('entrypoints/sidepanel/main.tsx');
    expect(graph.has('components/panel/PanelApp.tsx')).toBe(true);
    expect(graph.has('lib/triage/model/weights/manifest.json')).toBe(true);
    expect([...graph].filter((f) => /weights\/(model|intents)\.json$|model\/bundled\.ts$|model-bundled\.ts$/.test(f))).toEqual([]);
  });
});
