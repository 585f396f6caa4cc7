/**
 * The engine version: a short id of everything `classify` reads besides the comment itself — the
 * built-in rules, the learned model's weights, and the brand's settings that classification uses
 * (corrections lexicon, competitors, default language, own accounts). A stored classification made
 * under the same version is the one `classify` would give now, so it is kept; a different version
 * means the comment must be classified again. Pure; the model fingerprint is computed once per
 * decoded model, the brand part once per brand object.
 */
import type { Brand } from '@/lib/schema/brand';
import { TRIAGE_LABELS, type Classification, type Polarity, type Reason, type TriageLabel } from '@/lib/schema/classification';
import type { StoredTriage } from '@/lib/schema/interaction';
import { hashString } from '@/lib/sites/id';
import type { TriageModel } from './model/model';

/**
 * Raise whenever the rules change what they output (lexicons, thresholds, negation, reasons' wording…):
 * every stored classification is then made again, once.
 */
export const TRIAGE_RULES_VERSION = 30;

/** What the version reads of a brand: exactly what `classify` reads of it. */
export type EngineBrand = Pick<Brand, 'lexicon' | 'competitors' | 'language'> & Partial<Pick<Brand, 'ownAccounts'>>;

const modelPrints = new WeakMap<TriageModel, string>();

/**
 * A model known by its fingerprint before it is decoded (the bundled one: decoding its megabyte of
 * weights is left until a comment needs the model, which a page whose comments the log already
 * classified never does).
 */
export interface ModelHandle {
  readonly fingerprint: string;
  /** Whether the weights are decoded already: `load()` then answers at once. */
  readonly decoded: boolean;
  /** The model, decoded on the first call and kept. */
  load(): TriageModel;
}

/** The fingerprint a loader worked out for the model it decoded (from its encoded weights). */
export function rememberModelFingerprint(model: TriageModel, print: string): void {
  modelPrints.set(model, print);
}
const brandPrints = new WeakMap<object, string>();

/**
 * A fingerprint of the model's weights: every weight's bits, biases, thresholds and classes. A retrained
 * model changes it even when its manifest says the same; about 1.4 million weights, a few milliseconds once.
 */
export function modelFingerprint(model: TriageModel): string {
  const known = modelPrints.get(model);
  if (known !== undefined) return known;
  let h1 = 0x811c9dc5 ^ model.dim;
  let h2 = 0x41c6ce57;
  const parts: string[] = [String(model.dim)];
  for (const [name, head] of Object.entries(model.heads).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!head) continue;
    parts.push(name, head.classes.join(','), head.bias.join(','), String(head.threshold ?? ''));
    const bits = new Uint32Array(head.weights.buffer, head.weights.byteOffset, head.weights.length);
    for (let i = 0; i < bits.length; i++) {
      const w = bits[i] as number;
      h1 = Math.imul(h1 ^ w, 2654435761);
      h2 = Math.imul(h2 ^ w, 1597334677);
    }
  }
  const print = hashString(`${parts.join('|')}|${(h1 >>> 0).toString(36)}|${(h2 >>> 0).toString(36)}`);
  modelPrints.set(model, print);
  return print;
}

/** The brand's part: its lexicon, competitors, language and own accounts, in stored order (later lexicon entries win). */
export function brandFingerprint(brand: EngineBrand | undefined): string {
  if (!brand) return 'none';
  const known = brandPrints.get(brand);
  if (known !== undefined) return known;
  const print = hashString(
    JSON.stringify([brand.lexicon, brand.competitors, brand.language, (brand.ownAccounts ?? []).map((a) => [a.platform, a.handle])]),
  );
  brandPrints.set(brand, print);
  return print;
}

/**
 * The engine version for one brand: `r<rules>.<model>.<brand>`, with `-` for the model part when
 * classifying with the rules alone.
 */
export function engineVersion(brand: EngineBrand | undefined, model: TriageModel | ModelHandle | null | undefined): string {
  const print = !model ? '-' : isHandle(model) ? model.fingerprint : modelFingerprint(model);
  return `r${TRIAGE_RULES_VERSION}.${print}.${brandFingerprint(brand)}`;
}

export function isHandle(model: TriageModel | ModelHandle): model is ModelHandle {
  return typeof (model as Partial<ModelHandle>).load === 'function';
}

/** The decoded model behind a handle (decoding it now if nothing has yet), or the model as given. */
export function decodedModel(model: TriageModel | ModelHandle | undefined): TriageModel | undefined {
  return model && isHandle(model) ? model.load() : model;
}

/** A classification as the log stores it, with the engine version that made it. */
export function storedTriageOf(result: Classification, engine: string): StoredTriage {
  return {
    engine,
    labels: [...result.labels],
    sentiment: result.sentiment.value,
    sentimentScore: result.sentiment.score,
    language: result.language,
    competitors: [...result.competitors],
    reasons: result.reasons.map((r) => definedCopy(r)),
  };
}

/**
 * A copy of every field that is set (undefined ones left out, nested objects and arrays copied), so
 * a field ReasonSchema gains is stored and read back without being listed here.
 */
function definedCopy<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[key] = Array.isArray(v) ? [...(v as unknown[])] : v !== null && typeof v === 'object' ? definedCopy(v as object) : v;
  }
  return out as T;
}

const isLabel = (value: string | undefined): value is TriageLabel => (TRIAGE_LABELS as readonly (string | undefined)[]).includes(value);
const SOURCES: readonly string[] = ['rule', 'brand-lexicon', 'model'];

/**
 * A stored classification read back as the engine's `Classification`; what the community manager
 * corrected (`labels`, `sentiment` of the logged comment) replaces the engine's. Labels an older
 * engine knew and this one does not are left out.
 */
export function classificationOf(stored: StoredTriage, shown?: { labels?: readonly string[]; sentiment?: Polarity }): Classification {
  const sentiment = shown?.sentiment ?? stored.sentiment;
  return {
    labels: (shown?.labels ?? stored.labels).filter(isLabel),
    sentiment: { value: sentiment, score: sentiment === stored.sentiment ? stored.sentimentScore : 0 },
    language: stored.language === 'fr' || stored.language === 'en' ? stored.language : 'other',
    competitors: [...stored.competitors],
    reasons: stored.reasons.map((r) => {
      // Stored loosely: the fields this engine's types are narrower for are narrowed, the rest copied as is.
      const { label, source, correction, ...rest } = definedCopy(r);
      return {
        ...rest,
        ...(isLabel(label) ? { label } : {}),
        source: source && SOURCES.includes(source) ? (source as Reason['source']) : 'rule',
        ...(correction ? { correction: { ...correction, addLabels: correction.addLabels.filter(isLabel), removeLabels: correction.removeLabels.filter(isLabel) } } : {}),
      };
    }),
  };
}

/**
 * Does a logged comment need classifying (again) under engine version `engine`, for this text? Its
 * stored classification stands only when made by this engine for this very text.
 */
export function needsClassification(row: { triage?: Pick<StoredTriage, 'engine'>; text?: string } | undefined, engine: string, text: string): boolean {
  return !row?.triage || row.triage.engine !== engine || row.text !== text;
}
