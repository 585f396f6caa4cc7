import type { Plugin } from 'vite';

/**
 * zod compiles fast object parsers with the Function constructor when the page allows eval; an
 * extension page does not (the default content-security policy), and store reviewers flag the
 * constructor's mere presence (web-ext lint: DANGEROUS_EVAL). This build step removes it from
 * zod's two uses in the extension bundles: the eval probe then reports "no eval", and zod uses its
 * interpreted parsers, which is what runs in an extension anyway.
 */
export function zodWithoutEval(): Plugin {
  return {
    name: 'riposte:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/].*[\\/]core[\\/](util|doc)\.js$/u.test(id)) return null;
      const rewritten = code.replace(/const F = Function;/gu, 'const F = undefined;');
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}
