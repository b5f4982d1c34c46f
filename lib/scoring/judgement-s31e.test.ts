// Session 31 (judge-e): condescension in forms written from LABELING.md ("lecturing or talking down") and
// RULINGS.md CON1, each set against near-misses that say the same words neutrally; and the broad cues
// ("obviously", "as I mentioned", "as mentioned in the docs", "it's just a…") narrowed to where they talk down.
// Sentences written for these tests, not corpus rows.
// 1. Review fix (tester): kind sentences that share words with a reproach — sympathy ("sorry you have to put up
// with this"), what happened to them ("run into"), "you're wrong" denied, covered = paid, the customer's own
// evidence agreed with, security advice — read as talking down; the pack now excepts each shape, the reproaches stay.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import { createScorer } from './index';
import { signalCases } from './test/signal-cases';

const scorer = createScorer();
/** The default pack's rules that set condescension. */
const talkDownRules = new Set(DEFAULT_PACK.rules.filter((r) => 'signal' in r && r.signal === 'condescension').map((r) => r.id));
/** The words each talking-down finding objects to, with its rule id. */
const talkDown = (text: string, customerMessage?: string) =>
  scorer
    .score(text, customerMessage ? { customerMessage } : {})
    .findings.filter((f) => talkDownRules.has(f.ruleId))
    .map((f) => `${f.ruleId}: ${(f.actual ?? '').toLowerCase()}`);

signalCases(
  'the repeat reproached without "as I said"; a recap that says where, or an answer given by someone else, is not',
  'condescension',
  [
    'As stated, the refund window closed on the 3rd.',
    'Per my last email, the invoice is attached again.',
    'You have already been told the price.',
    "You've been told this several times already.",
    'This has already been answered above.',
    "I don't know what else to tell you.",
    "I'm not sure what else to tell you at this point.",
  ],
  [
    'As stated in our email, your plan renews on the 1st.',
    'As per my last email, the technician comes on Friday.',
    "You've already been refunded, it should show in 3 days.",
    'Your question has been answered by our billing team by email.',
    "I'm not sure what else could be causing it; can you send the log?",
  ],
);

signalCases(
  "their diligence doubted; a missed email resent, or the customer's account described, is not",
  'condescension',
  [
    "It's in the FAQ, which you'd have seen if you had looked.",
    'You failed to read the terms you agreed to.',
    "Clearly you haven't checked the settings page.",
    "Apparently you don't understand how the billing cycle works.",
    "Can't you read? The price is on the front page.",
    'You seem to think the warranty covers water damage.',
    "You're simply wrong about the renewal date.",
    "You should've read the description before buying.",
    "You shouldn't have deleted the folder without a backup.",
    'This was clearly stated on the order page.',
  ],
  [
    "Apparently you didn't receive our email, so I've sent it again.",
    'Can you read me the serial number on the label?',
    'You seem to have two accounts with the same email.',
    "You're not wrong, the label is misleading.",
    "You shouldn't have been charged twice; I've refunded it.",
    "You shouldn't have to do that every time.",
    'This was clearly our mistake, and I am sorry.',
  ],
);

signalCases(
  'a rhetorical question aimed at the customer; a real question about their plans or the fault is not',
  'condescension',
  [
    'Why would you expect a free plan to include phone support?',
    'How is that our fault? You entered the wrong address.',
    'What more do you want from us?',
    "I'm not sure why you would think that's our responsibility.",
    'Not our problem, take it up with your bank.',
  ],
  [
    'Why would you need the old version? Just curious, it helps us plan.',
    'How is the new router working for you?',
    'What else would you like us to check?',
    'Why do you think it stopped? Did anything change that day?',
    "It's not a problem on our side, the servers are up.",
  ],
);

signalCases(
  'sarcasm; the same words meant kindly are not',
  'condescension',
  [
    'Good luck with that.',
    'Nice try, but the coupon expired last year.',
    'Welcome to the real world, prices go up.',
    'Funny how you only complain after the trial ends.',
    'The clue is in the name: it only works offline.',
  ],
  [
    'Good luck with the exam tomorrow!',
    'Good luck with that project, and let us know how it goes!',
    'Welcome to the forum, and thanks for the detailed report!',
    "Funny how these things happen on a Monday! I've reset it for you.",
  ],
);

signalCases(
  "a lesson for next time on the customer's diligence; what they will see, or what we will do next time, is not",
  'condescension',
  ['You should always back up your files before an upgrade.', 'Next time, read the listing before you order.', 'Let this be a lesson to keep your receipts.'],
  [
    'You should always receive a confirmation email within minutes.',
    'You should always see a green tick after saving.',
    'Next time you log in, you will see the new menu.',
    "Next time, I'll send the tracking link straight away.",
    'Let this email serve as confirmation of your refund.',
  ],
);

signalCases(
  'their choice or ability thrown back at them; a plain statement of their options is not',
  'condescension',
  [
    'Nobody forced you to buy the annual plan.',
    'That was your choice, and the fee applies.',
    'You were warned about this twice.',
    "You'll just have to live with it.",
    'Tough luck, the sale is over.',
    'Any child could set this up in five minutes.',
    'Let me spell it out for you: no receipt, no refund.',
    'Google is your friend.',
  ],
  [
    "It's your decision whether to upgrade now or later.",
    'You were warned by email that your card was about to expire, so nothing is lost.',
    "You'll have to accept the invite from the email we sent.",
    'Let me spell it out: Alpha, Bravo, Seven.',
    'Any customer can request a copy of their data.',
    'No one made a mistake here, the payment is simply pending.',
  ],
);

signalCases(
  '"obviously" framing what the customer is told; inside a sentence it is our inference about a thing',
  'condescension',
  ["Obviously it won't charge with that cable.", 'Hi Dana, obviously the card has to be activated first.', "It's written on the box, which is obviously stated in the listing."],
  [
    "We can't reproduce it, yet it obviously exists.",
    'The patch obviously needs more testing before it goes in.',
    'This is obviously not the experience we want you to have.',
    "Obviously we'd love to have you back.",
    "Obviously, that's not the experience we want you to have.",
  ],
);

signalCases(
  '"as I said / as I explained" reproaches; a bare "as I mentioned", a recap with where, or our own promise recapped does not',
  'condescension',
  ['Like I said, the router has to be reset first.', 'As we have told you, the warranty ended in May.'],
  [
    'As I mentioned, the patch is in the next release.',
    'As we have mentioned in our previous email, the part is on order.',
    'As I said, I am sorry this happened.',
    "Like I said, we'll call you tomorrow morning.",
    "As I explained on the call, I've credited your account.",
  ],
);

signalCases(
  'pointers that teach are not reproaches: "as mentioned in the docs", "as the name suggests", "it\'s in the FAQ, here is the link"',
  'condescension',
  ['As stated in the terms you agreed to, the fee stays.', "It's all in the docs already."],
  [
    'As mentioned in the docs, the limit is 5 GB per file.',
    'As the name suggests, Quick Backup copies only changed files.',
    "It's in the FAQ, here is the link.",
    'The receipt clearly shows you were charged twice, so I have refunded one.',
    'You might want to read up on the export options in our guide.',
    "You'll need to get familiar with the new dashboard, and I'm happy to walk you through it.",
  ],
);

describe('just-do-it to an upset customer: the step made small, not the situation played down', () => {
  const upset = "This is ridiculous!! I've been locked out for two days and nobody helps.";
  it('flags "it\'s just a setting" and "just click"', () => {
    expect(talkDown("It's just a setting, click Unlock.", upset)).toEqual(["just-do-it: it's just a"]);
    expect(talkDown("Just click Reset and you're done.", upset)).toEqual(['just-do-it: just click']);
  });
  it('leaves a reassurance and a small fee alone', () => {
    expect(talkDown("I'm so sorry. It's just a temporary glitch on our side, and it's fixed now.", upset)).toEqual([]);
    expect(talkDown("I'm sorry for the trouble. This is simply a precaution after several failed logins.", upset)).toEqual([]);
    expect(talkDown("It's only a small fee, and I've waived it for you.", upset)).toEqual([]);
  });
});

describe('the finding points at the reproach itself', () => {
  it('names the words of each class', () => {
    expect(talkDown("Can't you read? The price is on the front page.")).toEqual(["condescension-reproach: can't you read"]);
    expect(talkDown('Per my last email, the invoice is attached again.')).toEqual(['condescension-reproach: per my last email']);
    expect(talkDown("Obviously it won't charge with that cable.")).toEqual(['obviously-start: obviously']);
  });
});

signalCases(
  'sympathy with what they have to bear, and what happened to them, are not reproaches; the order to bear it and the blame are',
  'condescension',
  [
    "You'll just have to live with it.",
    'Unfortunately, you have to put up with this.',
    "You shouldn't have deleted the folder.",
    "You shouldn't have run the update without a backup.",
  ],
  [
    "I'm so sorry you have to put up with this.",
    "It's not fair that you have to put up with this.",
    'I hate that you have to put up with this on a busy day.',
    "It's a shame you had to put up with this for a week.",
    "I'm sorry to hear you have to live with that noise until the part arrives.",
    "You shouldn't have run into this at all.",
    "You shouldn't have run into that error, and I've fixed it.",
    "Honestly, you shouldn't have run into this error in the first place.",
    "You shouldn't have run up against that limit on your plan.",
  ],
);

signalCases(
  '"you\'re wrong" said is a reproach; denied ("I don\'t think you\'re wrong", "nobody is saying…") it agrees',
  'condescension',
  ["You're wrong.", "You're simply wrong about the price."],
  [
    "I don't think you're wrong here.",
    "I don't believe you're wrong at all.",
    "Nobody is saying you're wrong.",
    "I don't think you're wrong about the delivery date.",
    "I wouldn't say you're wrong at all; the page is confusing.",
    "I'm not saying you're wrong, the label really is misleading.",
    "It's not that you're wrong, the tracking page simply hadn't updated.",
  ],
);

signalCases(
  'covered = paid for ("already been covered by your warranty") is good news, not a question already answered',
  'condescension',
  ['This has already been answered above.', 'It has already been covered in the FAQ.'],
  [
    "Don't worry, it has already been covered by your warranty.",
    'The replacement has already been covered under your extended warranty.',
    'Your second visit has already been covered as part of the service plan.',
    'The fee has already been covered in full by our team.',
  ],
);

signalCases(
  '"clearly shown" in the customer\'s own screenshot agrees with them; in our terms or on our page it points back at them',
  'condescension',
  [
    'As clearly stated in our terms, refunds take 14 days.',
    'This was clearly stated on the order page.',
    'As clearly shown on the product page, it ships in two weeks.',
    'As clearly stated in your contract, the fee is non-refundable.',
  ],
  [
    "As clearly shown in your screenshot, you were charged twice, so I've refunded one charge.",
    'The double charge, which is clearly shown in the screenshot you sent, has been refunded.',
    'As clearly shown on your statement, the payment went through twice.',
    'As clearly described in your message, the screen flickers on startup.',
    'As clearly shown in your photo, the box arrived crushed.',
    "The fault is clearly visible in the video you sent, so I've booked a replacement.",
    'As clearly stated in your email, you cancelled before the renewal date.',
    'The error is clearly shown in the log you attached, and it points to our server.',
  ],
);

signalCases(
  'security advice on a sender, link or caller is not a lesson on their diligence; "always read the terms" is',
  'condescension',
  [
    'You should always read the terms before buying.',
    'You should always back up your files.',
    'You should always check your spam folder before writing to us.',
  ],
  [
    'You should always check the sender address before clicking a link.',
    'You should always check that links go to our domain before signing in.',
    'You should always verify the URL before you enter your card details.',
    "You should always check the sender's address before opening an attachment.",
    'Please check the sender address before opening an attachment.',
    "You should never click a link unless you've checked the domain.",
    'You should always verify the caller before giving out any details.',
    'You should always double-check the link goes to our site before you log in.',
  ],
);
