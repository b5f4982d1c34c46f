// Finding a Target inside a page for drivers that have no locator engine of their own (puppeteer over
// BiDi). `pickTarget` is serialised into the page, so it must stay self-contained: no imports, no
// helpers outside its body.
import type { Target } from './types';

/** A Target as plain JSON (a RegExp name travels as source and flags). */
export interface WireTarget {
  css?: string;
  hasText?: string;
  role?: string;
  name?: string;
  nameRe?: { source: string; flags: string };
}

export function toWire(t: Target): WireTarget {
  if ('css' in t) return { css: t.css, ...(t.hasText === undefined ? {} : { hasText: t.hasText }) };
  return typeof t.name === 'string'
    ? { role: t.role, name: t.name }
    : { role: t.role, nameRe: { source: t.name.source, flags: t.name.flags } };
}

/**
 * The first visible element in `document` (or an open shadow root in it) that matches `w`, or null. Visible as Playwright means it:
 * a non-empty box and not `visibility: hidden`. The accessible name is computed the common way
 * (aria-labelledby, aria-label, a label, the text content, title or placeholder); good enough for
 * the controls this product renders, not a full accname implementation.
 */
export function pickTarget(w: WireTarget): Element | null {
  const ROLE_SELECTORS: Record<string, string> = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"]',
    textbox: 'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="url"], [role="textbox"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
    link: 'a[href], [role="link"]',
    tab: '[role="tab"]',
    status: '[role="status"], output',
    region: '[role="region"], section[aria-label], section[aria-labelledby]',
  };
  const selector = w.css ?? ROLE_SELECTORS[w.role ?? ''] ?? '*';
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  // Like Playwright's CSS engine, look inside open shadow roots too.
  const candidates: Element[] = [];
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i]!;
    candidates.push(...Array.from(root.querySelectorAll(selector)));
    for (const host of Array.from(root.querySelectorAll('*'))) if (host.shadowRoot) roots.push(host.shadowRoot);
  }
  for (const found of candidates) {
    const style = found.ownerDocument.defaultView?.getComputedStyle(found);
    if (found.getClientRects().length === 0 || style?.visibility === 'hidden') continue;
    if (w.hasText !== undefined && !(found.textContent ?? '').includes(w.hasText)) continue;
    if (w.role) {
      let name = '';
      const labelledBy = found.getAttribute('aria-labelledby');
      if (labelledBy) name = labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      if (!squash(name)) name = found.getAttribute('aria-label') ?? '';
      const labels = (found as HTMLInputElement).labels;
      if (!squash(name) && labels && labels.length > 0) name = Array.from(labels).map((l) => l.textContent ?? '').join(' ');
      if (!squash(name) && /^(button|link|tab|status|region)$/.test(w.role)) name = (found as HTMLElement).innerText ?? found.textContent ?? '';
      if (!squash(name)) name = found.getAttribute('title') ?? found.getAttribute('placeholder') ?? '';
      name = squash(name);
      if (w.name !== undefined && name !== w.name) continue;
      if (w.nameRe && !new RegExp(w.nameRe.source, w.nameRe.flags).test(name)) continue;
    }
    return found;
  }
  return null;
}
