/**
 * The rule engine: one pass over the normalised tokens, longest-match look-ups in the compiled
 * trie, negation scopes, intensifiers, contrast ("mais", "but"), sarcasm, structural spam cues,
 * then the brand's corrections on top. Every flag keeps the evidence that raised it.
 */
import type { Brand } from '@/lib/schema/brand';
import type { Comment } from '@/lib/schema/comment';
import type {
  Classification,
  DetectedLanguage,
  Polarity,
  Reason,
  TriageLabel,
} from '@/lib/schema/classification';
import { brandLexicon, handleKey, type BrandTerm } from './brand-rules';
import { competitorsInTokens } from './competitors';
import { namingRanges, NOT_MEANT, threatSpans, toxicContext } from './context';
import { lifeOnly, ownMishap, problemSolved } from './no-blame';
import { groupHateSpan } from './group-hate';
import { LABEL_ORDER, RULES, longestMatch, type LabelWeights, type Rule, type TermInfo } from './compile';
import { detectLanguage } from './language';
import { combineLabels, combineLanguage, handSentiment } from './model/combine';
import { MAX_CHARS as MODEL_MAX_CHARS } from './model/features';
import { scoreText, type ModelScores, type TriageModel } from './model/model';
import { sentimentStackerOf, type SentimentEvidence } from './model/sentiment-combiner';
import { TokenKind, fold, isElision, normalise, sampleText, unmask, type NormalisedText, type Token } from './normalise';
import { mayBeVulgar, swearWords } from './swearing';
import { NOT_A_QUESTION_AFTER_OPENER, OPENER_LEAD_INS, QUESTION_OPENERS, STORY_EVENT_STEMS_EN } from './lexicon/en';
import { STORY_EVENT_STEMS_FR } from './lexicon/fr';
import { CLAUSE_AFTER, COUNT_AFTER, NOT_A_COUNT_AFTER } from './lexicon/shared';
import { FALSE_FRIENDS, VIOLENT_PRAISE } from './lexicon/context';

export interface ClassifyOptions {
  /** Active brand: its corrections lexicon, competitors and default language apply. */
  brand?: Pick<Brand, 'lexicon' | 'competitors' | 'language'> & Partial<Pick<Brand, 'ownAccounts'>>;
  /**
   * The learned layer (`loadBundledModel()` from ./model/bundled): its scores join the rules, the
   * brand's corrections still win. Without it, rules only (content scripts never load it).
   */
  model?: TriageModel | null;
}

export type ClassifyInput = Pick<Comment, 'text'> | { text: string };

/** Summed evidence a label needs. Tuned on the dev split only (see scripts/eval.ts). */
export const LABEL_THRESHOLDS: Readonly<Record<TriageLabel, number>> = {
  complaint: 1,
  question: 1,
  lead: 1,
  praise: 1,
  spam: 1,
  toxic: 1,
};

const C = 0;
const Q = 1;
const L = 2;
const G = 3;
const S = 4;
const T = 5;

/** Words a negator reaches ("pas vraiment très content" still negates "content"). */
const NEGATION_REACH = 3;
/** Weight kept by what came before "mais" / "but": the clause after it is what the author means. */
const BEFORE_CONTRAST = 0.5;
/** Sentiment squashing: score = total / (|total| + K). */
const SQUASH = 1.5;
/** Net negativity (negative minus positive weight) that makes a complaint on its own. */
const COMPLAINT_NET = 0.8;
/** How much net negativity counts as complaint evidence when no complaint word reached the threshold. */
const NET_TO_EVIDENCE = 0.5;
/** |score| below this is neutral. */
const NEUTRAL_BAND = 0.2;
/**
 * Lead evidence below the bar that a question lifts to a lead: asking about a price, a quantity,
 * a size in stock or an offer for a group is buying ("vous livrez en Belgique pour une asso ? 60
 * viennoiseries"); where a brand delivers, alone, weighs less and stays a question.
 */
const LEAD_IN_QUESTION = 0.6;
/** Lead evidence of a count of goods or people in a question ("could you do 40 mini quiches", "30 seats"). */
const COUNT_LEAD = 0.6;
/** Complaint evidence a problem word of a told purchase story gains ("bought a pie, the crust was soggy"). */
const STORY_BOOST = 0.5;
/** Toxic evidence of a threat (./context.ts): one is enough, and the model does not veto it. */
const THREAT_WEIGHT = 1.5;
/** Complaint evidence of an insult someone said to the writer and the writer reports ("m'a traitée de…"). */
const REPORTED_GRIEVANCE = 0.5;

interface Hit {
  rule: Rule;
  start: number;
  end: number;
  negated: boolean;
  labels: LabelWeights;
  polarity: number;
}

/** Words before which a positive word describes the writer (« je suis gentil »), not the reader. */
const SELF: ReadonlySet<string> = new Set(['suis', 'am', 'im']);

/** A praise word or phrase as the comment means it (positive, praising, not negated). */
const praises = (h: Hit): boolean => !h.negated && h.polarity > 0 && (h.labels[G] as number) > 0;

/**
 * The negative words a naming frame gives the reader as a name (« "nulle", c'est tout ce que t'es »,
 * "your coworkers call you a joke"), unless praise makes it a nickname; none in a comment with no frame.
 */
function namedInsults(text: NormalisedText, hits: readonly Hit[], tokens: readonly Token[]): string[] {
  const ranges = namingRanges(text);
  if (ranges.length === 0) return [];
  // A name among praise is a nickname ("on t'appelle la reine du SAV, bravo"); the frame's own
  // irony ("the nicest word I have for you") is no praise.
  const inFrame = (h: Hit): boolean => ranges.some(({ frame: [a, b] }) => h.start >= a && h.end <= b);
  // The writer's word about themselves is no praise of the reader (« et encore je suis gentil »).
  const ofWriter = (h: Hit): boolean => [1, 2].some((d) => SELF.has(tokens[h.start - d]?.key ?? ''));
  if (hits.some((h) => h.polarity > 0 && !h.negated && !inFrame(h) && !ofWriter(h))) return [];
  const words: string[] = [];
  for (const h of hits) {
    if (h.negated || h.polarity >= 0) continue;
    if (ranges.some(({ name: [a, b] }) => h.start >= a && h.end <= b)) words.push(span(tokens, h.start, h.end));
  }
  return words;
}

interface BrandHit {
  term: BrandTerm;
  start: number;
  end: number;
}

function pickRule(info: TermInfo, language: DetectedLanguage): Rule | null {
  const own = language === 'fr' ? info.fr : language === 'en' ? info.en : null;
  if (own !== null) return own;
  if (info.shared !== null) return info.shared;
  // The other language's rule still counts (franglais: "le SAV is a joke"), unless ambiguous.
  const foreign = language === 'fr' ? info.en : language === 'en' ? info.fr : (info.fr ?? info.en);
  if (foreign === null) return null;
  return foreign.strict && language !== 'other' ? null : foreign;
}

/** A term marked `end` that a word carries on (an article before a noun: "ferme la piscine"). */
function cutShort(rule: Rule | null, next: Token | undefined): boolean {
  return rule !== null && rule.atEnd && next !== undefined && next.kind === TokenKind.Word && !CLAUSE_AFTER.has(next.key);
}

function negatedWeights(rule: Rule): { polarity: number; labels: LabelWeights } {
  if (rule.negated !== null) return rule.negated;
  const p = rule.polarity;
  const l = rule.labels;
  // "pas content" reads as a complaint; "pas de retard" cancels one; questions and spam stay.
  return {
    polarity: p > 0 ? -0.8 * p : -0.3 * p,
    labels: [p > 0.8 ? 0.5 : 0, l[Q], 0, 0, l[S], 0],
  };
}

function span(tokens: readonly Token[], start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const t = tokens[i] as Token;
    const prev = i > start ? (tokens[i - 1] as Token) : null;
    // An elided prefix is shown joined as written: "quelqu’un", not "quelqu un".
    const glue = prev === null ? '' : prev.kind === TokenKind.Word && isElision(prev.key) ? '’' : ' ';
    s += glue + (t.alt ?? t.key);
  }
  return s;
}

/** Running totals of one classification (a class, not closures: no per-call function objects). */
class Evidence {
  hits: Hit[] = [];
  labels: LabelWeights = [0, 0, 0, 0, 0, 0];
  pos = 0;
  neg = 0;
  contrastAt = -1;
  /** Index of a praise hit that came after a problem (possible irony), -1 if none. */
  ironicPraise = -1;
  /** An intensifier that is also a praise word ("super"), held until the next word decides. */
  pending: Hit | null = null;

  apply(hit: Hit): void {
    // Thanks or praise after something went wrong, with no "but": "Rep hung up on me. Great service 👍".
    if (this.ironicPraise < 0 && !hit.negated && hit.labels[G] > 0 && hit.polarity > 0 && this.labels[C] >= 0.8 && this.contrastAt < 0) {
      this.ironicPraise = this.hits.length;
    }
    if (hit.polarity > 0) this.pos += hit.polarity;
    else this.neg -= hit.polarity;
    for (let k = 0; k < 6; k++) this.labels[k] = (this.labels[k] as number) + (hit.labels[k] as number);
    this.hits.push(hit);
  }

  flush(): void {
    if (this.pending !== null) this.apply(this.pending);
    this.pending = null;
  }
}

/**
 * The text the learned layer reads: what a reader sees (`unmask`: no invisible characters, no
 * look-alikes or styled letters), blank runs collapsed, and — past the model's window — its opening
 * and its end, so padding cannot push the words the model needs (or its veto) out of sight.
 */
function modelView(raw: string): string {
  const text = unmask(sampleText(raw)).replace(/\s+/gu, ' ').trim();
  if (text.length <= MODEL_MAX_CHARS) return text;
  const half = Math.floor(MODEL_MAX_CHARS / 2) - 2;
  const isHigh = (i: number): boolean => (text.charCodeAt(i) & 0xfc00) === 0xd800;
  const head = isHigh(half - 1) ? half - 1 : half;
  const tailStart = (text.charCodeAt(text.length - half) & 0xfc00) === 0xdc00 ? text.length - half + 1 : text.length - half;
  return `${text.slice(0, head)} … ${text.slice(tailStart)}`;
}

/** Classify one comment. Pure and synchronous; see `LABEL_THRESHOLDS` and ./lexicon for the rules. */
export function classify(input: ClassifyInput, options: ClassifyOptions = {}): Classification {
  const text = normalise(input.text);
  const brand = options.brand;
  const model = options.model ?? null;
  const scores: ModelScores | null = model === null ? null : scoreText(model, modelView(input.text));
  const modelReasons: Reason[] = [];
  let language = detectLanguage(text, brand?.language);
  if (scores !== null) {
    const l = combineLanguage(scores, language, text);
    language = l.language;
    if (l.reason !== undefined) modelReasons.push(l.reason);
  }
  const tokens = text.tokens;
  const brandTrie = brandLexicon(brand);
  // Words whose toxic weight is not the writer's: reported or quoted, banter, another sense (shipping costs, a loaf).
  const context = toxicContext(text, startsWithForeignMention(tokens, brand));
  const mask = context.mask;
  const reported: string[] = [];
  const notMeant: string[] = [];

  const ev = new Evidence();
  const brandHits: BrandHit[] = [];
  let negateLeft = 0;
  let intensity = 1;
  let clauseStart = true;
  let addressee = text.mentions > 0;
  let sarcasmMarker = -1;
  let rhetorical = false;
  let addressesBrand = false;

  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i] as Token;
    if (tok.kind === TokenKind.Punct || tok.kind === TokenKind.Url) {
      ev.flush();
      negateLeft = 0;
      intensity = 1;
      clauseStart = true;
      i++;
      continue;
    }
    if (tok.kind === TokenKind.Mention) {
      i++;
      continue;
    }
    if (brandTrie !== null) {
      const b = longestMatch(brandTrie, tokens, i);
      if (b !== null) {
        // The brand's own word wins over whatever the built-in rules would read into it.
        brandHits.push({ term: b.info, start: i, end: b.end });
        ev.flush();
        negateLeft = 0;
        clauseStart = false;
        i = b.end;
        continue;
      }
    }
    const found = longestMatch(RULES, tokens, i);
    const rule = found === null ? null : pickRule(found.info, language);
    const m = found !== null && cutShort(rule, tokens[found.end]) ? null : found;
    if (m === null) {
      if (tok.negated) negateLeft = NEGATION_REACH;
      else if (negateLeft > 0) negateLeft--;
      ev.flush();
      intensity = 1;
      clauseStart = false;
      i++;
      continue;
    }
    const info = m.info;
    if (info.addressee && (mask === null || mask[i] === 0)) {
      addressee = true;
      if (info.formal) addressesBrand = true;
    }
    if (info.contrast) {
      ev.flush();
      ev.pos *= BEFORE_CONTRAST;
      ev.neg *= BEFORE_CONTRAST;
      ev.labels[G] *= 0.6;
      ev.contrastAt = ev.hits.length;
    }
    if (rule !== null && rule.weighted) {
      const negated = negateLeft > 0;
      const w = negated ? negatedWeights(rule) : rule;
      let boost = intensity;
      for (let k = i; k < m.end; k++) if ((tokens[k] as Token).alt !== null) boost *= 1.3;
      const hitLabels: LabelWeights = [...w.labels];
      // An interrogative that opens a clause is a stronger question cue than one mid-sentence.
      if (clauseStart && hitLabels[Q] > 0 && hitLabels[Q] < 1) hitLabels[Q] = Math.min(1, hitLabels[Q] * 1.5);
      if (hitLabels[Q] < 0) rhetorical = true;
      let polarity = w.polarity * boost;
      const kind = mask === null ? 0 : maskOf(mask, i, m.end);
      if (kind !== 0) {
        if (hitLabels[T] > 0) (kind === NOT_MEANT ? notMeant : reported).push(asWritten(input.text, text, i, m.end) ?? span(tokens, i, m.end));
        hitLabels[T] = 0;
        // Banter and an everyday sense are not negative; a reported insult still is.
        if (kind === NOT_MEANT && polarity < 0) polarity = 0;
      }
      const hit: Hit = { rule, start: i, end: m.end, negated, labels: hitLabels, polarity };
      if (rule.sarcasm) sarcasmMarker = ev.hits.length;
      if (info.intensifier > 0 && !negated) {
        // "super" alone is praise; "super lent" only strengthens "lent". Decide at the next word.
        ev.flush();
        ev.pending = hit;
        intensity = info.intensifier;
      } else {
        if (ev.pending !== null) {
          if (hit.polarity === 0) ev.flush();
          else ev.pending = null;
        }
        ev.apply(hit);
        intensity = 1;
      }
      if (negated && w.polarity !== 0) negateLeft = 0;
    } else {
      if (info.intensifier > 0) {
        ev.flush();
        intensity = info.intensifier;
      } else if (negateLeft > 0) negateLeft--;
    }
    if (info.negator) negateLeft = NEGATION_REACH;
    else if (tok.negated) negateLeft = NEGATION_REACH;
    clauseStart = false;
    i = m.end;
  }
  ev.flush();
  const { hits, labels, ironicPraise, contrastAt } = ev;
  let { pos, neg } = ev;
  // A comment opening on someone's @handle talks to that person, not to the brand, unless it
  // uses the formal / plural "vous" or tags one of the brand's own accounts.
  const friendTag = startsWithForeignMention(tokens, brand) && !addressesBrand;

  const extra: Reason[] = [];
  const threats = threatSpans(text, mask, context.banter, friendTag);
  for (const [a, b] of threats) {
    const match = asWritten(input.text, text, a, b) ?? span(tokens, a, b);
    labels[T] += THREAT_WEIGHT;
    neg += 1;
    extra.push({ rule: 'toxic.threat', label: 'toxic', polarity: 'negative', match, detail: `threat: “${match}”`, source: 'rule' });
  }
  const named = namedInsults(text, hits, tokens);
  if (named.length > 0) {
    labels[T] += THREAT_WEIGHT;
    extra.push({ rule: 'toxic.named', label: 'toxic', polarity: 'negative', match: named.join(', '), detail: `names the reader: “${named.join('”, “')}”`, source: 'rule' });
  }
  // Hate at a group in ordinary words, unless the comment praises ("les femmes adorent, toutes des fans").
  const group = groupHateSpan(tokens, mask);
  if (group !== null && !hits.some(praises)) {
    const match = asWritten(input.text, text, group[0], group[1]) ?? span(tokens, group[0], group[1]);
    labels[T] += THREAT_WEIGHT;
    neg += 1;
    extra.push({ rule: 'toxic.group', label: 'toxic', polarity: 'negative', match, detail: `hate at a group: “${match}”`, source: 'rule' });
  }
  // A quoted name the frame gives the reader is the writer's own (« "incompétents", c'est le mot qui vous décrit »).
  const namedKeys = new Set(named.map((w) => fold(w)));
  const reportedOnly = namedKeys.size === 0 ? reported : reported.filter((w) => !namedKeys.has(fold(w)));
  if (reportedOnly.length > 0) {
    labels[C] += REPORTED_GRIEVANCE;
    extra.push({ rule: 'toxic.reported', polarity: 'negative', match: reportedOnly.join(', '), detail: `reported, not the writer's own words: “${reportedOnly.join('”, “')}”`, source: 'rule' });
  }
  if (notMeant.length > 0) {
    const banter = context.banter();
    const why = banter ? 'banter between friends' : 'an everyday sense';
    extra.push({ rule: banter ? 'toxic.banter' : 'toxic.sense', match: notMeant.join(', '), detail: `${why}: “${notMeant.join('”, “')}”`, source: 'rule' });
  }
  structuralCues(text, labels, extra, rhetorical);
  questionOpener(tokens, language, labels, extra);

  // Sarcasm: praise words next to an irony marker and something going wrong ("Super, encore un
  // retard 🙄"), or praise that follows the account of a problem ("Rep hung up on me. Great service").
  let sarcasm = false;
  // Thanks for a problem solved are sincere however near the problem's words, and so is praise
  // after bad news about the writer's day ("horrible day at work, the milkshake fixed it"): ./no-blame.ts.
  const solved = problemSolved(tokens);
  const mishap = ownMishap(tokens);
  const complaintSpans = hits.filter((h) => (h.labels[C] as number) > 0 && !h.negated).map((h) => [h.start, h.end] as const);
  const life = mishap === null && solved === null && lifeOnly(tokens, complaintSpans) ? (complaintSpans[0] as readonly [number, number]) : null;
  const markerHit = sarcasmMarker >= 0 ? (hits[sarcasmMarker] as Hit) : ironicPraise >= 0 ? (hits[ironicPraise] as Hit) : null;
  if (markerHit !== null && solved === null && life === null && pos > 0 && (ironicPraise >= 0 || markerHit.rule.lang === 'shared' || labels[C] >= 0.5)) {
    sarcasm = true;
    neg += pos;
    pos = 0;
    labels[G] = 0;
    labels[C] += 0.5;
    extra.push({
      rule: 'sarcasm',
      label: labels[C] >= LABEL_THRESHOLDS.complaint ? 'complaint' : undefined,
      polarity: 'negative',
      match: span(tokens, markerHit.start, markerHit.end),
      detail: 'Praise words next to an irony marker or a problem read as sarcasm',
      source: 'rule',
    });
  }
  // A question asked about something that went wrong is also a complaint ("c'est normal ?").
  if (text.questionMarks > 0 && labels[C] >= 0.5 && labels[C] < LABEL_THRESHOLDS.complaint && neg > pos) {
    labels[C] += 0.4;
    extra.push({ rule: 'complaint.question', label: 'complaint', match: '?', detail: 'Asks about a problem', source: 'rule' });
  }

  // A question whose object is buying is a lead, unless it asks about a problem or insults.
  if (labels[L] < LABEL_THRESHOLDS.lead && labels[Q] >= LABEL_THRESHOLDS.question && !rhetorical && labels[C] < 0.5 && labels[T] < 0.4 && (labels[L] >= LEAD_IN_QUESTION || (labels[L] + COUNT_LEAD >= LEAD_IN_QUESTION && countOfGoods(tokens)))) {
    labels[L] = LABEL_THRESHOLDS.lead;
    extra.push({ rule: 'lead.question', label: 'lead', match: '', detail: 'Asks about buying: a price, a quantity, a size in stock, an offer for a group', source: 'rule' });
  }
  // A problem word told inside the story of an order, a delivery or a visit ("ordered on the 2nd,
  // tracking has said 'label created' ever since"): the story makes it a grievance.
  if (labels[C] >= 0.3 && labels[C] < LABEL_THRESHOLDS.complaint && pos < 1 && labels[L] < LABEL_THRESHOLDS.lead && storyEvent(tokens, language)) {
    labels[C] += STORY_BOOST;
    neg += 0.3;
    extra.push({ rule: 'complaint.story', label: 'complaint', polarity: 'negative', match: '', detail: 'A problem told in the story of an order, a delivery or a visit', source: 'rule' });
  }

  // Toxicity needs a target: "idiot" about a product is not harassment, "vous êtes des idiots" is.
  if (labels[T] >= 0.4 && labels[T] < LABEL_THRESHOLDS.toxic && addressee) {
    labels[T] += 0.6;
    extra.push({ rule: 'toxic.addressed', label: 'toxic', match: 'you / @mention', detail: 'Insult aimed at a person', source: 'rule' });
  }
  // "Why did my bill go up??" — doubled question marks with no praise read as exasperation.
  if (text.questionMarks >= 2 && pos < 0.5 && (neg > 0 || labels[C] > 0)) {
    neg += 0.5;
    labels[C] += 0.4;
    extra.push({ rule: 'complaint.exasperation', label: 'complaint', polarity: 'negative', match: '??', detail: 'Repeated question marks in a negative comment', source: 'rule' });
  }
  if (text.letters >= 8 && text.capsRatio > 0.7 && neg > pos) {
    neg *= 1.3;
    labels[C] += 0.3;
    extra.push({ rule: 'shouting', label: 'complaint', polarity: 'negative', match: 'CAPS', detail: 'Written in capitals', source: 'rule' });
  }
  if (text.exclamations >= 2) {
    pos *= 1.15;
    neg *= 1.15;
  }
  // A clearly unhappy comment about what happened is a complaint even without a "complaint word"
  // ("Dirty cabin, sticky tray tables"). Insults alone are left to the toxic flag.
  const net = neg - pos;
  // A complaint read in words (or in sarcasm) turns the sentiment negative even where the model hears praise.
  const wordComplaint = sarcasm || (labels[C] as number) >= LABEL_THRESHOLDS.complaint;
  if (labels[C] < LABEL_THRESHOLDS.complaint && labels[T] < LABEL_THRESHOLDS.toxic && net >= COMPLAINT_NET && labels[C] + net * NET_TO_EVIDENCE >= LABEL_THRESHOLDS.complaint) {
    extra.push({ rule: 'complaint.negative', label: 'complaint', polarity: 'negative', match: '', detail: 'Strongly negative about the brand', source: 'rule' });
    labels[C] = LABEL_THRESHOLDS.complaint;
  }
  // Praise needs less lexical evidence when the whole comment is clearly positive.
  if (labels[G] >= 0.5 && pos - neg >= 1 && labels[G] < LABEL_THRESHOLDS.praise) labels[G] = LABEL_THRESHOLDS.praise;

  // The writer's own mishap told to ask for help ("lost my card, how do I freeze it?") is a request,
  // thanks for a problem solved are praise, bad news about the writer's day is life: none is a complaint.
  const noBlame = mishap ?? solved ?? life;
  if (noBlame !== null) {
    labels[C] = 0;
    const match = asWritten(input.text, text, noBlame[0], noBlame[1]) ?? span(tokens, noBlame[0], noBlame[1]);
    extra.push(
      mishap !== null
        ? { rule: 'complaint.own', match, detail: "The writer's own mishap: asks for help, blames no one", source: 'rule' }
        : solved !== null
          ? { rule: 'complaint.solved', match, detail: 'Thanks for a problem solved: nothing left to answer', source: 'rule' }
          : { rule: 'complaint.life', match, detail: "Bad news about the writer's day, not about the brand", source: 'rule' },
    );
  }
  const flagged = new Set<TriageLabel>();
  LABEL_ORDER.forEach((label, k) => {
    if ((labels[k] as number) >= LABEL_THRESHOLDS[label]) flagged.add(label);
  });
  if (model !== null && scores !== null) {
    const ruleHits = (label: TriageLabel) => {
      const k = LABEL_INDEX[label];
      // A threat is a precise rule: it counts twice, so the model does not veto it alone.
      return hits.filter((h) => (h.labels[k] as number) > 0).length + extra.filter((r) => r.label === label).length + (label === 'toxic' ? threats.length : 0);
    };
    // The model reads the comment without the words that are not the writer's abuse.
    const modelMask = withFalseFriends(withViolentPraise(mask, hits, tokens.length), tokens, language);
    const labelScores = modelMask === null ? scores : withoutMasked(model, scores, input.text, text, modelMask);
    combineLabels(model, labelScores, { flagged, ruleHits, spamCue: (labels[S] as number) - (text.phone ? PHONE_WEIGHT : 0), addressed: addressee, addressesBrand, noBlame: noBlame !== null, calmQuestion: flagged.has('question') && neg === 0, calmPraise: (flagged.has('praise') || flagged.has('lead')) && neg === 0, calmThanks: (labels[G] as number) > 0 && neg === 0 }, extra);
  }
  if (flagged.has('complaint') && flagged.has('praise') && contrastAt < 0) {
    // "Top le service 👍" after "raccroché au nez": with no "mais", the thanks are ironic.
    flagged.delete('praise');
    neg += pos;
    pos = 0;
  } else if (flagged.has('complaint') && flagged.has('praise')) flagged.delete('praise');
  if (flagged.has('spam')) {
    // Promotion copies the vocabulary of fans and buyers; none of it is meant.
    flagged.delete('praise');
    flagged.delete('lead');
    flagged.delete('question');
    // "Please help me reach 1000 subs": a grievance the model hears in the plea, no rule word behind it.
    if ((labels[C] as number) < LABEL_THRESHOLDS.complaint) flagged.delete('complaint');
  }
  // An insult, hate or a threat at a person is what the moderator deals with, unless the comment
  // also asks or complains strongly.
  if (flagged.has('toxic') && labels[Q] < 1.5) flagged.delete('question');
  if (flagged.has('toxic') && labels[C] < 1.5) flagged.delete('complaint');
  // Praise words around a threat are taunts ("keep it up and see what happens").
  if (threats.length > 0) flagged.delete('praise');
  // Vulgar language is toxic too, for the moderator to see, but it takes no other label away and
  // leaves the sentiment to the words around it: "putain de box qui redémarre" is still a complaint.
  const vulgar = mayBeVulgar(tokens) ? vulgarWords(input.text, tokens, mask) : [];
  const vulgarOnly = vulgar.length > 0 && !flagged.has('toxic');
  if (vulgar.length > 0) {
    flagged.add('toxic');
    extra.push({ rule: 'toxic.vulgar', label: 'toxic', match: vulgar.join(', '), detail: `vulgar: ${vulgar.join(', ')}`, source: 'rule' });
  }
  if (friendTag && flagged.has('question') && labels[Q] < 1.6) flagged.delete('question');

  let total = pos - neg;
  if (flagged.has('complaint') && total > -0.5) total -= 0.5;
  let score = total / (Math.abs(total) + SQUASH);
  let modelSentiment = 0;
  if (model !== null && scores !== null) {
    let strongPos = 0;
    let weakPos = 0;
    let strongNeg = 0;
    let weakNeg = 0;
    let negated = 0;
    for (const h of hits) {
      if (h.polarity === 0) continue;
      if (h.negated) negated++;
      if (h.polarity >= 1) strongPos++;
      else if (h.polarity > 0) weakPos++;
      else if (h.polarity <= -1) strongNeg++;
      else weakNeg++;
    }
    const evidence: SentimentEvidence = {
      score, pos, neg, strongPos, weakPos, strongNeg, weakNeg, negated, sarcasm, contrast: contrastAt >= 0,
      complaint: flagged.has('complaint'), wordComplaint, plainQuestion: flagged.has('question') && !flagged.has('complaint'),
      questionMark: text.questionMarks > 0, toxic: flagged.has('toxic'), praise: flagged.has('praise'),
    };
    score = (sentimentStackerOf(model) ?? handSentiment)(scores, evidence, NEUTRAL_BAND);
    if (scores.sentiment !== undefined) modelSentiment = scores.sentiment.positive - scores.sentiment.negative;
  }

  // Brand corrections on top of the rules.
  let forced: Polarity | null = null;
  for (const b of brandHits) {
    for (const l of b.term.addLabels) flagged.add(l);
    if (b.term.polarity !== null) forced = b.term.polarity;
  }
  for (const b of brandHits) for (const l of b.term.removeLabels) flagged.delete(l);

  if (flagged.has('spam') && (!flagged.has('toxic') || vulgarOnly) && !flagged.has('complaint')) score = 0;
  if (forced !== null) score = forced === 'positive' ? Math.max(score, 0.5) : forced === 'negative' ? Math.min(score, -0.5) : 0;
  score = Math.max(-1, Math.min(1, Math.round(score * 1000) / 1000));
  const value: Polarity = score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral';
  if (scores !== null && value !== 'neutral' && (value === 'positive' ? modelSentiment >= 0.3 : modelSentiment <= -0.3)) {
    modelReasons.push({ rule: 'model.sentiment', polarity: value, match: '', detail: `model: ${Math.abs(modelSentiment).toFixed(2)} ${value}`, source: 'model', confidence: Math.round(Math.abs(modelSentiment) * 1000) / 1000 });
  }

  return {
    labels: LABEL_ORDER.filter((l) => flagged.has(l)),
    sentiment: { value, score: value === 'neutral' && forced === 'neutral' ? 0 : score },
    language,
    competitors: competitorsInTokens(tokens, brand),
    reasons: [...buildReasons(tokens, hits, brandHits, extra, flagged, sarcasm, value), ...modelReasons],
  };
}

/**
 * The strong swear words of a comment as a reader sees it (no masks, no look-alike letters), each
 * once; not those only found in reported or quoted words ("il m'a dit « va te faire foutre »").
 */
function vulgarWords(raw: string, tokens: readonly Token[], mask: Uint8Array | null): string[] {
  const words: string[] = [];
  for (const w of swearWords(unmask(sampleText(raw)))) if (w.vulgar && !words.includes(w.word) && (mask === null || !onlyMasked(w.word, tokens, mask))) words.push(w.word);
  return words;
}

/** Whether a word's first piece appears among the masked tokens and nowhere else. */
function onlyMasked(word: string, tokens: readonly Token[], mask: Uint8Array): boolean {
  const key = fold(word).split(/[\s']/u)[0] as string;
  let inMask = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.key !== key && t.alt !== key) continue;
    if (mask[i] === 0) return false;
    inMask = true;
  }
  return inMask;
}

/**
 * Tokens [a, b) as the comment writes them ("you'll pay for this", "je sais où tu habites"), or
 * null where the normaliser's offsets do not hold.
 */
function asWritten(raw: string, text: NormalisedText, a: number, b: number): string | null {
  const { starts, tokens } = text;
  if (starts === null || b <= a || (tokens[b - 1] as Token).kind !== TokenKind.Word) return null;
  const read = unmask(sampleText(raw));
  let end = starts[b - 1] as number;
  while (end < read.length && /[\p{L}\p{N}\p{M}'’]/u.test(read[end] as string)) end++;
  const out = read.slice(starts[a], end).replace(/\s+/gu, ' ').replace(/['’]+$/u, '');
  return out === '' ? null : out;
}

/** The strongest mask value over tokens [start, end). */
function maskOf(mask: Uint8Array, start: number, end: number): number {
  let v = 0;
  for (let k = start; k < end; k++) v = Math.max(v, mask[k] as number);
  return v;
}

/**
 * The mask the model's toxic head reads through, with the words of praise slang that borrows
 * violence ("I'd kill for your tart", « je tuerais pour votre flan », "killed it") added: the rules
 * read them as praise, and the head learnt "kill" from threats.
 */
function withViolentPraise(mask: Uint8Array | null, hits: readonly Hit[], length: number): Uint8Array | null {
  let out = mask;
  for (const h of hits) {
    if (!praises(h) || !VIOLENT_PRAISE.has(h.rule.term)) continue;
    if (out === null) out = new Uint8Array(length);
    else if (out === mask) out = out.slice();
    for (let k = h.start; k < h.end; k++) if (out[k] === 0) out[k] = NOT_MEANT;
  }
  return out;
}

/** The mask with the other language's insults that are ordinary words in this one ("sale" in English) added. */
function withFalseFriends(mask: Uint8Array | null, tokens: readonly Token[], language: DetectedLanguage): Uint8Array | null {
  const friends = language === 'fr' || language === 'en' ? FALSE_FRIENDS[language] : null;
  if (friends === null) return mask;
  let out = mask;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== TokenKind.Word || !friends.has(t.key)) continue;
    if (out === null) out = new Uint8Array(tokens.length);
    else if (out === mask) out = out.slice();
    if (out[i] === 0) out[i] = NOT_MEANT;
  }
  return out;
}

/**
 * The scores the label heads are joined with when some words are masked: the toxic head reads the
 * comment without them (and names its evidence from what is left), the other heads as written.
 */
function withoutMasked(model: TriageModel, scores: ModelScores, raw: string, text: NormalisedText, mask: Uint8Array): ModelScores {
  const { tokens, starts } = text;
  let kept = '';
  if (starts !== null) {
    // Cut each run of masked tokens out of the text as written, up to the next kept token.
    const read = unmask(sampleText(raw));
    let at = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (mask[i] === 0 || (i > 0 && mask[i - 1] !== 0)) continue;
      let j = i;
      while (j < tokens.length && mask[j] !== 0) j++;
      kept += `${read.slice(at, starts[i])} `;
      at = j < tokens.length ? (starts[j] as number) : read.length;
    }
    kept += read.slice(at);
  } else {
    for (let i = 0; i < tokens.length; i++) if (mask[i] === 0) kept += ` ${(tokens[i] as Token).key}`;
  }
  const masked = scoreText(model, modelView(kept));
  return { ...masked, binary: { ...scores.binary, toxic: masked.binary.toxic } };
}

/**
 * English inverts a question even without its "?": "are the croissants made with real butter",
 * "hi, is fiber available on Maple Ave yet". An inverted verb counts where a sentence or clause
 * starts, and not before a word that makes a statement of it ("do not buy", "can confirm").
 */
function questionOpener(tokens: readonly Token[], language: DetectedLanguage, labels: LabelWeights, extra: Reason[]): void {
  if (language !== 'en' || labels[Q] >= LABEL_THRESHOLDS.question) return;
  let atStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === TokenKind.Punct) atStart = true;
    else if (t.kind === TokenKind.Word) {
      const next = tokens[i + 1];
      if (atStart && QUESTION_OPENERS.has(t.key) && next !== undefined && next.kind === TokenKind.Word && !NOT_A_QUESTION_AFTER_OPENER.has(next.key)) {
        labels[Q] += 1;
        extra.push({ rule: 'question.opener', label: 'question', match: t.key, detail: 'Opens with an inverted verb: a question without its "?"', source: 'rule' });
        return;
      }
      if (!OPENER_LEAD_INS.has(t.key)) atStart = false;
    } else if (t.kind !== TokenKind.Mention && t.kind !== TokenKind.Emoji) atStart = false;
  }
}

/** The comment tells the story of an order, a delivery or a visit (a purchase or service event word). */
function storyEvent(tokens: readonly Token[], language: DetectedLanguage): boolean {
  const stems = language === 'fr' ? STORY_EVENT_STEMS_FR : language === 'en' ? STORY_EVENT_STEMS_EN : null;
  if (stems === null) return false;
  for (const t of tokens) {
    if (t.kind !== TokenKind.Word) continue;
    for (const stem of stems) if (t.key.startsWith(stem)) return true;
  }
  return false;
}

/**
 * A count of goods or people: a number of 3 or more, opening a clause or after a verb of ordering,
 * a preposition or "we are" (`COUNT_AFTER`), before a word that is no unit, with a plural within
 * two words ("40 mini quiches", "30 seats", "18 students"). One or two of a thing, or a model's
 * number ("router 7 extenders"), is not an order.
 */
function countOfGoods(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.numeric || Number(t.key) < 3) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (next === undefined || next.kind !== TokenKind.Word || next.numeric || NOT_A_COUNT_AFTER.has(next.key)) continue;
    if (prev !== undefined && prev.kind === TokenKind.Word && !COUNT_AFTER.has(prev.key)) continue;
    const after = tokens[i + 2];
    if (isPlural(next) || (after !== undefined && after.kind === TokenKind.Word && isPlural(after))) return true;
  }
  return false;
}

const isPlural = (t: Token): boolean => t.key.length > 3 && !NOT_A_COUNT_AFTER.has(t.key) && (t.key.endsWith('s') || t.key.endsWith('x'));

/**
 * Link shorteners and the lookalike hosts scams register: a customer shows a product page or a
 * screenshot, a plug hides its destination ("watch this instead: bit.ly/…"). With the link's own
 * weight (0.6) this is spam by itself; a fan's shortened link to a source is rare enough to accept.
 */
const SHORT_LINK = /^(?:https?:\/\/)?(?:www\.)?(bit\.ly|tinyurl\.com|goo\.gl|cutt\.ly|rb\.gy|is\.gd|shorturl\.at|tiny\.cc|ow\.ly|t\.ly|s\.id|rebrand\.ly|shorte\.st|adf\.ly|linktr\.ee|[a-z0-9-]+\.(?:xyz|click|icu|top|vip|link|help|store|online|site|live|club|info))(?:\/|$)/;
const SHORT_LINK_WEIGHT = 0.4;
/** A phone number: a scammer's WhatsApp as often as a customer's own, left to be called back. */
const PHONE_WEIGHT = 0.7;

function shortLink(tokens: readonly Token[]): string | null {
  for (const t of tokens) {
    if (t.kind !== TokenKind.Url) continue;
    const m = SHORT_LINK.exec(t.key);
    if (m !== null) return m[1] as string;
  }
  return null;
}

function structuralCues(text: NormalisedText, labels: LabelWeights, extra: Reason[], rhetorical: boolean): void {
  if (text.urls > 0) {
    const w = 0.6 + 0.3 * (text.urls - 1) + (text.words <= 3 ? 0.4 : 0);
    labels[S] += w;
    extra.push({ rule: 'spam.link', label: 'spam', match: 'link', detail: `Contains ${text.urls} link(s)`, source: 'rule', count: text.urls });
    const short = shortLink(text.tokens);
    if (short !== null) {
      labels[S] += SHORT_LINK_WEIGHT;
      extra.push({ rule: 'spam.shortlink', label: 'spam', match: short, detail: 'A shortened or lookalike link hides where it leads', source: 'rule' });
    }
  }
  if (text.phone) {
    labels[S] += PHONE_WEIGHT;
    extra.push({ rule: 'spam.phone', label: 'spam', match: 'phone number', detail: 'Contains a phone number', source: 'rule' });
  }
  if (text.mentions >= 4) {
    labels[S] += 0.5;
    extra.push({ rule: 'spam.mentions', label: 'spam', match: `${text.mentions} @mentions`, detail: 'Tags many accounts', source: 'rule', count: text.mentions });
  }
  if (text.hashtags >= 5) {
    labels[S] += 0.5;
    extra.push({ rule: 'spam.hashtags', label: 'spam', match: `${text.hashtags} #hashtags`, detail: 'Hashtag stuffing', source: 'rule', count: text.hashtags });
  }
  if (text.questionMarks > 0) {
    labels[Q] += rhetorical ? 0.6 : 1;
    extra.push(
      rhetorical
        ? { rule: 'question.rhetorical', label: 'question', match: '?', detail: 'Question mark after a rhetorical word', source: 'rule' }
        : { rule: 'question.mark', label: 'question', match: '?', detail: 'Ends a sentence with a question mark', source: 'rule' },
    );
  }
}

const LABEL_INDEX: Record<TriageLabel, number> = { complaint: C, question: Q, lead: L, praise: G, spam: S, toxic: T };
const RULE_ID: Record<TriageLabel, string> = {
  complaint: 'lexicon.complaint',
  question: 'lexicon.question',
  lead: 'lexicon.lead',
  praise: 'lexicon.praise',
  spam: 'lexicon.spam',
  toxic: 'lexicon.toxic',
};

function buildReasons(
  tokens: readonly Token[],
  hits: readonly Hit[],
  brandHits: readonly BrandHit[],
  extra: Reason[],
  flagged: ReadonlySet<TriageLabel>,
  sarcasm: boolean,
  value: Polarity,
): Reason[] {
  const reasons: Reason[] = [];
  for (const hit of hits) {
    const match = span(tokens, hit.start, hit.end);
    const neg = hit.negated ? ' (negated)' : '';
    let labelled = false;
    for (const label of flagged) {
      const w = hit.labels[LABEL_INDEX[label]] as number;
      if (w <= 0 || (sarcasm && label === 'praise')) continue;
      labelled = true;
      reasons.push({
        rule: hit.negated ? 'negation' : RULE_ID[label],
        label,
        polarity: hit.polarity > 0 ? 'positive' : hit.polarity < 0 ? 'negative' : undefined,
        match,
        detail: `“${match}”${neg} → ${label}`,
        source: 'rule',
      });
    }
    const polarity: Polarity | null = hit.polarity >= 0.5 ? 'positive' : hit.polarity <= -0.5 ? 'negative' : null;
    if (!labelled && polarity !== null && (polarity === value || hit.negated)) {
      reasons.push({ rule: hit.negated ? 'negation' : 'lexicon.sentiment', polarity, match, detail: `“${match}”${neg} → ${polarity}`, source: 'rule' });
    }
  }
  for (const r of extra) if (r.label === undefined || flagged.has(r.label)) reasons.push(r);
  for (const b of brandHits) {
    const match = span(tokens, b.start, b.end);
    const parts = [
      ...b.term.addLabels.map((l) => `+${l}`),
      ...b.term.removeLabels.map((l) => `−${l}`),
      ...(b.term.polarity ? [b.term.polarity] : []),
    ];
    reasons.push({
      rule: 'brand.lexicon',
      label: b.term.addLabels[0],
      polarity: b.term.polarity ?? undefined,
      match,
      detail: `Brand correction “${b.term.entry.term}”: ${parts.join(', ') || 'no effect'}`,
      source: 'brand-lexicon',
      correction: { term: b.term.entry.term, addLabels: [...b.term.addLabels], removeLabels: [...b.term.removeLabels] },
    });
  }
  return reasons;
}

function startsWithForeignMention(tokens: readonly Token[], brand: ClassifyOptions['brand']): boolean {
  const first = tokens[0];
  if (first === undefined || first.kind !== TokenKind.Mention) return false;
  const own = brand?.ownAccounts ?? [];
  return !own.some((a) => handleKey(a.handle) === first.key);
}
