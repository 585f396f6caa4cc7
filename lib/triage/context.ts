/**
 * Whose words an insult or a threat in a comment are. A customer reporting what a driver called
 * her (« m'a traitée de "grosse vache" »), a quote, friends teasing each other about a game (« @lea
 * je vais te défoncer à Fifa 😂 ») or "fdp" beside a price hold toxic words that are not the
 * writer's abuse; a threat without any insult word (« je sais où tu habites ») is. Pure; the word
 * lists are in ./lexicon/context.ts.
 */
import { newNode, insertTerm, longestMatch, type TrieNode } from './compile';
import {
  BANTER_WORDS, CARE, CLAUSE_BREAK, COPULAS, GAME_WORDS, IRONY_FRAMES, IRONY_HARM, LAUGHTER, NAMING_AFTER, NAMING_BEFORE, NAMING_REACH, NOT_A_THREAT_AFTER, READER, REPORT_AUX, REPORT_LINKS, REPORT_PASSIVE,
  REPORT_REACH, REPORT_VERBS, REPORTED_TO, OTHER_SENSES, THREAT_ALIASES, THREATS, OWN_KIN_BEFORE, PREMISES_BARE, SCHEDULE_WORDS, VEILED_BARE_TARGETS, VEILED_CONSEQUENCES, VEILED_CUES, VEILED_HAZARDS,
  VEILED_OBJECT_AFTER, VEILED_REACH, VEILED_RECOURSE, VEILED_REPEATS, VEILED_TARGETS, VEILED_TRIGGERS, YOURS,
} from './lexicon/context';
import { TokenKind, type NormalisedText, type Token } from './normalise';

/** Mask values: the words are reported (their toxic weight goes, their negativity stays)… */
export const REPORTED = 1;
/** …or not meant at all (banter, another sense: shipping costs, a loaf): weight and negativity go. */
export const NOT_MEANT = 2;

/** French object pronouns before a reporting verb that name the writer or a third party ("m'a traitée"). */
const OBJECT_BEFORE: ReadonlySet<string> = new Set(['m', 'me', 'moi', 'nous', 'jme', 'lui', 'leur', 'l', 'la', 'le', 'les', 's', 'se']);
/** Of those, a third party: after "je" ("je l'ai traité de…") the words are the writer's own. */
const THIRD_PARTY: ReadonlySet<string> = new Set(['lui', 'leur', 'l', 'la', 'le', 'les']);
/** English reporting verbs that make a passive ("got called a", "was told to"). */
const PARTICIPLES: ReadonlySet<string> = new Set(['called', 'named', 'labelled', 'labeled', 'told', 'cursed']);
/** English object pronouns right after a reporting verb ("called me"). */
const OBJECT_AFTER: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them']);
/** Before the object pronoun, the writer ("je l'ai traité de…") or a supposition ("si le traite de…"). */
const WRITER_SUBJECT: ReadonlySet<string> = new Set(['j', 'je', 'si']);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === TokenKind.Word;
/** A full stop, a question or an exclamation, an ellipsis or a line break ends a sentence; a comma does not. */
const endsSentence = (t: Token): boolean => t.kind === TokenKind.Punct && /[.!?…\n]/u.test(t.key);

/**
 * Whether the reporting verb at `i` reports words said to the writer or to a third party: true,
 * to the reader ("il t'a traité de", "called you"): false, neither: null.
 */
function reportedTo(tokens: readonly Token[], i: number): boolean | null {
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    const t = tokens[j];
    if (!isWord(t)) break;
    if (READER.has(t.key)) return false;
    if (OBJECT_BEFORE.has(t.key)) {
      const subject = tokens[j - 1];
      // "je l'ai traité de…": the writer's own words about someone.
      return !(THIRD_PARTY.has(t.key) && isWord(subject) && WRITER_SUBJECT.has(subject.key));
    }
    if (REPORT_PASSIVE.has(t.key) && PARTICIPLES.has((tokens[i] as Token).key)) {
      const subject = tokens[j - 1];
      return !(isWord(subject) && READER.has(subject.key));
    }
    if (!REPORT_AUX.has(t.key)) break;
  }
  // A verb opening its clause is an order ("dis-moi, sale…"), not a report.
  const before = tokens[i - 1];
  if (!isWord(before)) return null;
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k];
    if (!isWord(t)) break;
    if (READER.has(t.key)) return false;
    if (REPORTED_TO.has(t.key)) return true;
    if (!REPORT_LINKS.has(t.key)) break;
  }
  return null;
}

/**
 * Token `k` is the reader: "tu", "t'", "you"…, or "vous êtes" (« "escrocs", voilà ce que vous
 * êtes »; a bare "vous" is the brand asked to act: « vous modérez quoi ? »).
 */
function speaksToReader(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t)) return false;
  if (READER.has(t.key)) return true;
  const next = tokens[k + 1];
  return t.key === 'vous' && isWord(next) && (next.key === 'etes' || next.key === 'etiez');
}

/** The sentence around token `at`: [start, end). */
export function sentence(tokens: readonly Token[], at: number): [number, number] {
  let s = at;
  while (s > 0 && !endsSentence(tokens[s - 1] as Token)) s--;
  let e = at;
  while (e < tokens.length && !endsSentence(tokens[e] as Token)) e++;
  return [s, e];
}

/**
 * Friends' banter: a friend's @handle or a game, with laughter or the game ("@tom going down at mario
 * kart lol"); an @handle anywhere with laughter ("mdr @Hugo je vais te défoncer ce soir 😂").
 */
function isBanter(tokens: readonly Token[], friendTag: boolean): boolean {
  let game = false;
  let laugh = false;
  let tag = friendTag;
  for (const t of tokens) {
    if (t.kind === TokenKind.Mention) tag = true;
    else if (t.kind === TokenKind.Word) {
      if (GAME_WORDS.has(t.key)) game = true;
      else if (LAUGHTER.has(t.alt ?? t.key) || LAUGHTER.has(t.key) || t.key.startsWith('haha') || t.key.startsWith('mdr')) laugh = true;
    } else if (t.kind === TokenKind.Emoji && LAUGHTER.has(t.key)) laugh = true;
  }
  return (friendTag && game) || (tag && laugh) || (game && laugh);
}

/**
 * Whether the comment is banter, and which tokens' toxic weight does not count (REPORTED or
 * NOT_MEANT; null when all count): the
 * words after a verb that reports what was said to the writer or a third party ("m'a traitée de",
 * "called me", "told me to") to the end of the clause, quoted words unless the sentence speaks to
 * the reader outside the quote (« "connard", c'est ce que tu es »), a friend's playful violence
 * about a game, and "fdp" beside a price.
 */
export function toxicContext(text: NormalisedText, friendTag: boolean): { mask: Uint8Array | null; banter: () => boolean } {
  const tokens = text.tokens;
  // Whether the comment is banter is asked only where it matters (a playful word, a soft threat).
  let banter: boolean | undefined;
  const out: { mask: Uint8Array | null; banter: () => boolean } = { mask: null, banter: () => (banter ??= isBanter(tokens, friendTag)) };
  let playful = false;
  const set = (i: number, v: number): void => {
    out.mask ??= new Uint8Array(tokens.length);
    if (out.mask[i] === 0) out.mask[i] = v;
  };
  const inCue: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== TokenKind.Word) continue;
    if (BANTER_WORDS.has(t.key)) playful = true;
    if (REPORT_VERBS.has(t.key) && reportedTo(tokens, i) === true) {
      for (let k = i + 1; k < tokens.length && k <= i + REPORT_REACH; k++) {
        const u = tokens[k] as Token;
        // Words said straight after the verb are the speaker's, even in the second person ("m'a sorti
        // t'es grosse"); a "tu" further on is the writer turning to the reader.
        const direct = k === i + 1 || (k === i + 2 && OBJECT_AFTER.has((tokens[i + 1] as Token).key));
        if (u.kind === TokenKind.Punct || (u.kind === TokenKind.Word && (CLAUSE_BREAK.has(u.key) || (READER.has(u.key) && !direct)))) break;
        // "qui m'a appelé est…", "who called me is…": a phone call, then the writer's own words.
        if (COPULAS.has(u.key) && (k === i + 1 || (k === i + 2 && OBJECT_AFTER.has((tokens[i + 1] as Token).key)))) break;
        set(k, REPORTED);
        inCue[k] = true;
      }
    } else if (otherSense(tokens, i)) set(i, NOT_MEANT);
  }
  const quotes = text.quotes;
  for (let q = 0; q < quotes.length; q += 2) {
    const a = quotes[q] as number;
    const b = quotes[q + 1] as number;
    let aimed = false;
    if (inCue[a] !== true) {
      const [s, e] = sentence(tokens, a);
      for (let k = s; k < e && !aimed; k++) if ((k < a || k >= b) && speaksToReader(tokens, k)) aimed = true;
    }
    if (!aimed) for (let k = a; k < b; k++) set(k, REPORTED);
  }
  if (playful && out.banter()) {
    for (let i = 0; i < tokens.length; i++) if (isWord(tokens[i]) && BANTER_WORDS.has((tokens[i] as Token).key)) set(i, NOT_MEANT);
  }
  return out;
}

/**
 * An insult word in its everyday sense (OTHER_SENSES), next to a number or a word that calls it up:
 * "fdp 4,90", "19 € + fdp 6 €", "les fdp à 7 euros"; "un bâtard et deux baguettes"; "ma chienne
 * labrador".
 */
function otherSense(tokens: readonly Token[], i: number): boolean {
  const sense = OTHER_SENSES.get((tokens[i] as Token).key);
  if (sense === undefined) return false;
  for (let k = Math.max(0, i - sense.reach); k <= Math.min(tokens.length - 1, i + sense.reach); k++) {
    const t = tokens[k] as Token;
    if (k !== i && t.kind === TokenKind.Word && (t.numeric || sense.near.has(t.key))) return true;
  }
  return false;
}

interface ThreatTerm {
  term: string;
  /** May be a joke between friends or a tip ("you'll regret not trying it"). */
  soft: boolean;
}

let threatTrie: TrieNode<ThreatTerm> | undefined;
function threats(): TrieNode<ThreatTerm> {
  if (threatTrie === undefined) {
    const root = newNode<ThreatTerm>();
    for (const entry of THREATS) {
      const soft = entry.startsWith('~');
      const term = soft ? entry.slice(1) : entry;
      const node = insertTerm(root, term);
      if (node !== null) node.info ??= { term, soft };
    }
    threatTrie = root;
  }
  return threatTrie;
}

/**
 * The threats of a comment (THREATS) as token ranges, outside masked words: a soft one is left out
 * in a comment that opens on a friend's @handle (`friend`), in banter, in a comment that shows care
 * or laughs, and when a "not" follows it in its sentence ("tu vas le regretter si tu goûtes pas").
 */
export function threatSpans(text: NormalisedText, mask: Uint8Array | null, banter: () => boolean, friend: boolean): Array<[number, number]> {
  const { tokens, origin } = spelledOut(text.tokens);
  const out: Array<[number, number]> = [];
  const trie = threats();
  const masked = (k: number): boolean => mask !== null && mask[origin === null ? k : (origin[k] as number)] !== 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i]) || masked(i)) continue;
    const m = longestMatch(trie, tokens, i);
    if (m === null) continue;
    let any = false;
    for (let k = i; k < m.end; k++) if (masked(k)) any = true;
    if (any) continue;
    if (m.info.soft) {
      // A friend tagged for a plan ("@Lea je t'attends à la sortie du taf, on se fait un burger ?"),
      // banter, care or laughter make it no threat.
      if (friend || banter() || cares(tokens) || laughs(tokens)) continue;
      const [, e] = sentence(tokens, i);
      let tip = false;
      for (let k = m.end; k < e && !tip; k++) if (isWord(tokens[k]) && NOT_A_THREAT_AFTER.has((tokens[k] as Token).key)) tip = true;
      if (tip) continue;
    }
    out.push([i, m.end]);
    i = m.end - 1;
  }
  veiledThreats(tokens, masked, out, () => banter() || cares(tokens) || laughs(tokens));
  return origin === null ? out : out.map(([a, b]) => [origin[a] as number, (origin[b - 1] as number) + 1]);
}

/** Most tokens between a veiled threat's cue and what it aims at ("waiting in the parking lot when your shift"). */
const VEILED_REACH_TOKENS = 10;

let consequenceTrie: TrieNode<true> | undefined;
let repeatTrie: TrieNode<true> | undefined;
let triggerTrie: TrieNode<true> | undefined;
let ironyTrie: TrieNode<true> | undefined;
export function phraseTrie(terms: readonly string[]): TrieNode<true> {
  const root = newNode<true>();
  for (const term of terms) {
    const node = insertTerm(root, term);
    if (node !== null) node.info = true;
  }
  return root;
}

/**
 * Threats in ordinary words, sentence by sentence, where no listed threat was found: someone or
 * something of the reader's or of the staff's next to a word that watches, waits, knows, warns or
 * burns (« ta femme devrait faire attention en rentrant », "people watching your warehouse", "when
 * her shift ends"), unless the sentence speaks of a hazard ("attention aux aimants", "the floor is
 * wet"); irony that wishes harm (« ce serait dommage qu'elle finisse en morceaux »); and a consequence
 * after a repeat in its sentence, or anywhere in a comment about moderation (« encore un mot et tu
 * verras », "Keep blocking me. … I know where your warehouse is"), unless the customer means to
 * leave, sue or review.
 */
function veiledThreats(tokens: readonly Token[], masked: (k: number) => boolean, out: Array<[number, number]>, playful: () => boolean): void {
  consequenceTrie ??= phraseTrie(VEILED_CONSEQUENCES);
  repeatTrie ??= phraseTrie(VEILED_REPEATS);
  triggerTrie ??= phraseTrie(VEILED_TRIGGERS);
  ironyTrie ??= phraseTrie(IRONY_FRAMES);
  if (!mayHold(tokens) || playful()) return;
  const sentences: Array<[number, number]> = [];
  for (let s = 0; s < tokens.length; ) {
    const [, e] = sentence(tokens, s);
    sentences.push([s, e]);
    s = e + 1;
  }
  const found = sentences.map(([s, e]) => scanSentence(tokens, s, e, masked));
  const moderation = found.some((f) => f.trigger !== null);
  // Someone's end of work in one sentence, a wait or a parking lot in the next.
  const schedule = found.findIndex((f) => f.schedule !== null);
  const awaitedAt = schedule < 0 || found.some((f) => f.ownKin) ? -1 : found.findIndex((f, n) => n >= schedule && f.lurk !== null);
  const awaited = awaitedAt < 0 ? null : widest((found[schedule] as SentenceCues).schedule, (found[awaitedAt] as SentenceCues).lurk);
  const recourse = found.some((f) => f.recourse);
  sentences.forEach(([s, e], n) => {
    if (out.some(([a, b]) => a < e && b > s)) return;
    const f = found[n] as SentenceCues;
    const span = f.aimed ?? f.irony ?? (moderation ? f.harmBare : null) ?? (n === awaitedAt ? awaited : null) ?? (f.consequence !== null && !recourse && (f.repeat !== null || moderation) ? widest(f.consequence, f.trigger, f.repeat) : null);
    if (span !== null) out.push(span);
  });
}

/**
 * Whether any veiled threat could be there, in one pass of look-ups: a cue with something to aim at
 * (a target word, premises or someone's end of work), or a consequence with a repeat or a moderation
 * act, or a harm word with irony. Most comments have none of these pairs and are not read further.
 */
function mayHold(tokens: readonly Token[]): boolean {
  const roles = veiledRoles();
  let seen = 0;
  for (const t of tokens) if (t.kind === TokenKind.Word) seen |= roles.get(t.key) ?? 0;
  if ((seen & CUE) !== 0 && (seen & AIM) !== 0) return true;
  const harm = (seen & HARM) !== 0;
  // Phrases only where the words alone did not decide (the trigger trie has prefixes: looked up last).
  if (harm && anyPhrase(ironyTrie as TrieNode<true>, tokens)) return true;
  return anyPhrase(consequenceTrie as TrieNode<true>, tokens) && (anyPhrase(repeatTrie as TrieNode<true>, tokens) || anyPhrase(triggerTrie as TrieNode<true>, tokens));
}

const CUE = 1;
const AIM = 2;
const HARM = 4;
let roles: Map<string, number> | undefined;
/** Each word's part in a veiled threat (CUE, AIM, HARM bits), one look-up a token. */
function veiledRoles(): Map<string, number> {
  if (roles === undefined) {
    roles = new Map();
    const add = (words: Iterable<string>, bit: number): void => {
      for (const w of words) (roles as Map<string, number>).set(w, ((roles as Map<string, number>).get(w) ?? 0) | bit);
    };
    add(VEILED_CUES.keys(), CUE);
    add(VEILED_TARGETS.keys(), AIM);
    add(VEILED_BARE_TARGETS, AIM);
    add(PREMISES_BARE, AIM);
    add(SCHEDULE_WORDS, AIM);
    add(IRONY_HARM, HARM);
  }
  return roles;
}

/** The token range of the first phrase of `trie` in the comment, or null. */
export function firstPhrase(trie: TrieNode<true>, tokens: readonly Token[]): [number, number] | null {
  for (let k = 0; k < tokens.length; k++) {
    if ((tokens[k] as Token).kind !== TokenKind.Word) continue;
    const m = longestMatch(trie, tokens, k);
    if (m !== null) return [k, m.end];
  }
  return null;
}

const anyPhrase = (trie: TrieNode<true>, tokens: readonly Token[]): boolean => firstPhrase(trie, tokens) !== null;

interface SentenceCues {
  /** A cue beside a target it reaches. */
  aimed: [number, number] | null;
  irony: [number, number] | null;
  consequence: [number, number] | null;
  repeat: [number, number] | null;
  trigger: [number, number] | null;
  recourse: boolean;
  /** Harm beside premises named with any determiner (a threat only in a comment about moderation). */
  harmBare: [number, number] | null;
  /** Someone's end of work ("finit à 21h"), a wait or a parking lot, and the writer's own family. */
  schedule: [number, number] | null;
  lurk: [number, number] | null;
  ownKin: boolean;
}

/** The smallest range holding each span given. */
function widest(...spans: Array<[number, number] | null>): [number, number] {
  const parts = spans.filter((p): p is [number, number] => p !== null);
  return [Math.min(...parts.map((p) => p[0])), Math.max(...parts.map((p) => p[1]))];
}

function scanSentence(tokens: readonly Token[], s: number, e: number, masked: (k: number) => boolean): SentenceCues {
  const out: SentenceCues = { aimed: null, irony: null, consequence: null, repeat: null, trigger: null, recourse: false, harmBare: null, schedule: null, lurk: null, ownKin: false };
  let premises = -1;
  const targets: Array<{ at: number; end: number; kind: string }> = [];
  const cues: Array<{ at: number; kind: keyof typeof VEILED_REACH }> = [];
  let hazard = false;
  let ironyAt: [number, number] | null = null;
  const phrase = (trie: TrieNode<true>, k: number): [number, number] | null => {
    const m = longestMatch(trie, tokens, k);
    return m !== null && m.end <= e ? [k, m.end] : null;
  };
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (!isWord(t) || masked(k)) continue;
    const next = tokens[k + 1];
    if (YOURS.has(t.key) && isWord(next)) {
      // One word may stand between: "your little office", « ta jolie boutique ».
      const after = tokens[k + 2];
      const near = VEILED_TARGETS.get(next.key);
      const far = near === undefined && isWord(after) ? VEILED_TARGETS.get(after.key) : undefined;
      if (near !== undefined) targets.push({ at: k, end: k + 2, kind: near });
      else if (far !== undefined) targets.push({ at: k, end: k + 3, kind: far });
    } else if (VEILED_BARE_TARGETS.has(t.key)) targets.push({ at: k, end: k + 1, kind: 'bare' });
    if (OWN_KIN_BEFORE.has(t.key) && isWord(next) && VEILED_TARGETS.get(next.key) === 'kin') out.ownKin = true;
    if (PREMISES_BARE.has(t.key)) premises = k;
    if (SCHEDULE_WORDS.has(t.key)) out.schedule ??= [k, k + 1];
    const cue = VEILED_CUES.get(t.key);
    if (cue !== undefined && !(cue === 'careful' && isWord(next) && VEILED_OBJECT_AFTER.has(next.key))) cues.push({ at: k, kind: cue });
    if (cue === 'wait' || cue === 'lurk') out.lurk ??= [k, k + 1];
    if (VEILED_HAZARDS.has(t.key)) hazard = true;
    if (VEILED_RECOURSE.has(t.key)) out.recourse = true;
    if (ironyAt !== null && out.irony === null && IRONY_HARM.has(t.key)) out.irony = [ironyAt[0], k + 1];
    ironyAt ??= phrase(ironyTrie as TrieNode<true>, k);
    out.consequence ??= phrase(consequenceTrie as TrieNode<true>, k);
    out.trigger ??= phrase(triggerTrie as TrieNode<true>, k);
    if (out.consequence === null) out.repeat ??= phrase(repeatTrie as TrieNode<true>, k);
  }
  if (!hazard) {
    const harm = cues.find((c) => c.kind === 'harm');
    if (harm !== undefined && premises >= 0) out.harmBare = [Math.min(harm.at, premises), Math.max(harm.at, premises) + 1];
    for (const cue of cues) {
      // A plate noted with any determiner is a threat, unless the customer means to complain of it.
      const reach = [...VEILED_REACH[cue.kind], ...(cue.kind === 'know' && !out.recourse ? ['bare'] : [])];
      const target = targets.find((x) => reach.includes(x.kind) && Math.abs(x.at - cue.at) <= VEILED_REACH_TOKENS);
      if (target !== undefined) {
        out.aimed = [Math.min(cue.at, target.at), Math.max(cue.at + 1, target.end)];
        break;
      }
    }
  }
  return out;
}

const ALIASES: ReadonlyMap<string, string> = new Map(Object.entries(THREAT_ALIASES));

/** Whether the comment laughs (LAUGHTER): a veiled warning in it is a joke ("fais attention, ils vont tout manger 😂"). */
function laughs(tokens: readonly Token[]): boolean {
  return tokens.some((t) => (t.kind === TokenKind.Word || t.kind === TokenKind.Emoji) && (LAUGHTER.has(t.key) || t.key.startsWith('haha') || t.key.startsWith('mdr')));
}

/** Whether the comment shows care (CARE): a warning in it is a friend's. */
function cares(tokens: readonly Token[]): boolean {
  return tokens.some((t) => (t.kind === TokenKind.Word || t.kind === TokenKind.Emoji) && CARE.has(t.key));
}

/**
 * The tokens with SMS spellings written out (THREAT_ALIASES: "ur" → your, "jsais" → je sais), and
 * where each came from; the tokens themselves (origin null) when none is there, as in most comments.
 */
function spelledOut(tokens: readonly Token[]): { tokens: readonly Token[]; origin: number[] | null } {
  if (!tokens.some((t) => t.kind === TokenKind.Word && ALIASES.has(t.key))) return { tokens, origin: null };
  const out: Token[] = [];
  const origin: number[] = [];
  tokens.forEach((t, i) => {
    const alias = t.kind === TokenKind.Word ? (ALIASES.get(t.key) ?? null) : null;
    for (const key of alias === null ? [null] : alias.split(' ')) {
      out.push(key === null ? t : { ...t, key, alt: null });
      origin.push(i);
    }
  });
  return { tokens: out, origin };
}

let namingBefore: TrieNode<true> | undefined;
let namingAfter: TrieNode<true> | undefined;

/**
 * Where the comment gives the reader a name (NAMING_BEFORE, NAMING_AFTER): each frame's tokens and
 * the range in which a negative word is an insult at the reader — a few words after a frame that
 * names (the next sentence when the frame asks), the start of the sentence up to a frame that sums up.
 */
export function namingRanges(text: NormalisedText): Array<{ name: [number, number]; frame: [number, number] }> {
  const tokens = text.tokens;
  namingBefore ??= phraseTrie(NAMING_BEFORE);
  namingAfter ??= phraseTrie(NAMING_AFTER);
  const out: Array<{ name: [number, number]; frame: [number, number] }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i])) continue;
    const before = longestMatch(namingBefore, tokens, i);
    if (before !== null) {
      const [, e] = sentence(tokens, i);
      const asks = e < tokens.length && (tokens[e] as Token).key.includes('?');
      // A name asked about is hearsay ("they call you a scam on reddit, is it true?"), unless the
      // question only leads to it (« tu sais comment on t'appelle ? « la boulette » »).
      const frame: [number, number] = [i, before.end];
      if (!asks) out.push({ name: [before.end, Math.min(e, before.end + NAMING_REACH)], frame });
      else if (before.end >= e) out.push({ name: [e + 1, sentence(tokens, Math.min(tokens.length - 1, e + 1))[1]], frame });
      i = before.end - 1;
      continue;
    }
    const after = longestMatch(namingAfter, tokens, i);
    if (after !== null) {
      out.push({ name: [sentence(tokens, i)[0], i], frame: [i, after.end] });
      i = after.end - 1;
    }
  }
  return out;
}
