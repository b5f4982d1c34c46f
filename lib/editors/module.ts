import type { Editor, EditorKind } from './types';

/** One editor kind: how to recognise its root element and drive it. */
export interface EditorModule {
  kind: EditorKind;
  matches(root: HTMLElement): boolean;
  /**
   * For editors made of several editable hosts (one per block): the element that holds them all,
   * which is the box. `el` is an editable host; null when it is not part of this kind of editor.
   */
  hostOf?(el: HTMLElement): HTMLElement | null;
  create(root: HTMLElement): Editor;
}
