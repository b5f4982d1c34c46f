/**
 * Session 37 (judge-c), negative language (RULINGS N1, corpus-extra R-X3, R-I2). The rulings applied:
 * - N1: "a redirect is sending the customer to a different channel: … another company"; R-I2: "another company's
 *   process … is a redirect". Advice that sends the customer to a party named by a capitalised name ("you should
 *   contact Acmetel about the unlock") is a redirect, which the pack's word classes ("your carrier", "the
 *   manufacturer") cannot list (negative-place.ts thirdPartyContactsIn).
 * - N1 counts only sending the customer: the agent's own contact ("I contacted Acmetel"), a counterfactual ("you should
 *   have contacted …"), a person named by a given name (a colleague, N1 "emailing the same agent"), a name in lower case
 *   and the customer's own department ("please contact IT") stay out.
 * - N1 names a support form or support e-mail address as a redirect: the mailbox of the customer's own people ("send the
 *   receipt to your manager at …") is their own step, not a channel of ours or another company's
 *   (negative-place.ts onlyTheirOwnMailboxes, read by the redirect rule).
 * - N1 names a forum as another channel: advice to ask or post there counts with the venue a few words on ("feel free to
 *   discuss it in the threads on our Discord"); the agent's own past post does not (pack rule negative-redirect).
 * - N1 "can't / unable": the helper's limit on helping counts without a subject or as not knowing how ("Not quite sure
 *   how to help with this one"); a third thing that can't help, and "not sure this will help", do not (negative-language).
 * - N1 "negatively worded facts … where nothing is denied": what the agent cannot conclude or assume is what they know
 *   ("we could not reach any conclusions", "we can't make that assumption"); a refusal stays ("we can't make an
 *   exception"). Pack word class nl-know, read by the negative-language exceptions.
 * - R-K1 ("This is the expected behavior" rejects the report): the same with the customer's observation as subject
 *   ("what you're describing is the intended behaviour"); pack rule negative-rejection.
 * - N1 "not possible": a way not known or a fix not easy ("we don't know of any reliable way to …", "no simple fix right
 *   now"); a fix that was not easy but is done does not count (negative-language).
 * - N1 "negatively worded facts … where nothing is denied": regret at what the agent does not know ("Unfortunately I
 *   don't know much about that board") is knowing; a refusal after "unfortunately" stays (negative-language except).
 * Every sentence written for this test; each case fails without its change.
 */
import { describe, expect, it } from 'vitest';
import { onlyTheirOwnMailboxes, thirdPartyContactsIn } from './negative-place';
import { signalCases } from './test/signal-cases';

signalCases(
  'advice to take the case to a named other company (N1 "another company", R-I2)',
  'negative-language',
  [
    'The fault sits in the laptop firmware. You will need to report this to Northwind before we can add a quirk.',
    'Your phone is still locked to its network, so please get in touch with Fabrikam Mobile for the unlock code.',
    'I would suggest checking with Contoso about the missing licence key.',
  ],
  [
    'I reported this to Northwind last week and they are preparing a firmware update.',
    'You should have contacted us before the update, but the rollback below restores it.',
    'Please ask Sarah in the warehouse team to check the label when she is in tomorrow.',
    'Please contact IT for a replacement laptop charger.',
  ],
);

describe('thirdPartyContactsIn: spans from the verb to the end of the name', () => {
  it('stops the name at the sentence end', () => {
    const text = 'You need to report this to Northwind. This is an issue in their firmware.';
    expect(thirdPartyContactsIn(text).map((s) => text.slice(s.start, s.end))).toEqual(['report this to Northwind']);
  });
  it('keeps a name of two capitalised words and a hyphenated one', () => {
    const text = 'Please contact Fabrikam Mobile, or you can reach out to Tail-Spin for the code.';
    expect(thirdPartyContactsIn(text).map((s) => text.slice(s.start, s.end))).toEqual(['contact Fabrikam Mobile', 'reach out to Tail-Spin']);
  });
});

signalCases(
  "the customer's own people's mailbox is no support address (N1)",
  'negative-language',
  ['Please send your receipts to billing@example.com and we will add them to the claim.'],
  [
    'Please forward the quote to your accountant at priya@example.net once it is signed.',
    'You can share the export with your IT team at helpdesk@yourcompany.com for the audit.',
  ],
);

describe('onlyTheirOwnMailboxes', () => {
  it('is false for a support mailbox, and for a span with no address', () => {
    expect(onlyTheirOwnMailboxes('email us at care@example.com', 0, 28)).toBe(false);
    expect(onlyTheirOwnMailboxes('email us today', 0, 14)).toBe(false);
  });
  it('is false when a support mailbox stands beside their own', () => {
    const text = 'send it to care@example.com and your manager at lee@example.org';
    expect(onlyTheirOwnMailboxes(text, 0, text.length)).toBe(false);
  });
  it('reads an address the span ends inside whole', () => {
    const text = 'share it with your manager at lee@example.org today';
    expect(onlyTheirOwnMailboxes(text, 0, text.indexOf('@'))).toBe(true);
  });
});

signalCases(
  'advice to ask or post in a forum or chat venue (N1 forum)',
  'negative-language',
  [
    'For more questions about builds, feel free to discuss them in the threads of our Discord.',
    'Try the steps above, or ask in Contoso forums.',
  ],
  ['I posted the workaround on the forum last week, and the steps are below.'],
);

signalCases(
  "the helper's limit on helping (N1 can't / unable)",
  'negative-language',
  ['Not quite sure how to help with this one.', "hm, can't help without the exact model, sorry"],
  ["I'm not sure this will fix it, but a reboot is worth a try.", 'A new cable cannot help much if the port itself is loose.'],
);

signalCases(
  'what the agent cannot conclude or assume is a finding (N1 negatively worded facts)',
  'negative-language',
  ["Sorry, we can't make an exception to the renewal date."],
  [
    'We read both crash logs and we could not reach any conclusions from them.',
    'The driver checks each port, since we cannot make that assumption on older boards.',
  ],
);

signalCases(
  "the customer's observation called the intended behaviour rejects the report (R-K1)",
  'negative-language',
  ["What you're describing is the intended behaviour of the sync job."],
  [],
);

signalCases(
  'a way not known or a fix not easy is a limit (N1 not possible)',
  'negative-language',
  ["We don't know of any reliable way to speed up that handshake.", 'No simple fix right now, apart from waiting for the vendor.'],
  ['Finding the race was not an easy fix, but it ships in 2.1 now.'],
);

signalCases(
  'regret at what the agent does not know is no refusal (N1)',
  'negative-language',
  ["Unfortunately we don't ship to that region."],
  ["Unfortunately I don't know much about that board, but the trace below points at the USB hub."],
);
