// @vitest-environment node
/**
 * The lint holds the layers: each import below, planted in the file it names, must be an ESLint
 * error (and each allowed one must not). Linted in memory with the repository's own config, so a
 * change to eslint.config.js that stops catching one of them fails here.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const RULE = '@typescript-eslint/no-restricted-imports';

/** [file, source]: must be reported by the layer rule. */
const FORBIDDEN: [string, string][] = [
  ['lib/panel/planted.ts', "import { Button } from '../../components/ui';"],
  ['lib/panel/planted.ts', "import { Button } from '@/components/ui';"],
  ['lib/panel/planted.ts', "import { db } from '../../entrypoints/background/db';"],
  ['lib/panel/planted.ts', "import { db } from '@/entrypoints/background/db';"],
  ['lib/panel/planted.ts', "import { browser } from '#imports';"],
  ['lib/panel/planted.ts', "import { browser } from 'wxt/browser';"],
  ['lib/panel/planted.ts', "import browser from 'webextension-polyfill';"],
  ['lib/panel/planted.ts', "import { useLiveQuery } from 'dexie-react-hooks';"],
  ['lib/panel/planted.ts', "import { useState } from 'react';"],
  ['lib/panel/planted.tsx', "import { useState } from 'react';"],
  ['lib/panel/planted.tsx', "import { createRoot } from 'react-dom/client';"],
  ['lib/content/planted.ts', "import { z } from 'zod';"],
  ['lib/sites/planted.ts', "import { z } from 'zod';"],
  ['lib/sites/planted.ts', "import { CommentSchema } from '../schema/comment';"],
  ['lib/content/planted.ts', "import { parseMessage } from '../messaging/protocol';"],
  ['lib/content/planted.ts', "import { extractComments } from '../sites';"],
  ['lib/content/planted.ts', "import Dexie from 'dexie';"],
  ['lib/content/planted.ts', "import { readProfile } from '../sites/profile';"],
  ['lib/sites/planted.ts', "import { profileHandleOf } from './profile';"],
  ['lib/identity/planted.ts', "import { z } from 'zod';"],
  ['entrypoints/x.content/planted.ts', "import { z } from 'zod';"],
  ['entrypoints/x.content/planted.ts', "import { parseMessage } from '@/lib/messaging/protocol';"],
  ['entrypoints/x.content/planted.ts', "import { createRoot } from 'react-dom/client';"],
  ['components/panel/planted.tsx', "import { db } from '@/entrypoints/background/db';"],
  ['components/panel/planted.tsx', "import { useTabComments } from '../../entrypoints/sidepanel/use-tab-comments';"],
];

/** [file, source]: allowed, must not be reported. */
const ALLOWED: [string, string][] = [
  ['lib/sites/planted.ts', "import type { Comment } from '../schema/comment';"],
  ['lib/content/planted.ts', "import type { MessageOf } from '../messaging/protocol';"],
  ['lib/content/planted.ts', "import { x } from '../sites/x';"],
  ['lib/content/planted.ts', "import { readProfileWith } from '../sites/profiles/common';"],
  ['lib/db/planted.ts', "import Dexie from 'dexie';"],
  ['lib/templates/planted.ts', "import { z } from 'zod';"],
  ['components/panel/planted.tsx', "import { useState } from 'react';"],
  ['entrypoints/sidepanel/planted.ts', "import { browser } from 'wxt/browser';"],
  ['entrypoints/x.content/planted.ts', "import { x } from '@/lib/sites/x';"],
];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = [${importedNames(source).join(', ')}];\n`, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE || m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** The local names an import statement binds, so the file has no unused-variable noise. */
function importedNames(source: string): string[] {
  const match = /import\s+(?:type\s+)?(?:\{([^}]*)\}|(\w+))/.exec(source);
  if (!match) return [];
  if (match[2]) return source.includes('import type') ? [] : [match[2]];
  return source.includes('import type') ? [] : (match[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

describe('layer rules in eslint.config.js', () => {
  it.each(FORBIDDEN)('%s: %s is an error', async (file, source) => {
    expect(await layerErrors(file, source)).not.toEqual([]);
  });

  it.each(ALLOWED)('%s: %s is allowed', async (file, source) => {
    expect(await layerErrors(file, source)).toEqual([]);
  });
});
