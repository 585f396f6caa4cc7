/**
 * Template suggestions scored on the labelled comments of tests/fixtures/suggestions: the starter
 * library as a new brand gets it, each comment triaged by the rules, then ranked as the panel does.
 * A suggestion is right when it is one of the comment's acceptable starter templates in the
 * comment's language.
 */
import { classify, isVulgarOnly } from '@/lib/triage';
import { prepareTemplates, starterTemplates, suggestTemplates, type PreparedTemplates } from '@/lib/templates';
import { loadBundledIntentModel } from '@/lib/templates/model-bundled';
import type { IntentModel } from '@/lib/templates/model-intents';
import { parseSuggestionRows, type LabelledSuggestion } from '@/tests/fixtures/suggestions/load';
import { CHECK_A_ROWS, CHECK_B_ROWS, CHECK_C_ROWS, CHECK_D_ROWS, CHECK_E_ROWS } from '@/tests/fixtures/suggestions/check';

/** The brand's language when a comment's is `other`: French, also for the English comments (the harder case). */
export const EVAL_BRAND_LANGUAGE = 'fr';
const NOW = new Date('2026-03-03T10:00:00Z');

export interface SuggestionOutcome {
  item: LabelledSuggestion;
  /** `key:language` of the top three, best first. */
  got: string[];
  top1: boolean;
  top3: boolean;
  /** Every suggestion shown is in the comment's language. */
  languageRight: boolean;
}

export interface SuggestionScores {
  count: number;
  top1: number;
  top3: number;
  language: number;
}

let library: PreparedTemplates | undefined;

/** `starter:<brand>:<key>:<language>` → `<key>:<language>`. */
const keyOf = (id: string): string => id.split(':').slice(2).join(':');

/** The rules' triage of each text, kept: cross-validation ranks one comment with many models. */
const triaged = new Map<string, ReturnType<typeof classify>>();

/** Ranked as the panel does: the rules, then the shipped learned layer where they are unsure. */
export function scoreSuggestion(item: LabelledSuggestion): SuggestionOutcome {
  return scoreSuggestionWith(item, loadBundledIntentModel());
}

/** With another learned layer (cross-validation), or `null` for the rules alone. */
export function scoreSuggestionWith(item: LabelledSuggestion, intentModel: IntentModel | null): SuggestionOutcome {
  library ??= prepareTemplates(starterTemplates('eval', NOW));
  let c = triaged.get(item.text);
  if (!c) triaged.set(item.text, (c = classify({ text: item.text }, { brand: { language: EVAL_BRAND_LANGUAGE, lexicon: [], competitors: [] } })));
  const suggestions = suggestTemplates({ text: item.text }, { labels: c.labels, language: c.language, vulgarOnly: isVulgarOnly(c) }, library, 3, {
    now: NOW,
    fallbackLanguage: EVAL_BRAND_LANGUAGE,
    intentModel: intentModel ?? undefined,
  });
  const got = suggestions.map((s) => keyOf(s.template.id));
  const ok = new Set(item.acceptable.map((k) => `${k}:${item.language}`));
  return {
    item,
    got,
    top1: got[0] !== undefined && ok.has(got[0]),
    top3: got.some((k) => ok.has(k)),
    languageRight: suggestions.length > 0 && suggestions.every((s) => s.template.language === item.language),
  };
}

/** A check batch a row was written for (tests/fixtures/suggestions/check.ts): scored apart, never tuned on. */
export type CheckBatch = 'check-a' | 'check-b' | 'check-c' | 'check-d' | 'check-e';
export type EvalSuggestion = LabelledSuggestion & { check?: CheckBatch };

/** The check batches, in `test` but outside its figures: each is printed on its own lines. */
export function loadCheckItems(): EvalSuggestion[] {
  const batch = (rows: typeof CHECK_A_ROWS, check: CheckBatch): EvalSuggestion[] => parseSuggestionRows(rows, 'test').map((item) => ({ ...item, check }));
  return [...batch(CHECK_A_ROWS, 'check-a'), ...batch(CHECK_B_ROWS, 'check-b'), ...batch(CHECK_C_ROWS, 'check-c'), ...batch(CHECK_D_ROWS, 'check-d'), ...batch(CHECK_E_ROWS, 'check-e')];
}

export function summarise(outcomes: readonly SuggestionOutcome[]): SuggestionScores {
  const share = (f: (o: SuggestionOutcome) => boolean) => outcomes.filter(f).length / Math.max(1, outcomes.length);
  return { count: outcomes.length, top1: share((o) => o.top1), top3: share((o) => o.top3), language: share((o) => o.languageRight) };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * The section `npm run eval` prints; with `errors`, the dev misses too (test misses are never shown).
 * `test` is the part held to thresholds (hash-split comments and `unseen`); `unseen` is also shown
 * alone, and `unseen2` (a second held-out set) only on its own lines.
 */
export function printSuggestionEval(items: readonly EvalSuggestion[], errors: boolean): void {
  const outcomes = items.map(scoreSuggestion);
  const checkOf = (o: SuggestionOutcome) => (o.item as EvalSuggestion).check;
  const parts: [string, (o: SuggestionOutcome) => boolean][] = [
    ['dev', (o) => o.item.split === 'dev'],
    ['test', (o) => o.item.split === 'test' && o.item.heldOut !== 'unseen2' && checkOf(o) === undefined],
    ['unseen', (o) => o.item.heldOut === 'unseen'],
    ['check-a', (o) => checkOf(o) === 'check-a'],
    ['check-b', (o) => checkOf(o) === 'check-b'],
    ['check-c', (o) => checkOf(o) === 'check-c'],
    ['check-d', (o) => checkOf(o) === 'check-d'],
    ['check-e', (o) => checkOf(o) === 'check-e'],
    ['unseen2', (o) => o.item.heldOut === 'unseen2'],
  ];
  console.log('\n── Template suggestions: starter library, rules triage, top 3 ──');
  console.log('split    lang  comments   top-1   top-3   language right');
  for (const [name, inPart] of parts) {
    for (const lang of ['fr', 'en', 'all'] as const) {
      const s = summarise(outcomes.filter((o) => inPart(o) && (lang === 'all' || o.item.language === lang)));
      if (s.count === 0) continue;
      console.log(`${name.padEnd(8)} ${lang.padEnd(5)} ${String(s.count).padStart(8)}  ${pct(s.top1).padStart(6)}  ${pct(s.top3).padStart(6)}  ${pct(s.language).padStart(8)}`);
    }
  }
  if (!errors) return;
  console.log('\n── Suggestion misses on dev (top-1 wrong) ──');
  for (const o of outcomes) {
    if (o.item.split !== 'dev' || o.top1) continue;
    console.log(`${o.top3 ? 'top3' : 'MISS'} ${o.item.language} want [${o.item.acceptable.join(' ')}] got [${o.got.join(' ')}] | ${o.item.text}`);
  }
}
