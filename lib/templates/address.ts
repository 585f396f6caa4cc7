import { foldWithMap, unfoldSpan } from './text';

/**
 * Finds how a French text addresses its reader: tutoiement ("tu", "ton colis", "t'envoie",
 * "écris-nous", "n'hésite pas") or vouvoiement ("vous", "votre", "contactez-nous").
 * Whole words only — "data", "tutoriel", "tesla" and "Toit" are not "ta", "tu", "tes", "toi" — with
 * the common traps handled: the noun "ton" ("sur un ton calme"), the past participle "tu"
 * ("il s'est tu"), and the euphonic t ("a-t-il").
 */

export type AddressCueKind = 'tu' | 'vous';

export interface AddressCue {
  kind: AddressCueKind;
  /** The words as written. */
  match: string;
  start: number;
  end: number;
}

const TU_WORDS = new Set(['tu', 'toi', 'ton', 'ta', 'tes', 'te', 'tien', 'tienne', 'tiens', 'tiennes', 'toi-meme']);
const VOUS_WORDS = new Set(['vous', 'votre', 'vos', 'votres']);
/** Before "ton", these make it the noun (tone): "le ton", "un ton", "ce ton", "quel ton"… */
const TON_NOUN_BEFORE = new Set(['le', 'un', 'ce', 'du', 'au', 'cet', 'quel', 'bon', 'mauvais', 'meme', 'autre', 'hausse']);
/** Before a space-separated "tu", these make it the past participle of "se taire". */
const TU_PARTICIPLE_BEFORE = new Set(['est', 'sont', 'etait', 'etaient', 'ai', 'a', 'avons', 'avez', 'ont', 'avait', 'avaient', 'ete', 'suis', 'sommes', 'etes', 'serait', 'soit']);
/** Object pronouns after an imperative hyphen: "écris-nous", "dites-moi", "vas-y". */
const IMPERATIVE_OBJECTS = new Set(['nous', 'moi', 'toi', 'lui', 'leur', 'le', 'la', 'les', 'en', 'y']);
/** Imperatives of the "vous" form that do not end in -ez ("dites-le-nous", "faites-nous signe"). */
const VOUS_IRREGULAR_IMPERATIVES = new Set(['dites', 'faites']);
/** First halves of hyphenated words that are not imperatives ("peut-être", "celui-ci"…). */
const NOT_IMPERATIVE = new Set(['peut', 'celui', 'celle', 'ceux', 'celles', 'la', 'est', 'c', 'vis', 'au', 'par', 'sur', 'sous', 'rendez']);

const TOKEN = /[a-z0-9\u00E0-\u024F]+/g;

interface Token {
  word: string;
  start: number;
  end: number;
}

export function findAddressCues(text: string): AddressCue[] {
  const { folded, map } = foldWithMap(text);
  const tokens: Token[] = [];
  for (const match of folded.matchAll(TOKEN)) tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  const cues: AddressCue[] = [];
  const push = (kind: AddressCueKind, start: number, end: number): void => {
    const span = unfoldSpan(map, start, end);
    cues.push({ kind, match: text.slice(span.start, span.end), ...span });
  };
  const separator = (a: Token | undefined, b: Token): string => (a ? folded.slice(a.end, b.start) : '');

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const before = separator(prev, token);
    const after = next ? separator(token, next) : folded.slice(token.end, token.end + 1);
    const { word } = token;

    // Elided "t'" before a word: "t'envoyer", "je t'aide". The euphonic t ("a-t-il") has hyphens.
    if (word === 't' && after === "'" && next) {
      push('tu', token.start, token.end + 1);
      continue;
    }
    // "n'hésite pas" / "n'hésitez pas": the most common imperative in replies.
    if ((word === 'hesite' || word === 'hesites' || word === 'hesitez') && next?.word === 'pas') {
      push(word === 'hesitez' ? 'vous' : 'tu', token.start, next.end);
      i += 1;
      continue;
    }
    // Hyphenated imperative with an object pronoun: the verb's ending gives the person.
    if (after === '-' && next && IMPERATIVE_OBJECTS.has(next.word) && word.length > 1 && !NOT_IMPERATIVE.has(word) && !/\d/.test(word)) {
      if (!(next.word === 'y' && word === 'il')) {
        if (word.endsWith('ez') || VOUS_IRREGULAR_IMPERATIVES.has(word)) push('vous', token.start, next.end);
        else if (!word.endsWith('ons')) push('tu', token.start, next.end);
        i += 1;
        continue;
      }
    }
    if (VOUS_WORDS.has(word)) {
      // "rendez-vous" is a noun, not an address.
      if (!(before === '-' && prev?.word === 'rendez')) push('vous', token.start, token.end);
      continue;
    }
    if (!TU_WORDS.has(word)) continue;
    // Hyphen-joined after a verb ("as-tu", "peux-tu") is an inversion: still "tu".
    if (word === 'ton' && before.trim() === '' && prev && TON_NOUN_BEFORE.has(prev.word)) continue;
    if (word === 'tu' && before.trim() === '' && prev && TU_PARTICIPLE_BEFORE.has(prev.word)) continue;
    // Words glued by an apostrophe or hyphen to letters are parts of something else ("Ta-da").
    if (after === '-' && next && !IMPERATIVE_OBJECTS.has(next.word) && word !== 'toi') continue;
    push('tu', token.start, token.end);
  }
  return cues;
}
