import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR } from '../../scripts/demo/environment';

const SITE_HOSTS = /^https:\/\/(www|web|m|mobile)?\.?(facebook|linkedin|instagram|x|twitter)\.com\/\*$/;

function manifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

describe('built manifests', () => {
  it('Chrome: side panel, the four sites, and nothing broader', () => {
    const m = manifest(CHROME_BUILD_DIR);
    assert.equal(m.manifest_version, 3);
    assert.deepEqual(m.side_panel, { default_path: 'sidepanel.html' });
    assert.deepEqual([...(m.permissions as string[])].sort(), ['contextMenus', 'sidePanel', 'storage']);
    const hosts = m.host_permissions as string[];
    for (const host of hosts) assert.match(host, SITE_HOSTS);
    const scripts = m.content_scripts as { matches: string[]; js: string[] }[];
    const files = scripts.flatMap((s) => s.js).sort();
    assert.deepEqual(files, ['content-scripts/facebook.js', 'content-scripts/instagram.js', 'content-scripts/linkedin.js', 'content-scripts/x.js']);
    for (const script of scripts) for (const match of script.matches) assert.match(match, SITE_HOSTS);
    assert.ok(hosts.includes('https://twitter.com/*'), 'twitter.com still redirects to x.com: match it');
    assert.equal(m.content_security_policy, undefined, 'default CSP');
    assert.ok((m.commands as Record<string, unknown>)._execute_action, 'a keyboard command opens the panel');
    assert.equal(m.default_locale, 'en');
  });

  it('Firefox: sidebar_action, a Gecko id and a minimum version', () => {
    const m = manifest(FIREFOX_BUILD_DIR);
    assert.equal((m.sidebar_action as { default_panel: string }).default_panel, 'sidepanel.html');
    const gecko = (m.browser_specific_settings as { gecko: { id: string; strict_min_version: string } }).gecko;
    assert.match(gecko.id, /@/);
    assert.match(gecko.strict_min_version, /^\d+\.0$/);
    assert.ok((m.commands as Record<string, unknown>)._execute_sidebar_action, 'a keyboard command opens the sidebar');
    assert.ok(!(m.permissions as string[]).includes('sidePanel'));
    for (const p of m.permissions as string[]) assert.ok(['storage', 'contextMenus'].includes(p) || SITE_HOSTS.test(p), `unexpected permission ${p}`);
  });
});
