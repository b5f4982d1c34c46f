// The editor registry: the first module that recognises a box's root drives it. Plain
// contenteditable comes last because every rich editor is also contenteditable.
import type { Editor } from './types';
import type { EditorModule } from './module';
import { ckeditor5 } from './ckeditor5';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { lexical } from './lexical';
import { ckeditor4, tinymce } from './iframe-body';
import { contenteditable } from './contenteditable';
import { zohoDeskEditor } from './zoho-desk';
import { textareaEditor } from './textarea';

export const EDITOR_MODULES: readonly EditorModule[] = [ckeditor5, prosemirror, quill, lexical, tinymce, ckeditor4, zohoDeskEditor, contenteditable];

const cache = new WeakMap<Element, Editor>();

/** The editor driving `el` (a textarea or an editable root), or null when it is not editable. */
export function editorFor(el: Element): Editor | null {
  const known = cache.get(el);
  if (known) return known;
  let editor: Editor | null = null;
  if (el.tagName === 'TEXTAREA') editor = textareaEditor(el as HTMLTextAreaElement);
  else {
    const root = editableRoot(el);
    if (!root) return null;
    if (root !== el) return editorFor(root);
    const mod = EDITOR_MODULES.find((m) => m.matches(root));
    editor = mod ? mod.create(root) : null;
  }
  if (editor) cache.set(el, editor);
  return editor;
}

/** The outermost contenteditable element containing `el` (editors nest editable islands). */
export function editableRoot(el: Element): HTMLElement | null {
  let root: HTMLElement | null = null;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (isEditableHost(cur as HTMLElement)) root = cur as HTMLElement;
  }
  return root;
}

function isEditableHost(el: HTMLElement): boolean {
  const attr = el.getAttribute('contenteditable');
  if (attr === null) return el.ownerDocument.designMode === 'on' && el.tagName === 'BODY';
  return attr === '' || attr === 'true' || attr === 'plaintext-only';
}

export type { Editor, EditorKind, Span, DraftText } from './types';
