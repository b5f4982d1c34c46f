// Small DOM readers shared by the adapters. Each is cheap: no page-wide walks, no layout beyond the
// element asked about.
import type { BoxKind } from '@/lib/coach-state';
import { classifyLabel } from './kind/vocabulary';

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Rendered and not hidden (false for `display:none`, `hidden`, zero-size and closed-ancestor boxes). */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  if (el.getClientRects().length === 0) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || style.visibility !== 'hidden';
}

/** Everything the page uses to name a control: aria, placeholder, label elements, name and id. */
export function labelOf(el: Element): string {
  const doc = el.ownerDocument;
  const parts = [
    el.getAttribute('aria-label'),
    el.getAttribute('placeholder'),
    el.getAttribute('data-placeholder'),
    el.getAttribute('title'),
    el.getAttribute('name'),
    el.id,
  ];
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) for (const id of labelledBy.split(/\s+/)) parts.push(textOf(doc.getElementById(id)));
  if (el.id) {
    const forLabel = Array.from(doc.querySelectorAll('label[for]')).find((l) => l.getAttribute('for') === el.id);
    parts.push(textOf(forLabel));
  }
  parts.push(textOf(el.closest('label')));
  return parts.filter(Boolean).join(' ');
}

/**
 * Reads a label such as "Add internal note" or "Reply to customer" (vocabulary: lib/sites/kind/words.ts).
 * `explicit`: a lone "Reply" does not count (a box labelled "Your reply" says nothing about who sees it;
 * a selected "Reply" tab next to a "Note" tab does).
 */
export function kindFromWords(label: string | null | undefined, explicit = false): BoxKind {
  const verdict = classifyLabel(label);
  if (!verdict || (explicit && verdict.strength !== 'strong')) return 'unknown';
  return verdict.audience;
}

/** The label of the selected tab among `tabs` (aria-selected / aria-pressed / aria-checked / checked). */
export function selectedLabel(tabs: Iterable<Element>): string | undefined {
  for (const tab of tabs) {
    const on =
      tab.getAttribute('aria-selected') === 'true' ||
      tab.getAttribute('aria-pressed') === 'true' ||
      tab.getAttribute('aria-checked') === 'true' ||
      (tab as HTMLInputElement).checked === true;
    if (on) return labelOf(tab) + ' ' + textOf(tab);
  }
  return undefined;
}

export { closestDeep, outerHost } from '@/lib/dom/deep';

export function firstText(scope: ParentNode, selectors: string): string | undefined {
  const t = textOf(scope.querySelector(selectors));
  return t || undefined;
}

/** The last element matching `selectors` in `scope`, as text. */
export function lastText(scope: ParentNode, selectors: string): string | undefined {
  const all = scope.querySelectorAll(selectors);
  const t = textOf(all[all.length - 1]);
  return t || undefined;
}
