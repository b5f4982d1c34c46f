// Jira Service Management comment editor: "Reply to customer" / "Add internal note" tabs above an
// Atlassian-shaped ProseMirror editor. Tab order differs between JSM screens, so adapters must read the
// tab's label, not its position; the fixture flips the order to keep them honest.
import type { EditorView } from 'prosemirror-view';
import type { BoxMode } from '../lib/fixture-api';
import { h } from '../lib/h';
import { createPmEditor, pmClear, pmText } from '../lib/prosemirror';

export interface CommentEditor {
  el: HTMLElement;
  mode(): BoxMode;
  text(): string;
  clear(): void;
  destroy(): void;
}

export function createCommentEditor(opts: {
  idPrefix: string;
  customerName: string;
  internalFirst: boolean;
  /** The main comment box carries the Atlassian editor's id; a second box on the page must not. */
  editorId?: string;
  onSave?(text: string, mode: BoxMode): void;
}): CommentEditor {
  let mode: BoxMode = 'public';
  const order: BoxMode[] = opts.internalFirst ? ['internal', 'public'] : ['public', 'internal'];
  const tabs = order.map((m, i) =>
    h(
      'div',
      { role: 'tab', id: `${opts.idPrefix}-tabs-${i}`, tabindex: '0', class: 'jsm-tab', 'data-mode': m },
      m === 'internal' ? 'Add internal note' : 'Reply to customer',
    ),
  );
  const banner = h('div', { class: 'jsm-banner' });
  const area = h('div', { class: 'ak-editor-content-area' });
  const save = h('button', { type: 'button', class: 'jsm-btn jsm-btn-primary', 'data-testid': 'comment-save-button' }, 'Save');
  const cancel = h('button', { type: 'button', class: 'jsm-btn' }, 'Cancel');
  const el = h(
    'div',
    { class: 'jsm-comment', id: opts.idPrefix },
    h('div', { role: 'tablist', class: 'jsm-tabs', 'aria-label': 'Comment type' }, ...tabs),
    banner,
    h('div', { class: 'akEditor' }, area),
    h('div', { class: 'jsm-actions' }, save, cancel),
  );
  const view: EditorView = createPmEditor(area, {
    placeholder: 'Type /ai for Atlassian Intelligence or @ to mention and notify someone.',
    placeholderStyle: 'widget',
    attributes: {
      ...(opts.editorId ? { id: opts.editorId } : {}),
      'aria-label': 'Main content area, start typing to enter text.',
    },
  });

  function setMode(next: BoxMode): void {
    mode = next;
    for (const tab of tabs) tab.setAttribute('aria-selected', String(tab.dataset.mode === next));
    el.classList.toggle('is-internal', next === 'internal');
    banner.textContent =
      next === 'internal'
        ? 'Internal note: only your team can see this.'
        : `Reply to customer: ${opts.customerName} will be notified.`;
  }
  for (const tab of tabs) tab.addEventListener('click', () => setMode(tab.dataset.mode as BoxMode));
  save.addEventListener('click', () => {
    const text = pmText(view).trim();
    if (!text) return;
    opts.onSave?.(text, mode);
    pmClear(view);
  });
  cancel.addEventListener('click', () => pmClear(view));
  setMode('public');

  return { el, mode: () => mode, text: () => pmText(view), clear: () => pmClear(view), destroy: () => view.destroy() };
}
