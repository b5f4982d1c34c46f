// Where the agent's focus is, looking through open shadow roots and the same-origin frames this
// frame is responsible for (TinyMCE / CKEditor 4 iframes).
import { editableRoot } from '@/lib/editors';
import { deepActiveElement } from '@/lib/dom/deep';

/** The focused element, through open shadow roots and same-origin frames. */
export const deepFocus = deepActiveElement;

/** The reply-box element (textarea or editable root) the focus is in, if any. */
export function focusedBox(doc: Document): Element | null {
  const el = deepFocus(doc);
  if (!el) return null;
  if (el.tagName === 'TEXTAREA') return el;
  return editableRoot(el);
}
