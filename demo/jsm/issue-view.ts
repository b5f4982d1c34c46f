// One JSM request: summary, description (the customer's first message), activity, comment editor and
// the people panel with the reporter. A "Resolve" transition opens a dialog with its own comment box.
import { AGENT, type Message, type Ticket } from '../data/tickets';
import type { BoxMode } from '../lib/fixture-api';
import { h, paragraphs } from '../lib/h';
import { createCommentEditor, type CommentEditor } from './comment-editor';

export interface IssueView {
  el: HTMLElement;
  /** The box in front: the transition dialog's when it is open. */
  activeEditor(): CommentEditor | null;
  openTransition(): void;
  destroy(): void;
}

export const issueKey = (t: Ticket) => `IT-${t.id}`;

function comment(msg: Message): HTMLElement {
  return h(
    'div',
    {
      class: `jsm-activity${msg.internal ? ' is-internal' : ''}`,
      'data-testid': 'issue-comment-base.ui.comment.ak-comment',
      'data-author-role': msg.role === 'customer' ? 'customer' : 'agent',
    },
    h(
      'div',
      { class: 'jsm-activity-head' },
      h('strong', { 'data-testid': 'issue-comment-base.ui.comment.ak-comment.author' }, msg.author),
      h('span', { class: `jsm-lozenge ${msg.internal ? 'is-note' : ''}` }, msg.internal ? 'Internal note' : msg.role === 'customer' ? 'Customer' : 'Reply to customer'),
      h('time', {}, msg.at),
    ),
    h('div', { class: 'jsm-activity-body', 'data-testid': 'issue-comment-base.ui.comment.ak-comment.body' }, ...paragraphs(msg.body)),
  );
}

export function createIssueView(ticket: Ticket, opts: { internalFirst: boolean; onClose(): void }): IssueView {
  const [first, ...rest] = ticket.messages;
  const activity = h('div', { class: 'jsm-activity-list' }, ...rest.map(comment));
  const addComment = (text: string, mode: BoxMode) =>
    activity.appendChild(comment({ author: AGENT.name, role: 'agent', internal: mode === 'internal', at: 'Just now', body: text }));
  const editor = createCommentEditor({
    idPrefix: 'comment-editor-container',
    customerName: ticket.requester.name,
    internalFirst: opts.internalFirst,
    editorId: 'ak-editor-textarea',
    onSave: addComment,
  });
  let transition: { el: HTMLElement; editor: CommentEditor } | null = null;

  function closeTransition(): void {
    transition?.editor.destroy();
    transition?.el.remove();
    transition = null;
  }
  function openTransition(): void {
    if (transition) return;
    const dialogEditor = createCommentEditor({
      idPrefix: 'issue-transition-comment-editor-container',
      customerName: ticket.requester.name,
      internalFirst: !opts.internalFirst,
      onSave: (text, mode) => {
        addComment(text, mode);
        status.textContent = 'Resolved';
        closeTransition();
      },
    });
    const el = h(
      'div',
      { class: 'jsm-blanket' },
      h(
        'div',
        { role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Resolve', class: 'jsm-dialog', 'data-testid': 'issue-transition.ui.issue-transition-modal' },
        h('h2', {}, 'Resolve'),
        h('label', { class: 'jsm-label' }, 'Resolution'),
        h('select', { class: 'jsm-select' }, h('option', {}, 'Done'), h('option', {}, "Won't do")),
        h('label', { class: 'jsm-label' }, 'Comment'),
        dialogEditor.el,
        h('button', { type: 'button', class: 'jsm-btn', 'data-action': 'close-dialog', onclick: closeTransition }, 'Close'),
      ),
    );
    document.body.appendChild(el);
    transition = { el, editor: dialogEditor };
  }

  const status = h('span', { class: 'jsm-status' }, ticket.status === 'New' ? 'Waiting for support' : 'In progress');
  const el = h(
    'div',
    { class: 'jsm-issue', 'data-issue-key': issueKey(ticket) },
    h(
      'div',
      { class: 'jsm-issue-main' },
      h('nav', { class: 'jsm-crumbs' }, 'Projects / IT Service Desk / Queues / ', h('span', {}, issueKey(ticket))),
      h('h1', { 'data-testid': 'issue.views.issue-base.foundation.summary.heading' }, ticket.subject),
      h('h3', {}, 'Description'),
      h('div', { class: 'jsm-description', 'data-testid': 'issue.views.field.rich-text.description' }, ...paragraphs(first?.body ?? '')),
      h('h3', {}, 'Activity'),
      editor.el,
      activity,
    ),
    h(
      'aside',
      { class: 'jsm-issue-side' },
      h('div', { class: 'jsm-side-actions' }, status, h('button', { type: 'button', class: 'jsm-btn', onclick: openTransition }, 'Resolve'),
        h('button', { type: 'button', class: 'jsm-btn', 'data-action': 'close-ticket', onclick: opts.onClose }, 'Back to queue')),
      h('div', { class: 'jsm-field' }, h('label', {}, 'Reporter'),
        h('div', { 'data-testid': 'issue.views.field.user.reporter' }, h('span', { class: 'jsm-user' }, ticket.requester.name))),
      h('div', { class: 'jsm-field' }, h('label', {}, 'Request type'), h('div', {}, 'Get IT help')),
      h('div', { class: 'jsm-field' }, h('label', {}, 'Priority'), h('div', {}, ticket.priority)),
      h('div', { class: 'jsm-field' }, h('label', {}, 'Organization'), h('div', {}, ticket.requester.org)),
    ),
  );
  return {
    el,
    activeEditor: () => transition?.editor ?? editor,
    openTransition,
    destroy: () => {
      closeTransition();
      editor.destroy();
    },
  };
}
