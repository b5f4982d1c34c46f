// Kayako: Froala editor (`.fr-element.fr-view`); note mode changes the composer's class.
import { defineSite } from './define';
import { SITE_NAMES } from './names';

export const kayako = defineSite({
  id: 'kayako',
  name: SITE_NAMES['kayako'],
  matches: ['*://*.kayako.com/*'],
  fingerprint: '.ko-text-editor, [class*="ko-case"], [class*="ko-agent"]',
  box: '.fr-element.fr-view[contenteditable="true"], .ko-text-editor [contenteditable="true"]',
  tabs: '[role="tab"], [class*="reply-type"] button',
  requester: '[class*="requester-name"], [class*="ko-case__requester"]',
  message: '[data-author-role="customer"] [class*="post__body"], [class*="ko-timeline"] [class*="is-customer"] [class*="body"]',
});
