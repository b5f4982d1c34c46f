// Session 13 structure for the customer's mood (issue 14): praise denied as a verdict (RULINGS U1:
// evaluative words about the service), with calm near-misses. Every sentence here was written for the
// structure, none is a corpus row.
import { describe, it } from 'vitest';
import { calm, upset } from './test/mood-cases';

describe('upset: praise denied as a verdict (U1)', () => {
  it('a word of praise negated after a copula is a judgement of the service', () => {
    upset('The new booking page is not good. I had to call in the end.');
    upset('Your chat assistant was not helpful at all.');
    upset("The new manual isn't very useful for people who pay monthly.");
    upset('The replacement phone was not great either, it froze on day two.');
    upset('Not friendly, not quick, and the form lost my answers.');
  });
  it('not a verb denied, a skill, advice, a question, a condition or what others say', () => {
    calm("Restarting the service doesn't help, the port stays closed.");
    calm('The firmware does not support the second display.');
    calm("I'm not good at networking, how do I open port 8080?");
    calm("It's not good to run the agent as root, so I made a service user.");
    calm('Is it not better to mount the share read-only?');
    calm('If the signal is not good, the modem falls back to 3G.');
    calm('The forum says the old driver is not good for this card, so I installed the new one.');
  });
  it('not a fact or an understatement the lexicon happens to rate as praise', () => {
    calm('The licence is not free for businesses, which is fine, where do I enter the VAT number?');
    calm("I'm not sure which log you need, I attached both.");
    calm('Not ideal, but the workaround holds for now.');
    calm('The path is not easy to find, it sits under Settings > Advanced.');
  });
});

describe('calm: a condition or a fact is no verdict (session 13, issue 14 precision)', () => {
  it('a standard not met inside a condition states when something happens', () => {
    calm('If the signal is not good enough, the modem falls back to 3G.');
    calm('When the Wi-Fi is not good enough the phone switches to mobile data by itself.');
    calm('Unless the battery is not good enough for a full sync, the backup runs at night.');
  });
  it('the same standard said of the service outright stays upset', () => {
    upset('The new booking page is not good enough. I had to call in the end.');
    upset('Honestly I am not happy with how this went.');
  });
  it('a fact denied after a service noun (free, protected, ready, approved) is no judgement of it', () => {
    calm('The app is not free for business accounts, so where do I enter the company VAT number?');
    calm('The website is not protected by the old certificate any more, which one should I install?');
    calm('The update was not approved by our IT team yet, can I install the previous version?');
    calm('The service is not active on my second line, how do I switch it on?');
  });
  it('praise withheld from the service stays upset', () => {
    upset('The support was not helpful and the form lost my answers.');
    upset('The app is not user friendly at all, nothing is where it used to be.');
  });
});

describe('upset: a bare verdict the lexicon rates as blame (U1 evaluative words)', () => {
  it('a sentence that is only a judgement, or "it is" and a judgement, is the verdict of a review', () => {
    upset('bad');
    upset('Very bad.');
    upset('Stopped syncing my calendar last week. Really bad.');
    upset("It's pathetic, the new layout hides the bill.");
    upset('this is stupid');
  });
  it('not a fault named with the word, a question, a negation or an idea', () => {
    calm('Bad gateway.');
    calm('Not bad.');
    calm('Bad idea?');
    calm('Is it bad?');
    calm("If it's bad, the light turns red.");
    calm('It is bad practice to share the admin password, so I made a second account. How do I give it rights?');
    calm('The sensor reads a bad value after a reboot.');
  });
  it('not a milder word of feeling or risk that opens a remark', () => {
    calm('Unfortunate, but the workaround holds until the next release.');
    calm("That's dangerous, so I moved the key out of the repository. Where should it live?");
  });
});
