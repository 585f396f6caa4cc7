import { describe, expect, it } from 'vitest';
import { staticImportGraph } from '@/tests/meta/import-graph';

describe('the side panel’s first script', () => {
  it('carries no weights: both models come through dynamic imports, the manifest alone statically', () => {
    const graph = staticImportGraph(['entrypoints/sidepanel/main.tsx']);
    expect(graph.has('components/panel/PanelApp.tsx')).toBe(true);
    expect(graph.has('lib/triage/model/weights/manifest.json')).toBe(true);
    expect([...graph].filter((f) => /weights\/(model|intents)\.json$|model\/bundled\.ts$|model-bundled\.ts$/.test(f))).toEqual([]);
  });
});
