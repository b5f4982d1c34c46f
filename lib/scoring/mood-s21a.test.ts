// Session 21a (issue 10/14, customer_hurry): gaps from session 20's review, fixed by structure —
// capitals "NOW" inside a name or a quote, a hurried subject after the customer says it is solved, and a
// line-start "[Urgent]" tag that was blanked as a log stamp (mood-hurry.ts, customer.ts, mood-voice.ts).
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { customerVoice } from './mood-voice';
import { hurried, moodOf, unhurried } from './test/mood-cases';

describe('NOW in capitals inside a name or a quote is no hurry', () => {
  it('reads a product name as a name', () => {
    unhurried('My NOW TV box shows a black screen on every channel. Can you help?');
    unhurried('NOW TV app keeps buffering on my Samsung.');
    unhurried('Which NOW Entertainment pass includes the film channels?');
    unhurried('I renewed the NOW membership but the app still says expired.');
  });
  it('reads a quoted NOW as a label', () => {
    unhurried('The "NOW" button on the remote does nothing when I press it.');
  });
  it('still reads the customer\'s own NOW, also after a name', () => {
    hurried('The till is frozen, we need help NOW.');
    hurried('FIX IT NOW PLEASE, the shop is full of people.');
    hurried('My NOW TV box is dead and the match starts soon, I need it working NOW.');
  });
});

describe('a hurried subject is over once the customer says it is solved', () => {
  const scorer = createScorer();
  const moodWith = (customerMessage: string, subject: string) => scorer.score('Glad to hear it.', { customerMessage, subject }).mood;
  it('drops the subject\'s URGENT after a confirmed fix', () => {
    expect(moodWith('Never mind, it works now. Thanks!', 'URGENT: cannot log in')).toMatchObject({ hurry: false });
    expect(moodWith('All sorted now, the label printer is working again. Thank you!', 'URGENT - label printer down')).toMatchObject({ hurry: false });
  });
  it('keeps it while the problem is still open', () => {
    expect(moodWith('The export button does nothing.', 'URGENT: export broken')).toMatchObject({ hurry: true });
    expect(moodWith('It works now, but only on the office wifi.', 'URGENT: VPN down')).toMatchObject({ hurry: true });
  });
  it('drops the hurry of an earlier chaser too', () => {
    const thread = [
      { role: 'customer' as const, text: 'This is the third time I am asking about the broken scanner.' },
      { role: 'agent' as const, text: 'Sorry, I have reset the scanner service.' },
      { role: 'customer' as const, text: 'That did the trick, the scanner is working again. Thanks!' },
    ];
    const m = scorer.score('Glad to hear it.', { customerMessage: thread[2]!.text, thread }).mood;
    expect(m).toMatchObject({ hurry: false });
  });
});

describe('a line-start bracket that asks for speed is the customer\'s, not a log stamp', () => {
  it('reads [Urgent] and [URGENT] at the start of a line', () => {
    hurried('[Urgent] cannot print invoices, the auditors need them today.');
    hurried('Hello,\n[URGENT] payroll export fails and we must pay staff by tonight.');
    expect(moodOf('[Urgent] Card declined at the checkout').evidence).toContain('Urgent');
  });
  it('still blanks a program\'s stamps', () => {
    expect(customerVoice('[INFO] urgent queue flushed').trim()).toBe('');
    expect(customerVoice('[2026-12-03 10:00] job failed asap retry').trim()).toBe('');
    unhurried('The service log has these lines:\n[kernel] task blocked for more than 120 seconds\n[kernel] urgent data dropped\nIs that a disk fault?');
  });
});

describe('business impact now, a wait told too long, an event tomorrow, chasing: hurry (pack cues)', () => {
  it('reads the customer\'s production or shop down and the people who depend on them blocked', () => {
    hurried('Our production server is down and nothing loads for anyone.');
    hurried('The tills are fine but our checkout is offline since the update.');
    hurried('Our cashiers cannot log in to the registers.');
    hurried('We can\'t take any orders on the web shop.');
  });
  it('keeps a question, a condition or an incident that is over unhurried', () => {
    unhurried('Is our production server down, or is it my connection?');
    unhurried('If our website is down, who do I call?');
    unhurried('Our website was down last week, can you tell me why?');
  });
  it('reads a wait said to be too long', () => {
    hurried('I have waited far too long for this replacement card.');
    hurried('We have been waiting long enough for the engineer.');
  });
  it('reads a near time beside an event the customer must be ready for', () => {
    hurried('The training is tomorrow and I still cannot open the course materials.');
  });
  it('reads contact that is not being answered and several requests unanswered', () => {
    hurried('You are not responding to my emails about the missing parcel.');
    hurried('I have sent three emails about the invoice and had no reply.');
    unhurried('We had raised two tickets last year and both were solved quickly, thank you.');
  });
});

describe('a customer who writes again with no reply between is chasing: hurry (thread)', () => {
  const scorer = createScorer();
  const read = (turns: { role: 'customer' | 'agent'; text: string }[]) =>
    scorer.score('Thanks, I am on it.', { customerMessage: turns[turns.length - 1]!.text, thread: turns }).mood;
  it('reads a chaser after an unanswered message', () => {
    expect(read([
      { role: 'customer', text: 'The shared calendar does not show the room bookings.' },
      { role: 'customer', text: 'Hello? Is anyone looking at this?' },
    ])).toMatchObject({ hurry: true });
    expect(read([
      { role: 'customer', text: 'Mein Drucker druckt nur leere Seiten.' },
      { role: 'customer', text: 'Gibt es schon Neuigkeiten?' },
    ])).toMatchObject({ hurry: true });
    expect(read([
      { role: 'customer', text: 'The shared calendar does not show the room bookings.' },
      { role: 'customer', text: 'Still waiting on this one.' },
    ])).toMatchObject({ hurry: true });
  });
  it('keeps a follow-up that only adds a detail, and a reply between, unhurried', () => {
    expect(read([
      { role: 'customer', text: 'The shared calendar does not show the room bookings.' },
      { role: 'customer', text: 'I forgot to say: it is the calendar for the second floor.' },
    ])).toMatchObject({ hurry: false });
    // a new question or a "still" about the problem itself adds to the first message; it does not chase
    expect(read([
      { role: 'customer', text: 'The shared calendar does not show the room bookings.' },
      { role: 'customer', text: 'Oh, and which licence do the room displays need?' },
    ])).toMatchObject({ hurry: false });
    expect(read([
      { role: 'customer', text: 'The shared calendar does not show the room bookings.' },
      { role: 'customer', text: 'It still shows last week for the other rooms, if that helps.' },
    ])).toMatchObject({ hurry: false });
    expect(read([
      { role: 'customer', text: 'Mein Drucker druckt nur leere Seiten.' },
      { role: 'customer', text: 'Noch eine Frage: brauche ich neuen Toner?' },
    ])).toMatchObject({ hurry: false });
    expect(read([
      { role: 'customer', text: 'The shared calendar does not show the room bookings.' },
      { role: 'agent', text: 'Could you tell me which floor?' },
      { role: 'customer', text: 'Second floor. Does that help?' },
    ])).toMatchObject({ hurry: false });
  });
});
