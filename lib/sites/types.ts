import type { CommentInput } from '../schema/comment';
import type { Language, Platform } from '../schema/platform';
import type { ProfileReader } from './profiles/common';
import type { ScanMemo } from './memo';

/** What an adapter needs besides the DOM to read a comment. */
export interface ExtractContext {
  /** The page URL (the tab's location). */
  url: string;
  /** The page's post URL, normalised (`SiteAdapter.postUrlOf`); a comment may refine it. */
  postUrl: string;
  /** Scan time in ms, for relative ages ("2 h"); injected so tests are reproducible. */
  now: number;
  /** UI language from `<html lang>`. */
  lang: Language;
  /** Answers shared by the comments of one scan (lib/sites/memo.ts); set by `readComments`. */
  memo?: ScanMemo;
}

/** The editor framework behind a reply box: it decides how text must be put in (lib/content/insert.ts). */
export type EditorKind = 'lexical' | 'draft' | 'prosemirror' | 'quill' | 'textarea';

/** A reply box found on the page. */
export interface ReplyTarget {
  /** The editable element: a contenteditable root or a textarea. */
  box: HTMLElement;
  kind: EditorKind;
  /** The site's own submit control for this box, checked for "enabled" after insertion — never clicked. */
  submit?: Element;
}

/** Evidence that a page holds a comment thread, independent of whether its comments can be read. */
export interface ThreadSignals {
  /** Elements shaped like comment containers by loose, structural hooks. */
  containers: number;
  /** "Reply"/"Répondre" controls on comments. */
  replyButtons: number;
}

/**
 * One site. Adapters are pure DOM readers: they never click, scroll, or keep state, so the same code
 * serves a full scan, the incremental watcher and the tests. Each keeps its selectors in one
 * `SELECTORS` const (exposed as `selectors`) so a layout change is a one-place fix.
 */
export interface SiteAdapter {
  readonly platform: Platform;
  readonly selectors: Readonly<Record<string, string>>;
  /** The site's profile and page headers (lib/sites/profiles/<site>.ts), for the audience watch. */
  readonly profile: ProfileReader;
  /** The URL identifying the post a page shows (tracking and fragments removed). */
  postUrlOf(url: string): string;
  /**
   * Comment containers under `root` (itself included), in document order. `scan`: the memo of the
   * reading that follows in the same task (the watcher finds and reads a batch in one go), so what
   * finding worked out about rows and neighbours is not worked out again.
   */
  findCommentElements(root: ParentNode, scan?: Pick<ExtractContext, 'memo'>): Element[];
  /** The comment container holding `node`, or null outside any comment. */
  commentElementOf(node: Node): Element | null;
  /** The container of the comment `el` replies to, or null for a top-level comment. */
  parentCommentElement(el: Element): Element | null;
  /** One comment, or undefined when its container lacks the hooks we need (counted as unreadable). */
  readComment(el: Element, ctx: ExtractContext): CommentInput | undefined;
  /** Loose, structural evidence of a comment thread, for the drift report. */
  threadSignals(root: ParentNode): ThreadSignals;
  /** The control that opens this comment's reply box. */
  findReplyButton(commentEl: Element): HTMLElement | undefined;
  /**
   * The reply box for `commentEl` (after its reply button was clicked), or the post's own comment
   * box when `commentEl` is undefined. Undefined when it is not on the page (yet).
   */
  findReplyBox(doc: Document, commentEl: Element | undefined): ReplyTarget | undefined;
  /** A placeholder to click to mount the post's comment box when the site renders it lazily. */
  findCommentBoxOpener?(doc: Document): HTMLElement | undefined;
}
