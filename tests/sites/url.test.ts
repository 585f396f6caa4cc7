import { describe, expect, it } from 'vitest';
import { absoluteUrl, cleanUrl } from '@/lib/sites/dom';
import { hostOf, isPlainHttpUrl, queryParam, serialiseQuery, urlOf, urlParts, withoutParams } from '@/lib/sites/url';

/**
 * The adapters cut the sites' links by string instead of `new URL()`: the results must be what the
 * URL parser gives, byte for byte, on every kind of link a page can hold. The references below are
 * the URL-based implementations the string code replaced.
 */

const TRACKING = ['__cft__[0]', '__tn__', '__cft__', 'comment_tracking', 'ref', 'refid', 'fref', 'hc_ref', 'miniProfileUrn', 'lipi', 'trk', 'igsh', 's', 't'];
const isTracking = (key: string) => TRACKING.includes(key) || key.startsWith('__cft__') || key.startsWith('__tn__') || key.startsWith('utm_');

function cleanUrlByUrl(href: string, base: string, keep: readonly string[] = []): string | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  url.hash = '';
  if (!url.search) return url.href;
  const params = [...url.searchParams];
  const kept = params.filter(([key]) => keep.includes(key) || !isTracking(key));
  if (kept.length !== params.length) url.search = new URLSearchParams(kept).toString();
  return url.href;
}

function absoluteByUrl(href: string, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const BASES = ['https://www.facebook.com/groups/42/posts/7/?comment_id=1', 'https://www.facebook.com', 'https://www.facebook.com?x=1', 'https://x.com/lea/status/1', 'HTTPS://WWW.LinkedIn.com:443/feed/', 'http://127.0.0.1:8080/p'];

const HREFS = [
  '/lea/status/123',
  '/lea',
  'https://www.facebook.com/camille.roux?comment_id=Y29tbWVudDo&__cft__[0]=AZX-1&__tn__=R]-R',
  'https://www.facebook.com/profile.php?id=100012&comment_id=5&__tn__=%2CP-R',
  '/groups/42/posts/7/?comment_id=111&reply_comment_id=222&__cft__[0]=AZ&__tn__=R',
  '/permalink.php?story_fbid=pfbid0abc&id=61550&comment_id=9',
  'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fa%3Fb%3D1%26utm_source%3Dfb&h=AT0',
  'https://www.instagram.com/p/Cx1/c/18012/r/18013/',
  'https://www.linkedin.com/in/sophie-martin-%C3%A9/?miniProfileUrn=urn%3Ali%3Afs&lipi=urn:li:page',
  'https://www.facebook.com/a?x=1+2&y=%20&z=%zz&w=é',
  'https://www.facebook.com/a?q=a b&ref=1',
  "https://www.facebook.com/a?q='quoted'&s=1",
  'https://www.facebook.com/a?&&a=1&&b&ref=2',
  'https://www.facebook.com/a?',
  'https://www.facebook.com/a?#frag',
  'https://www.facebook.com/a#frag?x=1',
  'https://www.facebook.com/a?ref=1',
  'https://www.facebook.com',
  'https://www.facebook.com?x=1&t=2',
  'https://www.facebook.com/a/../b/./c',
  'https://www.facebook.com/a/%2e%2E/b',
  'https://www.facebook.com/a/.hidden/b',
  'https://WWW.Facebook.COM/A',
  'https://www.facebook.com:443/a',
  'https://www.facebook.com:8443/a',
  'https://user:pw@www.facebook.com/a',
  'https://127.0.0.1/a',
  'https://0x7f.1/a',
  'https://www.facebook.com/a b',
  'https://www.facebook.com/a\tb?c=\n1',
  'https://www.facebook.com/a{b}^`|',
  'https://www.facebook.com/ä?ö=ü',
  'https://www.facebook.com/a%zz%41?b=%zz%41&ref=%',
  'https://www.facebook.com/a?b=%C3%A9&c=%E9&ref=1',
  'https://www.facebook.com/a?b=%F0%9F%98%80&ref=1&k=!\'()~*',
  '//evil.example/a',
  '/\\evil.example/a',
  '\\\\evil/a',
  ' /a',
  '/a ',
  'a/b?c=1',
  '?comment_id=1',
  '#top',
  '',
  'javascript:alert(1)',
  'mailto:a@b.c',
  'data:text/html,hi',
  'http://example.com/a?utm_source=x&utm_medium=y',
  'https://xn--bcher-kva.example/a',
  'https://a-.b-/c',
  'https://www.facebook.com/a?b=c=d&ref',
];

describe('links cut by string (lib/sites/url.ts)', () => {
  it('cleanUrl gives what the URL parser gives, for every link and base', () => {
    for (const base of BASES) {
      for (const href of HREFS) {
        for (const keep of [[], ['id'], ['comment_id', 'reply_comment_id', 'story_fbid', 'id', 'ref']]) {
          expect(cleanUrl(href, base, keep), `${href} on ${base} keeping ${keep.join()}`).toBe(cleanUrlByUrl(href, base, keep));
        }
      }
    }
  });

  it('absoluteUrl gives what the URL parser gives', () => {
    for (const base of BASES) for (const href of HREFS) expect(absoluteUrl(href, base), `${href} on ${base}`).toBe(absoluteByUrl(href, base));
  });

  it('reads parameters and drops them as URLSearchParams does', () => {
    for (const base of BASES) {
      for (const href of HREFS.filter(Boolean)) {
        const parts = urlParts(href, base);
        const reference = absoluteByUrl(href, base);
        expect(parts === undefined, href).toBe(reference === undefined);
        if (!parts || !reference) continue;
        const url = new URL(reference);
        for (const name of ['comment_id', 'reply_comment_id', 'id', 'u', 'b', 'ref', 'missing']) {
          expect(queryParam(parts.query, name), `${name} of ${href}`).toBe(url.searchParams.get(name) ?? undefined);
        }
        url.hash = '';
        url.searchParams.delete('comment_id');
        url.searchParams.delete('reply_comment_id');
        expect(urlOf(withoutParams(parts, (k) => k === 'comment_id' || k === 'reply_comment_id')), href).toBe(url.href);
      }
    }
  });

  it('takes the string path only for links the parser keeps as written', () => {
    for (const href of HREFS) {
      // With a path written out, the parser's serialisation is the link itself.
      if (isPlainHttpUrl(href) && /^https?:\/\/[^/?#]+\//u.test(href)) expect(new URL(href).href.split('#')[0], href).toBe(href.split('#')[0]);
    }
    expect(isPlainHttpUrl('https://www.facebook.com/a?b=1')).toBe(true);
    expect(isPlainHttpUrl('https://www.facebook.com/a b')).toBe(false);
    expect(isPlainHttpUrl('https://WWW.facebook.com/')).toBe(false);
    expect(isPlainHttpUrl('/a')).toBe(false);
    // A fragment may hold tabs the parser drops: never plain.
    expect(isPlainHttpUrl('https://www.facebook.com/a#b\tc')).toBe(false);
    const hostOfLink = (href: string) => hostOf(urlParts(href, href)!.origin);
    expect(hostOfLink('https://user:pw@www.facebook.com:8443/a')).toBe('www.facebook.com');
    expect(hostOfLink('https://l.facebook.com/l.php?u=x')).toBe('l.facebook.com');
    // An invalid base fails as it does for the parser, even under an absolute link.
    expect(cleanUrl('https://www.facebook.com/a', 'not a url')).toBeUndefined();
    expect(cleanUrl('https://www.facebook.com/a', 'https://www.facebook.com/b')).toBe('https://www.facebook.com/a');
  });

  it('serialises parameters as URLSearchParams does', () => {
    const values = ['urn:li:comment:(activity:7,8)', 'urn:li:comment:(ugcPost:7,8)', 'a b+c', "!'()~*-._", 'é😀', '%41&=?#/', '', '\ud800'];
    for (const key of ['commentUrn', 'k y', 'ü']) {
      for (const value of values) {
        expect(serialiseQuery([[key, value]]), `${key}=${value}`).toBe(new URLSearchParams([[key, value]]).toString());
        expect(serialiseQuery([[key, value], ['replyUrn', value]])).toBe(new URLSearchParams([[key, value], ['replyUrn', value]]).toString());
      }
    }
  });
});
