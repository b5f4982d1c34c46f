// One open ticket in the Agent Workspace: properties, conversation log, composer, customer context.
// The data-test-id names follow Zendesk's own, which is what the site adapter reads on the real tool.
import { AGENT, type Message, type Status, type Ticket } from '../data/tickets';
import { h, paragraphs } from '../lib/h';
import { createComposer, type Composer } from './composer';

export interface TicketView {
  ticket: Ticket;
  el: HTMLElement;
  composer: Composer;
  destroy(): Promise<void>;
}

function initials(name: string): string {
  return name
    .split(' ')
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2);
}

export function logItem(msg: Message): HTMLElement {
  return h(
    'article',
    {
      class: `zd-log-item${msg.internal ? ' is-internal' : ''}${msg.role === 'agent' ? ' is-agent' : ''}`,
      'data-test-id': 'omni-log-comment-item',
      'data-author-role': msg.role === 'customer' ? 'end-user' : 'agent',
      'data-internal': msg.internal ? 'true' : 'false',
    },
    h('div', { class: 'zd-avatar', 'aria-hidden': 'true' }, initials(msg.author)),
    h(
      'div',
      { class: 'zd-log-body' },
      h(
        'header',
        {},
        h('strong', { 'data-test-id': 'omni-log-item-sender' }, msg.author),
        msg.internal && h('span', { class: 'zd-badge-note' }, 'Internal note'),
        h('time', {}, msg.at),
      ),
      h('div', { 'data-test-id': 'omni-log-message-content' }, ...paragraphs(msg.body)),
    ),
  );
}

function field(label: string, value: Node | string, testId?: string): HTMLElement {
  return h('div', { class: 'zd-field' }, h('label', {}, label), h('div', { 'data-test-id': testId }, value));
}

export function createTicketView(ticket: Ticket): TicketView {
  const composer = createComposer(ticket);
  const log = h('div', { class: 'zd-log', 'data-test-id': 'omni-log-container' }, ...ticket.messages.map(logItem));
  const status = h('select', { class: 'zd-status-select', 'aria-label': 'Submit status' },
    ...(['Open', 'Pending', 'Solved'] as Status[]).map((s) => h('option', { value: s }, s)));
  const statusValue = h('span', { class: `zd-status zd-status-${ticket.status.toLowerCase()}` }, ticket.status);
  const submit = h('button', { type: 'button', class: 'zd-submit', 'data-test-id': 'submit_button-button' }, 'Submit');
  submit.addEventListener('click', () => {
    const text = composer.text().trim();
    if (!text) return;
    const internal = composer.mode() === 'internal';
    log.appendChild(logItem({ author: AGENT.name, role: 'agent', internal, at: 'Just now', body: text }));
    composer.clear();
    statusValue.textContent = status.value;
    statusValue.className = `zd-status zd-status-${status.value.toLowerCase()}`;
    log.lastElementChild?.scrollIntoView({ block: 'nearest' });
  });

  const requester = h('span', { class: 'zd-requester' }, ticket.requester.name);
  const el = h(
    'div',
    { class: 'zd-ticket', 'data-test-id': `ticket-${ticket.id}-custom-layout`, 'data-ticket-id': String(ticket.id) },
    h(
      'aside',
      { class: 'zd-props' },
      field('Requester', requester, 'ticket-system-field-requester-select'),
      field('Assignee', AGENT.name),
      field('Status', statusValue),
      field('Priority', ticket.priority),
      field('Type', 'Incident'),
    ),
    h(
      'section',
      { class: 'zd-conversation' },
      h(
        'header',
        { class: 'zd-conv-head' },
        h('h1', { 'data-test-id': 'ticket-pane-subject' }, ticket.subject),
        h('span', { class: 'zd-muted' }, `#${ticket.id} · via Web form`),
      ),
      log,
      composer.el,
      h('footer', { class: 'zd-footer' }, h('span', { class: 'zd-muted' }, 'Submit as'), status, submit),
    ),
    h(
      'aside',
      { class: 'zd-context', 'aria-label': 'Customer context' },
      h('div', { class: 'zd-avatar zd-avatar-lg', 'aria-hidden': 'true' }, initials(ticket.requester.name)),
      h('h2', { 'data-test-id': 'customer-context-name' }, ticket.requester.name),
      h('p', {}, ticket.requester.email),
      h('p', { class: 'zd-muted' }, ticket.requester.org),
    ),
  );
  return { ticket, el, composer, destroy: () => composer.destroy() };
}
