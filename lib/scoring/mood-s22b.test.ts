// Session 22b (issue 14, customer_upset): upset told by structure — repeated contact that came to nothing,
// a complaint to the police or a regulator, a threat to cancel if the fault stays, business taken elsewhere,
// hopelessness ("I give up"), help "so-called", a standard not met ("I expected better from you"), the repeat
// stressed ("every single time"), service given "as if doing me a favour", a judgement of the service with
// its copula left out, the customer's money still disappearing, and "like"/"please" no longer read as
// praise beside a pile of "!". And the English lexicon kept off a German message ("Die App …": "die" is no
// verdict). Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { readsAsGerman } from './mood-sentiment';
import { calm, upset } from './test/mood-cases';

describe('a German message is not read with the English lexicon', () => {
  it('keeps a calm German fault report calm', () => {
    calm('Die App stürzt seit dem Update ständig ab.');
    calm('Die Synchronisation war gestern kaputt, heute geht sie wieder.');
  });
  it('tells German from English by its words', () => {
    expect(readsAsGerman('Die Seite lädt nicht, können Sie helfen?')).toBe(true);
    expect(readsAsGerman('I don’t want my battery to die on the trip.')).toBe(false);
    expect(readsAsGerman('The app is useless, the war on bugs is lost.')).toBe(false);
  });
  it('reads a 400,000-letter word quickly (a marker word is read from its start, not from every letter)', () => {
    const t0 = performance.now();
    expect(readsAsGerman('a'.repeat(400_000))).toBe(false);
    expect(readsAsGerman(`${'ü'.repeat(400_000)} und die`)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('repeated contact that came to nothing', () => {
  it('reads contacts counted with the result denied', () => {
    upset('I sent so many emails but not any reply from your side.');
    upset('We raised multiple tickets and the team is unable to resolve them.');
    upset('Called four times, still haven’t got any solution.');
  });
  it('keeps contacts counted without a result denied calm', () => {
    calm('I called three times to ask about the update.');
    calm('I sent several emails with the logs attached.');
  });
});

describe('threats: the police or a regulator, cancelling if nothing changes, going elsewhere', () => {
  it('reads a complaint to the police or a regulator', () => {
    upset('I will file a complaint against you with the RBI.');
    upset('Return my money or I complain to the police.');
  });
  it('keeps a question about the police and a mention of them calm', () => {
    calm('My card was used abroad, should I report it to the police?');
    calm('The police asked for a copy of the transaction statement.');
  });
  it('reads cancelling or leaving on a condition of the fault staying', () => {
    upset('If this is not fixed soon I will cancel my subscription.');
    upset('Unless you refund me, I’m closing my account.');
    upset('If nothing changes we will stop using your bank.');
    upset('I’ll be shopping elsewhere.');
  });
  it('keeps a request to cancel and a plan for a next step calm', () => {
    calm('Please cancel my subscription at the end of the month.');
    calm('I will switch to the beta channel if the bug is not fixed in stable.');
    calm('If it happens again I will cancel the job and rerun it.');
    calm('Click somewhere else and the menu closes.');
  });
});

describe('hopelessness, disappointment, sarcasm and exasperation', () => {
  it('reads giving up said now, not a step told', () => {
    upset('Honestly, I give up.');
    calm('I gave up on the wizard and configured it by hand.');
  });
  it('reads help called so-called', () => {
    upset('Your so-called support never answers the phone.');
  });
  it('reads a standard the company did not meet', () => {
    upset('I expected better from a bank this size.');
    upset('I wasn’t expecting this after paying for premium.');
    calm('I expected more options in the export menu, where are they?');
    calm('I was not expecting that to work so easily, thanks!');
  });
  it('reads the repeat stressed, not a plain "every time"', () => {
    upset('It logs me out every single time I switch apps.');
    calm('It logs me out every time I switch apps.');
  });
  it('reads service given as if doing a favour', () => {
    upset('The agent acted as if she was doing us a huge favour.');
  });
});

describe('a judgement of the service, money still disappearing, and "!!!" after "please"', () => {
  it('reads the service judged with its copula left out', () => {
    upset('Customer service very bad, nobody picks up.');
    upset('Support so poor these days.');
    calm('The app very slow today, is there maintenance?');
    calm('The update very nice, thanks');
  });
  it('reads the customer’s money disappearing as a loss', () => {
    upset('My daughter’s money is disappearing from her savings pot.');
    upset('Our savings keep vanishing after each transfer.');
    calm('The balance is disappearing from the screen when I scroll down.');
  });
  it('reads a pile of "!" on a plea as a raised voice, not praise', () => {
    upset('PLEASE stop logging me out, it happened five times today!!!!');
    calm('Please add a dark mode!!!');
    calm('I like this app so much!!!');
  });
});
