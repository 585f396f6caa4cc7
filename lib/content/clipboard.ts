/**
 * Copy text for a manual paste, when the reply box could not take it. The async Clipboard API
 * needs focus and a permission some pages deny; the hidden-textarea `execCommand('copy')` fallback
 * works from a content script after a user gesture. Focus is given back afterwards.
 */
export async function copyText(text: string, doc: Document, win: Window): Promise<boolean> {
  try {
    await win.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fall through to the legacy path.
  }
  const active = doc.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none;';
  doc.body.appendChild(area);
  area.focus();
  area.select();
  let ok: boolean;
  try {
    ok = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus?.();
  return ok;
}
