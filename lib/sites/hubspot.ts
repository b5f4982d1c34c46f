// HubSpot help desk and conversations inbox (app.hubspot.com). One ProseMirror composer whose channel
// tabs pick an email to the contact or an internal comment for teammates; messages carry
// data-test-id="primary-message-body-content" and the sender's metadata, as automation scripts that
// target the inbox read them.
import { defineSite } from './define';
import { SITE_NAMES } from './names';

export const hubspot = defineSite({
  id: 'hubspot',
  name: SITE_NAMES['hubspot'],
  matches: ['*://app.hubspot.com/*', '*://app-eu1.hubspot.com/*'],
  fingerprint: '[data-test-id="composer-channel-tabs"], [data-test-id="primary-message-body-content"]',
  box: '[data-test-id="communicator-editor"] .ProseMirror[contenteditable="true"], .ProseMirror[contenteditable="true"][data-test-id="rich-text-editor"]',
  scope: '[data-test-id="thread-view"]',
  tabs: '[data-test-id="composer-channel-tabs"] [role="tab"]',
  requester: '[data-test-id="thread-contact-name"], dt[data-message-metadata-type="from"] b',
  message: '[data-message-direction="INCOMING"] [data-test-id="primary-message-body-content"]',
});
