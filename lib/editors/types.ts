// One interface for every editor kind, so the content script never needs to know which editor the
// tool uses. Offsets are UTF-16 indices into the text `read()` returns (the same text the scorer sees).
import type { EditResult } from '@/lib/messaging';
import type { QuietOutcome } from './undo-window';

export type EditorKind =
  | 'textarea'
  | 'contenteditable'
  | 'ckeditor5'
  | 'prosemirror'
  | 'quill'
  | 'lexical'
  | 'tinymce'
  | 'ckeditor4'
  | 'slate'
  | 'editorjs'
  | 'froala';

export interface Span {
  start: number;
  end: number;
}

export interface DraftText {
  /** The agent's own words. */
  text: string;
  /** Quoted history found in the box (left out of `text`). */
  quoted?: string;
}

export interface Editor {
  readonly kind: EditorKind;
  /** The element that takes focus and holds the draft (textarea, editable root, iframe body). */
  readonly root: HTMLElement;
  read(): DraftText;
  /** The selection as text offsets, or null when it is not inside this editor. */
  selection(): Span | null;
  /** Replaces [start, end) with `text` through the editor's own input path (undo sees it). */
  replace(span: Span, text: string): Promise<EditResult>;
  /**
   * Puts the focus in the box and the caret at `offset` (a UTF-16 offset into `read().text`), the
   * way the agent would have left it after typing; the editor's own selection follows.
   */
  placeCaret(offset: number): Promise<void>;
  /**
   * Calls `onChange` when the draft may have changed; stops when `signal` aborts. While watched, the
   * editor also keeps the time of the last change in the box (DOM changes, input, text keys) for `settle`.
   */
  watch(onChange: () => void, signal: AbortSignal): void;
  /**
   * How long (ms) this editor may still join a change to the one before it in one undo step, for the
   * path `replace` takes (UNDO_GROUP_MS in undo-window.ts, with the source of each number).
   */
  readonly undoGroupMs: number;
  /**
   * Resolves once a `replace` made now would be an undo step of its own in the editor's history:
   * `undoGroupMs` + a margin after the last change seen while watched, restarting when the agent types
   * on, at most MAX_QUIET_WAIT_MS (1200 ms). At once for an editor without a window. Changes nothing.
   */
  settle(): Promise<QuietOutcome>;
}
