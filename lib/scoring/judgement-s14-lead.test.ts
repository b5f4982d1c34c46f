// Session 14 (lead): an agent's sign-off written on the closing line after the thanks names a team
// or a brand ("Thank you, Nida -Team …", "Thanks, Aly @ … App", "Thanks, Mobile Banking Team"). The
// name there is the agent's, not the customer's: no personalization from it. App-store replies end
// this way; on the kept-aside rows it made 13 of 17 personalization false alarms (docs/eval.md).
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const said = (text: string) => scorer.score(text).signals;

describe('a team sign-off after the closing thanks is the agent signing', () => {
  it.each([
    'Sorry about the dropped calls. Please write to care@example.com with your number and we will check it. Thank you, Nida -Team Airtel Thanks',
    'We have passed this to our developers. Thanks, Rajat – Team Telco',
    'Can you please send us your device model and app version? Thanks, Aly @ ANZ App',
    'You should now see all of your accounts again. Let us know if that works for you. Thanks, Mobile Banking Team',
    'We fixed the sync bug in the latest version. Regards, Tom | Customer Care',
  ])('%s', (text) => {
    const signals = said(text);
    expect(signals.personalization).toBe(false);
    // The thanks before the signature stays the agent's thanks.
    if (/thank/i.test(text)) expect(signals.gratitude).toBe(true);
  });

  it('the customer named in the greeting still counts, and so does a lone name after the thanks', () => {
    expect(said('Hi Priya, the refund is on its way. Thank you, Nida -Team Airtel Thanks').personalization).toBe(true);
    expect(said('The refund is on its way. Thanks, Priya!').personalization).toBe(true);
    expect(said('The refund is on its way, thank you for your patience, Priya.').personalization).toBe(true);
  });

  it('a dash inside the message is not a signature', () => {
    // Session 16: after "Thanks," a capitalised word followed by no punctuation the matcher sees (a dash is
    // none) counts as a name only when it is a known given name (judgement-s16-lead), so this uses one.
    expect(said('Your order has shipped. Thanks, Maria - the refund is on its way and should land by Friday.').personalization).toBe(true);
  });
});
