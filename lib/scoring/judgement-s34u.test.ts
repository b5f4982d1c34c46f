// Session 34 (mood): the four open readings of the brief, decided by RULINGS H1 and U1. Every message here was
// written for these tests; none is a corpus row.
// 1. (fix-mood, review) our pipeline/CI down or blocked until the thing the company fixes works is a block now (H1);
//    "I'm currently stuck on step 3" stays calm.
// 2. (fix-mood, review) "??" on a question whose only complaint word is "still" is eagerness, not upset (U1);
//    "Why is this still not fixed??" stays upset.
import { describe, expect, it } from 'vitest';
import { LEARNED_MAX_WORDS, learnedHurry, moodFeatures, moodProbability } from './mood-learned';
import { HURRY_MODEL } from './mood-learned-weights.generated';
import { customerVoice } from './mood-voice';
import { calm, hurried, moodOf, unhurried, upset } from './test/mood-cases';
import { analyse, countWords } from './text';

describe('H1 an explicit near time: a request to act today presses, asked or put politely', () => {
  it.each(['Can you fix this today?', 'It would be great if you could fix this today.', 'Could someone reset my password today please?', 'If you can sort it today that would be amazing.'])(
    '%s',
    (m) => hurried(m),
  );
  it('shows the near time as the evidence', () => expect(moodOf('Can you fix this today?').evidence).toContain('today'));
  it.each(['Can you check why it crashed yesterday?', 'The backup runs at 2 am every night, can you check the log?', 'It was fixed today, thanks!'])('%s', (m) => unhurried(m));
});

describe('H1 a need blocked by the wait: blocked or stuck until the company acts', () => {
  it.each(["We're blocked on the migration until you reply.", "I'm stuck until someone fixes the login.", 'Our team is blocked until this is resolved.', "I can't log in at all until you unlock my account."])('%s', (m) =>
    hurried(m),
  );
  it('the evidence runs from the block to the wait', () => expect(moodOf("We're blocked on the migration until you reply.").evidence.join(' ')).toMatch(/blocked.*until you reply/));
  it.each([
    // a step the customer cannot get past is a how-to, not time pressure ("stuck" needs the wait on the company)
    "I'm currently stuck on step 3 of the setup.",
    // a question about how a state lasts
    'Is the app down until you restart the server?',
    // over and told in the past
    'We were blocked until you replied, all good now.',
  ])('%s', (m) => unhurried(m));
});

describe('U1 doubled marks on a complaint are upset; on a plain question they are eagerness', () => {
  it.each(['Why is this still not fixed??', 'Why is this still not fixed!!'])('%s', (m) => upset(m));
  it.each(['Why is the export button grey??', 'Where do I find the export button??'])('%s', (m) => calm(m));
});

describe('a feeling word that opens a name in running text names a game or a film', () => {
  it.each(['Angry Birds crashes on start.', 'Furious 7 won\u2019t play on my TV.', 'I love Angry Birds but it crashes on start.', 'Mad Max keeps freezing after the intro.'])(
    '%s',
    (m) => calm(m),
  );
  it.each([
    // a heading in title case, or in sentence case with a preposition after the name
    'Terrible Customer Service',
    'Terrible Service from your airline. Nobody called me back.',
    // a word before a noun of the service judges it
    'Useless App keeps logging me out.',
    // the feeling itself
    'Angry customer here, nobody answers my emails.',
    'I am ANGRY Birds or not, fix the game!!',
  ])('%s', (m) => upset(m));
  it('the feeling outside the name still counts', () => expect(moodOf('Angry Birds crashes on start and I am furious.').upset).toBe(true));
});

describe('the learned hurry model reads messages up to LEARNED_MAX_WORDS only', () => {
  // a short message the model alone reads as hurried (no cue names its wait)
  const short = 'Sent money to my sister 2 days back, she has not received it yet, please help';
  // a long review of play: every word class the model knows occurs somewhere, none of it a wait on the company
  const filler = 'I have played this game for two years with my friends and we need better maps, the new patch is bad. ';
  const long = `${short}. ${filler.repeat(Math.ceil(LEARNED_MAX_WORDS / 20))}`;
  const view = (m: string) => analyse(customerVoice(m));

  it('a short message it reads as hurried stays hurried', () => {
    expect(learnedHurry(view(short))).toBeDefined();
    hurried(short);
  });
  it('in a long post the sum of word flags is no reading of this customer\u2019s time', () => {
    expect(countWords(view(long))).toBeGreaterThan(LEARNED_MAX_WORDS);
    expect(moodProbability(HURRY_MODEL, moodFeatures(view(long)).values)).toBeGreaterThanOrEqual(HURRY_MODEL.threshold);
    expect(learnedHurry(view(long))).toBeUndefined();
  });
  it('the cues still read a long message: a near time with a need in its clause', () => hurried(`${filler.repeat(20)} I need my account back today for work.`));
});

describe('fix-mood 1: our thing blocked until the fix on the company side works is a block now (H1)', () => {
  it.each(['Our pipeline is down until the API key works.', 'Our CI pipeline is blocked until the API key works.'])('%s', (m) => hurried(m));
  it.each(["I'm currently stuck on step 3.", "I'll keep trying until it works.", 'We were blocked until the key worked.'])('%s', (m) => unhurried(m));
});

describe('fix-mood 2: "??" needs a fault, a negation or a wait beside it (U1)', () => {
  it('Is the sale still on??', () => expect(moodOf('Is the sale still on??').upset).toBe(false));
  it('Why is this still not fixed??', () => upset('Why is this still not fixed??'));
});
