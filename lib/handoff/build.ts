import type { Comment } from '../schema/comment';
import type { Interaction, Sentiment } from '../schema/interaction';
import type { Language } from '../schema/platform';
import type { Department } from '../schema/settings';
import { colon, localeOf, translator, type MessageKey, type Translate } from '../i18n';

/** What the hand-off needs to know about the comment (a StoredComment fits). */
export type HandoffComment = Comment & { labels?: readonly string[]; sentiment?: Sentiment };

export interface HandoffOptions {
  language: Language;
  brandName?: string;
  /** IANA zone for the dates in the text; default UTC. */
  timeZone?: string;
  /** Names for department ids met in the history (Settings.departments). */
  departments?: readonly Department[];
  /** Titles for template ids met in the history. */
  templateTitles?: Readonly<Record<string, string>>;
  /**
   * Longest mailto: URL produced. Browsers and mail clients start dropping long mailto: links
   * around 2,000 characters (older Outlook/IE at 2,083), so the default keeps a margin.
   */
  maxMailtoLength?: number;
}

export interface Handoff {
  subject: string;
  /** The full message body. */
  body: string;
  /** Subject and full body, for the clipboard ("ticket" mode, or when the mailto body was cut). */
  ticket: string;
  /** `mailto:` link with the subject and a body that fits `maxMailtoLength`; undefined when the department has no address. */
  mailto?: string;
  /** The mailto body was shortened: the UI should also copy `ticket` to the clipboard. */
  truncated: boolean;
}

export const DEFAULT_MAX_MAILTO_LENGTH = 1_800;
const QUOTE_LIMIT = 280;

/**
 * Prepare a hand-off to a department: subject and body (comment, author, permalink, labels,
 * sentiment, history, the community manager's note) in French or English, as a mailto: link and
 * as a ticket text for the clipboard. Pure: the caller opens the link or writes the clipboard.
 */
export function buildHandoff(
  comment: HandoffComment,
  history: readonly Interaction[],
  department: Department,
  note: string,
  options: HandoffOptions,
): Handoff {
  const { language } = options;
  const t = translator(language);
  const platform = t(`site.${comment.platform}`);
  const labels = [...(comment.labels ?? [])];
  const labelNames = labels.map((l) => labelName(t, l)).join(', ');
  const what = labels.length ? labelNames : t('handoff.comment');
  const subject = t('handoff.subject', { department: department.name, what, platform, author: clip(comment.author.name, 60) });

  const date = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'short', timeStyle: 'short', timeZone: options.timeZone ?? 'UTC' });
  const when = (iso: string) => date.format(new Date(iso));
  const field = (key: MessageKey, value: string) => `${t(key)}${colon(language)}${value}`;

  const authorBits = [
    comment.author.name + (comment.author.handle ? ` (@${comment.author.handle.replace(/^@/, '')})` : ''),
    comment.author.followers !== undefined ? t('comment.followers', { count: comment.author.followers }) : undefined,
    comment.author.verified ? t('handoff.verified') : undefined,
  ].filter(Boolean);

  const intro = options.brandName
    ? t('handoff.introBrand', { platform, brand: options.brandName, department: department.name })
    : t('handoff.intro', { platform, department: department.name });
  const lines: string[] = [t('handoff.greeting'), '', intro, ''];
  if (note.trim()) lines.push(field('handoff.note', note.trim()), '');
  lines.push(t('handoff.commentHeading'), comment.text, '');
  lines.push(field('handoff.author', authorBits.join(' · ')));
  if (comment.author.profileUrl) lines.push(field('handoff.profile', comment.author.profileUrl));
  if (comment.createdAt) lines.push(field('handoff.postedAt', when(comment.createdAt)));
  lines.push(field('handoff.link', comment.permalink ?? comment.postUrl));
  if (comment.permalink) lines.push(field('handoff.post', comment.postUrl));
  if (labels.length) lines.push(field('handoff.labels', labelNames));
  if (comment.sentiment) lines.push(field('handoff.sentiment', t(`sentiment.${comment.sentiment}`).toLowerCase()));

  const events = history.filter((h) => h.commentId === comment.id);
  if (events.length) {
    lines.push('', t('handoff.historyHeading'));
    for (const h of [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
      lines.push(`${when(h.at)} · ${describe(t, h, options)}`);
    }
  }
  lines.push('', t('handoff.footer'));
  const body = lines.join('\n');
  const ticket = `${subject}\n\n${body}`;

  if (!department.email) return { subject, body, ticket, truncated: false };
  const max = options.maxMailtoLength ?? DEFAULT_MAX_MAILTO_LENGTH;
  const full = mailtoUrl(department.email, subject, body);
  if (full.length <= max) return { subject, body, ticket, mailto: full, truncated: false };
  return { subject, body, ticket, mailto: shortenedMailto(department.email, subject, body, t('handoff.truncated'), max), truncated: true };
}

/** A triage label as the panel names it, in running text ("plainte"); an unknown one as it is. */
function labelName(t: Translate, label: string): string {
  const key = `label.${label}` as MessageKey;
  const text = t(key);
  return text === key ? label : text.toLowerCase();
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function describe(t: Translate, h: Interaction, options: HandoffOptions): string {
  const department = h.kind === 'escalated' && h.department ? (options.departments?.find((d) => d.id === h.department)?.name ?? h.department) : undefined;
  const parts: string[] = [department ? t('handoff.escalatedTo', { department }) : t(`kind.${h.kind}`)];
  if (h.templateId) parts.push(t('handoff.template', { title: options.templateTitles?.[h.templateId] ?? h.templateId }));
  if (h.kind === 'corrected' && h.labels) parts.push(`(${h.labels.map((l) => labelName(t, l)).join(', ')})`);
  const quoted = h.finalText ?? h.note;
  const open = options.language === 'fr' ? '« ' : '“';
  const close = options.language === 'fr' ? ' »' : '”';
  if (!quoted) return parts.join(' ');
  return `${parts.join(' ')}${colon(options.language)}${open}${clip(quoted.replace(/\s+/g, ' ').trim(), QUOTE_LIMIT)}${close}`;
}

/**
 * RFC 6068 mailto: the address, then `subject` and `body` percent-encoded (UTF-8), line breaks as
 * %0D%0A. The address is validated by the settings schema; only characters that are not allowed
 * as they are get encoded, so `@` stays readable.
 */
export function mailtoUrl(address: string, subject: string, body: string): string {
  const to = encodeURIComponent(wellFormed(address)).replace(/%40/g, '@');
  return `mailto:${to}?subject=${encodeURIComponent(wellFormed(subject))}&body=${encodeURIComponent(wellFormed(body).replace(/\r?\n/g, '\r\n'))}`;
}

/** Half of an emoji left alone (a comment cut mid-character by a page) as U+FFFD: `encodeURIComponent` throws on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** The longest prefix of the body (whole code points) that fits with the truncation notice. */
function shortenedMailto(address: string, subject: string, body: string, notice: string, max: number): string {
  const chars = Array.from(body);
  const build = (n: number) => mailtoUrl(address, subject, `${chars.slice(0, n).join('').trimEnd()}\n\n${notice}`);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (build(mid).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return build(lo);
}
