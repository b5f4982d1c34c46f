// Gmail compose and reply boxes. Everything written here is sent to someone, so it is public; the
// quoted thread (.gmail_quote) and signature are not the agent's words.
import { defineSite } from './define';
import { SITE_NAMES } from './names';

export const gmail = defineSite({
  id: 'gmail',
  name: SITE_NAMES['gmail'],
  matches: ['*://mail.google.com/*'],
  fingerprint: 'div[aria-label="Message Body"][contenteditable], div[g_editable="true"]',
  box: 'div[aria-label="Message Body"][contenteditable="true"], div[g_editable="true"][contenteditable="true"]',
  kind: () => 'public',
  // The recipient chip of the reply, else the first sender in the thread.
  requester: ['.vN[email]', '.gD[name]'],
  message: '.a3s.aiL, .ii.gt .a3s',
});
