import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Names the demo certificate covers: the four sites under their real host names. */
export const DEMO_HOSTS = [
  'facebook.com', '*.facebook.com',
  'linkedin.com', '*.linkedin.com',
  'instagram.com', '*.instagram.com',
  'x.com', '*.x.com',
  'twitter.com', '*.twitter.com',
  'localhost',
];

export interface Certificate {
  key: string;
  cert: string;
}

/**
 * A self-signed certificate for the demo hosts, made once with openssl and cached. HTTPS is not
 * optional: facebook.com is HSTS-preloaded, so Chromium upgrades http:// to https:// itself.
 */
export function demoCertificate(cacheDir: string): Certificate {
  const keyPath = join(cacheDir, 'demo-key.pem');
  const certPath = join(cacheDir, 'demo-cert.pem');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(cacheDir, { recursive: true });
    const san = [...DEMO_HOSTS.map((h) => `DNS:${h}`), 'IP:127.0.0.1'].join(',');
    try {
      execFileSync('openssl', [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '825',
        '-subj', '/CN=Riposte demo', '-addext', `subjectAltName=${san}`,
        '-keyout', keyPath, '-out', certPath,
      ], { stdio: 'pipe' });
    } catch (error) {
      throw new Error(`Could not create the demo certificate with openssl (is it installed?): ${String(error)}`, { cause: error });
    }
  }
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
}
