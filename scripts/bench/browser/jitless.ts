/**
 * Imported first by the page bundles. Extension pages and MV3 content scripts may not eval (CSP
 * script-src 'self'), so zod runs there without its compiled fast path; the bench must measure
 * that same path. zod decides when each schema is built, hence a module of its own, ahead of
 * every schema import.
 */
import { z } from 'zod';

z.config({ jitless: true });
