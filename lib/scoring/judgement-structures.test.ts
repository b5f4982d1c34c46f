// Clause structures behind negative language, teach and condescension (issue 10), each with replies
// that show the signal and look-alikes that do not. Own sentences, written for these tests in the
// style of brand support tweets, GitHub staff and IRC helpers; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer, type SignalId } from './index';
import { signalCases } from './test/signal-cases';

const scorer = createScorer();
const evidence = (signal: SignalId, text: string) => scorer.score(text).breakdown?.find((b) => b.signal === signal)?.evidence;

const cases = signalCases;

cases(
  'a limit on what the customer wants ("non-", "only through", "only possible")',
  'negative-language',
  [
    'This ticket is non-refundable once the booking is confirmed.',
    'Season passes are nonrefundable.',
    'Address changes are handled only through the verification form.',
    'Name changes are processed only via the support portal.',
    'Refunds are only possible within 14 days of delivery.',
    'Custom domains cannot be added on the free plan.',
    // A reason given for a refusal keeps the refusal (T1/N1).
    "We can't refund it because it's past 30 days.",
    "That plan can't be upgraded because it is a legacy plan.",
  ],
  [
    // A fault and its cause: nothing is refused.
    "The sync couldn't finish because the token expired.",
    "The upload couldn't complete since the file was too large.",
    "It failed because the server couldn't reach the database.",
    "Your payment couldn't be processed because the card had expired.",
    "The app can't open the file because it was saved in a newer version.",
    // A message the customer will get, and when: not a way of sending them elsewhere.
    "You'll get one email at 8am.",
    "You'll receive a reminder email at 9:30 am.",
    'We send a confirmation text on the day of delivery.',
  ],
);

cases(
  'a habit of the system with its condition, a requirement with a measure',
  'teach',
  [
    'The app keeps the old password until you sign out.',
    'The desktop client only syncs over Wi-Fi.',
    'Your router hands out a new address every time it restarts.',
    'The cache is cleared whenever you update the app.',
    'The watch face resets when the battery runs out.',
    'Points expire twelve months after you earn them.',
    'Downloads pause automatically on mobile data.',
    'When you log in from a new device we send a code to your email.',
    "That's expected: the preview shows only the first page.",
    'That error means the token has expired.',
    'Passwords must be at least 12 characters long.',
    'The installer needs admin rights to write to Program Files.',
  ],
  [
    'The refund takes 5-7 business days to appear.',
    'Our stores open at 9am on Sundays.',
    "I'll send you the replacement tomorrow.",
    'Your parcel is with the courier and will arrive tomorrow.',
    'The train is delayed by 20 minutes.',
    "We've fixed it now, it should work.",
  ],
);

cases(
  'a pointer to something to watch or read is not a how-to',
  'teach',
  [
    'Check the Privacy tab and untick Read receipts.',
    'Go to Settings > Account > Security and turn on two-step verification.',
    'Run git fetch --all and then git reset --hard origin/main.',
  ],
  [
    'Keep an eye on our changelog for the fix.',
    'Keep an eye on your inbox for our reply.',
    'Check the pinned issue for the workaround.',
    'Follow our status page for updates.',
    'Subscribe to the issue to get notified when the fix ships.',
  ],
);

cases(
  'talking down: repeating oneself, reprimands, lecturing questions, belittling',
  'condescension',
  [
    'I already said the store closes at six.',
    'As previously stated, the fee applies to every order.',
    'Please read what I wrote.',
    "Please don't use Enter as punctuation.",
    "Don't flood the channel, put it all on one line.",
    'Stop spamming the same question.',
    'No need to shout.',
    'Have you tried googling it?',
    'Did you bother reading the docs?',
    "That's a silly question.",
    'You clearly have no idea what you are doing.',
    "I don't know how to make this any clearer.",
    'Which part of that is unclear?',
    "We're not mind readers, paste the error.",
    'This is an open source project, nobody owes you a fix.',
    "You're not entitled to a reply here.",
    'It says so right there in the error message.',
    'The docs are there for a reason.',
    'Try reading the docs before opening an issue.',
    'Or you could just read the README.',
    "It's not hard, just click the button.",
    "Do note - it's just that, a request.",
  ],
  [
    'Please paste the full error into a pastebin.',
    "This channel is for Ubuntu support only, try #ubuntu-offtopic.",
    'Please search the tracker for the error; there might be a fix already.',
    'Have you tried reinstalling the driver?',
    "It's just a suggestion, but you could try the beta.",
    "It's not hard to fix, I'll do it today.",
    'Obviously we want this fixed as much as you do.',
    'Please read the attached guide, it covers setup step by step.',
    // A reminder at the end of an instruction, not a frame for the sentence.
    'You can reset the password like I said, then mount the partition from a live CD.',
    // Quoted words are not the agent's.
    'You wrote "nobody owes you anything" and I understand why that stung.',
    'The bot replied "Did you even read the FAQ?" - that should never happen, sorry.',
  ],
);

cases(
  'refusals without "can\'t": no way known, no say in it, someone else\'s business, withdrawn, a bare no, a bar',
  'negative-language',
  [
    "That won't work with the B200, it doesn't have enough bandwidth.",
    "I'm not aware of any way to do that.",
    'There are no permissions in the Graph that you can use for this.',
    'This is a question for the Ettus support team.',
    "We have no control over the courier's schedule.",
    "That's up to your ISP, not us.",
    'This would be handled by your network administrator.',
    "That option was removed and won't come back.",
    'This offer is not applicable on credit card payments.',
    'We can only offer a voucher.',
    'Sorry, no.',
    'Not at the moment, no.',
    'You need to be 18 or over to open an account.',
  ],
  [
    "If it doesn't work with the new key, tell me and I'll check.",
    'Not yet, sorry. The engineers expect service back by 6 p.m.',
    "Don't worry, your data is safe.",
    "There's no need to reinstall, just restart the service.",
    'You need to be logged in to see the invoice tab.',
    "It doesn't matter which port you use.",
  ],
);

cases(
  'diagnoses, meanings, defaults, units, indicators, expected behaviour, limits in figures',
  'teach',
  [
    'The problem is that the master clock rate is set too high for USB 2.',
    'The reason is the browser cache.',
    'Overflows mean the host cannot keep up with the data rate.',
    'The default is 200 MS/s, which the B210 cannot stream over USB.',
    'That value is in milliseconds, not seconds.',
    'Timestamps are in UTC, so they look an hour off in summer.',
    'The CT sensor needs to clip around a single conductor, not the whole cable.',
    'If the LED blinks red, the sensor has lost its Wi-Fi connection.',
    'This is normal: the first reading after boot is always zero.',
    'The X310 has two daughterboard slots, each with its own LO.',
    'Try lowering the sample rate; USB 2 tops out around 8 MS/s.',
    'Each input is sampled 10 times per second and averaged.',
    'You are hitting the 2 GB file size limit of FAT32.',
    'I would recommend using a powered USB hub for the radio.',
    'In the config file, set max_sessions to 10.',
    'Fares are based on demand, so prices change during the day.',
    'The pending charge drops off within 3-5 business days.',
    'The app needs location access to show nearby stores.',
    'When you cancel, the remaining balance goes back to your wallet.',
  ],
  [
    'Your kind words mean the world to us!',
    "There's nothing built in, but that doesn't mean you can't script it.",
    'The issue is likely on our side, we are checking.',
    "That's normal.",
    'Thanks, we appreciate it.',
    'Replies are slower due to high volume right now.',
    "If you DM us, we'll check it for you.",
    'When you get a chance, please send us the order number.',
  ],
);

cases(
  'talking down: posting reprimands, rhetorical verdicts, back to school',
  'condescension',
  [
    'Please do not open multiple topics for the same request.',
    'Why would you want to do that?',
    'That makes no sense.',
    'Surely you know how to open a terminal.',
    'You should really learn the basics of Active Directory first.',
    'Read my answer again, more carefully this time.',
    'Please pay attention to what the error says.',
    "I'm not going to repeat myself.",
    "It's that simple.",
    'With all due respect, that is not how DNS works.',
  ],
  [
    "Why would the service stop after the update? Let's check the logs.",
    'Please read the release notes before upgrading, there is a breaking change.',
    'That makes sense, thanks for explaining.',
    'Please do not share your PIN with anyone.',
    'You might want to learn more about the Pro plan on our website.',
  ],
);

describe('evidence is the words of the structure, not a cut phrase', () => {
  it('a habit clause shows its subject and verb', () => {
    expect(evidence('teach', 'The app keeps the old password until you sign out.')).toMatch(/^The app keeps/);
  });
  it('a pointer gives no evidence because it is not teach', () => {
    expect(evidence('teach', 'Keep an eye on our changelog for the fix.')).toBeUndefined();
  });
});
