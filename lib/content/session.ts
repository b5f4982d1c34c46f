// Follows the reply box the agent is writing in and reports its draft. Work happens only when
// something could have changed (typing in the active box, focus, clicks, URL changes, boxes mounted
// or removed), and every trigger is throttled, so a busy page does not feel it.
import type { BoxKind, DraftSnapshot } from '@/lib/coach-state';
import { editorFor, type Editor, type Span } from '@/lib/editors';
import { chooseSite, generic, type SiteAdapter } from '@/lib/sites';
import { EMPTY_SITE_SETTINGS, type SiteSettings } from '@/lib/sites/settings';
import { formKeyOf } from '@/lib/sites/form-key';
import { usePackLabels } from '@/lib/sites/kind/vocabulary';
import { ACTION_CONTROLS, STATE_CONTROLS } from '@/lib/sites/kind/controls';
import { KIND_LEVELS } from '@/lib/sites/kind/page-kind';
import { childFrameDocs, closestDeep, isLive, outerHost } from '@/lib/dom/deep';
import { boxIdOf } from './box-id';
import { focusedBox } from './focus';

export interface Lifetime {
  signal: AbortSignal;
  setTimeout(fn: () => void, ms: number): unknown;
}

export interface Transport {
  draftChanged(snapshot: DraftSnapshot): void;
  boxGone(boxId: string): void;
  /** The team's pack switched this page's tool off; said once per page. */
  siteOff?(site: SiteAdapter): void;
}

export interface ActiveBox {
  el: Element;
  id: string;
  site: SiteAdapter;
  editor: Editor;
}

const TYPING_DEBOUNCE_MS = 50;
const CHECK_THROTTLE_MS = 250;
const MAX_TEXT = 200_000;
const GONE_CONFIRM_MS = 300;

export class ReplySession {
  active: ActiveBox | null = null;
  private lastSent = '';
  private goneId: string | null = null;
  private context: { name?: string | undefined; message?: string | undefined; kind?: BoxKind } = {};
  private boxWatch: AbortController | null = null;
  private typingTimer = false;
  private checkPending = false;
  private readonly carets = new WeakMap<Element, Span>();
  private readonly watchedDocs = new WeakSet<Document>();
  private settings: SiteSettings = EMPTY_SITE_SETTINGS;
  /** The box's surroundings where a control that says reply or note could appear (lib/sites/kind). */
  private hood: Element | null = null;
  private saidOff = false;

  constructor(
    private readonly doc: Document,
    private readonly life: Lifetime,
    private readonly transport: Transport,
    /** Called once for each document the session listens in (the page, same-origin frames). */
    private readonly onDocument: (doc: Document) => void = () => {},
  ) {}

  start(): void {
    const { signal } = this.life;
    this.watchDocument(this.doc);
    signal.addEventListener('abort', () => this.boxWatch?.abort(), { once: true });
    // A frame that unloads (ServiceNow's form frame replaced) takes its box with it.
    this.doc.defaultView?.addEventListener(
      'pagehide',
      () => {
        if (this.active) this.transport.boxGone(this.active.id);
        this.detach();
      },
      { signal },
    );
    this.check();
  }

  /** The pack's site settings (in-house tools, switched-off tools, extra labels): re-decide with them. */
  useSiteSettings(settings: SiteSettings, recheck = true): void {
    this.settings = settings;
    usePackLabels(settings.labels);
    if (recheck) this.check(true);
  }

  /** Re-reads which box is active and reports it when anything changed (`force`: report regardless). */
  check(force = false): void {
    this.checkPending = false;
    if (this.life.signal.aborted) return;
    for (const d of childFrameDocs(this.doc)) this.watchDocument(d);
    const { adapter: site, off } = chooseSite(this.doc.location?.href ?? '', this.doc, this.settings);
    if (off) return this.switchOff(site);
    this.saidOff = false;
    const el = this.pickBox(site);
    const prev = this.active;
    if (!el) {
      if (prev) {
        // Editors and SPAs re-render boxes; say "gone" only if the box is still missing a moment later.
        this.detach();
        this.goneId = prev.id;
        this.scheduleCheck(GONE_CONFIRM_MS);
      } else if (this.goneId) {
        this.transport.boxGone(this.goneId);
        this.goneId = null;
      }
      return;
    }
    this.goneId = null;
    // The same element may be driven by another editor now (a plain box upgraded to CKEditor 5).
    const editor = editorFor(el);
    if (el !== prev?.el || site !== prev.site || editor !== prev.editor) {
      if (!editor) return;
      // No boxGone for a replaced box: the new snapshot supersedes it, and a boxGone racing it in the
      // background could clear the new box's state.
      this.attach({ el, id: boxIdOf(el), site, editor });
      force = true;
    }
    // The ticket's context (requester, last customer message, public or internal) is read here, not on
    // every keystroke: finding a mode toggle can mean querying much of a large page.
    this.context = {
      name: site.customerName?.(el),
      message: site.customerMessage?.(el)?.slice(0, 20_000),
      kind: site.boxKind(el),
    };
    this.report(force);
  }

  scheduleCheck(delay = CHECK_THROTTLE_MS): void {
    if (this.checkPending) return;
    this.checkPending = true;
    this.life.setTimeout(() => this.check(), delay);
  }

  /** The requester's name as the page shows it, when it does. */
  get customerName(): string | undefined {
    return this.context.name;
  }

  /** Reads the active box only and sends its draft if it differs from the last one sent. */
  report(force = false): void {
    const box = this.active;
    if (!box || this.life.signal.aborted) return;
    if (!isLive(box.el)) return this.scheduleCheck(0);
    // An editor that took over the box after the agent started typing drives it from now on.
    if (editorFor(box.el) !== box.editor) return this.check(true);
    this.saveCaret();
    const snapshot = this.snapshot();
    if (!snapshot) return;
    const key = JSON.stringify(snapshot);
    if (!force && key === this.lastSent) return;
    this.lastSent = key;
    this.transport.draftChanged(snapshot);
  }

  /** The active box's draft with what the page says about it, read now; null without a box. */
  snapshot(): DraftSnapshot | null {
    const box = this.active;
    if (!box) return null;
    const site = box.site;
    const snapshot: DraftSnapshot = {
      boxId: box.id,
      site: site.id,
      boxKind: this.context.kind ?? site.boxKind(box.el),
      text: box.editor.read().text.slice(0, MAX_TEXT),
      editor: box.editor.kind,
      formKey: formKeyOf(box.el, this.doc.location?.href ?? ''),
    };
    if (site.name) snapshot.siteName = site.name;
    const { name, message } = this.context;
    if (name) snapshot.customerName = name;
    if (message) snapshot.customerMessage = message;
    return snapshot;
  }

  /** The caret to insert at: saved when the box last had focus, else the end of the draft. */
  caretFor(box: ActiveBox): Span {
    const saved = this.carets.get(box.el);
    const length = box.editor.read().text.length;
    if (!saved) return { start: length, end: length };
    return { start: Math.min(saved.start, length), end: Math.min(saved.end, length) };
  }

  setCaret(box: ActiveBox, span: Span): void {
    this.carets.set(box.el, span);
  }

  private saveCaret(): void {
    const box = this.active;
    const sel = box?.editor.selection();
    if (box && sel) this.carets.set(box.el, sel);
  }

  /** Reads nothing on a tool the team switched off: the box this page reported is let go. */
  private switchOff(site: SiteAdapter): void {
    const prev = this.active;
    if (prev) {
      this.detach();
      this.transport.boxGone(prev.id);
    }
    if (!this.saidOff) this.transport.siteOff?.(site);
    this.saidOff = true;
  }

  private pickBox(site: SiteAdapter): Element | null {
    let boxes = site.boxes(this.doc);
    // A pack's in-house tool names its box; a built-in adapter whose selectors found none falls back.
    if (boxes.length === 0 && site !== generic && !site.custom) boxes = generic.boxes(this.doc);
    if (boxes.length === 0) return null;
    // An open modal (a transition screen's comment box) is where the agent is writing now.
    const inModal = boxes.filter((b) => closestDeep(b, 'dialog[open], [role="dialog"][aria-modal="true"]'));
    if (inModal.length > 0) boxes = inModal;
    const focused = focusedBox(this.doc);
    if (focused && boxes.includes(focused)) return focused;
    const current = this.active?.el;
    if (current && boxes.includes(current)) return current;
    return boxes[0] ?? null;
  }

  private attach(box: ActiveBox): void {
    this.detach();
    this.active = box;
    this.hood = neighbourhood(box.el);
    const watch = new AbortController();
    this.boxWatch = watch;
    box.editor.watch(() => this.onTyping(), watch.signal);
    // The side panel takes focus: remember where the caret was so an insert lands there.
    box.editor.root.addEventListener('focusout', () => this.saveCaret(), { signal: watch.signal });
  }

  private detach(): void {
    this.boxWatch?.abort();
    this.boxWatch = null;
    this.active = null;
    this.lastSent = '';
  }

  private onTyping(): void {
    if (this.typingTimer) return;
    this.typingTimer = true;
    this.life.setTimeout(() => {
      this.typingTimer = false;
      this.report();
    }, TYPING_DEBOUNCE_MS);
  }

  private watchDocument(d: Document): void {
    if (this.watchedDocs.has(d) || !d.documentElement) return;
    this.watchedDocs.add(d);
    const observer = new MutationObserver((records) => {
      // Churn elsewhere in a busy page changes nothing while the active box is still there; only
      // the attributes tools flip on ticket or mode switches, or a lost box, call for a look.
      if (this.active && isLive(this.active.el) && records.every((r) => r.type === 'childList' && !addsControl(r, this.hood))) return;
      this.scheduleCheck();
    });
    observer.observe(d.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      // Only the attributes tools flip when a ticket or the reply mode switches; not class/style churn.
      attributeFilter: ['hidden', 'aria-selected', 'aria-pressed', 'aria-checked', 'data-channel'],
    });
    this.life.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    const opts = { capture: true, signal: this.life.signal };
    // A frame that finished loading may hold the box (load does not bubble, but capture sees it).
    d.addEventListener('load', () => this.scheduleCheck(50), opts);
    d.addEventListener('focusin', () => this.onFocus(), opts);
    // Mode toggles and ticket tabs are clicked or keyed; check a moment later, once the page updated.
    d.addEventListener('click', () => this.scheduleCheck(50), opts);
    // Keys typed into the active box are the editor watch's business; other keys may switch modes.
    d.addEventListener('keyup', (e) => this.inActiveBox(e.target) || this.scheduleCheck(), opts);
    d.addEventListener('change', () => this.scheduleCheck(50), opts);
    this.onDocument(d);
  }

  private inActiveBox(target: EventTarget | null): boolean {
    const box = this.active;
    // Duck-typed: a key in an iframe editor comes from the frame's realm, where `instanceof Node` fails.
    const node = target as Node | null;
    return !!box && typeof node?.nodeType === 'number' && (box.el.contains(node) || box.editor.root.contains(node));
  }

  private onFocus(): void {
    const before = this.active?.el;
    const focused = focusedBox(this.doc);
    if (!focused) return;
    // Another frame may have reported since: focusing a box here makes this frame's box the active one.
    this.life.setTimeout(() => this.check(focused === before), 0);
  }
}

const CONTROL = `${STATE_CONTROLS}, ${ACTION_CONTROLS}`;

/** The ancestor as far out as public/internal is read from (KIND_LEVELS up, through frames and shadow hosts). */
function neighbourhood(el: Element): Element {
  let cur = el;
  for (let i = 0; i < KIND_LEVELS; i++) {
    const up = cur.parentElement ?? outerHost(cur);
    if (!up) break;
    cur = up;
  }
  return cur;
}

/**
 * Whether a mutation mounted, near the box, a control that may say reply or note (a toggle rendered
 * after the box): then public vs internal is decided again. Looks only at the added subtrees.
 */
function addsControl(record: MutationRecord, hood: Element | null): boolean {
  if (!hood?.contains(record.target)) return false;
  for (const node of Array.from(record.addedNodes)) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.matches(CONTROL) || el.querySelector(CONTROL)) return true;
  }
  return false;
}
