// Session 25 (mood2): who a word of upset is about (mood-target.ts). RULINGS U1 counts evaluative words about
// the company or the service and the customer's anger or distress; a strong word that describes a symptom — a
// part or a link as it behaves, the customer's health or days, a feeling as the case the product is used for,
// a low state in a story of help received — is no grievance. The same words aimed at the company, its product
// or its people still flag. Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const upset = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood.upset;

describe('a part, a device or a link described as it behaves is a fault report, not upset', () => {
  it.each([
    'The connection is unreliable since Tuesday, it drops every hour or so.',
    'The fan is screaming as soon as I open a second browser window.',
    'The battery drains terribly fast after the last firmware.',
    'The screen flickers horribly when the brightness is below 30%.',
    'The printer makes a horrible grinding noise when it pulls the paper.',
    'The sound is awful through the headphones but fine on the speakers.',
    'The fan on my laptop keeps screaming under load.',
  ])('%s', (m) => expect(upset(m)).toBe(false));
});

describe("the customer's body, health or days, and a feeling as the case the product serves, are not upset", () => {
  it.each([
    'My anxiety is terrible at night, so I use the sleep stories a lot.',
    'I have terrible insomnia and the sleep stories are the only thing that works.',
    'I struggle with horrible panic attacks and this app is a lifesaver.',
    'Had a terrible week, the meditations calmed me down.',
    'Some days are awful, but this app helps me through them.',
    'When I am frustrated or angry, the breathing exercises help me calm down.',
    'Great app for when you feel sad or lonely.',
  ])('%s', (m) => expect(upset(m)).toBe(false));
});

describe('a low state told in a story of help received is not upset', () => {
  it.each([
    'I was feeling awful after my divorce, Woebot helped me a lot.',
    'I lost my mother last year and was devastated. This app got me through.',
    'I was so upset and heartbroken after the breakup, this app was there for me.',
    'I get so irritated by small things, this app taught me to pause.',
  ])('%s', (m) => expect(upset(m)).toBe(false));
});

describe('the same words aimed at the company, its product or its people still flag', () => {
  it.each([
    'Your service is unreliable.',
    'Your connection is unreliable and nobody fixes it.',
    'The app is terrible since the update.',
    'Your support is terrible.',
    'Horrible experience with your billing team.',
    "I'm sick of this.",
    'This is ridiculous.',
    'The manager was screaming at me in the store.',
    // a feeling with the company as its cause, or help denied or lost
    'I was so frustrated with your app, it crashed every day. Thanks for nothing.',
    "I'm frustrated, the app keeps crashing and support never helped me.",
    "Honestly I'm disappointed. It used to help me a lot but now it's all paywalled.",
    "I'm so angry. I paid for a year and you locked me out.",
  ])('%s', (m) => expect(upset(m)).toBe(true));
});
