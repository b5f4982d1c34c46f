// Session 20 (judge-a, round 2): "&" between two letters is part of the word (Q&A, AT&T, R&D), so a pack
// phrase's "..." gap reads through a name like "the Acme Q&A community" as it does through "the Acme
// support community"; "&" with a space or a digit beside it stays punctuation and still stops the gap.
// Sentences written for these tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';
import { signalCases } from './test/signal-cases';

describe('tokens: "&" inside a word', () => {
  it('keeps Q&A, AT&T and R&D whole', () => {
    expect(tokenize('Ask on Q&A, AT&T or R&D.').map((t) => t.norm)).toEqual(['ask', 'on', 'q&a', ',', 'at&t', 'or', 'r&d', '.']);
  });
  it('leaves a spaced or numeric "&" as punctuation', () => {
    expect(tokenize('you & me 1&2').map((t) => t.norm)).toEqual(['you', '&', 'me', '1', '&', '2']);
  });
});

signalCases(
  'a policy behind a name with "&" in it only justifies, like any other policy (T1)',
  'teach',
  [],
  [
    'Since the Acme Q&A community has a policy against attachments, the moderators remove them.',
    'Because the AT&T store has a policy on returns, they keep the box.',
  ],
);

signalCases(
  'a click on a quoted label teaches with a place, a purpose or a next step (T2)',
  'teach',
  [
    "Click on 'Settings' > 'Privacy' to turn off location sharing.",
    "Click on 'Export' to save a copy.",
    "Tap 'Sync now' in the top bar.",
    "To pause the plan, tap 'Manage subscription'.",
    "To turn it off:\n- Click on 'Billing'\n- Click on 'Cancel auto-renew'",
    "Type 'git fetch --all' in the terminal.",
  ],
  // Not yet: a lone click on a quoted label still teaches through teach-step-where's quoted-place clue; the
  // exception that would end that cost one kept-aside teach false alarm after retraining (session 20, reverted).
  [],
);
