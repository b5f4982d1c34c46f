// Freshdesk: a Froala/Redactor-style contenteditable opened by "Reply" or "Add note".
import { defineSite } from './define';

export const freshdesk = defineSite({
  id: 'freshdesk',
  matches: ['*://*.freshdesk.com/*'],
  fingerprint: '[data-test-id="ticket-details"], .ticket-details-wrapper, [data-test-id="reply-editor"], .fd-reply-editor',
  box: '.fr-element[contenteditable="true"], .redactor_editor, .redactor-editor, [data-test-id="reply-editor"] [contenteditable="true"]',
  tabs: '[data-test-id="reply-type"], [role="tab"]',
  name: '[data-test-id="requester-name"], .requester-name',
  message: '[data-test-id="conversation-customer"] .text__content, .conversation--customer .text__content',
});
