import { describe, expect, it } from 'vitest';
import type { Reason, TriageLabel } from '@/lib/schema/classification';
import { loadBundledModel, MODEL_MANIFEST } from '@/lib/triage/model/bundled';
import { combineLabels, HEAD_ADD, HEAD_GUARD, HEAD_VETO } from '@/lib/triage/model/combine';
import { featurize } from '@/lib/triage/model/features';
import { headLogits, INTENT_HEADS, scoreText, sigmoid, softmax, type LabelHead } from '@/lib/triage/model/model';
import { run } from './helpers';

const model = loadBundledModel();

type Sentiment = { negative: number; neutral: number; positive: number };
const POSITIVE: Sentiment = { negative: 0.05, neutral: 0.15, positive: 0.8 };
const NEGATIVE: Sentiment = { negative: 0.7, neutral: 0.2, positive: 0.1 };

/** combineLabels on a text, with the heads' probabilities and the sentiment reading set by the test. */
function decide(text: string, binary: Partial<Record<LabelHead, number>>, o: { flagged?: TriageLabel[]; sentiment?: Sentiment } = {}) {
  const flagged = new Set<TriageLabel>(o.flagged ?? []);
  const extra: Reason[] = [];
  const scores = scoreText(model, text, true);
  combineLabels(model, { ...scores, binary, sentiment: o.sentiment ?? scores.sentiment }, { flagged, ruleHits: (l) => (o.flagged?.includes(l) ? 1 : 0) }, extra);
  return { flagged, extra };
}

describe('learned triage layer: lead, praise and question heads', () => {
  it('ship one weight per feature each, with an out-of-fold threshold below the bar at which they add a label', () => {
    for (const head of INTENT_HEADS) {
      const h = model.heads[head];
      expect(h?.weights.length, head).toBe(model.dim);
      expect(h?.threshold, head).toBeGreaterThan(0);
      expect(h?.threshold, head).toBeLessThan(HEAD_ADD[head]);
      expect((MODEL_MANIFEST.thresholds as Record<string, number>)[head], head).toBe(h?.threshold);
    }
  });

  it('scores every head from the packed weights exactly as head by head', () => {
    for (const text of ['On voudrait un devis pour 40 licences', 'Colis jamais reçu 😡 @aide', 'best moisturizer ever']) {
      const s = scoreText(model, text);
      const x = featurize(text, model.dim);
      for (const head of ['toxic', 'complaint', 'spam', ...INTENT_HEADS] as const) expect(s.binary[head]).toBe(sigmoid(headLogits(model.heads[head]!, x, model.dim)[0] as number));
      expect(Object.values(s.sentiment ?? {})).toEqual(softmax(headLogits(model.heads.sentiment!, x, model.dim)));
      expect(Object.values(s.language ?? {})).toEqual(softmax(headLogits(model.heads.language!, x, model.dim)));
    }
  });

  it('adds a lead the rules missed with the words behind it and the head’s confidence', () => {
    const { flagged, extra } = decide('On voudrait un devis pour équiper nos 12 boutiques', { lead: 0.93 });
    expect(flagged.has('lead')).toBe(true);
    const reason = extra.find((r) => r.rule === 'model.lead');
    expect(reason).toMatchObject({ label: 'lead', source: 'model', confidence: 0.93 });
    expect(reason?.match).not.toBe('');
    expect(decide('On voudrait un devis pour équiper nos 12 boutiques', { lead: HEAD_ADD.lead - 0.05 }).flagged.has('lead')).toBe(false);
  });

  it('adds nothing on a head’s bias alone: an emoji-only comment has no word behind it', () => {
    expect(decide('🔥🔥🔥', { lead: 0.99, praise: 0.99, question: 0.99 }, { sentiment: POSITIVE }).flagged.size).toBe(0);
  });

  it('adds no praise the sentiment head hears as negative, and no question where a question mark was read as rhetorical', () => {
    const text = 'Le technicien est reparti sans rien installer, merci';
    expect(decide(text, { praise: 0.95 }, { sentiment: NEGATIVE }).flagged.has('praise')).toBe(false);
    expect(decide(text, { praise: 0.95 }, { sentiment: POSITIVE }).flagged.has('praise')).toBe(true);
    expect(decide('Encore une panne, vous faites exprès ?', { question: 0.97 }).flagged.has('question')).toBe(false);
    expect(decide('Je voudrais savoir si vous livrez à Lyon', { question: 0.97 }).flagged.has('question')).toBe(true);
  });

  it('vetoes one praise word on a short comment, unless the sentiment head is sure the comment is positive', () => {
    const text = 'Top, encore une panne';
    const low = HEAD_VETO.praise / 2;
    const vetoed = decide(text, { praise: low }, { flagged: ['praise'], sentiment: NEGATIVE });
    expect(vetoed.flagged.has('praise')).toBe(false);
    expect(vetoed.extra.find((r) => r.rule === 'model.veto')?.confidence).toBeCloseTo(1 - low, 3);
    const sure = { negative: 0, neutral: 1 - HEAD_GUARD.praiseVetoPositive - 0.01, positive: HEAD_GUARD.praiseVetoPositive + 0.01 };
    expect(decide(text, { praise: low }, { flagged: ['praise'], sentiment: sure }).flagged.has('praise')).toBe(true);
  });

  it('reads a trial for a nonprofit as a lead, not as praise, and says why', () => {
    const c = run('your tool looks great, can we get a trial for our nonprofit?', { model });
    expect(c.labels).toEqual(expect.arrayContaining(['lead', 'question']));
    expect(c.labels).not.toContain('praise');
    expect(c.reasons.some((r) => r.rule === 'model.lead' && r.source === 'model' && (r.confidence ?? 0) >= HEAD_ADD.lead)).toBe(true);
    expect(c.reasons.some((r) => r.rule === 'model.veto' && r.detail.includes('praise'))).toBe(true);
  });
});
