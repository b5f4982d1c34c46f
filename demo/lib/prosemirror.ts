// ProseMirror reply box, as the Atlassian editor and Intercom's composer build it.
import { exampleSetup } from 'prosemirror-example-setup';
import { schema } from 'prosemirror-schema-basic';
import { EditorState, Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';

function isEmpty(state: EditorState): boolean {
  const first = state.doc.firstChild;
  return state.doc.childCount === 1 && !!first && first.isTextblock && first.content.size === 0;
}

/**
 * Atlassian style: the placeholder is a real text node inside the editable (a widget decoration),
 * so a reader that takes textContent sees it. Adapters must not count it as the draft.
 */
function widgetPlaceholder(text: string): Plugin {
  return new Plugin({
    props: {
      decorations(state) {
        if (!isEmpty(state)) return null;
        const span = () => {
          const el = document.createElement('span');
          el.className = 'placeholder-decoration';
          el.contentEditable = 'false';
          el.textContent = text;
          return el;
        };
        return DecorationSet.create(state.doc, [Decoration.widget(1, span, { key: 'placeholder', side: -1, ignoreSelection: true })]);
      },
    },
  });
}

/** Intercom style: an attribute on the empty paragraph, shown with a CSS ::before. */
function attributePlaceholder(text: string): Plugin {
  return new Plugin({
    props: {
      decorations(state) {
        const first = state.doc.firstChild;
        if (!isEmpty(state) || !first) return null;
        return DecorationSet.create(state.doc, [
          Decoration.node(0, first.nodeSize, { class: 'is-empty is-editor-empty', 'data-placeholder': text }),
        ]);
      },
    },
  });
}

export function createPmEditor(
  mount: HTMLElement,
  opts: { placeholder: string; placeholderStyle: 'widget' | 'attribute'; attributes?: Record<string, string> },
): EditorView {
  const placeholder =
    opts.placeholderStyle === 'widget' ? widgetPlaceholder(opts.placeholder) : attributePlaceholder(opts.placeholder);
  const state = EditorState.create({
    schema,
    plugins: [...exampleSetup({ schema, menuBar: false }), placeholder],
  });
  return new EditorView(mount, { state, attributes: { role: 'textbox', 'aria-multiline': 'true', ...opts.attributes } });
}

export function pmText(view: EditorView): string {
  const doc = view.state.doc;
  return doc.textBetween(0, doc.content.size, '\n');
}

export function pmClear(view: EditorView): void {
  const tr = view.state.tr.delete(0, view.state.doc.content.size);
  view.dispatch(tr);
}
