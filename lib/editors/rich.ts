// Shared by every contenteditable-based editor: reading goes through the text model; what differs
// between editors is only how text gets in (their own input path, so their model and undo see it).
import type { EditResult } from '@/lib/messaging';
import type { Editor, EditorKind, Span } from './types';
import { buildTextModel, offsetOf, rangeFor } from './text-model';
import { verifiedEdit } from './outcome';
import { keyChangesText, UNDO_GROUP_MS, untilQuiet, type QuietClock } from './undo-window';
import { i18n } from '#i18n';

export type InsertPath = (root: HTMLElement, text: string) => boolean;

export interface RichOptions {
  /**
   * The editor's history merges an insert that touches the agent's last typed characters into the
   * same undo step (slate-history does, by offset). Such an insert retypes the one character before
   * it as part of a replacement, which its history always keeps as a step of its own.
   */
  mergesAdjacentInserts?: boolean;
  /** One editable host per block (Editor.js): an edit must stay inside one block. */
  oneBlockPerEdit?: boolean;
  /**
   * The editor ignores a DOM selection until it has seen a `focus` event (CKEditor 5 keeps it
   * "pending"). Firefox fires no focus event for `focus()` in a tab in the background — the page
   * while the agent clicks in the popped-out coach — nor does any browser for a box that already is
   * the active element of a blurred page, so the edit would land at the editor's old selection. Then
   * the box is told it has focus with a focus event of its own.
   */
  needsFocusEvent?: boolean;
}

export function richEditor(root: HTMLElement, kind: EditorKind, insert: InsertPath, opts: RichOptions = {}): Editor {
  const read = () => {
    const m = buildTextModel(root);
    return m.quoted ? { text: m.text, quoted: m.quoted } : { text: m.text };
  };
  const undoGroupMs = UNDO_GROUP_MS[kind];
  /** When the box last changed (ms, performance.now()), as far as the watch saw; undefined before. */
  let lastChange: number | undefined;
  const changed = () => void (lastChange = performance.now());
  return {
    kind,
    root,
    read,
    undoGroupMs,
    settle: () => untilQuiet(() => lastChange, undoGroupMs, pageClock(root)),
    selection() {
      const range = selectedRange(root);
      if (!range) return null;
      const model = buildTextModel(root);
      const a = offsetOf(model, range.startContainer, range.startOffset);
      const b = range.collapsed ? a : offsetOf(model, range.endContainer, range.endOffset);
      return { start: Math.min(a, b), end: Math.max(a, b) };
    },
    async replace(span: Span, text: string): Promise<EditResult> {
      const before = read().text;
      if (opts.mergesAdjacentInserts && span.start === span.end && span.start > 0 && before[span.start - 1] !== '\n') {
        text = before[span.start - 1] + text;
        span = { start: span.start - 1, end: span.end };
      }
      if (opts.oneBlockPerEdit && before.slice(span.start, span.end).includes('\n')) {
        return { ok: false, reason: i18n.t('edit.twoBlocks') };
      }
      // Judged by reading the draft back once the editor has rendered its model: "ok" only when the
      // box holds exactly the edited draft (see outcome.ts).
      return verifiedEdit(root, () => read().text, span, text, async (at, t) => {
        await select(root, at, opts);
        insert(root, t);
      });
    },
    async placeCaret(offset: number) {
      const length = read().text.length;
      await select(root, { start: Math.min(offset, length), end: Math.min(offset, length) }, opts);
    },
    watch(onChange, signal) {
      const observer = new MutationObserver(() => {
        changed();
        onChange();
      });
      observer.observe(root, { childList: true, characterData: true, subtree: true });
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
      root.addEventListener(
        'input',
        () => {
          changed();
          onChange();
        },
        { signal },
      );
      // A text key starts an editor's typing timer (Froala) before its change reaches the DOM.
      root.addEventListener('keydown', (e) => keyChangesText(e) && changed(), { signal, capture: true });
    },
  };
}

/**
 * The selection's range when it lies in `root`. Inside an open shadow root the document's selection
 * is re-targeted to the shadow host, so the range is read from the composed selection where the
 * browser offers it (Chromium 137+, Firefox 142+) and from the shadow root's own getSelection() else.
 */
function selectedRange(root: HTMLElement): Range | StaticRange | null {
  const doc = root.ownerDocument;
  const sel = doc.getSelection();
  const shadow = root.getRootNode();
  if (shadow !== doc && 'host' in shadow) {
    const composed = sel && 'getComposedRanges' in sel ? (sel as Selection & { getComposedRanges(o: { shadowRoots: ShadowRoot[] }): StaticRange[] }).getComposedRanges({ shadowRoots: [shadow as ShadowRoot] })[0] : undefined;
    const legacy = (shadow as ShadowRoot & { getSelection?(): Selection | null }).getSelection?.();
    const range = composed ?? (legacy && legacy.rangeCount > 0 ? legacy.getRangeAt(0) : undefined);
    return range && root.contains(range.startContainer) ? range : null;
  }
  const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  return range && root.contains(range.startContainer) ? range : null;
}

/** Focuses the box and selects [start, end), then lets the editor sync its model to the DOM selection. */
async function select(root: HTMLElement, span: Span, opts: RichOptions = {}): Promise<void> {
  const doc = root.ownerDocument;
  const model = buildTextModel(root);
  const range = rangeFor(model, Math.min(span.start, model.text.length), Math.min(span.end, model.text.length));
  // A block editor (Editor.js) has one editable host per block: focus the one the range is in.
  focusWithEvent(editableHostOf(range.startContainer, root), !!opts.needsFocusEvent);
  const sel = selectionFor(root);
  sel?.removeAllRanges();
  sel?.addRange(range);
  // Editors read the DOM selection on `selectionchange`, which the browser dispatches asynchronously.
  await nextEvent(doc, 'selectionchange', 100);
  await tick(root);
}

/** Focuses `host`; when `announce` and the browser fired no focus event for it, fires one. */
function focusWithEvent(host: HTMLElement, announce: boolean): void {
  let told = false;
  const heard = () => void (told = true);
  host.addEventListener('focus', heard, { capture: true, once: true });
  host.focus({ preventScroll: true });
  host.removeEventListener('focus', heard, { capture: true });
  if (!announce || told || !host.isConnected) return;
  const view = host.ownerDocument.defaultView ?? window;
  host.dispatchEvent(new view.FocusEvent('focus'));
  host.dispatchEvent(new view.FocusEvent('focusin', { bubbles: true }));
}

/** The editable element holding `node` inside `root` (root itself for a single-host editor). */
function editableHostOf(node: Node, root: HTMLElement): HTMLElement {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const host = el?.closest('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]');
  return host instanceof (root.ownerDocument.defaultView ?? window).HTMLElement && root.contains(host) ? host : root;
}

/**
 * The selection that covers `root`: a document's. Inside an open shadow root Chromium keeps one
 * document selection that reaches into it (getSelection() on the shadow root is non-standard).
 */
export function selectionFor(root: Node): Selection | null {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.getSelection();
}

function nextEvent(doc: Document, type: string, timeoutMs: number): Promise<void> {
  return new Promise((done) => {
    const view = doc.defaultView ?? window;
    const timer = view.setTimeout(finish, timeoutMs);
    function finish() {
      view.clearTimeout(timer);
      doc.removeEventListener(type, finish);
      done();
    }
    doc.addEventListener(type, finish, { once: true });
  });
}

/**
 * The clock an edit waits on: performance.now() (ms), and the box's own window's timers, so a wait in
 * an iframe editor runs beside that editor's own timers (Froala's typing timer is one).
 */
function pageClock(root: HTMLElement): QuietClock {
  return { now: () => performance.now(), sleep: (ms) => tick(root, ms) };
}

function tick(root: HTMLElement, ms = 0): Promise<void> {
  const view = root.ownerDocument.defaultView ?? window;
  return new Promise((done) => view.setTimeout(done, ms));
}

/** The browser's own insert: fires beforeinput/input and lands on the native undo stack. */
export function execInsert(root: HTMLElement, text: string): boolean {
  try {
    return root.ownerDocument.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * A paste the editor handles itself (CKEditor 5, ProseMirror, Quill, Lexical, TinyMCE). Plain text
 * only: every one of them turns it into paragraphs and keeps its spaces, whereas an HTML flavour
 * would have its edge spaces collapsed or kept as no-break spaces, depending on the editor.
 */
export function pasteInsert(root: HTMLElement, text: string): boolean {
  const doc = root.ownerDocument;
  const view = doc.defaultView ?? window;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const target = doc.getSelection()?.anchorNode?.parentElement ?? root;
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  carryClipboardData(event, text, view);
  target.dispatchEvent(event);
  // An editor that took the paste cancels it; otherwise fall back to the browser's own insert.
  return event.defaultPrevented || execInsert(root, text);
}

/**
 * Firefox gives a paste event made by a script an empty `clipboardData`, and the page cannot read data
 * a content script puts in a DataTransfer either: the data carries the extension's principal, which
 * the page's does not subsume (Bugzilla 1654724). Editors then pasted nothing, or deleted the
 * selection and inserted nothing. There the event gets, as an own property the page's handlers read,
 * a stand-in DataTransfer made in the page's realm (Firefox's `cloneInto`, functions exported) that
 * answers `getData` (and its one item's `getAsString`) with the text. Chromium keeps the data the constructor was given: nothing is
 * added there.
 */
function carryClipboardData(event: ClipboardEvent, text: string, view: Window): void {
  if (event.clipboardData?.getData('text/plain') === text) return;
  const { cloneInto } = globalThis as unknown as { cloneInto?: CloneInto };
  const pageEvent = (event as ClipboardEvent & { wrappedJSObject?: object }).wrappedJSObject;
  if (!cloneInto || !pageEvent) return;
  const plain = (type: string) => /^text(\/plain)?$/i.test(type);
  const standIn = cloneInto(
    {
      types: ['text/plain'],
      files: [],
      // One string item, as a real paste of plain text has: Squire (Zoho Desk) reads `items` first and
      // takes nothing from a paste whose item list is empty.
      items: [{ kind: 'string', type: 'text/plain', getAsString: (done: (s: string) => void) => done(text), getAsFile: () => null }],
      dropEffect: 'none',
      effectAllowed: 'all',
      getData: (type: string) => (plain(String(type)) ? text : ''),
      setData: () => undefined,
      clearData: () => undefined,
    },
    view,
    { cloneFunctions: true },
  );
  Object.defineProperty(pageEvent, 'clipboardData', { value: standIn, configurable: true });
}

/** Firefox's content-script helper that copies an object into a page's realm (MDN: cloneInto). */
type CloneInto = <T>(obj: T, target: Window, options?: { cloneFunctions?: boolean }) => T;
