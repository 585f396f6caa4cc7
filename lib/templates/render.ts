import { localeOf } from '../i18n/locale';
import type { Brand, VoiceProfile } from '../schema/brand';
import type { Author } from '../schema/comment';
import type { Language, Platform } from '../schema/platform';
import type { Template } from '../schema/template';
import { firstNameOf } from './first-name';
import { replyLength } from './length';
import { endsWithSignOff } from './lint';
import { bodyFor, isBuiltInVariable, parseTemplateBody } from './variables';

/** Display names for `{{platform}}`: brand names, the same in both languages. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  instagram: 'Instagram',
  x: 'X',
};


/** "3 mars 2026" / "3 March 2026": the long date a reply can say ("à compter du {{date}}"). */
export function formatLongDate(date: Date, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
}

export interface RenderContext {
  /** The comment being answered (a real `Comment` fits). Absent: a reply written from scratch. */
  comment?: { author: Pick<Author, 'name' | 'handle' | 'profileUrl'>; platform: Platform };
  /** With its voice, the brand's sign-off ends the reply (see `RenderResult.signOff`). */
  brand: Pick<Brand, 'name' | 'variables'> & { voice?: Pick<VoiceProfile, 'signOff'> };
  agentName?: string;
  /** Where the reply goes; defaults to the comment's platform. Picks the variant. */
  platform?: Platform;
  now: Date;
  /** Values typed by the agent for fill-in fields (and, as a last resort, for any empty variable). */
  fills?: Record<string, string>;
  /** Language for `{{date}}`; defaults to the template's. */
  language?: Language;
  /** IANA time zone for `{{date}}`; defaults to the runtime's (the user's browser). */
  timeZone?: string;
  /** How a gap looks in the text; default "[name]". */
  gapMarker?: (name: string) => string;
}

export interface RenderGap {
  name: string;
  /** `fill-in`: a field the agent was meant to type; `missing`: a variable with no value. */
  kind: 'fill-in' | 'missing';
  /** UTF-16 range of the marker in `text`, for the UI to highlight. */
  start: number;
  end: number;
}

export interface RenderResult {
  text: string;
  /** Visible markers left in the text, in order. Empty means the reply is ready to post. */
  gaps: RenderGap[];
  /** Names of variables that had no value and no fallback, deduplicated. */
  missing: string[];
  /** Names that are neither built-in, nor brand variables, nor fill-ins: probably typos. */
  unknown: string[];
  /** Placeholders that do not follow the syntax, left as written. */
  malformed: string[];
  /** Which platform variant replaced the body, or null for the main body. */
  usedVariant: Platform | null;
  /**
   * The brand's sign-off: `added` on a line of its own; `present` when the template already ends
   * with it; `too-long` when adding it would break the site's length limit (the voice check then
   * says it is missing); `none` when the brand has none.
   */
  signOff: 'added' | 'present' | 'too-long' | 'none';
}

const defaultGapMarker = (name: string): string => `[${name}]`;

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Directional controls (embeddings, overrides, isolates, marks) a commenter put in their name: in a
 * reply they would reorder the brand's own words after the name, in the panel and on the site.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
function withoutBidiControls(value: string | undefined): string | undefined {
  return value?.replace(BIDI_CONTROLS, '');
}

function builtInValue(name: string, context: RenderContext, platform: Platform | undefined, language: Language): string | undefined {
  const author = context.comment?.author;
  switch (name) {
    case 'first_name':
      return author ? firstNameOf(author) : undefined;
    case 'author':
      return nonEmpty(withoutBidiControls(author?.name));
    case 'handle': {
      const handle = nonEmpty(withoutBidiControls(author?.handle))?.replace(/^@/, '');
      return handle ? `@${handle}` : undefined;
    }
    case 'brand':
      return nonEmpty(context.brand.name);
    case 'agent':
      return nonEmpty(context.agentName);
    case 'platform':
      return platform ? PLATFORM_NAMES[platform] : undefined;
    case 'date':
      return formatLongDate(context.now, language, context.timeZone);
    default:
      return undefined;
  }
}

/**
 * A brand variable, preferring the one for the reply's language: `{{opening_hours}}` in an English
 * template reads `opening_hours_en` when the brand has it, else `opening_hours`.
 */
function customValue(variables: Record<string, string>, name: string, language: Language): string | undefined {
  for (const key of [`${name}_${language}`, name]) {
    if (Object.hasOwn(variables, key)) return variables[key];
  }
  return undefined;
}

/**
 * Fills a template for one comment. Pure: nothing is inserted or counted here. A variable without
 * a value uses its fallback, else becomes a visible gap listed in `gaps`; the text never says
 * "undefined" and never silently drops a word.
 */
export function renderTemplate(template: Pick<Template, 'body' | 'variants' | 'language'>, context: RenderContext): RenderResult {
  const platform = context.platform ?? context.comment?.platform;
  const language = context.language ?? template.language;
  const { body, variant } = bodyFor(template, platform);
  const { segments, malformed } = parseTemplateBody(body);
  const marker = context.gapMarker ?? defaultGapMarker;
  const gaps: RenderGap[] = [];
  const missing = new Set<string>();
  const unknown = new Set<string>();
  let text = '';

  for (const segment of segments) {
    if (segment.kind === 'text') {
      text += segment.text;
      continue;
    }
    const { name } = segment;
    const custom = customValue(context.brand.variables, name, language);
    const builtIn = isBuiltInVariable(name);
    if (!builtIn && custom === undefined && !segment.fillIn) unknown.add(name);

    // A fill-in is asked for, so the typed value wins; otherwise Riposte's own value does.
    const fill = nonEmpty(Object.hasOwn(context.fills ?? {}, name) ? context.fills?.[name] : undefined);
    const own = builtIn ? builtInValue(name, context, platform, language) : nonEmpty(custom);
    const value = segment.fillIn ? (fill ?? own) : (own ?? fill);
    if (value !== undefined) {
      text += value;
    } else if (segment.fallback !== undefined) {
      text += segment.fallback;
    } else {
      const gapText = marker(name);
      gaps.push({ name, kind: segment.fillIn ? 'fill-in' : 'missing', start: text.length, end: text.length + gapText.length });
      if (!segment.fillIn) missing.add(name);
      text += gapText;
    }
  }

  const signed = signReply(text, context.brand.voice?.signOff ?? '', platform);
  return { text: signed.text, gaps, missing: [...missing], unknown: [...unknown], malformed, usedVariant: variant, signOff: signed.signOff };
}

/**
 * Ends the reply with the brand's sign-off, on a line of its own, unless it already ends with it
 * or the site's limit leaves no room for it (checked in the site's own unit: X's weighted length).
 * Appending leaves every gap's range as it was.
 */
function signReply(text: string, signOff: string, platform: Platform | undefined): { text: string; signOff: RenderResult['signOff'] } {
  const wanted = signOff.trim();
  if (!wanted) return { text, signOff: 'none' };
  if (endsWithSignOff(text, wanted)) return { text, signOff: 'present' };
  const body = text.trimEnd();
  const signed = body ? `${body}\n${wanted}` : wanted;
  if (platform && replyLength(signed, platform).overflowAt !== undefined) return { text, signOff: 'too-long' };
  return { text: signed, signOff: 'added' };
}
