// Session 19 (tester): what the team lead found, fixed by structure. Sentences written for these tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { loadGermanPack } from './test/german';
import { signalCases } from './test/signal-cases';

const scorer = createScorer();

signalCases(
  "a business's or a team's name after a greeting is not the customer's given name (RULINGS P1)",
  'personalization',
  [
    'Hi Priya, your refund is on its way.',
    'Hi Sam and team, the fix is live.',
    'Thank you for contacting Northwind, Priya.',
    'Hi Simon, Sarah here from billing.',
    'Hello Mike Manning, thanks for the order.',
    'Hello David Law, your parcel is on its way.',
    'Dear Mrs Law, your parcel is on its way.',
  ],
  [
    'Hi Acme Plumbing, your invoice is attached.',
    'Hello Bright Smile Dental Ltd, the refund has been issued.',
    'Dear Greenfield Services, thank you for your patience.',
    "Hi Joe's Pizza, your order has shipped.",
    'Hi Northwind team, the outage is over.',
    'Hello Riverside Bakery, the card reader is fixed.',
  ],
);

signalCases(
  'places or things in a list are not an address (P1)',
  'personalization',
  ['Thanks for the update, Dallas!'],
  [
    'Austin, Dallas and Houston are affected by the outage.',
    'Austin, Dallas: service is back.',
    'Our stores in Austin, Dallas and Houston reopen tomorrow.',
    "Go to Settings, Display, Don't dim the screen.",
  ],
);

describe('personalization: the name the prompts use is the one the reply addresses the customer by', () => {
  const upset = 'This is the third time my internet has dropped this week!! I am furious.';
  const nameIn = (text: string) => scorer.score(text, { customerMessage: upset });
  it.each([
    'Good news, Sam is on his way to fix the line.',
    'Our stores in Austin are affected by the outage.',
    'Hi Acme Plumbing, the technician is on his way.',
    'I will let Raj in engineering know right away.',
  ])('no name in the prompts: %j', (text) => {
    const r = nameIn(text);
    expect(r.customerName).toBeUndefined();
    for (const p of r.prompts) expect(p.text).not.toMatch(/\b(?:Sam|Austin|Acme|Raj)\b/);
  });
  it('the addressed name, not a colleague named before it', () => {
    expect(nameIn('I will let Raj know. Thanks for your patience, Priya!').customerName).toBe('Priya');
  });
});

signalCases(
  'empathy: a generic "can be", a bare "sorry to hear you\'re …" and a relative "which" judge a thing, not how the customer feels (E1)',
  'empathy',
  [
    'That must be really frustrating.',
    'I know this can be frustrating.',
    "Sorry to hear you're unhappy with the delivery.",
    "We're sorry to hear you're so frustrated with the wait.",
    'You were charged twice, which is really frustrating.',
    "That's very odd, let me check the logs.",
  ],
  [
    'The rules editor can be very difficult to use for beginners, so here is a short guide.',
    "We're sorry to hear you're having a negative experience with the checkout. Could you send us the order number?",
    "Sorry to hear you're unable to log in. Please try resetting your password.",
    'The log shows a timeout, which looks very odd for this driver.',
  ],
);

describe('German pack: past-tense ownership, "sobald" as the next event, a redirect to the bank (as the English pack does each)', () => {
  const de = createScorer(loadGermanPack());
  const sagt = (text: string) => de.score(text).signals;

  it.each([
    'Ich habe Ihr Passwort zurückgesetzt.',
    'Wir haben die Rückerstattung veranlasst.',
    'Ich habe Ihnen gerade einen neuen Link geschickt.',
    'Die Bestellung haben wir storniert.',
  ])('ownership: %s', (text) => expect(sagt(text).ownership).toBe(true));
  it.each(['Ich habe Sie gestern angerufen.', 'Ich habe das Passwort noch nicht zurückgesetzt.', 'Sie haben das Formular geschickt.'])(
    'no ownership: %s',
    (text) => expect(sagt(text).ownership).toBe(false),
  );

  it.each(['Sobald das Update da ist, melde ich mich.', 'Ich schicke Ihnen die Rechnung, sobald sie erstellt ist.'])(
    'expectation: %s',
    (text) => expect(sagt(text).expectation).toBe(true),
  );
  it.each(['Sobald Sie das Formular ausgefüllt haben, können Sie sich anmelden.', 'Das Paket kommt, sobald es verfügbar ist.'])(
    'no expectation: %s',
    (text) => expect(sagt(text).expectation).toBe(false),
  );

  it.each([
    'Bitte wenden Sie sich an Ihre Bank.',
    'Dafür wenden Sie sich bitte direkt an den Hersteller.',
    'Kontaktieren Sie bitte Ihren Mobilfunkanbieter.',
    'Sie müssen sich an Ihre Bank wenden.',
  ])('negative language: %s', (text) => expect(sagt(text)['negative-language']).toBe(true));
  it.each(['Ich habe mich an Ihre Bank gewandt und melde mich morgen.', 'Ich kläre das mit dem Hersteller.'])(
    'no negative language: %s',
    (text) => expect(sagt(text)['negative-language']).toBe(false),
  );
});
