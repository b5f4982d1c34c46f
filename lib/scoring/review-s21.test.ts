/**
 * Session 21's final review (the CLI used as a team lead would): readings the session's changes had broken
 * or missed, each with the reply a real agent writes. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const on = (reply: string, customerMessage?: string) => scorer.score(reply, customerMessage ? { customerMessage } : {}).signals;

describe('a cause the agent found or suspects is teaching', () => {
  it.each([
    'I suspect the upload failed because the file is over 2 GB.',
    'We found that the emails bounced because the SPF record for your domain is missing.',
    'I can see the import stopped because row 14 has a date in the wrong format.',
    'We believe the sync stopped because the token expired after 90 days.',
  ])('%s', (reply) => expect(on(reply).teach).toBe(true));
  it('a reason for our own act still only justifies it', () => {
    expect(on("I haven't merged it because it breaks the ARM build.").teach).toBe(false);
  });
});

describe('"if you try to …" describes what happens; the how-to after it counts', () => {
  it('keeps the how-to', () => {
    expect(on("If you try to open the file in Excel it won't work, because Excel expects commas; use the Import wizard instead.").teach).toBe(true);
  });
  it('a try step offered is still no how-to', () => {
    expect(on('You can also try to resend it by clicking Send Again in the Outbox.').teach).toBe(false);
  });
});

describe('a hedge about the outcome keeps a promised contact', () => {
  it.each([
    "I'll update you tomorrow, hopefully with good news.",
    "I'll get back to you by Friday, hopefully.",
  ])('%s', (reply) => expect(on(reply).expectation).toBe(true));
  it('a hedged time is still no promise', () => {
    expect(on('Hopefully the new build will be going out later this week.').expectation).toBe(false);
  });
});

describe('talking down, read with care', () => {
  const upset = "I'm so confused and annoyed, nothing works!";
  it('a step left after our own work is not talking down', () => {
    expect(on("You'll just need to log in once more after the reset, and I'll stay on the line with you.", upset).condescension).toBe(false);
  });
  it('"you just need to" to a confused customer is', () => {
    expect(on('You just need to click Save.', upset).condescension).toBe(true);
  });
  it('"obviously" that agrees with the customer is not', () => {
    expect(on("You're obviously right that the price is wrong; I've corrected it.").condescension).toBe(false);
    expect(on("Obviously, you're right, that's not how it should behave, and I'm sorry.").condescension).toBe(false);
  });
});

describe('a mail disclaimer under the signature is no part of the reply', () => {
  const signed = (last: string) =>
    `Hi Sam,\n\nI've reset your password.\n\nBest regards,\nAnna Smith\nSupport Team | Example Inc.\nwww.example.com\n${last}`;
  it('its "please do not read, copy or forward" earns no teach and no courtesy', () => {
    const s = on(signed('This email and any attachments are confidential. If you are not the intended recipient, please do not read, copy or forward it.'));
    expect(s.teach).toBe(false);
    expect(s.gratitude).toBe(false);
  });
  it('a line the agent wrote there still counts', () => {
    expect(on(signed('Please do not share this password with anyone.')).gratitude).toBe(true);
  });
});

describe('sarcasm: praise set against what will not even start', () => {
  const mood = (customerMessage: string) => scorer.score('Thanks for waiting.', { customerMessage }).mood;
  it('reads "Brilliant. Now it won\'t even start." as upset', () => {
    expect(mood("Brilliant. Now it won't even start.").upset).toBe(true);
    expect(mood("Great, now I can't even log in.").upset).toBe(true);
  });
  it('keeps a thank-you for a fix calm', () => {
    expect(mood('Perfect, thanks! I could not log in before but now all is fine.').upset).toBe(false);
  });
});

describe('a time told of a change already made is no next event', () => {
  it.each(['The engineers fixed it on Tuesday.', 'The fix went live on Monday.'])('%s', (reply) =>
    expect(on(reply).expectation).toBe(false),
  );
  it.each(['We will have it fixed on Tuesday.', 'The fix will be deployed on Monday.', 'We fixed it and will deploy on Monday.'])(
    'a promise stays one: %s',
    (reply) => expect(on(reply).expectation).toBe(true),
  );
});

describe('the wait itself acknowledged is empathy', () => {
  it('reads "I know you\'ve been waiting a long time for this."', () => {
    expect(on("I know you've been waiting a long time for this.").empathy).toBe(true);
  });
  it('a wait told as a finding is not', () => {
    expect(on('I see you waited a few days before writing in; next time just call us.').empathy).toBe(false);
  });
});
