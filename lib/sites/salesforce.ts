// Salesforce Service Console (Lightning), case feed. The publisher's tabs pick "Email" (the email
// action: CKEditor 4 in an iframe, the editor Salesforce uses for rich text) or "Post" (a Chatter
// post on the case, for the team; lightning-input-rich-text, built on Quill). Each tab has its own
// box; the active tab (and which publisher holds the box) says who reads it.
import type { BoxKind } from '@/lib/coach-state';
import { defineSite } from './define';
import { SITE_NAMES } from './names';

function publisherKind(el: Element | null | undefined): BoxKind {
  const action = el?.closest('[data-publisher-action]')?.getAttribute('data-publisher-action');
  if (action === 'Email' || action === 'SendEmail') return 'public';
  if (action === 'Post' || action === 'FeedItem.TextPost') return 'internal';
  return 'unknown';
}

export const salesforce = defineSite({
  id: 'salesforce',
  name: SITE_NAMES['salesforce'],
  matches: ['*://*.lightning.force.com/*', '*://*.my.salesforce.com/*'],
  fingerprint: '.forceChatterPublisherPresentationPanel, [data-publisher-action], .slds-publisher',
  box: '[data-publisher-action] iframe.cke_wysiwyg_frame, [data-publisher-action] .ql-editor[contenteditable="true"]',
  scope: '.oneWorkspace, .slds-publisher, [data-case-id]',
  // A box in the CKEditor frame: its publisher is around the frame element.
  kind: (box) => publisherKind(box.ownerDocument.defaultView?.frameElement ?? box),
  tabs: '.slds-publisher [role="tab"]',
  requester: '[data-target-selection-name="sfdc:RecordField.Case.ContactId"] a, records-highlights-details-item[data-field="ContactId"] a',
  message: '.cuf-feedItem[data-type="EmailMessage"][data-direction="inbound"] .cuf-feedBodyText',
});
