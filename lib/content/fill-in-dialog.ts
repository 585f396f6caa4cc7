/**
 * A tiny in-page dialog asking for a template's blanks (a fill-in such as "order number?", or a
 * brand variable with no value such as the FAQ link) before a right-click insertion. Plain DOM in
 * a closed shadow root: no React in content scripts, and the site's CSS cannot reach it nor ours
 * leak into the site.
 */
export interface FillInLabels {
  title: string;
  ok: string;
  cancel: string;
  /** Human label of each blank by name, in the UI language; a name without one is shown as words. */
  fields?: Record<string, string>;
}

/** "faq_link" → "Faq link": the last resort when the background sent no label. */
function words(name: string): string {
  const text = name.replace(/_+/g, ' ').trim();
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Asks for each named field; resolves with the values, or null when the user cancels. */
export function askFillIns(document: Document, names: readonly string[], labels: FillInLabels): Promise<Record<string, string> | null> {
  if (names.length === 0) return Promise.resolve({});
  const host = document.createElement('riposte-fill-in');
  const root = host.attachShadow({ mode: 'closed' });
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-labelledby', 'riposte-fill-title');
  const style = document.createElement('style');
  style.textContent = `
    dialog { font: 14px/1.4 system-ui, sans-serif; border: 1px solid #4338ca; border-radius: 10px; padding: 16px; min-width: 280px; color: #1d1d24; background: #fff; }
    h2 { font-size: 15px; margin: 0 0 10px; }
    label { display: block; margin: 8px 0 2px; font-weight: 500; }
    input { width: 100%; box-sizing: border-box; padding: 6px 8px; border: 1px solid #999; border-radius: 6px; font: inherit; }
    .row { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
    button { font: inherit; padding: 5px 12px; border-radius: 6px; border: 1px solid #999; background: #fff; cursor: pointer; }
    button[type=submit] { background: #4338ca; color: #fff; border-color: #4338ca; }`;
  const form = document.createElement('form');
  form.method = 'dialog';
  const title = document.createElement('h2');
  title.id = 'riposte-fill-title';
  title.textContent = labels.title;
  form.append(title);
  const inputs = names.map((name, i) => {
    const label = document.createElement('label');
    label.htmlFor = `riposte-fill-${i}`;
    label.textContent = labels.fields?.[name] ?? words(name);
    const input = document.createElement('input');
    input.id = `riposte-fill-${i}`;
    input.name = name;
    // Every blank is asked for: nothing reaches the page as a literal "[name]" unless typed so.
    input.required = true;
    form.append(label, input);
    return input;
  });
  const row = document.createElement('div');
  row.className = 'row';
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = labels.cancel;
  const ok = document.createElement('button');
  ok.type = 'submit';
  ok.textContent = labels.ok;
  row.append(cancel, ok);
  form.append(row);
  dialog.append(form);
  root.append(style, dialog);
  document.documentElement.append(host);

  return new Promise((resolve) => {
    const finish = (values: Record<string, string> | null) => {
      host.remove();
      resolve(values);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      finish(Object.fromEntries(inputs.map((input) => [input.name, input.value.trim()])));
    });
    cancel.addEventListener('click', () => finish(null));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(null);
    });
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    inputs[0]?.focus();
  });
}

/**
 * Puts the typed values in place of the blanks' markers, fill-ins and missing variables alike
 * (right to left, so earlier ranges stay valid). An empty answer leaves the marker visible: a gap
 * the user still sees, never a silent hole.
 */
export function applyFills(
  text: string,
  gaps: readonly { name: string; kind: 'fill-in' | 'missing'; start: number; end: number }[],
  values: Record<string, string>,
): string {
  let result = text;
  for (const gap of [...gaps].sort((a, b) => b.start - a.start)) {
    const value = values[gap.name];
    if (!value) continue;
    result = result.slice(0, gap.start) + value + result.slice(gap.end);
  }
  return result;
}
