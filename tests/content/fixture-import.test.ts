import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildLayoutReport } from '@/lib/content/layout-report';
import { assessHealth, scanPage } from '@/lib/sites';
import { importLayoutReport, parseLayoutReport } from '../../scripts/fixture-import/import';
import { SCAN_NOW } from '../sites/expectations';
import { loadFixture } from '../sites/load-fixture';

describe('npm run fixture:import', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('turns a layout report into a fixture page and an expected-comments stub', async () => {
    const url = 'https://www.instagram.com/p/DQm7LuMi2Ab/';
    const doc = loadFixture('instagram/post-pt.html');
    const { comments, unreadable, adapter } = scanPage(doc, url, { now: SCAN_NOW });
    const health = assessHealth(doc, url, comments, { now: SCAN_NOW, unreadable });
    const report = await buildLayoutReport({ adapter, document: doc, url, comments, health, now: SCAN_NOW, yieldToPage: () => Promise.resolve() });
    const out = mkdtempSync(join(tmpdir(), 'riposte-import-'));
    dirs.push(out);
    const result = importLayoutReport(JSON.stringify(report), { fixturesDir: out });
    expect(result.htmlFile).toMatch(/instagram\/reported-pt-2026-11-23-[a-z0-9]+\.html$/u);
    const html = readFileSync(result.htmlFile, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<!-- Riposte layout report \(instagram, pt\)/u);
    const stub = JSON.parse(readFileSync(result.expectedFile, 'utf8')) as { comments: unknown[]; health: string; reported: { comments: number }; url: string };
    expect(stub.health).toBe('ok');
    expect(stub.comments).toHaveLength(comments.length);
    expect(stub.reported.comments).toBe(comments.length);
    expect(stub.url).toBe(report.url);
  });

  it('refuses what is not a layout report, saying why', () => {
    expect(() => parseLayoutReport('not json')).toThrow(/not JSON/u);
    expect(() => parseLayoutReport('{"format":"riposte-layout-report"}')).toThrow(/version/u);
    expect(() => importLayoutReport(JSON.stringify({ format: 'x' }), { fixturesDir: tmpdir() })).toThrow(/Not a layout report/u);
  });
});
