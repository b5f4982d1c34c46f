// One interface for every editor kind, so the content script never needs to know which editor the
// tool uses. Offsets are UTF-16 indices into the text `read()` returns (the same text the scorer sees).
import type { EditResult } from '@/lib/messaging';

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
  /** Calls `onChange` when the draft may have changed; stops when `signal` aborts. */
  watch(onChange: () => void, signal: AbortSignal): void;
}
