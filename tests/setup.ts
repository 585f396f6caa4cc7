import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The background reads its model's weights from the extension's package, which Node has not: the
// tests give it the same file through an import (tests/background/model.test.ts checks the fetch).
vi.mock('@/entrypoints/background/model-weights', async () => {
  const { default: weights } = await import('@/lib/triage/model/weights/model.json');
  return { fetchModelWeights: () => Promise.resolve(weights) };
});

// waitFor/findBy give a loaded 2-core machine time (the default 1 s flaked under a full run).
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
});
