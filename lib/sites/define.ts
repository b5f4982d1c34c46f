// Most tools differ only in selectors: `defineSite` turns a selector record into an adapter, and the
// generic heuristics fill in whatever the tool's own markup does not say.
import type { BoxKind } from '@/lib/coach-state';
import type { SiteAdapter } from './types';
import { topDocument } from '@/lib/dom/deep';
import { closestDeep, firstText, isShown, kindFromWords, lastText, outerHost, selectedLabel, textOf } from './dom';
import { queryBoxes } from './find-boxes';
import { nearKind } from './heuristics';

export interface SiteSpec {
  id: string;
  /** Product name shown in the coach. */
  name: string;
  matches: readonly string[];
  /** Any element that only this tool renders. */
  fingerprint: string;
  /** Reply boxes: textareas or elements inside an editable root. */
  box: string;
  /** The ticket/conversation container, so several open tickets don't mix. */
  scope?: string;
  /** Tabs or toggles whose selected LABEL says public or internal. */
  tabs?: string;
  /** Tool-specific reading; `unknown` falls through to tabs, then to the generic heuristics. */
  kind?(box: Element, scope: ParentNode): BoxKind;
  /** The requester's name: the first selector that finds something wins (inputs give their value). */
  requester?: string | readonly string[];
  /** Customer messages in the scope. */
  message?: string;
  /** Where the latest message is: most tools list oldest first, ServiceNow newest first. */
  latest?: 'first' | 'last';
}

export function defineSite(spec: SiteSpec): SiteAdapter {
  const scopeOf = (box: Element): ParentNode => (spec.scope && closestDeep(box, spec.scope)) || topDocument(box);
  // A form in a frame (ServiceNow) keeps the caller next to the box; an editor frame (TinyMCE) does not.
  const read = <T,>(box: Element, get: (scope: ParentNode) => T | undefined): T | undefined =>
    (box.ownerDocument !== topDocument(box) ? get(box.ownerDocument) : undefined) ?? get(scopeOf(box));
  return {
    id: spec.id,
    name: spec.name,
    matches: spec.matches,
    detect: (doc) => doc.querySelector(spec.fingerprint) !== null,
    boxes: (doc) => queryBoxes(doc, spec.box).filter(isShown),
    boxKind(box) {
      const scope = scopeOf(box);
      const own = spec.kind?.(box, scope) ?? 'unknown';
      if (own !== 'unknown') return own;
      if (spec.tabs) {
        const tabs = nearestAll(box, spec.tabs);
        const kind = kindFromWords(selectedLabel(tabs) ?? textOf(tabs.find((t) => /\b(active|selected|is-active|is-selected)\b/.test(t.className))));
        if (kind !== 'unknown') return kind;
      }
      return nearKind(box);
    },
    customerName: spec.requester ? (box) => read(box, (scope) => firstValue(scope, typeof spec.requester === 'string' ? [spec.requester] : spec.requester!)) : undefined,
    customerMessage: spec.message
      ? (box) => read(box, (scope) => (spec.latest === 'first' ? firstText(scope, spec.message!) : lastText(scope, spec.message!)))
      : undefined,
  };
}

/** The elements matching `selector` in the closest ancestor of `el` that has any. */
export function nearestAll(el: Element, selector: string): Element[] {
  for (let cur: Element | null = el.parentElement ?? outerHost(el); cur; cur = cur.parentElement ?? outerHost(cur)) {
    const found = cur.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found);
  }
  const doc = topDocument(el);
  return Array.from(doc.querySelectorAll(selector));
}

export { topDocument };

function firstValue(scope: ParentNode, selectors: readonly string[]): string | undefined {
  for (const sel of selectors) {
    const el = scope.querySelector(sel);
    const value = el instanceof (el?.ownerDocument.defaultView ?? window).HTMLInputElement ? el.value.trim() : textOf(el);
    if (value) return value;
  }
  return undefined;
}
