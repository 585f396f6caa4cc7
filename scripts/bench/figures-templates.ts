/**
 * 4. Template suggestions: `suggestTemplates` over 1,000 templates (the starter library varied),
 * per comment, against a bare word-overlap scan of the same templates; and `prepareTemplates`.
 */
import { classify } from '../../lib/triage/index';
import { prepareTemplates, starterTemplates, suggestTemplates } from '../../lib/templates/index';
import { loadBundledIntentModel } from '../../lib/templates/model-bundled';
import type { Template } from '../../lib/schema/template';
import type { BenchContext } from './context';
import { judge, type Figure } from './report';
import { collectPaired, consume, mapSample, measure, ratioSample } from './stats';

const TEMPLATES = 1_000;
const COMMENTS = 500;
const LIMIT = 3;

/** 1,000 templates: the starter library, each copy with its own title, tags and a sentence added. */
export function variedTemplates(count: number, texts: readonly string[], now = new Date('2026-03-02T10:00:00Z')): Template[] {
  const starters = starterTemplates('bench-brand', now);
  return Array.from({ length: count }, (_, i): Template => {
    const base = starters[i % starters.length] as Template;
    const copy = Math.floor(i / starters.length);
    const extra = texts[(i * 13) % texts.length] ?? '';
    return {
      ...base,
      id: `${base.id}:v${copy}`,
      title: copy === 0 ? base.title : `${base.title} (${copy + 1})`,
      tags: [...base.tags, `campagne-${copy % 9}`],
      body: copy === 0 ? base.body : `${base.body}\n\n${extra}`,
      usageCount: (i * 7) % 40,
      ...(i % 5 === 0 ? { lastUsedAt: new Date(now.getTime() - i * 3_600_000).toISOString() } : {}),
    };
  });
}


/** What a naive suggester does: shared words between the comment and each template, top 3. */
function bareOverlap(words: readonly Set<string>[], comment: string): void {
  const mine = comment.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const scores = words.map((set) => mine.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0));
  consume(scores.sort((a, b) => b - a).slice(0, LIMIT).length);
}

export async function templateFigures(ctx: BenchContext): Promise<Figure[]> {
  const templates = variedTemplates(TEMPLATES, ctx.texts);
  const comments = Array.from({ length: COMMENTS }, (_, i) => ctx.texts[(i * 7) % ctx.texts.length] as string);
  const signals = comments.map((text) => classify({ text }));
  const prepared = prepareTemplates(templates);
  const words = templates.map((t) => new Set(`${t.title} ${t.tags.join(' ')} ${t.body}`.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  const now = new Date('2026-03-02T10:00:00Z');
  // The panel's path: the learned layer decoded once, asked for every comment.
  const intentModel = loadBundledIntentModel();

  const timed = (f: () => void) => {
    const start = performance.now();
    f();
    return performance.now() - start;
  };
  const suggestAll = () => {
    comments.forEach((text, i) => {
      consume(suggestTemplates({ text }, signals[i]!, prepared, LIMIT, { now, fallbackLanguage: 'fr', intentModel }).length);
    });
  };
  const bareAll = () => comments.forEach((text) => bareOverlap(words, text));
  const samples = await collectPaired(
    (run) =>
      run % 2 === 0 ? { suggest: timed(suggestAll), bare: timed(bareAll) } : { bare: timed(bareAll), suggest: timed(suggestAll) },
    ctx.runs,
  );
  const perComment = (ms: number) => ms / COMMENTS;
  const prepare = await measure(() => {
    consume(prepareTemplates(templates).items.length);
  }, ctx.runs);

  return [
    judge({
      key: 'templates.suggest.perComment',
      section: '4 Templates',
      label: `suggestTemplates(), ${TEMPLATES.toLocaleString('en-US')} templates, top ${LIMIT}`,
      unit: 'ms/comment',
      value: mapSample(samples.suggest, perComment),
      baseline: { label: 'word-overlap scan', value: mapSample(samples.bare, perComment) },
      ratio: ratioSample(samples.suggest, samples.bare),
      target: { on: 'value', op: '<', limit: 1, text: '< 1 ms' },
      note: `${COMMENTS} corpus comments per run, classified beforehand; templates prepared once; with the learned layer (as the panel ranks)`,
    }),
    judge({
      key: 'templates.prepare',
      section: '4 Templates',
      label: `prepareTemplates(), ${TEMPLATES.toLocaleString('en-US')} templates (once per library change)`,
      unit: 'ms',
      value: prepare,
    }),
  ];
}
