// Session 27 (mood2, customer_upset): readings by structure. Every message here was written for these
// tests; none is a corpus row.
import { describe, it } from 'vitest';
import { calm, upset } from './test/mood-cases';

describe('an intensified how-to question is puzzlement, not anger (RULINGS U1)', () => {
  it('reads "how on earth / in the world do I …" asking the way to do something as calm', () => {
    calm('How in the world do I find the invoice?');
    calm('How on earth do I change my password?');
    calm('how on earth can we export the report to csv?');
    calm('Where in the world do I turn off notifications?');
    calm('How in the world do I even log in to the new portal?');
  });
  it('keeps it upset when it asks why or how the company let something happen, or another cue joins', () => {
    upset('How on earth is this still broken after three weeks?!');
    upset('why on earth did you charge me twice');
    upset('How on earth do you expect me to pay for this?');
    upset('How in the world did you lose my parcel');
    upset('Who on earth designed this menu');
    upset('How on earth do I cancel this garbage subscription');
    upset('How on earth do I get my money back after you charged me twice? This is a joke.');
  });
});
