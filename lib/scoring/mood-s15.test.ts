// Session 15 structures for the customer's mood (issues 10 and 14), each with calm near-misses.
// Every sentence here was written for the structure; none is a corpus row.
import { describe, it } from 'vitest';
import { calm, hurried, unhurried, upset } from './test/mood-cases';

describe('hurry: the customer\'s money stuck or held (RULINGS H1 "a need blocked right now", R-U1)', () => {
  it('their own money, payment or refund told as stuck, held or not credited', () => {
    hurried('My money is stuck in the wallet and the support chat just loops.');
    hurried('Paid the electricity bill from the app, the amount is still not credited to the board.');
    hurried('Payment stuck at processing, the shop would not let me leave with the groceries.');
    hurried('Our salary has been on hold because of your KYC check.');
  });
  it('a warning in a condition, or a question about what could happen, stays calm', () => {
    unhurried('If you top up the wallet without a linked bank, your money is stuck there, so link one first.');
    unhurried('What if my payment is pending on the due date?');
    unhurried('The payment screen looks cleaner after the update.');
  });
});

describe('upset: leaving for a competitor names what is left', () => {
  it('switching to another bank, provider or app is the customer leaving', () => {
    upset('That settles it, I am switching to another bank.');
    upset('Moving to a different provider as soon as my contract ends.');
  });
  it('moving to another machine, server or branch is no leaving', () => {
    calm('We are moving to another server next week, will the licence move with it?');
    calm('After I switch to a different branch the build picks up the old config.');
  });
});

describe('hurry: "they don\'t reply" needs a duration, a repeat or "still" (RULINGS H1)', () => {
  it('an unanswered request with a time or a repeat is an overdue wait', () => {
    hurried('Your support does not reply to my emails for 5 days now.');
    hurried('I wrote three times and they still don\'t answer.');
  });
  it('one unanswered request told without a time stays calm', () => {
    unhurried('The shop does not reply to my email about the invoice address, can you update it?');
  });
});

describe('upset: "oh wait" is sarcasm only on a complaint', () => {
  it('"oh wait" on what went wrong again mocks the company', () => {
    upset('Support promised a callback on Monday. Oh wait, nobody called again.');
  });
  it('"oh wait" correcting oneself stays calm', () => {
    calm('The export button is missing. Oh wait, found it under the menu, sorry.');
  });
});

describe('hurry: the customer\'s own money held or demanded back (R-L2, H1 a need blocked now)', () => {
  it('moving or spending the money they added is blocked', () => {
    hurried('I loaded 2000 into the card last night and now I am unable to use that money anywhere.');
    hurried('The app will not let me... I cannot transfer my balance to the bank.');
  });
  it('their money demanded back', () => {
    hurried('The recharge failed twice. Kindly refund my money.');
    hurried('Please send it back to my bank account, the order never went through.');
  });
  it('a failing function, or a question about how refunds work, stays calm', () => {
    unhurried('Is there a way to transfer the balance to another card?');
    unhurried('How can I get my money back if I cancel the plan next year?');
  });
});

describe('upset: a pile of exclamation marks on a complaint (RULINGS U1: emphatic punctuation)', () => {
  it('three or more "!" where the sentence reads negative or the message complains', () => {
    upset('Forty minutes in the queue and the coffee was cold and bitter!!!');
    upset('The shop was closed again at noon. Put your real opening hours on the website!!!!');
  });
  it('not on praise, not in a message of relief or thanks', () => {
    calm('Best pizza in town!!!');
    calm('It works again after the reset, thank you so much!!!');
    calm('Can you add a dark mode to the app!!!');
  });
});
