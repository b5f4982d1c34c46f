// How the generic adapter tells a reply box from other editable fields, and a public reply from an
// internal note, on a page it has never seen.
import type { BoxKind } from '@/lib/coach-state';
import { isShown, kindFromWords, labelOf, outerHost, selectedLabel, textOf } from './dom';

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
  const rect = el.getBoundingClientRect();
  // Single-line fields (chat search, titles) are too short to hold a reply.
  if (rect.width < 80 || rect.height < 28) return el.matches(':focus') && rect.height >= 16;
  return true;
}

/** Higher is likelier to be the reply box: focus first, then reply-like labels, then size. */
export function rank(el: Element): number {
  let score = 0;
  if (el.matches(':focus, :focus-within')) score += 1000;
  if (REPLY_WORDS.test(labelOf(el) + ' ' + (el.getAttribute('class') ?? ''))) score += 100;
  const rect = el.getBoundingClientRect();
  return score + Math.min(99, (rect.width * rect.height) / 5000);
}

const TOGGLES =
  '[role="tab"], [role="radio"], [role="switch"], [role="menuitemradio"], [aria-pressed], input[type="radio"], input[type="checkbox"], button.active, button.selected, .is-active, .is-selected';

/** Public vs internal from what the page says near the box; `unknown` when it says nothing. */
export function nearKind(box: Element): BoxKind {
  const own = kindFromWords(labelOf(box), true);
  if (own !== 'unknown') return own;
  let cur: Element | null = box;
  for (let depth = 0; cur && depth < 6; depth++) {
    const cls = kindFromClasses(cur);
    if (cls !== 'unknown') return cls;
    if (depth > 0) {
      const toggle = kindFromToggles(cur);
      if (toggle !== 'unknown') return toggle;
    }
    cur = cur.parentElement ?? outerHost(cur);
  }
  return 'unknown';
}

function kindFromClasses(el: Element): BoxKind {
  // Summernote's own classes (note-editor, note-editable) are not about internal notes.
  const cls = (el.getAttribute('class') ?? '').toLowerCase().replace(/\bnote-(editor|editable|editing-area|frame|toolbar)\b/g, '');
  const tokens = cls.split(/[\s_-]+/);
  if (tokens.some((t) => t === 'internal' || t === 'private' || t === 'note')) return 'internal';
  if (tokens.includes('public')) return 'public';
  return 'unknown';
}

function kindFromToggles(scope: Element): BoxKind {
  const toggles = Array.from(scope.querySelectorAll(TOGGLES)).slice(0, 20);
  const selected = selectedLabel(toggles) ?? textOf(toggles.find((t) => /\b(active|selected)\b/.test(t.className)));
  const kind = kindFromWords(selected);
  if (kind !== 'unknown') return kind;
  // An unticked "Internal note" / "Private" checkbox means the reply goes to the customer.
  const checkbox = toggles.find((t) => (t as HTMLInputElement).type === 'checkbox' && kindFromWords(labelOf(t)) === 'internal');
  if (checkbox && !(checkbox as HTMLInputElement).checked) return 'public';
  return 'unknown';
}
