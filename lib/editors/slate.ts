// Slate (slate-react) keeps the draft in its own model and re-renders the DOM from it; a DOM edit it
// did not make is reverted or desyncs the model. Text goes in through Slate's own input path: a
// `beforeinput` of type insertText, which its Editable handles (Editor.insertText) and cancels.
// slate-history merges an insert_text that continues the previous one into the same undo step, so
// the insert retypes the character before it (a replacement is always a step of its own).
import { richEditor } from './rich';
import type { EditorModule } from './module';

export const slate: EditorModule = {
  kind: 'slate',
  matches: (el) => el.hasAttribute('data-slate-editor'),
  create: (el) => richEditor(el, 'slate', beforeInputInsert, { mergesAdjacentInserts: true }),
};

/**
 * Asks the editor to insert `text` over the current selection as a typed `beforeinput` would,
 * with the selection as its target range. True when the editor took it (cancelled the event): an
 * editor that ignores it has not changed, and the browser does no default action for a script's event.
 */
export function beforeInputInsert(root: HTMLElement, text: string): boolean {
  const doc = root.ownerDocument;
  const view = doc.defaultView ?? window;
  const sel = doc.getSelection();
  const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  const targetRanges = range
    ? [new view.StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset })]
    : [];
  const event = new view.InputEvent('beforeinput', {
    inputType: range && !range.collapsed ? 'insertReplacementText' : 'insertText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
    targetRanges,
  });
  const target = range?.startContainer.parentElement ?? root;
  target.dispatchEvent(event);
  return event.defaultPrevented;
}
