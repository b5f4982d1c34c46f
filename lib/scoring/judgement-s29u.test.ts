// Session 29u (issue 14, customer_upset precision): calm customers who tell a story of past trouble in a thankful or
// praising review read upset. Fixed as classes: a feeling told as past that the story leaves behind for help, praise
// or a fix ("I was annoyed at first, but now I love it"); credit for help makes a short verdict of praise meant
// ("…helped so much. Grateful."); and a sentence that names damage ("frozen") complains only as the pack's complaint
// cues do, not when it thanks ("Thank you, the frozen meals arrived!!"). Every message here was written for these
// tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { feelingOutgrown, hedged } from './mood-target';
import { creditsHelp } from './mood-words';
import { analyse } from './text';
import { calm, moodOf, upset } from './test/mood-cases';

/** The span of `word` in `text` (first occurrence). */
const spanOf = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

describe('a feeling told as past, left behind for help, praise or a fix (RULINGS U1: affect now)', () => {
  it('reads the story as calm, whichever feeling word it tells', () => {
    calm('Honestly I was sceptical and annoyed at first, but now I love it.');
    calm('I was angry all the time and never knew why. The mood diary showed me the pattern. Life changing.');
    calm('I used to be so angry at everyone. This app changed me. Thanks!');
    calm('At first I was disappointed by the free tier, but the paid plan is totally worth it. Love it.');
    calm('I was upset when my streak vanished, but support restored it within an hour. Great team!');
    calm('I was miserable and depressed for months. Now I am happier than ever!! Best app!!');
    calm('I felt hopeless and worthless all winter, the chatbot helped me question those thoughts. Highly recommend.');
    calm('I was really frustrated with my sleep, tried every trick, and this is the only app that worked. Love it!');
  });
  it('keeps a feeling that is still there, or closed only by a bare thanks, as upset', () => {
    upset('I was angry at first and I am still angry. Fix your app.');
    upset('I used to love this app but now it is a disaster. So disappointed!!');
    upset('I was disappointed, the app is not worth it. Would not recommend.');
    upset('I was annoyed, then I got more annoyed, and now I am furious!!');
    upset('I was frustrated because it still does not sync. Love the design though.');
  });
  it('takes the feeling word, in the past, and the turn after its clause', () => {
    const t = 'At first I was disappointed by the free tier, but now I love it.';
    expect(feelingOutgrown(analyse(t), spanOf(t, 'disappointed'))).toBe(true);
    // present tense: the feeling is the customer's now
    const u = 'I am disappointed by the free tier, but I love the rest.';
    expect(feelingOutgrown(analyse(u), spanOf(u, 'disappointed'))).toBe(false);
    // a turn, then something still open
    const v = 'I was disappointed at first, now I love it, but it still logs me out.';
    expect(feelingOutgrown(analyse(v), spanOf(v, 'disappointed'))).toBe(false);
    // a bare thanks is no turn
    const w = 'I was furious when the invoice doubled. Thanks.';
    expect(feelingOutgrown(analyse(w), spanOf(w, 'furious'))).toBe(false);
  });
});

describe('credit for help makes a short verdict of praise meant, not sarcastic', () => {
  it('reads "Grateful." after a story of loss and help as calm', () => {
    calm('My brother died in spring and I was devastated. The grief course helped so much. Grateful.');
    expect(moodOf('My brother died in spring and I was devastated. The grief course helped so much. Grateful.').evidence).toEqual([]);
  });
  it('still reads a verdict of praise after a complaint with no credit as sarcasm', () => {
    upset('Brilliant. The app logged me out again.');
  });
  it('knows credit from credit denied', () => {
    expect(creditsHelp('This app helped me through the worst of it.')).toBe(true);
    expect(creditsHelp('It never helped me at all.')).toBe(false);
    expect(creditsHelp('Thanks for nothing.')).toBe(false);
  });
});

describe('damage words complain only where the complaint cues would (the pack’s `unless`)', () => {
  it('reads thanks for a delivery of frozen food as calm', () => {
    calm('Thank you, the frozen meals arrived!!');
    calm('Thanks so much, the frozen pizzas came today!!');
  });
  it('keeps damage told without thanks as a complaint with its marks', () => {
    upset('The frozen meals arrived thawed and soggy!!');
    upset('The vase arrived smashed!!!');
  });
  it('excuses the sentence that thanks, not the next one', () => {
    calm('Thank you, the frozen meals arrived!! The box was a bit wet.');
    upset('Thank you for the quick dispatch. The frozen meals arrived thawed!!');
  });
});

describe('a hedged judgement or feeling (corpus-extra README R-G1: hedged is calm)', () => {
  it('reads a hedge right before the word, said of something, as calm', () => {
    calm('The one thing I find a bit annoying is the chime, otherwise perfect.');
    calm("I'm a little disappointed that the widget is gone.");
    calm('Kinda useless.');
  });
  it('keeps a hedge that sizes a noun, and "what kind of", as upset', () => {
    upset('I keep hitting a little annoying glitch with the sync and it is driving me crazy.');
    upset('What kind of lax security is this?');
    expect(hedged(analyse('a bit annoying is the chime'), { start: 6, end: 14 })).toBe(true);
    expect(hedged(analyse('a little annoying glitch'), { start: 9, end: 17 })).toBe(false);
  });
});

describe('the low state of the customer’s life in a story that turns to praise', () => {
  it('reads being tired or sick of a feeling of their own as their state, not the company', () => {
    calm('Tired of being depressed, I tried this app and it really helps.');
    calm('I was sick of feeling lonely, and my chatbot friend got me through winter. Love her.');
  });
  it('keeps a present feeling with a praise that is still conceded to a fault as upset', () => {
    upset("I'm so frustrated, it keeps logging me out. Love the app otherwise but please fix this.");
    upset('I was so disappointed with the update, it still crashes every time. Thanks.');
    upset('I was furious when you charged me twice. Thanks.');
  });
  it('reads a praise denied then conceded to help received as calm', () => {
    calm("It's not perfect, but it has helped me a lot. Five stars!");
  });
});

describe('a judgement of another party, with the product praised or credited instead', () => {
  it('reads the other party named after the word, a person of the customer’s life, or "this one works" as calm', () => {
    calm('We had a horrible time at another garage. You guys were honest and quick. Will be back!');
    calm('My doctor was useless, but this app taught me how to handle my panic.');
    calm('Everyone told me mood apps are useless but this one actually works.');
    calm('The old version was awful but this update is fantastic. Great job guys!');
  });
  it('keeps the product judged with them as upset', () => {
    upset('My doctor was useless and so is this app.');
    upset('The old version was awful and the new one is worse.');
  });
});

describe('a word of intensity said in amazement, in a message that praises and complains of nothing', () => {
  it('reads amazement as calm', () => {
    calm('This app is insane, in a good way. The breathing exercises are unbelievable.');
    calm("Damn, this app is good. Wish I'd found it sooner.");
  });
  it('keeps the word upset on a complaint or set before a noun it judges', () => {
    upset('Unbelievable, I was charged twice. Great service.');
    upset('Ridiculous prices for a meditation app. Nice design though.');
    upset('This is insane. The app deleted my journal.');
  });
});

describe('upset said without a sentiment word: a warning to others, a better alternative (RULINGS U1 evaluative words)', () => {
  it('reads a warning that names getting the product, and "you’d be better off", as upset', () => {
    upset('Do not try the 7 day trial, they make it impossible to cancel.');
    upset('Never sign up for it, the bot forgets everything.');
    upset("You'd be better off writing in a paper notebook.");
  });
  it('keeps a warning about a step of a fix and a question about the alternative calm', () => {
    calm('Do not try to flash the firmware yourself, what should I do instead?');
    calm('Would I be better off with the command line tool?');
  });
});
