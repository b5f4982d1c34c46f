// Session 36 fix-b: negative-language readings added this session, narrowed after the read-only review. Rulings
// applied: corpus-extra R-D3 (a limitation with a way round is not negative: "No, but I can …"), R-K1 (rejecting
// the customer's report: a false positive in our own check is no rejection), RULINGS N1 (a redirect names support
// addresses only, not the customer's own people's mailbox; the agent helping on a forum as well as here is no
// redirect). The reviewer's sentences, and near misses that must still fire; written for these tests, not copied
// from any corpus row.
import { describe, expect, it } from 'vitest';
import { supportMailboxesIn } from './negative-place';
import { signalCases } from './test/signal-cases';

signalCases(
  'a bare no with a way round after it is no refusal (R-D3); a no with only a consolation still is',
  'negative-language',
  ['Nope, but an old branch has a rough start on it.', 'No, but thanks for asking.'],
  [
    'No, but I can refund the difference right now.',
    'Not at the moment, but you can use the web version on your phone.',
    'Not yet, but soon!',
    "Not yet, but we're adding it in the spring release.",
  ],
);

signalCases(
  "a false positive rejects the report only when the customer's report is its subject (R-K1)",
  'negative-language',
  ['Thanks for running the scan, but this alert is a false positive.', 'The antivirus warning you saw was a false alarm.'],
  [
    "That was a false positive in our fraud check, and I've released your payment.",
    'That was a false alarm from our monitor; your account is fine.',
  ],
);

describe("supportMailboxesIn: the customer's own people", () => {
  it('skips a mailbox said for the customer\'s own people or spelling "your"', () => {
    expect(supportMailboxesIn('Please forward the confirmation to your accountant at jane@smithcpa.com so she can file it.')).toEqual([]);
    expect(supportMailboxesIn('Please send the signed form to your HR team at hr@yourcompany.com before Monday.')).toEqual([]);
    expect(supportMailboxesIn('Please send the signed form (both pages) to help@example.com.').length).toBe(1);
  });
});

signalCases(
  'help on a forum is a redirect when the customer is sent there, not while the agent keeps helping (N1)',
  'negative-language',
  ['You can get more help with the export on the community forum.', 'The mods could help you with the save on the support forums.'],
  ["I'm happy to help with the export on the forum thread as well as here."],
);

signalCases(
  'near misses that still fire: a bare "this" report called a false positive, a no with only a pointer (R-K1, R-D3)',
  'negative-language',
  ['Thanks for the report. This seems to be a false positive.', 'Nope, but you can find an old attempt in the archive.'],
  [],
);
