// Session 11, judgement-b (issue 10): false alarms of negative language and ownership cut by clause
// structure, with near misses that must keep the signal. Every sentence here was written for these tests
// from RULINGS N1 / O3 and corpus-extra R-A1 / R-A3, not taken from a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { base, testPack } from './test/packs';
import { signalCases } from './test/signal-cases';

signalCases(
  'a way of sending used as a noun, a trip the customer is spared, a request for details here (N1)',
  'negative-language',
  [
    'Please contact the phone manufacturer about the warranty.',
    'You will need to visit a branch with your ID.',
    'Please post the exact error in the live chat and the team there will help.',
    'You could ask the store where you bought it.',
    'Please call your bank instead.',
  ],
  [
    "Who's the phone manufacturer?",
    'What is the name of the call centre you spoke to?',
    "Paying in the app is quicker than having to call in or visit a store.",
    'You can now change it yourself without having to contact support.',
    'No need to visit a branch any more, the app does it.',
    "You don't have to call your bank, the refund goes through on its own.",
    'Please post the exact error in the chat so I can see it.',
    'Could you paste the full log in this thread?',
    'Share the output in the channel and we will go from there.',
  ],
);

signalCases(
  'routing and release notes are not action on the case (O3)',
  'ownership',
  [
    "I've sent you a replacement router; it should arrive Friday.",
    "I've fixed the login bug on your account.",
    "I'll look into this and send you an email once it is sorted.",
    "We'd be glad to help you with this.",
  ],
  [
    'I just sent you a direct message with more details on how we can assist.',
    'I sent you an email about this a moment ago.',
    'I sent the updated script in the email thread we have.',
    "Let's follow up via email.",
    'We have fixed the sync issue with our latest update.',
    "We've improved search quite a bit in the current version.",
  ],
);

// {email}, {url}, {phone}: an address as one slot of the phrase syntax (lib/scoring/addresses.ts).
const slotHits = (phrase: string, text: string): string[] => {
  const scorer = createScorer(testPack([{ ...base, id: 'p', type: 'phrase-avoid', message: 'found', phrases: [phrase] }]));
  return scorer.score(text).findings.map((f) => text.slice(f.span.start, f.span.end));
};

describe('phrase slots for addresses', () => {
  it.each([
    ['email us at {email}', 'Email us at care@shop.example.com.', 'Email us at care@shop.example.com'],
    ['write to {email} today', 'Write to first.last+billing@example.co.uk today.', 'Write to first.last+billing@example.co.uk today'],
    ['email {email} and', 'Please email help @example.com and add a screenshot.', 'email help @example.com and'],
    ['visit {url} for', 'Visit https://help.example.com/contact?lang=en for more.', 'Visit https://help.example.com/contact?lang=en for'],
    ['at {url}', 'You can also see it on the web at example.com/account?', 'at example.com/account'],
    ['here : {url}', 'Start a new thread here: https://ex.rs/2Fa9 and we will answer.', 'here: https://ex.rs/2Fa9'],
    ['go to {url} ,', 'Go to www.example.org, then sign in.', 'Go to www.example.org,'],
    ['call us on {phone}', 'Call us on 1-800-555-0199 any time.', 'Call us on 1-800-555-0199'],
    ['call us on {phone}', 'Call us on +1 (800) 555-0199.', 'Call us on +1 (800) 555-0199'],
    ['ring {phone} between', 'Ring 0800 123 4567 between 9 and 5.', 'Ring 0800 123 4567 between'],
    ['call {phone}', 'Or call 13 13 14 from Australia.', 'call 13 13 14'],
  ])('%s takes the whole address in %j', (phrase, text, hit) => {
    expect(slotHits(phrase, text)).toEqual([hit]);
  });

  it.each([
    ['at {email}', 'Thanks for the shout at @user.name today'],
    ['at {email}', 'Send it to me at the office'],
    ['open {url}', 'Open settings.py in your editor'],
    ['see {url}', 'See e.g. the docs'],
    ['visit {url}', 'Send it to care@example.com and visit them'],
    ['on {phone}', 'It was released on 2026-12-02.'],
    ['on {phone}', 'It was released on 02.12.2026.'],
    ['version {phone}', 'Update to version 1.2.3.4 first.'],
    ['server {phone}', 'Point it at server 192.168.10.1 instead.'],
    ['at {phone}', 'See you at 10:30 tomorrow.'],
    ['call {phone}', 'Call 611 from your phone.'],
  ])('%s does not match %j', (phrase, text) => {
    expect(slotHits(phrase, text)).toEqual([]);
  });

  it('an address slot can open a phrase and sit in an alternation', () => {
    expect(slotHits('{email} (is|was) our', 'care@example.com is our inbox')).toEqual(['care@example.com is our']);
    expect(slotHits('reach us (on|at) ({phone}|{email})', 'Reach us at care@example.com.')).toEqual(['Reach us at care@example.com']);
    expect(slotHits('reach us (on|at) ({phone}|{email})', 'Reach us on 020 7946 0958.')).toEqual(['Reach us on 020 7946 0958']);
  });
});

signalCases(
  'a web address to take the case to, named with {url} (N1, R-A1)',
  'negative-language',
  [
    'For billing questions and other concerns, please visit https://help.example.com',
    'If that did not help, feel free to post a new message here: https://ex.rs/2Fa9 and the team will answer.',
    'You can reach us via example.com/help any time.',
    'Please raise a ticket at https://support.example.org/new with your order number.',
  ],
  [
    'For more details, please visit https://example.com/blog/release-notes.',
    'Open http://localhost:8080 in your browser to check it.',
    'See https://docs.example.com/setup for the steps.',
    'The fix is described at https://example.com/kb/123, and I have applied it to your account.',
  ],
);

signalCases(
  'a phone line to ring, by {phone} or by its name (N1)',
  'negative-language',
  [
    'Call 0800 123 4567 for help with the card.',
    'If it happens again, reach us on +44 20 7946 0958.',
    'Please call our 24/7 customer service hotline.',
    'You can phone the local support line about the meter.',
    'Give us a call and we will sort it.',
  ],
  [
    "I'll call you on 0800 123 4567 this afternoon.",
    'The number 0800 123 4567 is printed on the back of the card.',
    'I called the hotline for you and they confirmed the order.',
    'Your case number is 2026-12-02.',
  ],
);

signalCases(
  'a limit said plainly with an adverb inside (help forums, N1)',
  'negative-language',
  ["That's not currently possible through the API.", "There's currently no option for that in the mobile app.", 'Exporting to PDF is not yet supported.'],
  ["It's currently possible to export from the web app.", 'There is currently an option for that under Settings.'],
);

signalCases(
  'a wish to act on the case, after a consequence "so" or with an adverb (O1, R-A3)',
  'ownership',
  [
    "That isn't what we'd expect, so we would like to investigate this further for you.",
    "That shouldn't happen, so I'd like to check your account settings.",
    "We'd really love to look into it for you.",
    "I'd certainly like to help sort this out for you.",
  ],
  [
    'Please send us a DM so we can assist.',
    'Send your order number so that we can check it.',
    'Share a screenshot so I can see what happened.',
    'Please DM us so that we have your details on file.',
  ],
);
