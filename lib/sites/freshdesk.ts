// Freshdesk: a Froala/Redactor-style contenteditable opened by "Reply" or "Add note".
import { defineSite } from './define';
import { SITE_NAMES } from './names';

export const freshdesk = defineSite({
  id: 'freshdesk',
  name: SITE_NAMES['freshdesk'],
  matches: ['*://*.freshdesk.com/*'],
  fingerprint: '[data-test-id="ticket-details"], .ticket-details-wrapper, [data-test-id="reply-editor"], .fd-reply-editor',
  box: '.fr-element[contenteditable="true"], .redactor_editor, .redactor-editor, [data-test-id="reply-editor"] [contenteditable="true"]',
  // "Reply" and "Add note" each open their own editor; which one holds the box says who reads it.
  kind: (box) => (box.closest('[data-test-id="note-editor"], .note-editor') ? 'internal' : box.closest('[data-test-id="reply-editor"], .reply-editor') ? 'public' : 'unknown'),
  requester: '[data-test-id="requester-name"], .requester-name',
  message: '[data-test-id="conversation-customer"] .text__content, .conversation--customer .text__content',
});
