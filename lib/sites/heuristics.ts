// How the generic adapter tells a reply box from other editable fields, and a public reply from an
// internal note, on a page it has never seen.
import { frameOf } from '@/lib/dom/deep';
import { isShown, labelOf } from './dom';

const REPLY_WORDS = /\b(reply|comment|response|respond|message|answer|compose|write|body|note)\b/i;
const SEARCH_WORDS = /\bsearch\b|\bfilter\b|\bfind\b/i;
const OPT_OUT = '[data-gramm="false"], [data-enable-grammarly="false"], [data-rapport="off"]';

/** Whether an editable element could be where the agent writes a reply. */
export function isCandidate(el: Element): boolean {
  if (el.closest(OPT_OUT)) return false;
  const role = el.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox' || el.closest('[role="search"], form[role="search"]')) return false;
  if (SEARCH_WORDS.test(labelOf(el))) return false;
  if (el.tagName === 'TEXTAREA') {
    const ta = el as HTMLTextAreaElement;
    if (ta.disabled || ta.readOnly) return false;
  }
  if (!isShown(el)) return false;
  const rect = boxRect(el);
  // Single-line fields (chat search, titles) are too short to hold a reply.
  if (rect.width < 80 || rect.height < 28) return el.matches(':focus') && rect.height >= 16;
  return true;
}

/** Higher is likelier to be the reply box: focus first, then reply-like labels, then size. */
export function rank(el: Element): number {
  let score = 0;
  if (el.matches(':focus, :focus-within')) score += 1000;
  if (REPLY_WORDS.test(labelOf(el) + ' ' + (el.getAttribute('class') ?? ''))) score += 100;
  const rect = boxRect(el);
  return score + Math.min(99, (rect.width * rect.height) / 5000);
}

/**
 * The area the agent sees as the box. An editor frame's body (TinyMCE, CKEditor 4) is only as tall as
 * its text, a line when empty: the frame element around it is the box on screen.
 */
function boxRect(el: Element): DOMRect {
  const frame = el.tagName === 'BODY' ? frameOf(el.ownerDocument) : null;
  return (frame ?? el).getBoundingClientRect();
}

/** Public vs internal from what the page says near the box; `unknown` when it says nothing (lib/sites/kind). */
export { pageKind as nearKind } from './kind/page-kind';
