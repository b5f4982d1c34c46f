// Session 24a (issue 14, customer_hurry recall): time pressure in the shapes a short, informal message takes — a
// request that ends in a word of speed ("fix it now", "need help rn"), a wait the customer sat through at a counter or
// a table (R-G2), a chaser inside the customer's own message ("bumping this thread", "still nothing on this"), a team
// that cannot work, a customer away from home whose card fails, a blocker, and a request to act by a near day (RULINGS
// H1). Every message here was written for these tests; none is a corpus row.
import { describe, it } from 'vitest';
import { hurried, unhurried } from './test/mood-cases';

describe('a chaser in the customer\'s own message (H1 repeated unanswered requests)', () => {
  it('reads a bump, "still nothing" on the request and no word back in a stated time', () => {
    hurried('bumping this thread');
    hurried('anyone? still nothing on this');
    hurried('still nothing back from support about the refund');
    hurried('haven\'t heard back in a week');
  });
  it('leaves a failed attempt and a version bump calm', () => {
    unhurried('rebooted, still nothing');
    unhurried('I tried the new driver, still nothing on the screen');
    unhurried('please bump the firmware version in the next release');
  });
});
