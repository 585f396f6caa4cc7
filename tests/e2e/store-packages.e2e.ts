import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { ROOT_DIR } from '../../scripts/demo/environment';

/**
 * The packages sent to the stores, as `npm run zip` makes them: the Chrome Web Store zip, the
 * addons.mozilla.org zip and its sources zip. Reviewers build the sources with the README's two
 * commands; this test does the same in an empty folder and compares every file.
 */

const OUTPUT = join(ROOT_DIR, '.output');
const VERSION = (JSON.parse(readFileSync(join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string }).version;
const EXPECTED_PERMISSIONS = ['contextMenus', 'storage'];
/** The four sites' hosts (lib/sites/hosts.ts), nothing broader. */
const HOSTS = /^https:\/\/(www\.|web\.|m\.|mobile\.)?(facebook|linkedin|instagram|x|twitter)\.com\/\*$/u;

async function entries(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (path: string): void => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

function assertStoreZip(files: Map<string, Buffer>): Record<string, unknown> {
  const names = [...files.keys()];
  assert.deepEqual(names.filter((n) => n.endsWith('.map')), [], 'no source maps');
  assert.deepEqual(names.filter((n) => /(^|\/)(tests?|__tests__)\/|\.(test|spec)\.|\.tsx?$/u.test(n)), [], 'no tests and no sources');
  const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
  return manifest;
}

describe('store packages (npm run zip)', () => {
  before(() => {
    execFileSync('npx', ['wxt', 'zip'], { cwd: ROOT_DIR, stdio: 'ignore' });
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: ROOT_DIR, stdio: 'ignore' });
  });

  it('the Chrome Web Store zip holds the built extension, with the minimum permissions', async () => {
    const manifest = assertStoreZip(await entries(join(OUTPUT, `riposte-${VERSION}-chrome.zip`)));
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual([...(manifest.permissions as string[])].sort(), [...EXPECTED_PERMISSIONS, 'sidePanel'].sort());
    for (const host of manifest.host_permissions as string[]) assert.match(host, HOSTS);
  });

  it('the addons.mozilla.org zip holds the Firefox build, with its add-on id', async () => {
    const manifest = assertStoreZip(await entries(join(OUTPUT, `riposte-${VERSION}-firefox.zip`)));
    assert.equal(manifest.manifest_version, 2);
    const gecko = (manifest.browser_specific_settings as { gecko: { id: string } }).gecko;
    assert.equal(gecko.id, 'riposte@riposte-extension.org');
    for (const permission of manifest.permissions as string[]) assert.ok(EXPECTED_PERMISSIONS.includes(permission) || HOSTS.test(permission), permission);
  });

  describe('the sources zip', () => {
    const work = mkdtempSync(join(tmpdir(), 'riposte-sources-'));
    after(() => rmSync(work, { recursive: true, force: true }));

    it('holds what the build needs and nothing private or generated', async () => {
      const names = [...(await entries(join(OUTPUT, `riposte-${VERSION}-sources.zip`))).keys()];
      for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'entrypoints/background/index.ts']) assert.ok(names.includes(needed), needed);
      assert.deepEqual(names.filter((n) => /^(tests|data|demo-output|bench-output|coverage|node_modules|\.output)\//u.test(n)), []);
    });

    it('builds, with the README’s commands, to exactly the files of the addons.mozilla.org zip', { timeout: 600_000 }, async () => {
      for (const [name, content] of await entries(join(OUTPUT, `riposte-${VERSION}-sources.zip`))) {
        mkdirSync(dirname(join(work, name)), { recursive: true });
        writeFileSync(join(work, name), content);
      }
      execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: work, stdio: 'ignore' });
      execFileSync('npm', ['run', 'build:firefox'], { cwd: work, stdio: 'ignore' });
      const built = filesUnder(join(work, '.output/firefox-mv2'));
      const store = await entries(join(OUTPUT, `riposte-${VERSION}-firefox.zip`));
      assert.deepEqual([...built.keys()].sort(), [...store.keys()].sort());
      for (const [name, content] of store) assert.ok(content.equals(built.get(name)!), `${name} differs`);
    });
  });
});
