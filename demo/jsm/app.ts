// JSM-like agent view: a queue sidebar and one request at a time, switched without a reload.
import { TICKETS, findTicket } from '../data/tickets';
import { exposeFixture } from '../lib/fixture-api';
import { h } from '../lib/h';
import { createIssueView, issueKey, type IssueView } from './issue-view';
import './jsm.css';

export function mountJsm(root: HTMLElement, opts: { name: string; basePath: string; internalFirst: boolean }): void {
  let current: { id: number; view: IssueView } | null = null;
  const main = h('main', { class: 'jsm-content' });
  const queue = h('section', { class: 'jsm-queue' }, h('h1', {}, 'All open requests'),
    ...TICKETS.map((t) => h('div', { class: 'jsm-queue-row' }, h('strong', {}, issueKey(t)), ' ', t.subject, h('span', { class: 'jsm-muted' }, ` — ${t.requester.name}`))));
  const links = TICKETS.map((t) => {
    const a = h('a', { href: `${opts.basePath}${issueKey(t)}`, class: 'jsm-nav-link', 'data-issue-key': issueKey(t), 'data-ticket-id': String(t.id) },
      h('span', { class: 'jsm-key' }, issueKey(t)), h('span', {}, t.subject));
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      open(t.id);
    });
    return a;
  });

  function open(id: number | null, push = true): void {
    current?.view.destroy();
    current = null;
    main.replaceChildren();
    const ticket = id === null ? undefined : findTicket(id);
    for (const a of links) a.classList.toggle('is-active', a.dataset.ticketId === String(id));
    if (!ticket) {
      main.appendChild(queue);
    } else {
      const view = createIssueView(ticket, { internalFirst: opts.internalFirst, onClose: () => open(null) });
      main.appendChild(view.el);
      current = { id: ticket.id, view };
    }
    const path = ticket ? `${opts.basePath}${issueKey(ticket)}` : opts.basePath.replace(/browse\/$/, '');
    if (push && location.pathname !== path) history.pushState({}, '', path);
  }

  const header = h('header', { class: 'jsm-top' }, h('span', { class: 'jsm-logo', 'aria-hidden': 'true' }, '◆'),
    h('strong', {}, 'Jira Service Management'), h('input', { type: 'search', class: 'jsm-search', placeholder: 'Search', 'aria-label': 'Search' }));
  const side = h('nav', { class: 'jsm-side', 'aria-label': 'Queues' }, h('div', { class: 'jsm-project' }, 'IT Service Desk'),
    h('div', { class: 'jsm-side-title' }, 'All open'), ...links);
  root.append(header, h('div', { class: 'jsm-body' }, side, main));

  const fromPath = () => {
    const m = /IT-(\d+)/.exec(location.pathname);
    return m ? Number(m[1]) : null;
  };
  window.addEventListener('popstate', () => open(fromPath(), false));
  open(fromPath() ?? TICKETS[0]?.id ?? null);
  // `current` is assigned inside open(); read it through a function so TS does not keep it narrowed to null.
  const now = () => current;
  if (new URLSearchParams(location.search).get('transition') === 'resolve') now()?.view.openTransition();

  exposeFixture({
    name: opts.name,
    draft: () => current?.view.activeEditor()?.text() ?? '',
    mode: () => current?.view.activeEditor()?.mode() ?? null,
    activeTicket: () => current?.id ?? null,
  });
}
