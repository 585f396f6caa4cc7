import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { extractComments } from '../../../lib/sites';
import { FIXTURES_DIR, type FixturePage } from '../../../scripts/demo/pages';

/** What the adapter reads from a fixture in a plain DOM, to compare with what a browser's panel shows. */
export function expectedIds(fixture: FixturePage): string[] {
  const url = `https://${fixture.host}${fixture.path}`;
  const window = new Window({ url });
  window.document.write(readFileSync(join(FIXTURES_DIR, fixture.file), 'utf8'));
  const ids = extractComments(window.document as unknown as Document, url).map((c) => c.id);
  void window.happyDOM.close();
  return ids;
}
