// CKEditor 5 reply box the way Zendesk's Agent Workspace builds it: a ClassicEditor whose editable
// root carries the data-test-id Zendesk uses.
import {
  BlockQuote,
  Bold,
  ClassicEditor,
  Clipboard,
  Essentials,
  Italic,
  Link,
  List,
  Paragraph,
  Undo,
  type ModelElement,
  type ModelNode,
} from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';

export async function createCkReplyEditor(
  host: HTMLElement,
  opts: { placeholder: string; testId?: string; label?: string },
): Promise<ClassicEditor> {
  const editor = await ClassicEditor.create({
    attachTo: host,
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, Link, List, BlockQuote, Undo, Clipboard],
    toolbar: ['bold', 'italic', 'link', '|', 'bulletedList', 'numberedList', 'blockQuote', '|', 'undo', 'redo'],
    root: { placeholder: opts.placeholder },
  });
  const view = editor.editing.view;
  // Set through the view writer: the renderer owns the editable's attributes and would drop DOM edits.
  view.change((writer) => {
    const root = view.document.getRoot();
    if (!root) return;
    if (opts.testId) writer.setAttribute('data-test-id', opts.testId, root);
    if (opts.label) writer.setAttribute('aria-label', opts.label, root);
  });
  return editor;
}

function nodeText(node: ModelNode): string {
  if (node.is('$text') || node.is('$textProxy')) return node.data;
  if (node.is('element')) return [...(node as ModelElement).getChildren()].map(nodeText).join('');
  return '';
}

/** Plain text of the editor model, one line per block. */
export function ckModelText(editor: ClassicEditor): string {
  const root = editor.model.document.getRoot();
  if (!root) return '';
  return [...root.getChildren()].map(nodeText).join('\n');
}
