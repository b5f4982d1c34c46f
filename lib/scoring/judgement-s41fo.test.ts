// Session 41 review (fix-o): the ownership readings of w/judge41o narrowed by structure. Sentences written for these tests
// (never corpus rows).
//   2c. "The" team is ours only by a closed list of our teams' words ("the support team", "the devs"), and the step names a
//       thing of the case; another company's staff ("the store staff", "the airline agents") is not us.
//   2d. The case under review by another body ("by the ombudsman") is not our handling; an order being processed is status.
//   2e. Only a case handed on, or a handing to a person or team, is passing it on; a parcel, funds or a call routed is logistics.
//   2g. Only a report or idea put on our list counts (not an address on a mailing list); a product change dated to a past
//       month is company history (R-U5).
import { describe, expect, it } from 'vitest';
import { shows } from './test/signal-cases';

const PROBLEM = 'My refund for the broken kettle has not arrived and nobody answers my emails.';

const own = (text: string) => expect(shows('ownership', text, PROBLEM)).toBe(true);
const notOwn = (text: string) => expect(shows('ownership', text, PROBLEM)).toBe(false);

describe('2c: "the" team must be one of ours and work on the case (O1)', () => {
  it.each([
    'The shop staff will check your receipt at the till.',
    'The bus company agents will process your ticket claim.',
    'The delivery team is handling your kettle box now.',
    'The team will review nominations in February.',
  ])('not ownership: %j', notOwn);
  it.each([
    'The support team will check your refund today.',
    'The devs will look into the kettle fault.',
    'The billing team is looking into your refund right now.',
  ])('ownership: %j', own);
});

describe('2d: handling by another body, or a plain order status, is not ours (O2)', () => {
  it.each([
    'Your complaint is under review by the bank.',
    'The matter is under investigation by the regulator.',
    'Your order is being processed.',
  ])('not ownership: %j', notOwn);
  it.each(['Your refund request is being processed by our billing team.', 'Your complaint is under review.'])('ownership: %j', own);
});

describe('2e: logistics handed or routed is not the case passed on (O2)', () => {
  it.each([
    'Your kettle has been handed to the delivery driver.',
    'The money has been allocated to your wallet.',
    'Your call has been routed to our answering machine.',
  ])('not ownership: %j', notOwn);
  it.each(['Your case has been assigned to our refunds desk.', 'This has been handed over to a senior colleague.'])('ownership: %j', own);
});

describe('2g: an address on a mailing list, a product change of last spring, are not the case (O2, R-U5)', () => {
  it.each([
    'Your address has been added to our newsletter list.',
    'We made these changes to the delivery fees in April.',
  ])('not ownership: %j', notOwn);
  it.each(['Your suggestion has been added to our list for the next sprint.', "I've made the change to your account, the refund is on its way."])(
    'ownership: %j',
    own,
  );
});
