// Zoho Desk (desk.zoho.com and its regional hosts). The reply and comment editors are Zoho's own
// ZohoDeskEditor: an iframe.KB_Editor_iframe named "deskEditor_New" whose body is editable, driven by
// Squire (the editor's public source and userscripts that target the frame use these names). The
// ticket view's parts carry `data-id` attributes (caseSubjectText, threadContent). A reply goes to
// the contact; a comment is private unless its "public" switch is on.
import type { BoxKind } from '@/lib/coach-state';
import { defineSite } from './define';
import { SITE_NAMES } from './names';

const onSwitch = (scope: ParentNode, selector: string) => {
  const el = scope.querySelector(selector);
  return !!el && (el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-pressed') === 'true' || (el as HTMLInputElement).checked === true);
};

export const zohoDesk = defineSite({
  id: 'zoho-desk',
  name: SITE_NAMES['zoho-desk'],
  matches: ['*://desk.zoho.com/*', '*://desk.zoho.eu/*', '*://desk.zoho.in/*', '*://desk.zoho.com.au/*', '*://desk.zoho.jp/*'],
  fingerprint: '.zd_v2-ticketdetailview-container, iframe.KB_Editor_iframe[name="deskEditor_New"]',
  box: 'iframe.KB_Editor_iframe[name="deskEditor_New"]',
  scope: '.zd_v2-ticketdetailview-container',
  kind(box, scope): BoxKind {
    const frame = box.ownerDocument.defaultView?.frameElement;
    const container = frame?.closest('[data-id="replyEditorContainer"], [data-id="commentEditorContainer"]');
    if (!container) return 'unknown';
    if (container.getAttribute('data-id') === 'replyEditorContainer') return 'public';
    return onSwitch(container, '[data-id="commentPublicSwitch"]') || onSwitch(scope, '[data-id="commentPublicSwitch"]') ? 'public' : 'internal';
  },
  requester: '[data-id="contactName"], .zd_v2-ticketcontact-contactName',
  message: '[data-direction="in"] [data-id="threadContent"]',
});
