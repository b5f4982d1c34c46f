// Front (app.frontapp.com). Replies are drafted in a message composer (To/Cc, then a ProseMirror
// editor); comments to teammates go in the separate comment composer under the conversation and are
// never sent to the contact. Which composer holds the box says who reads it.
import { defineSite } from './define';
import { SITE_NAMES } from './names';

export const front = defineSite({
  id: 'front',
  name: SITE_NAMES['front'],
  matches: ['*://app.frontapp.com/*'],
  fingerprint: '[data-testid="conversation-view"] [data-testid="comment-composer"], [data-testid="message-composer"] .ProseMirror',
  box: '[data-testid="message-composer"] .ProseMirror[contenteditable="true"], [data-testid="comment-composer"] .ProseMirror[contenteditable="true"]',
  scope: '[data-testid="conversation-view"]',
  kind: (box) => (box.closest('[data-testid="comment-composer"]') ? 'internal' : box.closest('[data-testid="message-composer"]') ? 'public' : 'unknown'),
  requester: '[data-testid="conversation-recipient-name"]',
  message: '[data-testid="message"][data-inbound="true"] [data-testid="message-body"]',
});
