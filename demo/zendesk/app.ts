// The Zendesk-like Agent Workspace: a views list and a tab strip of open tickets. Background tickets
// keep their layout (and reply box) in the DOM, hidden, exactly like Zendesk, which is the case the
// extension must get right: only the ticket in front is the active reply box.
import { TICKETS, findTicket, type Ticket } from '../data/tickets';
import { exposeFixture } from '../lib/fixture-api';
import { h } from '../lib/h';
import { createTicketView, type TicketView } from './ticket-view';
import './desk.css';

const TICKET_PATH = /^\/agent\/tickets\/(\d+)/;

export function mountDesk(root: HTMLElement, opts: { name: string }): void {
  const open = new Map<number, { view: TicketView; tab: HTMLElement }>();
  let active: number | null = null;

  const homeTab = h('button', { type: 'button', class: 'zd-tab zd-tab-home', role: 'tab', onclick: () => show(null) }, 'Views');
  const tabs = h('div', { class: 'zd-tabs', role: 'tablist', 'data-test-id': 'header-tablist' }, homeTab);
  const workspace = h('div', { class: 'zd-workspace' });
  const views = h(
    'section',
    { class: 'zd-views' },
    h('p', { class: 'zd-hint' }, 'Demo help desk: open a ticket and write a reply. Rapport coaches you in the side panel.'),
    h('h1', {}, 'Your unsolved tickets'),
    ticketTable(),
  );

  function row(t: Ticket): HTMLElement {
    const link = h('a', { href: `/agent/tickets/${t.id}`, 'data-ticket-id': String(t.id), class: 'zd-ticket-link' }, t.subject);
    link.addEventListener('click', (ev) => {
      ev.preventDefault();
      openTicket(t.id);
    });
    return h(
      'tr',
      { 'data-ticket-row': String(t.id) },
      h('td', {}, h('span', { class: `zd-status zd-status-${t.status.toLowerCase()}` }, t.status)),
      h('td', {}, `#${t.id}`),
      h('td', {}, link),
      h('td', {}, t.requester.name),
      h('td', {}, h('span', { class: `zd-prio zd-prio-${t.priority.toLowerCase()}` }, t.priority)),
      h('td', { class: 'zd-muted' }, t.updated),
    );
  }

  function ticketTable(): HTMLElement {
    const head = h('tr', {}, ...['Status', 'ID', 'Subject', 'Requester', 'Priority', 'Updated'].map((c) => h('th', {}, c)));
    return h('table', { class: 'zd-table' }, h('thead', {}, head), h('tbody', {}, ...TICKETS.map(row)));
  }

  function openTicket(id: number): void {
    const ticket = findTicket(id);
    if (!ticket) return;
    if (!open.has(id)) {
      const view = createTicketView(ticket);
      const close = h('button', { type: 'button', class: 'zd-tab-close', 'aria-label': 'Close tab', 'data-test-id': 'close-button', 'data-action': 'close-ticket' }, '×');
      const tab = h(
        'div',
        { class: 'zd-tab', role: 'tab', 'data-test-id': 'header-tab', 'data-entity-id': String(id), tabindex: '0' },
        h('span', { class: 'zd-tab-title' }, ticket.subject),
        h('span', { class: 'zd-tab-sub' }, `${ticket.requester.name} · #${id}`),
        close,
      );
      tab.addEventListener('click', () => show(id));
      close.addEventListener('click', (ev) => {
        ev.stopPropagation();
        void closeTicket(id);
      });
      tabs.appendChild(tab);
      workspace.appendChild(view.el);
      void view.composer.start();
      open.set(id, { view, tab });
    }
    show(id);
  }

  async function closeTicket(id: number): Promise<void> {
    const entry = open.get(id);
    if (!entry) return;
    open.delete(id);
    entry.tab.remove();
    entry.view.el.remove();
    if (active === id) show([...open.keys()].at(-1) ?? null);
    await entry.view.destroy();
  }

  function show(id: number | null): void {
    active = id;
    views.hidden = id !== null;
    homeTab.setAttribute('aria-selected', String(id === null));
    for (const [tid, { view, tab }] of open) {
      view.el.hidden = tid !== id;
      tab.setAttribute('aria-selected', String(tid === id));
    }
    const path = id === null ? homePath : `/agent/tickets/${id}`;
    if (location.pathname !== path) history.pushState({}, '', path);
  }

  const nav = h(
    'nav',
    { class: 'zd-nav', 'aria-label': 'Main' },
    h('div', { class: 'zd-logo', 'aria-hidden': 'true' }, 'A'),
    ...['Home', 'Views', 'Customers', 'Reports', 'Admin'].map((n) => h('span', { class: 'zd-nav-item', title: n }, n[0] ?? '')),
  );
  const search = h('input', { type: 'search', class: 'zd-search', placeholder: 'Search tickets', 'aria-label': 'Search' });
  const topbar = h('header', { class: 'zd-topbar' }, tabs, search, h('div', { class: 'zd-me', title: 'Sam Carter' }, 'SC'));
  root.append(nav, h('div', { class: 'zd-main' }, topbar, views, workspace));

  window.addEventListener('popstate', () => {
    const m = TICKET_PATH.exec(location.pathname);
    if (m) openTicket(Number(m[1]));
    else show(null);
  });
  const initial = TICKET_PATH.exec(location.pathname);
  const homePath = initial ? '/agent/dashboard' : location.pathname;
  if (initial) openTicket(Number(initial[1]));
  else show(null);

  exposeFixture({
    name: opts.name,
    draft: () => (active === null ? '' : open.get(active)?.view.composer.text() ?? ''),
    mode: () => (active === null ? null : open.get(active)?.view.composer.mode() ?? null),
    activeTicket: () => active,
  });
}
