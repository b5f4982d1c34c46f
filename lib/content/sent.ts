// Knows when the agent sent the reply they were writing. A send starts with a gesture: a click on the
// tool's send control (per tool, sent-sites.ts) or on a button near the box whose name says send, a
// form submitted around the box, or Ctrl/Cmd+Enter in the box. It counts once the page shows it
// happened: the box empties or is removed, or the text appears in the thread.
//
// Nothing here delays or blocks the tool's own submit: the listeners are passive, run in the capture
// phase only to read the draft before the tool clears it, and never call preventDefault. They are
// registered once per document with the session's lifetime, never per box or ticket.
import type { DraftSnapshot } from '@/lib/coach-state';
import { closestDeep, isLive } from '@/lib/dom/deep';
import type { SentReply } from '@/lib/followup/types';
import type { ActiveBox, Lifetime } from './session';
import { SEND_CONTROLS, SEND_WORDS } from './sent-sites';

export type { SentReply };

export interface SendSource {
  readonly active: ActiveBox | null;
  snapshot(): DraftSnapshot | null;
}

/** Checks for a confirmation this often (ms), for at most CONFIRM_WINDOW_MS. */
const CONFIRM_EVERY_MS = 200;
const CONFIRM_WINDOW_MS = 6000;
/** A generic send button sits within this many ancestors of the box. */
const NEAR_LEVELS = 8;
const CONTROL = 'button, [role="button"], input[type="submit"], input[type="button"]';

interface Pending {
  sent: SentReply;
  /** Epoch ms of the gesture, by this page's clock. */
  at: number;
  box: ActiveBox;
  /** A line of the draft to look for in the thread, and how often the page showed it outside the box before. */
  probe: string;
  shownBefore: number;
  deadline: number;
}

export class SendWatcher {
  private pending: Pending | null = null;
  private timer = false;
  private readonly docs = new WeakSet<Document>();

  constructor(
    private readonly source: SendSource,
    private readonly life: Lifetime,
    private readonly onSent: (sent: SentReply) => void,
    private readonly now: () => number = Date.now,
    /** Only the agent's own gestures count: a page can click its own buttons from script. */
    private readonly trusted: (e: Event) => boolean = (e) => e.isTrusted,
  ) {}

  /** Listens in `doc` (the page and each same-origin frame the session watches), once. */
  watch(doc: Document): void {
    if (this.docs.has(doc)) return;
    this.docs.add(doc);
    const opts = { capture: true, passive: true, signal: this.life.signal };
    doc.addEventListener('click', (e) => this.onClick(e), opts);
    doc.addEventListener('keydown', (e) => this.onKey(e as KeyboardEvent), opts);
    doc.addEventListener('submit', (e) => this.onSubmit(e), opts);
  }

  private onClick(e: Event): void {
    if (!this.trusted(e)) return;
    const box = this.source.active;
    const target = e.target as Element | null;
    if (!box || typeof target?.closest !== 'function') return;
    const control = target.closest(CONTROL);
    if (control && isSendControl(control, box)) this.begin(box, 'control');
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.trusted(e)) return;
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
    const box = this.source.active;
    const node = e.target as Node | null;
    if (box && typeof node?.nodeType === 'number' && (box.el.contains(node) || box.editor.root.contains(node))) this.begin(box, 'shortcut');
  }

  private onSubmit(e: Event): void {
    if (!this.trusted(e)) return;
    const box = this.source.active;
    const form = e.target as Element | null;
    if (box && typeof form?.contains === 'function' && form.contains(box.el)) this.begin(box, 'form');
  }

  private begin(box: ActiveBox, via: SentReply['via']): void {
    const snapshot = this.source.snapshot();
    if (!snapshot || snapshot.text.trim() === '') return;
    if (this.pending?.sent.snapshot.text === snapshot.text) return;
    const doc = box.el.ownerDocument;
    const sentAt = this.now();
    const probe = probeOf(snapshot.text);
    this.pending = {
      sent: { snapshot, ticket: ticketOf(box, doc), confirmedAfterMs: 0, via },
      at: sentAt,
      box,
      probe,
      shownBefore: probe ? shownOutside(box, probe) : 0,
      deadline: sentAt + CONFIRM_WINDOW_MS,
    };
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = true;
    this.life.setTimeout(() => {
      this.timer = false;
      this.confirm();
    }, CONFIRM_EVERY_MS);
  }

  private confirm(): void {
    const p = this.pending;
    if (!p || this.life.signal.aborted) return;
    if (sentShows(p)) {
      this.pending = null;
      this.onSent({ ...p.sent, confirmedAfterMs: Math.max(0, this.now() - p.at) });
      return;
    }
    // The tool refused (an empty required field, an error): the draft is still there after the window.
    if (this.now() > p.deadline) this.pending = null;
    else this.schedule();
  }
}

/** The page shows the reply went: its box was removed or emptied, or its text is in the thread. */
function sentShows(p: Pending): boolean {
  if (!isLive(p.box.el)) return true;
  let text: string;
  try {
    text = p.box.editor.read().text;
  } catch {
    return true;
  }
  const before = p.sent.snapshot.text.trim();
  const now = text.trim();
  if (now === '' || now.length < before.length * 0.2) return true;
  // Some tools keep the text in the box until the thread shows it: look outside the box.
  return p.probe !== '' && shownOutside(p.box, p.probe) > p.shownBefore;
}

function shownOutside(box: ActiveBox, probe: string): number {
  const all = normalise(box.el.ownerDocument.body?.textContent ?? '');
  const inBox = normalise(box.el.textContent ?? '');
  return count(all, probe) - count(inBox, probe);
}

function isSendControl(control: Element, box: ActiveBox): boolean {
  if (box.el.contains(control) || box.editor.root.contains(control)) return false;
  const own = SEND_CONTROLS[box.site.id]?.submit;
  if (own && control.matches(own)) return true;
  const name = (control.getAttribute('aria-label') || control.textContent || (control as HTMLInputElement).value || '').trim().replace(/\s+/g, ' ');
  if (!SEND_WORDS.test(name)) return false;
  // Near: the closest ancestor holding both is at most NEAR_LEVELS above the box.
  let up: Element | null = box.el;
  for (let i = 0; up && i <= NEAR_LEVELS; i++, up = up.parentElement) if (up.contains(control)) return true;
  return false;
}

function ticketOf(box: ActiveBox, doc: Document): SentReply['ticket'] {
  const top = doc.defaultView?.top?.document ?? doc;
  const url = top.location?.href ?? doc.location.href;
  const controls = SEND_CONTROLS[box.site.id];
  const scope = (controls?.scope && closestDeep(box.el, controls.scope)) || top;
  const subject = controls?.subject ? scope.querySelector(controls.subject)?.textContent?.trim() : undefined;
  return { title: (subject || top.title || url).replace(/\s+/g, ' ').slice(0, 200), url };
}

/** The draft's longest line, up to 80 characters: what a thread would show of it. */
function probeOf(text: string): string {
  const line = text
    .split('\n')
    .map((l) => normalise(l))
    .sort((a, b) => b.length - a.length)[0];
  const probe = (line ?? '').slice(0, 80);
  // A line of a few characters ("Thanks!") is on every page already.
  return probe.length >= 12 ? probe : '';
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function count(hay: string, needle: string): number {
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}
