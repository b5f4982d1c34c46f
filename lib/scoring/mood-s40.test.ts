// Session 40 (mood): false alarms of customer_upset removed by structure. RULINGS U1: upset needs an affect marker —
// evaluative or accusing words about the company or service, emphatic punctuation on a complaint; a calm fault report
// is not upset. So a denied praise word that is a limit of use ("not useful when …", "not good for testing …"), a verb
// with its object ("not honoring the field") is no verdict; and marks
// inside a file path or a pasted sample announced by "looks like this:" are not the customer's voice (mood-voice.ts).
// The same words as a verdict on the service still flag. Every message here was written for these tests; none is a
// corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const upset = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood.upset;

describe('a denied praise word that states a limit of use or a verb with its object is calm', () => {
  it.each([
    'The cached values are only read at start-up, so they are not useful when the config file changes on disk.',
    'Polling is not helpful if the sensor goes to sleep between samples, so I switched to interrupts.',
    'The simulator is fine for the UI but is not good for testing with real network latency.',
    'It looks like the driver is not honoring the timeout set in the device tree on the new kernel.',
    'I read that the trial build is not supporting deployment to a real phone for now.',
    'The parser is not respecting the quoted commas in the second column.',
  ])('%s', (m) => expect(upset(m)).toBe(false));
});

describe('praise denied as a verdict on the service still flags', () => {
  it.each(['Not helpful customer service at all.', 'The new update is not good. Everything takes twice as long.', 'Support was not helpful, I am still locked out.'])('%s', (m) =>
    expect(upset(m)).toBe(true),
  );
});

describe('marks inside a file path or a pasted trace are not emphasis', () => {
  it.each([
    'Building works. When I start the debugger it cannot load D:\\!!work\\proj\\Debug\\proj.out, any idea why?',
    'The project lives in /home/me/!!old/build/out and the linker cannot find it, any idea?',
    'The UART capture looks like this:\n\n\tRX ??\n\tRX !!Frame Error!!(Overrun)\n\nAfter that the port stops sending interrupts.',
  ])('%s', (m) => expect(upset(m)).toBe(false));
});

describe('marks on a complaint in the customer\'s own words still flag', () => {
  it.each(['Your app charged me twice again!! Refund me now!!', 'Third time I am writing about this and still no answer??'])('%s', (m) =>
    expect(upset(m)).toBe(true),
  );
});

describe('the charge of a penalty laid on the customer is the company\'s word, not an accusation', () => {
  it.each([
    'My account got banned last week for cheating, but I only played offline. Can you check it?',
    'I was muted for 24 hours for an offensive nickname. Which part of the nickname was the problem?',
    'The form says my account was locked after I was accused of lying about my age. How do I send proof of it?',
  ])('%s', (m) => expect(upset(m)).toBe(false));
  it.each(['You banned me for nothing, this whole ban is a scam!', 'Banned for cheating when I never cheated. You are liars.'])('%s', (m) =>
    expect(upset(m)).toBe(true),
  );
});
