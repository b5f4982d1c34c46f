// Public reply or internal note, from what the page shows around the box, on any tool. Walks out from
// the box one ancestor at a time (through shadow hosts and frame elements) and at each level reads,
// nearest first: the composer's classes, the state controls that belong to this box, the send
// buttons, the form's own name and its heading or legend. The first level that says something wins;
// a hidden field of the box's form (`is_note`, `internal`) is the last resort.
import type { BoxKind } from '@/lib/coach-state';
import { outerHost } from '@/lib/dom/deep';
import { isShown, labelOf } from '../dom';
import { ACTION_CONTROLS, HEADINGS, readAction, readHeading, readRegionName, readStateControl, STATE_CONTROLS } from './controls';
import { classifyLabel } from './vocabulary';
import type { Audience } from './words';

/** How far out the walk goes (levels of ancestors); a composer's own controls sit within this. */
export const KIND_LEVELS = 10;
/** Headings further out than this head the page, not the composer. */
const HEADING_LEVELS = 6;
/** Controls read per level at most, so a huge page costs a bounded amount. */
const MAX_CONTROLS = 120;

const EDITABLE = 'textarea, [contenteditable]:not([contenteditable="false"]), iframe';

/** Public vs internal for `box`, from the page alone; `unknown` when the page does not say. */
export function pageKind(box: Element): BoxKind {
  const own = classifyLabel(labelOf(box));
  if (own?.strength === 'strong') return own.audience;
  let prev: Element = box;
  let level = 0;
  for (let scope = parentOf(box); scope && level < KIND_LEVELS; prev = scope, scope = parentOf(scope), level++) {
    // An editor frame's own document (html, body) is the editor's, not the page's: count from the frame.
    if (scope.tagName === 'IFRAME' || scope.tagName === 'HTML') level = 0;
    const found = readLevel(scope, prev, box, level);
    if (found) return found;
    if (scope.tagName === 'BODY') break;
  }
  return hiddenField(box) ?? 'unknown';
}

function parentOf(el: Element): Element | null {
  return el.parentElement ?? outerHost(el);
}

function readLevel(scope: Element, prev: Element, box: Element, level: number): Audience | null {
  const cls = classKind(scope);
  if (cls) return cls;
  const named = readRegionName(scope);
  if (named) return named;
  const mine = (el: Element) => !prev.contains(el) && !box.contains(el) && !belongsToAnotherBox(el, scope, prev);
  const controls = Array.from(scope.querySelectorAll(STATE_CONTROLS)).filter(mine).slice(0, MAX_CONTROLS);
  for (const c of controls) {
    if (!isShown(c) && !(c.tagName === 'SELECT' && c.parentElement && isShown(c.parentElement))) continue;
    const found = readStateControl(c);
    if (found) return found;
  }
  const actions = Array.from(scope.querySelectorAll(ACTION_CONTROLS)).filter(mine).slice(0, MAX_CONTROLS);
  for (const a of actions) {
    if (a.closest('[role="tablist"], [role="toolbar"]') || a.hasAttribute('aria-pressed') || !isShown(a)) continue;
    const found = readAction(a);
    if (found) return found;
  }
  if (level < HEADING_LEVELS) {
    const headings = Array.from(scope.querySelectorAll(HEADINGS)).filter((h) => mine(h) && precedes(h, prev) && isShown(h));
    const nearest = headings[headings.length - 1];
    const found = nearest ? readHeading(nearest) : null;
    if (found) return found;
  }
  return null;
}

/**
 * A class that names the composer's state: `is-internal`, `private-note`, `composer--note`,
 * `conv-note-block` (FreeScout), `is-public` (Zammad). Whole class names only: a styling class such
 * as Zammad's `internal-border`, or an editor's own `note-editor` (Summernote), says nothing.
 */
const INTERNAL_CLASS =
  /^(?:is[-_]|has[-_]|mode[-_]|state[-_])?(?:internal|private|whisper|note)(?:[-_](?:note|notes|mode|reply|comment|composer|block))?$|[-_](?:internal|private|whisper|note)(?:[-_](?:note|mode|block|composer))?$/;
const PUBLIC_CLASS = /^(?:is[-_]|mode[-_]|state[-_])?public(?:[-_](?:reply|mode|block|composer))?$|[-_]{2}public$/;

export function classKind(el: Element): Audience | null {
  const classes = (el.getAttribute('class') ?? '').toLowerCase().split(/\s+/);
  if (classes.some((c) => INTERNAL_CLASS.test(c))) return 'internal';
  if (classes.some((c) => PUBLIC_CLASS.test(c))) return 'public';
  return null;
}

/**
 * A control in the subtree of `scope` that also holds another reply box belongs to that box: two
 * composers side by side each keep their own toggles.
 */
function belongsToAnotherBox(el: Element, scope: Element, prev: Element): boolean {
  let child: Element | null = el;
  while (child && child.parentElement !== scope) child = child.parentElement;
  if (!child || child === prev) return false;
  for (const other of Array.from(child.querySelectorAll(EDITABLE))) {
    if (other.tagName === 'IFRAME' ? isShown(other) : isShown(other) && !other.closest('[contenteditable="false"]')) return true;
  }
  return false;
}

function precedes(a: Element, b: Element): boolean {
  return (a.compareDocumentPosition(b) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;
}

const TRUE_VALUES = /^(?:1|true|yes|on|internal|private|note)$/i;
const FALSE_VALUES = /^(?:|0|false|no|off|public|reply)$/i;
/** `internal`, `is_private`, `is_note`, `article[internal]`; a field named just `note` may hold a note's text. */
const AUDIENCE_FIELD = /(?:^|[_\-.[])(?:is_?)?(?:internal|private)\]?$|(?:^|[_\-.[])is_?note\]?$/i;

/** A hidden field of the box's form that records the choice (`is_note=1`, `internal=false`). */
function hiddenField(box: Element): Audience | null {
  let form: Element | null = null;
  for (let cur: Element | null = box; cur && !form; cur = outerHost(cur)) form = cur.closest('form');
  if (!form) return null;
  for (const input of Array.from(form.querySelectorAll('input[type="hidden"][name]')).slice(0, 60)) {
    const name = input.getAttribute('name') ?? '';
    if (!AUDIENCE_FIELD.test(name)) continue;
    const value = (input as HTMLInputElement).value.trim();
    const isPublicName = /public/i.test(name);
    if (TRUE_VALUES.test(value)) return isPublicName ? 'public' : 'internal';
    if (FALSE_VALUES.test(value)) return isPublicName ? 'internal' : 'public';
  }
  return null;
}
