// Session 35 fix round (fix-neg): corpus-extra R-X3 ("sending the customer to in-app support … is a redirect") and
// RULINGS N1 apply to a support channel. A bare "Support"/"Feedback" control is that channel only when its sentence
// gives it no other purpose (negative-place.ts isSupportControl): "click the Support tab to see your history" is a
// how-to step; "click the Contact Us button" and "tap the Support button to reach our team" send the customer away.
// The first two "no" sentences are the reviewer's; the rest were written for these tests, not copied from any corpus row.
import { describe, expect, it } from 'vitest';
import { supportPathsIn } from './negative-place';
import { signalCases } from './test/signal-cases';

signalCases(
  'a support control named for contact is a redirect; a bare one with another purpose is not (R-X3, N1)',
  'negative-language',
  [
    'Please click on the “Contact Us” button at the bottom of the page.',
    'If it happens again, tap the Support button to reach our team.',
    'Just press the Feedback button and tell us what went wrong.',
    'Click the Support tab to open a new ticket with the details.',
  ],
  [
    'To see your ticket history, click the Support tab at the top of the dashboard.',
    'Once the trip ends, tap the Feedback button to rate your driver.',
    'To check your plan limits, select the Support tab in the admin console.',
    'Tap the Feedback icon so you can review the comments on your listing.',
  ],
);

describe('supportPathsIn: spans in text order', () => {
  it('returns a path before a control that comes after it', () => {
    const t = 'Open Settings > Support first. If that fails, click the “Contact Us” button.';
    const spans = supportPathsIn(t);
    expect(spans.map((p) => t.slice(p.start, p.end))).toEqual(['Open Settings > Support', 'click the “Contact Us” button']);
    expect(spans[0]!.start).toBeLessThan(spans[1]!.start);
  });
});
