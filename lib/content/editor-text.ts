/**
 * The text a reply box shows, read the way the user sees it: one line per paragraph, a blank line
 * for an empty paragraph, `<br>` as a line break. Every editor Riposte writes into (Lexical,
 * Draft.js, ProseMirror, Quill, a plain contenteditable) renders its model as such blocks, so
 * comparing this reading with what was meant to be inserted proves the editor holds it.
 */

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'SVG']);

/** A field whose text is its value (textarea, text input). */
export function isValueField(el: Node): el is HTMLTextAreaElement | HTMLInputElement {
  return el.nodeType === 1 && ((el as Element).tagName === 'TEXTAREA' || (el as Element).tagName === 'INPUT');
}

function isBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName);
}

function hasBlockChild(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) if (isBlock(child)) return true;
  return false;
}

/** The inline text of a node: text as is, `<br>` as "\n", images by their alt text. */
function inlineText(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data;
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (SKIPPED_TAGS.has(el.tagName)) return '';
  if (el.tagName === 'BR') return '\n';
  if (el.tagName === 'IMG') return el.getAttribute('alt') ?? '';
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) text += isBlock(child) ? `\n${blockLines(child).join('\n')}\n` : inlineText(child);
  return text;
}

/**
 * Lines of a block. A leaf block (no block children) is one paragraph: its `<br>`s break lines, and
 * a last `<br>` only holds the line open (every editor adds one to an empty or line-ending
 * paragraph), so `<p><br></p>` is one empty line and `<p>a<br></p>` is "a".
 */
function blockLines(node: Node): string[] {
  if (!hasBlockChild(node)) {
    let text = '';
    for (let child = node.firstChild; child; child = child.nextSibling) text += inlineText(child);
    return [text.endsWith('\n') ? text.slice(0, -1) : text];
  }
  const lines: string[] = [];
  let run = '';
  let meaningful = false;
  const flush = (): void => {
    if (meaningful) lines.push(...(run.endsWith('\n') ? run.slice(0, -1) : run).split('\n'));
    run = '';
    meaningful = false;
  };
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (isBlock(child)) {
      flush();
      lines.push(...blockLines(child));
    } else {
      run += inlineText(child);
      // Whitespace-only text between blocks is markup indentation, not a line.
      if (child.nodeType !== 3 || (child as Text).data.trim() !== '') meaningful = true;
    }
  }
  flush();
  return lines;
}

/** What the box shows: a field's value, or a contenteditable's paragraphs joined by "\n". */
export function readEditorText(box: Node): string {
  if (isValueField(box)) return box.value;
  return blockLines(box).join('\n');
}

/**
 * The editors' own whitespace rules, applied to both sides of a comparison: non-breaking spaces
 * (Quill, Lexical keep runs of spaces that way), zero-width markers, trailing spaces on a line and
 * trailing empty lines are not the user's text. Line breaks and blank lines inside the text are.
 */
export function normaliseEditorText(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u00a0\u202f]/gu, ' ')
    .replace(/[\u200b\u200c\ufeff]/gu, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/gu, ' ').trimEnd())
    .join('\n')
    .replace(/\n+$/u, '');
}

/** The text before and after the selection in a box, read like `readEditorText`. */
export function textAroundSelection(box: HTMLElement, doc: Document): { before: string; after: string } | undefined {
  if (isValueField(box)) {
    const value = box.value;
    const start = box.selectionStart ?? value.length;
    const end = box.selectionEnd ?? start;
    return { before: value.slice(0, start), after: value.slice(end) };
  }
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return undefined;
  const head = doc.createRange();
  head.selectNodeContents(box);
  head.setEnd(range.startContainer, range.startOffset);
  const tail = doc.createRange();
  tail.selectNodeContents(box);
  tail.setStart(range.endContainer, range.endOffset);
  return { before: fragmentText(head.cloneContents()), after: fragmentText(tail.cloneContents()) };
}

/**
 * A cut of the box read as lines. The paragraph at the cut is partial — "Bonjour |à bientôt" gives
 * "Bonjour " and "à bientôt" — so before + reply + after is exactly what the box must then hold. A
 * cut at the start of a paragraph leaves that paragraph empty in the head: the "\n" it adds is real.
 */
function fragmentText(fragment: DocumentFragment): string {
  return blockLines(fragment).join('\n');
}
