import type { Editor, EditorKind } from './types';

/** One editor kind: how to recognise its root element and drive it. */
export interface EditorModule {
  kind: EditorKind;
  matches(root: HTMLElement): boolean;
  create(root: HTMLElement): Editor;
}
