// How to drive each fixture page: where the reply box is, how to switch it to an internal note and
// back, how to open another ticket and how to close the box. Selectors are the tools' own. Written
// against the driver's Tab (tests/e2e/driver), so every case runs in Chromium and in Firefox.
import { FIXTURES, type FixturePage } from '../../fixtures/manifest';
import { el, inFrame, type Tab, type Target } from '../driver/types';
import { EXPECTATIONS, type Expectation } from './expectations';

export interface SiteCase extends Expectation {
  fixture: FixturePage;
  /** Tags for the case's tests: `@firefox` runs them in Firefox ESR as well as in Chromium. */
  tags: string[];
  /** The element the agent types into. */
  box: Target;
  /** What the agent does before a box exists (Freshdesk opens its editor with "Reply"). */
  prepare?(tab: Tab): Promise<void>;
  toInternal?(tab: Tab): Promise<void>;
  toPublic?(tab: Tab): Promise<void>;
  /** Brings another ticket to the front. */
  otherTicket?(tab: Tab): Promise<void>;
  /** Unmounts the reply box (closes the ticket). */
  removeBox(tab: Tab): Promise<void>;
  /**
   * The editor keeps an undo history of its own that records typing in steps (Summernote: a snapshot
   * when Space, Enter or Backspace goes down or the box is clicked). After an Insert (or Apply) and one
   * Ctrl+Z that restored exactly the draft, a second Ctrl+Z undoes typing as the editor does without
   * Rapport: what it leaves of the typed draft, "Thanks Dana." (insert) and "No problem, Dana." (replace).
   */
  typedUndo?: { insert: string; replace: string };
  /** The contracts this page runs, when not all (the open-source desks run detect and public/internal). */
  contracts?: readonly ContractId[];
}

export type ContractId = 'detect' | 'read' | 'public-internal' | 'insert' | 'replace' | 'ticket-switch' | 'box-removal' | 'quiet-console';

/**
 * What differs from one desk no adapter knows to the next: finding the box (and its editor) and telling
 * reply from note, which also reads what the agent typed. Reading emoji/RTL/line breaks, insert, replace
 * and undo depend on the editor library and run once per library on other pages.
 */
const DESK_CONTRACTS: readonly ContractId[] = ['detect', 'public-internal'];

type Actions = Omit<SiteCase, keyof Expectation | 'fixture' | 'tags'>;

/** Fixtures whose contracts run in Firefox too (the Firefox project runs tests tagged @firefox). */
export const IN_FIREFOX: ReadonlySet<string> = new Set(['generic-textarea', 'zendesk', 'jsm-cloud', 'jsm-dc', 'gmail', 'lexical', 'quill', 'slate', 'editorjs', 'froala', 'ckeditor5-late', 'shadow-rich', 'zoho-desk', 'freescout']);

/** Clicks the visible element matching `css` (containing `hasText`, when given). */
const clickOn = (css: string, hasText?: string) => (tab: Tab) => tab.click(el(css, hasText));

/** The shared fixture shell: ticket links on the left, a close button on the pane. */
const shell = (box: string, extra: Partial<Actions> = {}): Actions => ({
  box: el(box),
  otherTicket: clickOn('a.fx-ticket-link[data-ticket-id="102"]'),
  removeBox: clickOn('[data-action="close-ticket"]'),
  ...extra,
});

/** A mode tab or toggle of the reply box. */
const clickTab = clickOn;

const ACTIONS: Record<string, Actions> = {
  zendesk: {
    box: el('[data-test-id="omnicomposer-rich-text-ckeditor"]'),
    async toInternal(tab) {
      await tab.click(el('[data-test-id="omnichannel-channel-switcher-button"]'));
      await tab.click(el('[data-test-id="omnichannel-channel-switcher-menuitem-internal"]'));
    },
    async toPublic(tab) {
      await tab.click(el('[data-test-id="omnichannel-channel-switcher-button"]'));
      await tab.click(el('[data-test-id="omnichannel-channel-switcher-menuitem-public"]'));
    },
    async otherTicket(tab) {
      await tab.click(el('.zd-tab-home'));
      await tab.click(el('a.zd-ticket-link[data-ticket-id="102"]'));
    },
    removeBox: clickOn('[data-test-id="header-tab"] [data-test-id="close-button"]'),
  },
  'jsm-cloud': {
    box: el('.ak-editor-content-area .ProseMirror'),
    toInternal: clickTab('[id^="comment-editor-container-tabs-"]', 'Add internal note'),
    toPublic: clickTab('[id^="comment-editor-container-tabs-"]', 'Reply to customer'),
    otherTicket: clickOn('a.jsm-nav-link[data-ticket-id="102"]'),
    removeBox: clickOn('[data-action="close-ticket"]'),
  },
  'jsm-cloud-transition': {
    box: el('[role="dialog"] .ak-editor-content-area .ProseMirror'),
    toInternal: clickTab('[id^="issue-transition-comment-editor-container-tabs-"]', 'Add internal note'),
    toPublic: clickTab('[id^="issue-transition-comment-editor-container-tabs-"]', 'Reply to customer'),
    // Closing the dialog hands the state to the issue's own box; closing the issue removes both.
    async removeBox(tab) {
      await tab.click(el('[data-action="close-dialog"]'));
      await tab.click(el('[data-action="close-ticket"]'));
    },
  },
  'jsm-dc': shell('iframe[id$="_ifr"]', {
    box: inFrame('iframe[id$="_ifr"]', 'body'),
    toInternal: clickTab('.js-sd-internal-comment'),
    toPublic: clickTab('.js-sd-external-comment'),
  }),
  'jsm-dc-textarea': shell('textarea#comment', {
    toInternal: clickTab('.js-sd-internal-comment'),
    toPublic: clickTab('.js-sd-external-comment'),
  }),
  servicenow: {
    otherTicket: clickOn('a.fx-ticket-link[data-ticket-id="102"]'),
    box: inFrame('#gsft_main', '#activity-stream-comments-textarea'),
    toInternal: (tab) => tab.click(inFrame('#gsft_main', '#activity-stream-work_notes-textarea')),
    toPublic: (tab) => tab.click(inFrame('#gsft_main', '#activity-stream-comments-textarea')),
    removeBox: (tab) => tab.click(inFrame('#gsft_main', '[data-action="close-ticket"]')),
  },
  'servicenow-single': {
    otherTicket: clickOn('a.fx-ticket-link[data-ticket-id="102"]'),
    box: inFrame('#gsft_main', '#activity-stream-textarea'),
    // The "Work notes" checkbox: ticked for an internal note, cleared for a public comment.
    toInternal: (tab) => tab.click(inFrame('#gsft_main', '#activity-stream-work_notes-toggle:not(:checked)')),
    toPublic: (tab) => tab.click(inFrame('#gsft_main', '#activity-stream-work_notes-toggle:checked')),
    removeBox: (tab) => tab.click(inFrame('#gsft_main', '[data-action="close-ticket"]')),
  },
  intercom: shell('[data-conversation-reply-composer] .ProseMirror', {
    toInternal: clickTab('[data-composer-tab="note"]'),
    toPublic: clickTab('[data-composer-tab="reply"]'),
  }),
  freshdesk: shell('.fr-element[contenteditable="true"]', {
    prepare: clickTab('[data-test-id="ticket-reply-button"]'),
    toInternal: clickTab('[data-test-id="ticket-add-note-button"]'),
    toPublic: clickTab('[data-test-id="ticket-reply-button"]'),
    async otherTicket(tab) {
      await tab.click(el('a.fx-ticket-link[data-ticket-id="102"]'));
      await tab.click(el('[data-test-id="ticket-reply-button"]'));
    },
  }),
  helpscout: shell('.redactor-in[contenteditable="true"]', {
    toInternal: clickTab('[data-cy="ReplyType"] .js-note'),
    toPublic: clickTab('[data-cy="ReplyType"] .js-reply'),
  }),
  kayako: shell('.fr-element[contenteditable="true"]', {
    toInternal: clickTab('.ko-reply-type [data-tab="note"]'),
    toPublic: clickTab('.ko-reply-type [data-tab="reply"]'),
  }),
  gmail: shell('div[aria-label="Message Body"][contenteditable="true"]'),
  lexical: shell('[data-lexical-editor]'),
  quill: shell('.ql-editor'),
  'generic-textarea': shell('textarea:not([type=search])'),
  'generic-react': shell('textarea'),
  'generic-iframe': shell('iframe', { box: inFrame('iframe.reply-frame', '[contenteditable="true"]') }),
  'generic-shadow': shell('textarea'),
  heavy: shell('.ck-editor__editable'),
  slate: shell('[data-slate-editor]'),
  editorjs: shell('.codex-editor', { box: el('.codex-editor .ce-paragraph') }),
  froala: shell('.fr-element'),
  'ckeditor5-late': shell('.reply-box'),
  // The box is in the open shadow root of <rich-reply>; targets look inside open shadow roots.
  'shadow-rich': shell('rich-reply', { box: el('.editable[contenteditable="true"]') }),
  'zoho-desk': shell('iframe.KB_Editor_iframe', {
    box: inFrame('iframe.KB_Editor_iframe[name="deskEditor_New"]', 'body'),
    toInternal: clickTab('[data-id="commentButton"]'),
    toPublic: clickTab('[data-id="replyButton"]'),
  }),
  front: shell('[data-testid="message-composer"] .ProseMirror', {
    toInternal: clickOn('[data-testid="comment-composer"] .ProseMirror'),
    toPublic: clickOn('[data-testid="message-composer"] .ProseMirror'),
  }),
  hubspot: shell('[data-test-id="communicator-editor"] .ProseMirror', {
    toInternal: clickTab('[data-test-id="composer-channel-tab-comment"]'),
    toPublic: clickTab('[data-test-id="composer-channel-tab-email"]'),
  }),
  salesforce: shell('iframe.cke_wysiwyg_frame', {
    box: inFrame('[data-publisher-action="SendEmail"] iframe.cke_wysiwyg_frame', 'body'),
    toInternal: clickTab('.slds-tabs_default__item[title="Post"] a'),
    toPublic: clickTab('.slds-tabs_default__item[title="Email"] a'),
  }),
  osticket: shell('.redactor-in', {
    toInternal: clickTab('#post-note-tab'),
    toPublic: clickTab('#post-reply-tab'),
    contracts: DESK_CONTRACTS,
  }),
  zammad: shell('.articleNewEdit-body', {
    toInternal: clickTab('.js-toggleVisibility'),
    toPublic: clickTab('.js-toggleVisibility'),
    contracts: DESK_CONTRACTS,
  }),
  freescout: shell('.note-editable', {
    prepare: clickTab('.conv-reply'),
    typedUndo: { insert: 'Thanks', replace: 'No problem,' },
    toInternal: clickTab('.conv-add-note'),
    toPublic: clickTab('.conv-reply'),
    // Summernote is on no other page: its insert, rewrite and their one-step undo run here.
    contracts: [...DESK_CONTRACTS, 'insert', 'replace'],
  }),
  glpi: shell('iframe[id$="_ifr"]', {
    box: inFrame('iframe[id$="_ifr"]', 'body'),
    // The private checkbox: ticked for a private follow-up, cleared for one the requester sees.
    toInternal: clickOn('input[type="checkbox"][name="is_private"]:not(:checked)'),
    toPublic: clickOn('input[type="checkbox"][name="is_private"]:checked'),
    contracts: DESK_CONTRACTS,
  }),
  znuny: shell('.ck-editor__editable', {
    // "Visible for customer": cleared for an internal note, ticked for a reply.
    toInternal: clickOn('#IsVisibleForCustomer:checked'),
    toPublic: clickOn('#IsVisibleForCustomer:not(:checked)'),
    contracts: DESK_CONTRACTS,
  }),
  bugzilla: shell('textarea#comment', {
    toInternal: clickOn('#newcommentprivacy:not(:checked)'),
    toPublic: clickOn('#newcommentprivacy:checked'),
    contracts: DESK_CONTRACTS,
  }),
  'late-control': shell('.ql-editor', {
    toInternal: clickOn('.send-as [role="radio"]', 'Internal note'),
    toPublic: clickOn('.send-as [role="radio"]', 'Reply to customer'),
    contracts: DESK_CONTRACTS,
  }),
};

export const CASES: SiteCase[] = FIXTURES.map((fixture) => {
  const expectation = EXPECTATIONS[fixture.name];
  const actions = ACTIONS[fixture.name];
  if (!expectation || !actions) throw new Error(`No expectations or actions for fixture "${fixture.name}"`);
  return { fixture, tags: IN_FIREFOX.has(fixture.name) ? ['@firefox'] : [], ...expectation, ...actions };
});
