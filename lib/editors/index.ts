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
import { slate } from './slate';
import { editorjs } from './editorjs';
import { froala } from './froala';
import { summernote } from './summernote';
import { zohoDeskEditor } from './zoho-desk';
import { textareaEditor } from './textarea';

export const EDITOR_MODULES: readonly EditorModule[] = [ckeditor5, prosemirror, quill, lexical, slate, editorjs, froala, summernote, tinymce, ckeditor4, zohoDeskEditor, contenteditable];

const cache = new WeakMap<Element, Editor>();

/**
 * The editor driving `el` (a textarea or an editable root), or null when it is not editable. The same
 * element is re-identified on every call (a few class checks): a page may upgrade a plain box to a
 * rich editor, or mount another editor on it, after Rapport first saw it.
 */
export function editorFor(el: Element): Editor | null {
  if (el.tagName === 'TEXTAREA') {
    let editor = cache.get(el);
    if (!editor) cache.set(el, (editor = textareaEditor(el as HTMLTextAreaElement)));
    return editor;
  }
  const root = editableRoot(el);
  if (!root) return null;
  const mod = EDITOR_MODULES.find((m) => m.matches(root));
  if (!mod) return null;
  const known = cache.get(root);
  if (known?.kind === mod.kind) return known;
  const editor = mod.create(root);
  cache.set(root, editor);
  return editor;
}

/**
 * The box an element belongs to: the outermost contenteditable element containing `el` (editors
 * nest editable islands), or for a block editor (one editable host per block) the element holding
 * all its blocks.
 */
export function editableRoot(el: Element): HTMLElement | null {
  let root: HTMLElement | null = null;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (isEditableHost(cur as HTMLElement)) root = cur as HTMLElement;
  }
  // A block editor's holder is not editable itself: it is its own box (the page's box finder and the
  // session hand it over as the box once it was found from one of its blocks).
  if (!root) return EDITOR_MODULES.some((m) => m.hostOf?.(el as HTMLElement) === el) ? (el as HTMLElement) : null;
  for (const mod of EDITOR_MODULES) {
    const host = mod.hostOf?.(root);
    if (host) return host;
  }
  return root;
}

function isEditableHost(el: HTMLElement): boolean {
  const attr = el.getAttribute('contenteditable');
  if (attr === null) return el.ownerDocument.designMode === 'on' && el.tagName === 'BODY';
  return attr === '' || attr === 'true' || attr === 'plaintext-only';
}

export type { Editor, EditorKind, Span, DraftText } from './types';
