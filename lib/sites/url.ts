/**
 * URL handling by string for the links the sites print on every comment. `new URL()` and
 * `URLSearchParams` cost more than the rest of a comment's reading together; the links of the four
 * sites are plain (`https://host/path?query` or `/path?query`), and for those the parts are cut out
 * of the string. Anything else — dot segments, ports, characters the URL parser would encode,
 * path-relative links — goes through `URL`, so results are always exactly what `URL` gives.
 */

/** An http(s) URL cut in parts: `origin` + `path` (starting with "/") + `?query` when `query` is defined. */
export interface UrlParts {
  /** Scheme, host and, when the link has them, credentials and port: what precedes the path. */
  origin: string;
  path: string;
  /** The query without its "?": undefined when there is none ("" for a bare "?"). */
  query: string | undefined;
}

// Characters the URL parser leaves as they are in an http(s) path and query (no encoding, no
// rewriting), apart from "?" and "#" which are cut on. Backslashes, spaces, quotes and non-ASCII
// are not among them: such links take the URL path.
// The host is lower-case with a letters-only last label, so the parser neither rewrites it nor
// reads it as an IPv4 address; no credentials, no port.
const HOST = String.raw`https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z-]*`;
const PATH_CHAR = String.raw`[A-Za-z0-9\-._~!$&()*+,;=:@/%[\]]`;
const QUERY_CHAR = String.raw`[A-Za-z0-9\-._~!$&()*+,;=:@/?%[\]]`;
const PLAIN_ORIGIN = new RegExp(`^${HOST}(?=[/?#]|$)`, 'u');
const PLAIN_REST = new RegExp(`^${PATH_CHAR}*(?:\\?${QUERY_CHAR}*)?(?:#.*)?$`, 'su');
// "/./", "/../", or a path ending in "/." or "/.." (also written %2e): the parser resolves these.
const DOT_SEGMENT = /\/(?:\.|%2e)(?:\.|%2e)?(?:\/|$)/iu;

function partsOfPlain(origin: string, rest: string): UrlParts | undefined {
  if (!PLAIN_REST.test(rest)) return undefined;
  const hash = rest.indexOf('#');
  const beforeHash = hash >= 0 ? rest.slice(0, hash) : rest;
  const q = beforeHash.indexOf('?');
  const path = (q >= 0 ? beforeHash.slice(0, q) : beforeHash) || '/';
  if (path[0] !== '/' || DOT_SEGMENT.test(path)) return undefined;
  return { origin, path, query: q >= 0 ? beforeHash.slice(q + 1) : undefined };
}

/** The parts of `href` resolved against `base`, or undefined when it is not an http(s) URL. */
export function urlParts(href: string, base: string): UrlParts | undefined {
  const absolute = PLAIN_ORIGIN.exec(href);
  // An absolute link still needs a valid base, or the parser throws: one that is plain, or the link itself.
  if (absolute && (base === href || PLAIN_ORIGIN.test(base))) {
    const parts = partsOfPlain(absolute[0], href.slice(absolute[0].length));
    if (parts) return parts;
  } else if (!absolute && href[0] === '/' && href[1] !== '/' && href[1] !== '\\') {
    const baseOrigin = PLAIN_ORIGIN.exec(base)?.[0];
    const parts = baseOrigin ? partsOfPlain(baseOrigin, href) : undefined;
    if (parts) return parts;
  }
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // `search` is "" both without a query and with a bare "?": the serialised URL tells them apart.
  const noHash = url.href.split('#')[0] ?? '';
  const query = url.search ? url.search.slice(1) : noHash.endsWith('?') ? '' : undefined;
  // What precedes the path as serialised, credentials and port included (`URL.origin` drops credentials).
  const origin = noHash.slice(0, noHash.length - url.pathname.length - (query === undefined ? 0 : query.length + 1));
  return { origin, path: url.pathname, query };
}

// What `partsOfPlain` accepts after a plain origin (the same host, path and query characters), with
// no fragment, tested on the whole URL at once: a path that is empty or starts with "/", then a
// query; and a dot segment before the query.
const PLAIN_URL = new RegExp(`^${HOST}(?:\\/${PATH_CHAR}*)?(?:\\?${QUERY_CHAR}*)?$`, 'u');
const DOT_SEGMENT_IN_PATH = /^[^?]*\/(?:\.|%2e)(?:\.|%2e)?(?:[/?]|$)/iu;

/** True for an absolute http(s) URL without a fragment that the URL parser takes as it is written. */
export function isPlainHttpUrl(value: string): boolean {
  // The checked comment's every URL comes here: one test of the string, no cutting.
  return PLAIN_URL.test(value) && !DOT_SEGMENT_IN_PATH.test(value);
}

/** The host name of `UrlParts.origin` ("https://www.facebook.com" → "www.facebook.com"), credentials and port left out. */
export function hostOf(origin: string): string {
  const authority = origin.slice(origin.indexOf('//') + 2);
  return authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d+$/u, '');
}

/** The URL of `parts`, without a fragment. */
export function urlOf(parts: UrlParts): string {
  return parts.query === undefined ? `${parts.origin}${parts.path}` : `${parts.origin}${parts.path}?${parts.query}`;
}

/** Form-decoding of a query key or value, as URLSearchParams does it ("+" is a space, bad escapes kept). */
function decodeForm(text: string): string {
  const spaced = text.includes('+') ? text.replace(/\+/gu, ' ') : text;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    // A stray "%" or an invalid UTF-8 sequence: decode what can be, byte by byte.
    return new URLSearchParams(`a=${text}`).get('a') ?? spaced;
  }
}

/** What encodeURIComponent leaves that URLSearchParams escapes. */
const FORM_ESCAPES: Readonly<Record<string, string>> = { '!': '%21', "'": '%27', '(': '%28', ')': '%29', '~': '%7E' };

/** Form-encoding, as URLSearchParams serialises: only alphanumerics and `*-._` stay, a space is "+". */
function encodeForm(text: string): string {
  if (/^[A-Za-z0-9*\-._]*$/u.test(text)) return text;
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    // Only a lone surrogate makes it throw: written as U+FFFD, as the URL standard's UTF-8 encoding does.
    encoded = encodeURIComponent(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
  }
  return encoded.replace(/[!'()~]/gu, (c) => FORM_ESCAPES[c] ?? c).replace(/%20/gu, '+');
}

/** The query's parameters, decoded, in order (`URLSearchParams` entries). */
export function queryParams(query: string | undefined): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (!query) return out;
  for (const piece of query.split('&')) {
    if (!piece) continue;
    const eq = piece.indexOf('=');
    out.push(eq >= 0 ? [decodeForm(piece.slice(0, eq)), decodeForm(piece.slice(eq + 1))] : [decodeForm(piece), '']);
  }
  return out;
}

/** The first value of parameter `name` in `query`, like `URLSearchParams.get`. */
export function queryParam(query: string | undefined, name: string): string | undefined {
  if (!query) return undefined;
  for (const [key, value] of queryParams(query)) if (key === name) return value;
  return undefined;
}

/** `URLSearchParams` serialisation of `params` ("" for none). */
export function serialiseQuery(params: ReadonlyArray<readonly [string, string]>): string {
  return params.map(([key, value]) => `${encodeForm(key)}=${encodeForm(value)}`).join('&');
}

/**
 * `parts` without the parameters `drop` says to drop, the query re-serialised as `URLSearchParams`
 * does after a `delete` (always, even when nothing was dropped); an empty query leaves no "?".
 */
export function withoutParams(parts: UrlParts, drop: (key: string) => boolean): UrlParts {
  if (parts.query === undefined) return parts;
  const query = serialiseQuery(queryParams(parts.query).filter(([key]) => !drop(key)));
  return { ...parts, query: query || undefined };
}
