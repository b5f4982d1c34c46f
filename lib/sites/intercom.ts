// Intercom inbox: ProseMirror composer with "Reply" and "Note" tabs.
import { defineSite } from './define';
import { SITE_NAMES } from './names';

export const intercom = defineSite({
  id: 'intercom',
  name: SITE_NAMES['intercom'],
  matches: ['*://app.intercom.com/*'],
  fingerprint: '[data-conversation-reply-composer]',
  box: '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
  scope: '[data-conversation-id], .conversation',
  tabs: '[data-conversation-reply-composer] [role="tab"], [data-conversation-reply-composer] [data-composer-tab]',
  requester: '[data-testid="conversation-header-name"], [data-testid="conversation-user-name"], [data-user-name]',
  message: '[data-part-author="customer"] .conversation__part-body, [data-part-author="user"] .intercom-part-body',
});
