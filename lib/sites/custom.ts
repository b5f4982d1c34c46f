// An in-house tool taught by the team's pack (`sites.custom`): its pages by URL pattern, its reply box
// by selector, and how to tell a note by marker selectors. What the markers leave open is read from
// the page as on any other site (lib/sites/kind).
import type { BoxKind } from '@/lib/coach-state';
import { closestDeep, frameDocument, topDocument } from '@/lib/dom/deep';
import { editableRoot } from '@/lib/editors';
import type { SiteAdapter } from './types';
import type { CustomSite } from './settings';
import { queryBoxes } from './find-boxes';
import { firstText, isShown, lastText } from './dom';
import { pageKind } from './kind/page-kind';

/** `querySelectorAll` that answers nothing for a selector the browser refuses (a pack's typo must not break the page). */
function safeAll(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Whether `selector` marks this box: on the box or an ancestor, or shown anywhere in its page. */
export function markerPresent(box: Element, selector: string): boolean {
  try {
    if (closestDeep(box, selector)) return true;
  } catch {
    return false;
  }
  const docs = new Set([box.ownerDocument, topDocument(box)]);
  for (const doc of docs) if (safeAll(doc, selector).some(isShown)) return true;
  return false;
}

/**
 * Internal when the internal marker is present, public when the public marker is. With only one
 * marker given, its absence means the other kind; with neither matching, the page is read as usual.
 */
export function customKind(site: CustomSite, box: Element): BoxKind {
  const internal = site.internal_marker ? markerPresent(box, site.internal_marker) : false;
  if (internal) return 'internal';
  const pub = site.public_marker ? markerPresent(box, site.public_marker) : false;
  if (pub) return 'public';
  if (site.internal_marker && !site.public_marker) return 'public';
  if (site.public_marker && !site.internal_marker) return 'internal';
  return pageKind(box);
}

export function customSite(site: CustomSite): SiteAdapter {
  return {
    id: site.id,
    name: site.name,
    matches: site.match,
    custom: true,
    // Found by URL only: a pack's pattern is the team lead's statement of where their tool lives.
    detect: () => false,
    boxes: (doc) => replyBoxes(doc, site.reply_box),
    boxKind: (box) => customKind(site, box),
    customerName: site.customer_name ? (box) => safeText(() => firstText(topDocument(box), site.customer_name!)) : undefined,
    customerMessage: site.customer_message ? (box) => safeText(() => lastText(topDocument(box), site.customer_message!)) : undefined,
  };
}

const EDITABLE = 'textarea, [contenteditable]:not([contenteditable="false"])';

/**
 * The boxes a pack's selector points at. A lead may name the editor itself or the element around it
 * (`#reply-editor`): a wrapper stands for the first textarea, editable element or editor frame inside.
 */
function replyBoxes(doc: Document, selector: string): Element[] {
  let direct: Element[];
  try {
    direct = queryBoxes(doc, selector);
  } catch {
    return [];
  }
  const out = direct.filter(isShown);
  for (const el of safeAll(doc, selector)) {
    if (el.matches(EDITABLE) || el.closest('[contenteditable]:not([contenteditable="false"])')) continue;
    const inner = el.querySelector(EDITABLE) ?? frameBody(el.matches('iframe') ? el : el.querySelector('iframe'));
    const root = inner && (inner.tagName === 'TEXTAREA' ? inner : editableRoot(inner));
    if (root && !out.includes(root) && isShown(root.tagName === 'BODY' ? (root.ownerDocument.defaultView?.frameElement ?? root) : root)) out.push(root);
  }
  return out;
}

function frameBody(frame: Element | null): Element | null {
  const doc = frame ? frameDocument(frame) : null;
  const body = doc?.body;
  return body && (body.isContentEditable || doc.designMode === 'on') ? body : null;
}

function safeText(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
