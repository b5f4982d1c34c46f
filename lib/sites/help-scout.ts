// Help Scout: a Redactor editor; a note is written in the same box with the note mode switched on.
import { defineSite } from './define';
import { SITE_NAMES } from './names';

export const helpScout = defineSite({
  id: 'help-scout',
  name: SITE_NAMES['help-scout'],
  matches: ['*://secure.helpscout.net/*'],
  // Hosted only: its own markup, not the Redactor editor many other tools (osTicket) use too.
  fingerprint: '#js-conversation, .c-conversation, [data-cy="ConversationThread"]',
  box: '.redactor-in, .redactor-editor, .redactor_editor, [data-cy="ReplyEditor"] [contenteditable="true"]',
  tabs: '[role="tab"], [data-cy="ReplyType"] button',
  requester: '[data-cy="CustomerName"], .c-customer-name',
  message: '[data-cy="ThreadCustomer"] .thread-content, .thread.is-customer .thread-content',
});
