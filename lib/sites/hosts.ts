import type { Platform } from '../schema/platform';

/**
 * Where each site's content script runs. twitter.com still redirects to x.com but is matched so
 * old links work. Match patterns ignore ports, which is what lets the demo serve these hosts locally.
 */
export const CONTENT_MATCHES: Record<Platform, readonly string[]> = {
  facebook: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  linkedin: ['https://www.linkedin.com/*'],
  instagram: ['https://www.instagram.com/*'],
  x: ['https://x.com/*', 'https://mobile.x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
};

/** Host permissions: exactly the content scripts' hosts, nothing broader. */
export const HOST_PERMISSIONS: readonly string[] = Object.values(CONTENT_MATCHES).flat();

/** Which platform a URL belongs to, or undefined for any other site. */
export function platformOfUrl(url: string): Platform | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return platformOfHost(host);
}

/** Which platform a host name belongs to (the site or one of its subdomains), or undefined. */
export function platformOfHost(hostname: string): Platform | undefined {
  const host = hostname.toLowerCase();
  if (host === 'facebook.com' || host.endsWith('.facebook.com')) return 'facebook';
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return 'linkedin';
  if (host === 'instagram.com' || host.endsWith('.instagram.com')) return 'instagram';
  if (host === 'x.com' || host.endsWith('.x.com') || host === 'twitter.com' || host.endsWith('.twitter.com')) return 'x';
  return undefined;
}
