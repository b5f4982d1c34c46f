// Zendesk-style composer: channel switcher (public reply / internal note) above a CKEditor 5 box.
// Internal mode turns the composer yellow, as Zendesk does, so agents (and adapters) can tell.
import type { ClassicEditor } from 'ckeditor5';
import { ckModelText, createCkReplyEditor } from '../lib/ckeditor';
import type { BoxMode } from '../lib/fixture-api';
import { h } from '../lib/h';
import { firstName, type Ticket } from '../data/tickets';

export interface Composer {
  el: HTMLElement;
  /** Creates the editor; CKEditor needs its element attached to the document first. */
  start(): Promise<ClassicEditor>;
  mode(): BoxMode;
  setMode(mode: BoxMode): void;
  text(): string;
  clear(): void;
  destroy(): Promise<void>;
}

export function createComposer(ticket: Ticket): Composer {
  let mode: BoxMode = 'public';
  const label = h('span', { class: 'zd-switch-label' }, 'Public reply');
  const switcher = h(
    'button',
    {
      type: 'button',
      class: 'zd-switch',
      'data-test-id': 'omnichannel-channel-switcher-button',
      'data-channel': 'web',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
    },
    label,
    h('span', { class: 'zd-caret', 'aria-hidden': 'true' }, '▾'),
  );
  const item = (id: BoxMode, text: string, hint: string) =>
    h(
      'li',
      {
        role: 'menuitem',
        tabindex: '-1',
        'data-test-id': `omnichannel-channel-switcher-menuitem-${id}`,
        onclick: () => {
          setMode(id);
          closeMenu();
        },
      },
      h('strong', {}, text),
      h('span', {}, hint),
    );
  const menu = h(
    'ul',
    { class: 'zd-menu', role: 'menu', hidden: true },
    item('public', 'Public reply', `Visible to ${firstName(ticket.requester.name)}`),
    item('internal', 'Internal note', 'Only your team sees it'),
  );
  const closeMenu = () => {
    menu.hidden = true;
    switcher.setAttribute('aria-expanded', 'false');
  };
  switcher.addEventListener('click', () => {
    menu.hidden = !menu.hidden;
    switcher.setAttribute('aria-expanded', String(!menu.hidden));
  });
  const to = h('span', { class: 'zd-to' }, 'To: ', h('strong', {}, ticket.requester.name));
  const editorHost = h('div');
  const el = h(
    'div',
    { class: 'zd-composer', 'data-test-id': 'omnicomposer' },
    h('div', { class: 'zd-composer-head' }, h('div', { class: 'zd-switch-wrap' }, switcher, menu), to),
    editorHost,
  );

  function setMode(next: BoxMode): void {
    mode = next;
    switcher.dataset.channel = next === 'internal' ? 'internal' : 'web';
    label.textContent = next === 'internal' ? 'Internal note' : 'Public reply';
    el.classList.toggle('is-internal', next === 'internal');
    to.hidden = next === 'internal';
  }

  let editor: ClassicEditor | undefined;
  let ready: Promise<ClassicEditor> | undefined;
  const start = () =>
    (ready ??= createCkReplyEditor(editorHost, {
      placeholder: `Reply to ${firstName(ticket.requester.name)}…`,
      testId: 'omnicomposer-rich-text-ckeditor',
      label: 'Rich Text Editor. Editing area: main',
    }).then((e) => (editor = e)));
  return {
    el,
    start,
    mode: () => mode,
    setMode,
    text: () => (editor ? ckModelText(editor) : ''),
    clear: () => editor?.setData(''),
    destroy: async () => {
      if (ready) await (await ready).destroy();
    },
  };
}
