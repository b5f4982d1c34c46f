// Session 36, judge-c: negative language. Rulings applied: RULINGS N1 (a redirect is sending the customer to "a support
// form or support email address, phone, chat, forum, store, another company"; not when the conversation continues with
// the same agent), corpus-extra R-X3 (a ticket is a redirect), R-K1 ("rejecting the report" closes it unresolved) and
// R-D3 ("the answer is no"; a refusal aimed at what the customer asked). Forum and chat-server redirects, a support
// mailbox written after a bracket or an aside (negative-place.ts supportMailboxesIn), a report called a false positive,
// a bare no with a consolation after it, and "patches are welcome" handing the fix back. Sentences written for these
// tests, not copied from any corpus row.
import { describe, expect, it } from 'vitest';
import { supportMailboxesIn } from './negative-place';
import { signalCases } from './test/signal-cases';

signalCases(
  'a note or feedback left on a forum, or contact on a chat server, is a redirect (N1 forum/chat, R-X3)',
  'negative-language',
  [
    'If the crash comes back, drop a note on the forums and someone will look.',
    'You can leave this and any other wishes in the Discussions.',
    'We can probably help with the save on the Support Forum.',
    'The quickest route is to get in touch with us on Discord.',
    'The mods can help once you make a ticket on my Discord.',
    'You can share that with the mods over on the subreddit.',
  ],
  [
    'I will post your idea on the forum for the team myself.',
    'Thanks for writing to us on the community board, the patch is live now.',
    'I read about this bug on the forums and have fixed it in 1.2.',
  ],
);

signalCases(
  'a support mailbox after a bracket or an aside is a redirect (N1 support email address)',
  'negative-language',
  [
    'Please email us a short video of the glitch for review (bugs@example.com, thanks).',
    'Would you mind sending your phone model (and the app version) to maria@example.org?',
  ],
  [
    'We will email the new licence (and the receipt) to you@example.com tonight.',
    'Please email us a short video of the glitch, thanks.',
  ],
);

signalCases(
  'a report called a false positive, a bare no with a consolation, patches welcome (R-K1, R-D3)',
  'negative-language',
  [
    'Thanks for running the checker, but this warning is a false positive.',
    'Nope, but an old branch has a rough start on it.',
    'Not yet, but it would make a nice addition one day.',
    'As for the locale bug, patches are welcome.',
  ],
  [
    'No worries, but do restart the router once more.',
    'The false positive rate of the filter dropped after the update.',
    'Thanks for the patch, it is merged and will ship on Monday.',
  ],
);

describe('supportMailboxesIn: the agent sending is no redirect', () => {
  it('returns the clause up to the address', () => {
    const t = 'Please email us the log for checking (help@example.com).';
    expect(supportMailboxesIn(t).map((s) => t.slice(s.start, s.end))).toEqual(['email us the log for checking (help@example.com']);
  });
  it('returns nothing when we send', () => {
    expect(supportMailboxesIn("We'll email the invoice (PDF) to you@example.com.")).toEqual([]);
  });
});
