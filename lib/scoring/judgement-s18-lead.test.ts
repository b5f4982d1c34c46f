// Session 18 (lead, from the tester's find): asking whether the agent's work did it is not a claim that it
// did. "Have I solved your problem?" — the method's own closing question — read as ownership ("I solved
// your"), so an agent who only asked it was credited with owning the case.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const signals = (text: string) => scorer.score(text).signals;

describe('a question about the agent’s own work is not ownership', () => {
  it.each([
    'Thanks for the details. Have I solved your problem?',
    'Have we fixed the login issue for you?',
    'Have I resolved the issue you were having with the export?',
  ])('"%s" is not ownership', (text) => {
    expect(signals(text).ownership).toBe(false);
  });

  it('still counts the same action stated, before or beside the question', () => {
    expect(signals('I have fixed the login for you.').ownership).toBe(true);
    expect(signals('I solved your billing problem by refunding the second charge. Have I answered everything?').ownership).toBe(true);
  });

  it('keeps the closing question itself', () => {
    expect(signals('Thanks for the details. Have I solved your problem?')['closing-question']).toBe(true);
  });
});

// Session 18 (lead, from the review of the merged tree): three calls this session's own rules got wrong.
describe('what the review of the merged tree found', () => {
  it.each([
    'The outage is over and everything is working as intended again. Sorry for the disruption.',
    "I've fixed the export and it now works as designed again.",
  ])('a fix reported as "working as designed again / now" is not a report closed as intended: "%s"', (text) => {
    expect(signals(text)['negative-language']).toBe(false);
  });
  it('still flags a report closed as intended behaviour', () => {
    expect(signals('That screen works as designed.')['negative-language']).toBe(true);
  });
  it('a refusal by the company stays negative whatever benefit it names', () => {
    expect(signals('Unfortunately we only refund to the original card, so your money stays safe.')['negative-language']).toBe(true);
    expect(signals('It only supports HTTPS, so your data is always encrypted.')['negative-language']).toBe(false);
  });
  it.each(["I'll have someone from billing contact you today.", "I'll have a colleague from billing call you this afternoon."])(
    'someone sent to the customer, with where they are from, is ownership: "%s"',
    (text) => {
      expect(signals(text).ownership).toBe(true);
    },
  );
});

describe('the first sentence under a bare greeting is not a name', () => {
  const name = (text: string) => {
    const r = scorer.score(text);
    return r.signals.personalization;
  };
  it.each(['Hello,\n\nHappy to help with that. I have reset the password.', 'Hi,\nGlad to hear it works now.', 'Hello,\n\nFair point, we will add it to the next release.'])(
    '"%s" has no customer name',
    (text) => {
      expect(name(text)).toBe(false);
    },
  );
  it.each(['Hi Dana,\n\nHappy to help.', 'Hello,\n\nDana, could you send the log?', 'Hi,\n\nPriya, could you try again?'])('"%s" keeps the name', (text) => {
    expect(name(text)).toBe(true);
  });
});

describe("a company's legal footer under the sign-off keeps the name the agent's", () => {
  it.each([
    'Hi,\n\nI have reset your password.\n\nWarm regards,\nTim\n\nAcme Ltd, 12 Mill Lane, London\nCompany no. 123456',
    'Hi,\n\nI have reset your password.\n\nBest,\nTim\nReg. no. 123456',
    'Hallo,\n\nich habe das Passwort zurückgesetzt.\n\nViele Grüße\nTim\nAcme GmbH, HRB 12345, USt-IdNr. DE123456789',
  ])('no personalization in %j', (text) => {
    expect(scorer.score(text).signals.personalization).toBe(false);
  });
  it('still credits the customer named in the reply', () => {
    expect(scorer.score('Hi Dana,\n\nI have reset your password.\n\nWarm regards,\nTim\n\nAcme Ltd\nCompany no. 123456').signals.personalization).toBe(true);
  });
});

describe('the customer who signed their message is the one the advice names', () => {
  const message = 'My refund never arrived and nobody answers.\n\nThanks,\nKate';
  it('does not take a colleague named in the reply for the customer', () => {
    const report = scorer.score('Hi,\n\nI have asked Marco in billing to look at it today.', { customerMessage: message });
    expect(report.customerName).toBe('Kate');
    expect(report.signals.personalization).toBe(false);
  });
  it('keeps the signed name the reply uses', () => {
    const report = scorer.score('Hi Kate,\n\nI have asked Marco in billing to look at it today.', { customerMessage: message });
    expect(report.customerName).toBe('Kate');
    expect(report.signals.personalization).toBe(true);
  });
});

describe("a reason for the company's refusal in the passive is not teaching (T1)", () => {
  it.each(['Your refund was denied because the item was used.', 'Your claim has been declined since the warranty ended last year.'])('"%s" is not teach', (text) => {
    expect(signals(text).teach).toBe(false);
  });
  it.each(['It was declined because the billing postcode did not match your card.', 'The sync fails because the app keeps the old password.'])(
    '"%s" still teaches why the customer’s problem happened',
    (text) => {
      expect(signals(text).teach).toBe(true);
    },
  );
});

describe('a product plan for everyone is not ownership of this case (R-U5)', () => {
  it('"working on a new app" after praise is not ownership', () => {
    expect(signals('Thanks for the lovely review! Our team is working on a new mobile app, stay tuned!').ownership).toBe(false);
  });
  it.each(['I am working on a fix for your account now.', 'We are working on a new build with your fix and will send it today.'])('"%s" stays ownership', (text) => {
    expect(signals(text).ownership).toBe(true);
  });
});

describe('a ticket closed only if the customer does not answer closes nothing yet (R-I3, R-I1)', () => {
  it('is not negative language, and a timed one is expectation', () => {
    expect(signals("We'll have to close this ticket if we don't hear back within 7 days.")['negative-language']).toBe(false);
    const timed = signals('We will close this ticket in 24 hours if we do not hear back.');
    expect(timed['negative-language']).toBe(false);
    expect(timed.expectation).toBe(true);
  });
  it('still flags closing the report unresolved', () => {
    expect(signals('I am closing this ticket as we cannot help further.')['negative-language']).toBe(true);
  });
});

describe('urgency words naming a kind of service asked about are not the customer in a hurry (R-U1)', () => {
  const hurry = (customerMessage: string) => scorer.score('Thanks for asking.', { customerMessage }).mood.hurry;
  it.each(['Is there an asap shipping option for future orders?', 'Do you offer an urgent repair service for businesses?', 'Do you have an ASAP courier option?'])(
    '"%s" is calm',
    (m) => {
      expect(hurry(m)).toBe(false);
    },
  );
  it.each(['I need an urgent repair, my shop opens tomorrow.', 'This is urgent, please call me back.'])('"%s" is still hurry', (m) => {
    expect(hurry(m)).toBe(true);
  });
});
