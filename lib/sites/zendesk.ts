// Zendesk Agent Workspace: CKEditor 5 composer per open ticket; background tickets stay in the DOM
// hidden. The channel switcher's data-channel says whether the composer is an internal note.
import { defineSite } from './define';
import { SITE_NAMES } from './names';

export const zendesk = defineSite({
  id: 'zendesk',
  name: SITE_NAMES['zendesk'],
  matches: ['*://*.zendesk.com/*'],
  fingerprint: '[data-test-id="omnicomposer-rich-text-ckeditor"], [data-test-id="omnichannel-channel-switcher-button"], .zendesk-editor--rich-text-container',
  box: '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"], .zendesk-editor--rich-text-container .zendesk-editor--rich-text-comment',
  scope: '[data-test-id^="ticket-"][data-test-id$="-custom-layout"]',
  kind(_box, scope) {
    const channel = scope.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')?.getAttribute('data-channel');
    if (!channel) return 'unknown';
    return /internal|note|private/i.test(channel) ? 'internal' : 'public';
  },
  requester: '[data-test-id="ticket-system-field-requester-select"]',
  message: '[data-test-id="omni-log-comment-item"][data-author-role="end-user"] [data-test-id="omni-log-message-content"]',
});
