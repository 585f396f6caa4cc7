/**
 * The lines under "Why these flags?" in the UI language: each piece of evidence (lib/triage's
 * reasons, by rule id and the data they carry — never by reading their English detail back) and each
 * part of the priority (by key), with signed points. A rule this module does not know yet, or a
 * reason without the data its line needs, keeps its English detail rather than showing nothing.
 */
import type { Translate, MessageKey } from '../i18n';
import type { TriageView } from './queue';

export type ReasonView = TriageView['reasons'][number];
export type PriorityPartView = TriageView['priority']['parts'][number];

/** Rules whose `match` is a made-up cue ("link", "CAPS", "you / @mention"), not the comment's words. */
const SYNTHETIC_MATCH = new Set(['spam.link', 'spam.phone', 'spam.mentions', 'spam.hashtags', 'shouting', 'toxic.addressed', 'complaint.negative']);

const FIXED: Record<string, MessageKey> = {
  sarcasm: 'why.sarcasm',
  'complaint.question': 'why.complaint.question',
  'toxic.addressed': 'why.toxic.addressed',
  'toxic.vulgar': 'why.toxic.vulgar',
  'toxic.threat': 'why.toxic.threat',
  'toxic.named': 'why.toxic.named',
  'toxic.group': 'why.toxic.group',
  'toxic.reported': 'why.toxic.reported',
  'toxic.banter': 'why.toxic.banter',
  'toxic.sense': 'why.toxic.sense',
  'complaint.own': 'why.complaint.own',
  'complaint.solved': 'why.complaint.solved',
  'complaint.life': 'why.complaint.life',
  'complaint.exasperation': 'why.complaint.exasperation',
  shouting: 'why.shouting',
  'complaint.negative': 'why.complaint.negative',
  'spam.phone': 'why.spam.phone',
  'spam.shortlink': 'why.spam.shortlink',
  'question.mark': 'why.question.mark',
  'question.rhetorical': 'why.question.rhetorical',
};

function labelName(t: Translate, label: string): string {
  const key = `label.${label}` as MessageKey;
  const text = t(key);
  return text === key ? label : text;
}

function polarityName(t: Translate, polarity: string): string {
  const key = `sentiment.${polarity}` as MessageKey;
  const text = t(key);
  return text === key ? polarity : text.toLowerCase();
}

/** The words matched, when they are the comment's own; '' for a rule's made-up cue. */
export function reasonMatch(reason: ReasonView): string {
  return reason.rule !== undefined && SYNTHETIC_MATCH.has(reason.rule) ? '' : reason.match;
}

/** What a reason says, in the UI language (the label and the matched words are shown beside it). */
export function reasonDetail(t: Translate, reason: ReasonView): string {
  const rule = reason.rule ?? '';
  const fixed = FIXED[rule];
  if (fixed) return t(fixed);
  if (rule.startsWith('lexicon.')) {
    // The label beside the words says it all; a sentiment-only word says which way it pushed.
    return rule === 'lexicon.sentiment' && reason.polarity ? t('why.tone', { polarity: polarityName(t, reason.polarity) }) : '';
  }
  switch (rule) {
    case 'negation':
      return [t('why.negated'), reason.polarity ? t('why.tone', { polarity: polarityName(t, reason.polarity) }) : ''].filter(Boolean).join(' ');
    case 'spam.link':
    case 'spam.mentions':
    case 'spam.hashtags':
      // A reason stored without its count (an older engine's) keeps its English detail.
      return reason.count === undefined ? reason.detail : t(`why.${rule}`, { count: reason.count });
    case 'brand.lexicon': {
      const c = reason.correction;
      if (!c) return reason.detail;
      const effects = [
        ...c.addLabels.map((l) => `+${labelName(t, l).toLowerCase()}`),
        ...c.removeLabels.map((l) => `−${labelName(t, l).toLowerCase()}`),
        ...(reason.polarity ? [polarityName(t, reason.polarity)] : []),
      ];
      return t('why.brand', { term: c.term, effect: effects.join(', ') || t('why.brand.none') });
    }
  }
  if (rule.startsWith('model.')) {
    const what = reason.label ? labelName(t, reason.label).toLowerCase() : reason.polarity ? polarityName(t, reason.polarity) : rule.slice(6);
    return reason.confidence === undefined ? reason.detail : t('why.model', { what, confidence: Math.round(reason.confidence * 100) });
  }
  return reason.detail;
}

/** "+30", "−25": points with their sign, never "+-25". */
export function signedPoints(points: number): string {
  const rounded = Math.round(points);
  return rounded < 0 ? `−${-rounded}` : `+${rounded}`;
}

/** One part of the priority, in the UI language, with its signed points ("Attend une réponse depuis 5 h : +10"). */
export function priorityLine(t: Translate, part: PriorityPartView, colon: string): string {
  return `${priorityFactor(t, part)}${colon}${signedPoints(part.points)}`;
}

function priorityFactor(t: Translate, part: PriorityPartView): string {
  const params = part.params ?? {};
  switch (part.key) {
    case 'waiting':
      return params.minutes !== undefined ? t('why.p.waiting.minutes', params) : t('why.p.waiting.hours', params);
    case 'tier': {
      const key = `tier.${String(params.tier)}` as MessageKey;
      const text = t(key);
      return text === key ? part.factor : text;
    }
    case 'watchlist': {
      const key = `watch.${String(params.kind)}` as MessageKey;
      const text = t(key);
      return t('why.p.watchlist', { kind: text === key ? String(params.kind) : text });
    }
    case 'buzz': {
      const key = `why.buzz.${String(params.level)}` as MessageKey;
      const text = t(key);
      return t('why.p.buzz', { level: text === key ? String(params.level) : text });
    }
  }
  const key = `why.p.${part.key ?? ''}` as MessageKey;
  const text = t(key, params);
  return text === key ? part.factor : text;
}
