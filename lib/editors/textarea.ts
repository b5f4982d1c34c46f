// <textarea>, including React-controlled ones: React only keeps a value it saw arrive through an
// input event, and only execCommand puts the edit on the browser's own undo stack.
import type { Editor, Span } from './types';
import { splitPlainQuote } from './quotes';
import { UNDO_GROUP_MS } from './undo-window';
import { i18n } from '#i18n';

export function textareaEditor(el: HTMLTextAreaElement): Editor {
  return {
    kind: 'textarea',
    root: el,
    read: () => splitPlainQuote(el.value),
    // The browser's own undo: an edit after a script selection is a step of its own, so no wait.
    undoGroupMs: UNDO_GROUP_MS.textarea,
    settle: async () => ({ quiet: true, waitedMs: 0 }),
    // A textarea keeps its own selection while blurred: exactly the caret an insert should use.
    selection: () => ({ start: el.selectionStart, end: el.selectionEnd }),
    async replace(span: Span, text: string) {
      const before = el.value;
      el.focus();
      el.setSelectionRange(span.start, span.end);
      let done = false;
      try {
        done = el.ownerDocument.execCommand('insertText', false, text);
      } catch {
        done = false;
      }
      const expected = before.slice(0, span.start) + text + before.slice(span.end);
      if (!done || el.value !== expected) {
        if (el.value !== before && el.value !== expected) return { ok: false, reason: i18n.t('edit.boxChangedWhileInserting') };
        setNativeValue(el, expected);
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
        el.setSelectionRange(span.start + text.length, span.start + text.length);
      }
      return el.value === expected ? { ok: true } : { ok: false, reason: i18n.t('edit.pageRefused') };
    },
    async placeCaret(offset: number) {
      el.focus({ preventScroll: true });
      const at = Math.min(offset, el.value.length);
      el.setSelectionRange(at, at);
    },
    watch(onChange, signal) {
      el.addEventListener('input', onChange, { signal });
      el.addEventListener('change', onChange, { signal });
    },
  };
}

/** Sets the value through the prototype setter, so React's value tracker notices the change. */
function setNativeValue(el: HTMLTextAreaElement, value: string): void {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}
