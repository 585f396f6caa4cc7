import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// waitFor/findBy give a loaded 2-core machine time (the default 1 s flaked under a full run).
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
});
