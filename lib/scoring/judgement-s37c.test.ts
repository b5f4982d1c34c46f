/**
 * Session 37 (judge-c), negative language (RULINGS N1, corpus-extra R-X3, R-I2). The rulings applied:
 * - N1: "a redirect is sending the customer to a different channel: … another company"; R-I2: "another company's
 *   process … is a redirect". Advice that sends the customer to a party named by a capitalised name ("you should
 *   contact Acmetel about the unlock") is a redirect, which the pack's word classes ("your carrier", "the
 *   manufacturer") cannot list (negative-place.ts thirdPartyContactsIn).
 * - N1 counts only sending the customer: the agent's own contact ("I contacted Acmetel"), a counterfactual ("you should
 *   have contacted …"), a person named by a given name (a colleague, N1 "emailing the same agent"), a name in lower case
 *   and the customer's own department ("please contact IT") stay out.
 * Every sentence written for this test; each case fails without its change.
 */
import { describe, expect, it } from 'vitest';
import { thirdPartyContactsIn } from './negative-place';
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
