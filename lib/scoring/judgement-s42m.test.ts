// Session 42 (mood): customer mood read from two more structures.
// - Upset (RULINGS U1 "evaluative or accusing words about the company or service"; R-G1 an unhedged judgement): an
//   evaluative word right before a noun that names the company's own work — its design, development, execution,
//   policy, communication, routing (mood-words.ts WORK_NOUNS) — judges what the company made, as "worst app"
//   judges the app. Only before the noun, where an adjective stands (sentence start, after a mark, a determiner or a
//   degree word); not litotes ("not a bad design"), a verb before its object ("hurt the game performance"), or the
//   tail of a name ("the fail2ban system").
// - Hurry (RULINGS H1 "repeated unanswered requests", a wait with its length): a request said to have gone unanswered,
//   with a repeat or a time since in the same sentence. Not one unanswered request with neither, and not a machine
//   that gives no response.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('an unhedged judgement of the company\'s own work is upset', () => {
  it.each([
    'Terrible design, the buttons on the booking screen are tiny.',
    'Nice idea, awful development. Nothing has improved in two years.',
    'Very poor execution by the new team, the menu is only in one language.',
    'Lousy routing system. My courier went across town and back.',
  ])('%s', (m) => expect(mood(m).upset).toBe(true));
});

describe('litotes, a verb before its object, a name or a bisect\'s "bad version" stay calm', () => {
  it.each([
    'Not a bad design at all, I only wonder where the export option went.',
    'Please keep the old option, the new default could hurt the game performance on older laptops.',
    'Can the login failures be sent to the fail2ban system somehow?',
    'It stutters on a poor system with 4 GB of memory, is that expected?',
    'The last good build is 4.2 and the bad version is 4.3, the commit between them changes the scheduler.',
  ])('%s', (m) => expect(mood(m).upset).toBe(false));
});

describe('a request gone unanswered with a repeat or a time since is hurry', () => {
  it.each([
    'I reported this on the mailing list last month but nobody reacted, so I am trying again here.',
    'I posted the question twice already and got no answer.',
    'I emailed the billing team a week ago and never heard back.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});

describe('one unanswered request, or a machine that does not answer, is no hurry', () => {
  it.each([
    'I sent one email to the shop and got no reply, is there a phone number?',
    'I pinged the board again and got no response from it.',
    'Nobody answered my question on the forum, maybe it was unclear.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});
