// The controls around a reply box that say who will read it, and their state: a selected tab, a
// checked radio or checkbox, the chosen option of a select, a pressed toggle, the active button of a
// group, the send button, a heading or legend. Each reader returns a decisive audience or null.
import { isShown, labelOf, textOf } from '../dom';
import { classifyLabel, opposite, type LabelVerdict } from './vocabulary';
import type { Audience } from './words';

/** Controls with a state: one of a group is on (tabs, radios, segmented buttons) or a lone one is on or off. */
export const STATE_CONTROLS = [
  '[role="tab"]',
  '[role="radio"]',
  '[role="menuitemradio"]',
  '[role="switch"]',
  '[role="checkbox"]',
  '[role="option"][aria-selected]',
  '[aria-pressed]',
  'input[type="radio"]',
  'input[type="checkbox"]',
  'select',
  'li.active > a',
  'li.selected > a',
  'li.is-active > a',
  '[aria-current="true"]',
].join(', ');

/** What a send button can look like (FreeScout's is type=button; osTicket's an input). */
export const ACTION_CONTROLS = 'button, input[type="submit"], input[type="button"], [role="button"]';

export const HEADINGS = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"]';

const ON_CLASS = /(?:^|\s)(?:active|selected|is-active|is-selected|is-current|current|checked|is-checked)(?:\s|$)/;

/** Labels of checkboxes about notifications or copies: ticking them changes who is emailed, not who may read. */
const NOT_ABOUT_AUDIENCE = /notif|benachrichtig|\bcc\b|\bbcc\b|kopie|copy|signature|signatur|knowledge|wissens/i;

/** "Set to public", "Switch to note": an action button names the state it leads to, not the current one. */
const LEADS_ELSEWHERE = /^\s*(?:set|switch|change|convert|turn|make it|umschalten|wechseln|wechsle|andern|ändern|umwandeln)\b|\b(?:zu|auf|to)\s*$/i;

/** Everything the page uses to name a control, including icon titles inside an otherwise empty label (GLPI). */
export function controlLabel(el: Element): string {
  const parts = [labelOf(el)];
  if (el.tagName === 'INPUT' && /^(submit|button)$/i.test((el as HTMLInputElement).type)) parts.push((el as HTMLInputElement).value);
  if (el.tagName !== 'SELECT') parts.push(textOf(el));
  const doc = el.ownerDocument;
  const labels: Element[] = [];
  if (el.id) labels.push(...Array.from(doc.querySelectorAll('label[for]')).filter((l) => l.getAttribute('for') === el.id));
  const wrapping = el.closest('label');
  if (wrapping) labels.push(wrapping);
  labels.push(el);
  for (const l of labels) {
    for (const icon of Array.from(l.querySelectorAll('[title], [aria-label], img[alt]')).slice(0, 4)) {
      parts.push(icon.getAttribute('aria-label') ?? icon.getAttribute('title') ?? icon.getAttribute('alt') ?? '');
    }
  }
  return parts.filter(Boolean).join(' ').slice(0, 400);
}

function isOn(el: Element): boolean {
  if (el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-pressed') === 'true') return true;
  if (el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-current') === 'true') return true;
  if ((el as HTMLInputElement).checked === true) return true;
  return ON_CLASS.test(el.getAttribute('class') ?? '') || ON_CLASS.test(el.parentElement?.tagName === 'LI' ? (el.parentElement.getAttribute('class') ?? '') : '');
}

/** A control that is one of several choices (so its label names the state it selects), not a lone on/off toggle. */
function groupOf(el: Element): Element[] {
  const container =
    el.closest('[role="tablist"], [role="radiogroup"], [role="group"], [role="menu"], [role="listbox"]') ??
    (el.parentElement?.tagName === 'LI' ? el.parentElement.parentElement : el.parentElement);
  if (!container) return [el];
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'radio' && (el as HTMLInputElement).name) {
    const name = (el as HTMLInputElement).name;
    const form = (el as HTMLInputElement).form ?? el.ownerDocument;
    return Array.from(form.querySelectorAll('input[type="radio"]')).filter((r) => (r as HTMLInputElement).name === name);
  }
  // A list of tabs (`ul > li.active > a`) marks only the active item; its siblings are the other choices.
  const selector = el.parentElement?.tagName === 'LI' ? ':scope > li > a, :scope > li > button' : STATE_CONTROLS;
  const members = Array.from(container.querySelectorAll(selector)).filter((m) => m.tagName !== 'SELECT');
  return members.length > 0 ? members.slice(0, 12) : [el];
}

/** Whether another member of the group names the other audience: then even a weak "Reply" decides. */
function contrasted(verdict: LabelVerdict, others: Element[]): boolean {
  return others.some((o) => classifyLabel(controlLabel(o))?.audience === opposite(verdict.audience));
}

function fromVerdict(verdict: LabelVerdict | null, others: Element[]): Audience | null {
  if (!verdict) return null;
  if (verdict.strength === 'strong' || contrasted(verdict, others)) return verdict.audience;
  return null;
}

function isToggle(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'switch' || role === 'checkbox') return true;
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'checkbox') return true;
  // A lone aria-pressed button (Zammad-like "internal" lock) is a toggle; several make a segmented choice.
  if (el.hasAttribute('aria-pressed')) return groupOf(el).filter((m) => m.hasAttribute('aria-pressed')).length < 2;
  return false;
}

/** A checkbox or switch: its label names a state, ticked means that state, unticked the other. */
function readToggle(el: Element): Audience | null {
  const label = controlLabel(el);
  if (NOT_ABOUT_AUDIENCE.test(label)) return null;
  const verdict = classifyLabel(label);
  if (!verdict || verdict.strength !== 'strong') return null;
  const on = el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-pressed') === 'true' || (el as HTMLInputElement).checked === true;
  return on ? verdict.audience : opposite(verdict.audience);
}

/** A select: the chosen option, read against the other options ("Public" / "Internal"). */
function readSelect(el: HTMLSelectElement): Audience | null {
  const chosen = el.selectedOptions?.[0] ?? el.options?.[el.selectedIndex];
  if (!chosen) return null;
  const others = Array.from(el.options).filter((o) => o !== chosen);
  return fromVerdict(classifyLabel(textOf(chosen) || chosen.value), others);
}

/** One of a group (tab, radio, segmented button, active list item): only the one that is on speaks. */
function readChoice(el: Element): Audience | null {
  if (!isOn(el)) return null;
  const group = groupOf(el);
  return fromVerdict(classifyLabel(controlLabel(el)), group.filter((m) => m !== el));
}

/** Reads one state control (null when it says nothing, or is off and one of a group). */
export function readStateControl(el: Element): Audience | null {
  if (el.tagName === 'SELECT') return readSelect(el as HTMLSelectElement);
  if (isToggle(el)) return readToggle(el);
  return readChoice(el);
}

/** A shown send button ("Post Note", "Send reply"), read against the other buttons beside it. */
export function readAction(el: Element): Audience | null {
  const label = controlLabel(el);
  const verdict = classifyLabel(label);
  if (!verdict) return null;
  if (LEADS_ELSEWHERE.test(label)) return verdict.strength === 'strong' ? opposite(verdict.audience) : null;
  const siblings = el.parentElement ? Array.from(el.parentElement.querySelectorAll(ACTION_CONTROLS)).filter((b) => b !== el).slice(0, 12) : [];
  return fromVerdict(verdict, siblings);
}

/** A heading or legend names the form it heads ("Add internal note"): strong words only. */
export function readHeading(el: Element): Audience | null {
  const verdict = classifyLabel(textOf(el) || el.getAttribute('aria-label'));
  return verdict?.strength === 'strong' ? verdict.audience : null;
}

/** The form's own name (`aria-label` on a form, region or dialog): strong words only. */
export function readRegionName(el: Element): Audience | null {
  if (!el.matches('form, fieldset, section, [role="form"], [role="region"], [role="dialog"], [role="group"]')) return null;
  const named = el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ? labelOf(el) : null);
  const verdict = classifyLabel(named);
  return verdict?.strength === 'strong' ? verdict.audience : null;
}

/** Whether the element may be read at all: shown, or a member of a group read only for contrast. */
export function visible(el: Element): boolean {
  return isShown(el);
}
