// Session 51 (judge-m, mood): customer_hurry and customer_upset.
// 1. The re-ping reader (lib/scoring/mood-reping.ts; RULINGS H1, "repeated unanswered requests") counts words as the
//    rest of the scorer does (lib/scoring/words.ts): punctuation marks and emoji standing apart are no words. A chat
//    message padded with "🙏" or "- - -" is still chat-sized, and a line of "?" and emoji typed twice is no re-asked
//    question of REPEAT_MIN_WORDS words.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { moodOf } from './test/mood-cases';

const hurry = (customerMessage: string) => moodOf(customerMessage).hurry;

const pad = (n: number, s: string) => Array.from({ length: n }, () => s).join(' ');

describe('re-ping: emoji and stray marks are not words', () => {
  it('a chat turn padded with emoji is still chat-sized', () => {
    const m = `How do I move my saved cards to the new wallet app? ${pad(95, '🙏')}\nanyone?`;
    expect(hurry(m)).toBe(true);
  });
  it('a line of marks and emoji typed twice has too few words to be a re-asked question', () => {
    const line = 'is it down 🙏 🙏 🙏 🙏 ?';
    expect(hurry(`${line}\n${line}`)).toBe(false);
  });
  it('a real question line typed twice still reads', () => {
    const line = 'Why does the export stop at the first thousand contacts every time ?';
    expect(hurry(`${line}\n${line}`)).toBe(true);
  });
  it('a long post that ends in a call is still its own tag, however it is spaced', () => {
    const m = `${pad(110, 'the importer stalls')} any idea?\nanyone?`;
    expect(hurry(m)).toBe(false);
  });
});

// 2. H1: "one unanswered email with no duration" is not hurry; R-U3: "one request 'still' unanswered with no duration
//    does not" count. Waiting for the answer to one question is calm by itself (packs/default.yaml mood_cues.hurry,
//    "still waiting"); something owed, a length of time, a count of contacts or a near need keeps the hurry.
describe('still waiting for one answer, with no duration, is calm', () => {
  it.each([
    'My plan renewed twice this month. Still waiting for an explanation of the second charge.',
    'still waiting for a response about the export format',
    "I've been waiting on your reply about whether the beta includes the calendar add-on.",
  ])('%s', (m) => expect(hurry(m)).toBe(false));
});

describe('a wait for something owed, or with a length, a count or a near need, stays hurry', () => {
  it.each([
    'I am still waiting for my replacement charger.',
    'Still waiting for a reply since Tuesday about the locked account.',
    'I have been waiting for an answer for nine days now.',
    'I am still waiting for a reply after four emails to your billing desk.',
    'Still waiting for an answer. It has been two weeks since I wrote.',
    'I am still waiting for a reply and I need the signed form tomorrow morning.',
    'The installer kept us waiting for a response all week.',
  ])('%s', (m) => expect(hurry(m)).toBe(true));
});

// 3. U1 evaluative words, R-G1 (a judgement of the service without a hedge is upset, also with no sentiment word): the
//    people of a service said to take an endless time ("the waiter took ages with the bill") judge the service — upset;
//    with no length it is no stated wait, so not hurry by itself (R-U2, R-G2). Not a program's or a job's slowness, not a
//    time the customer found worth it or thanks for (packs/default.yaml mood_cues.upset).
const upsetOf = (customerMessage: string) => moodOf(customerMessage).upset;

describe('people of a service taking forever judge the service: upset', () => {
  it.each([
    'Lovely garden, but the waitress took ages to bring a second pot of tea.',
    'Their agents take forever to answer the chat and then close it.',
    'Front desk took forever with our keys after a long flight.',
    'The landlord is taking so long over a dripping tap in the bathroom.',
  ])('%s', (m) => expect(upsetOf(m)).toBe(true));
  it('and is not hurry by itself', () => {
    expect(hurry('Lovely garden, but the waitress took ages to bring a second pot of tea.')).toBe(false);
  });
});

describe('a program, a job, a hedge, or time found worth it is not upset', () => {
  it.each([
    'The drivers took forever to install on the old laptop, now it all works.',
    'The app takes forever to load the map tiles on a slow network.',
    'The mechanic took ages but was so thorough, the van runs like new.',
    'The doctor took so long with each patient, thank you for such care.',
    'Reception took a bit long at check-in, otherwise a fine stay.',
  ])('%s', (m) => expect(upsetOf(m)).toBe(false));
});

// Review (rf-m), fix51: the "unless" of a cue reads its whole sentence. (a) hurry: a second wait in the sentence, for
// the customer's own thing (R-U3 "still waiting for my refund"), or an answer waited for "since" a point in time (H1 "a
// duration") keeps the hurry, and so does a length, a due point or a need anywhere in its sentence. (b) upset: R-G1
// counts an unhedged judgement only: not one taken back with warm words for the same people, not a slowness accepted
// ("no rush", "I understand"), not one that only might happen or is denied, and not a program's service or a phone's
// reception coming up, nor a room drying.
describe('review (rf-m): a wait for something owed or told by its start stays hurry beside an awaited answer', () => {
  it.each([
    "I'm still waiting for my refund and still waiting for a reply to my emails.",
    'Still waiting for your reply since last Friday.',
    'Been waiting for my parcel, the tracking has not moved.',
    'We are still waiting on our reimbursement for the cancelled class.',
    'Still waiting for an answer since I wrote on the 3rd.',
    "I've been waiting on a response from you guys for ages.",
    'Still waiting for a response and the event is on Saturday.',
    'Still waiting for a reply, I need this sorted before payday.',
    'Still waiting for an answer about my refund of 89 dollars that was due last week.',
  ])('%s', (m) => expect(hurry(m)).toBe(true));
  it.each([
    'Still waiting for an answer on whether the family plan covers tablets.',
    "I'm still waiting on a reply about the colour options for the sofa.",
    'Still waiting for an answer from the landlord, so no need to hurry on your side.',
  ])('%s', (m) => expect(hurry(m)).toBe(false));
});

describe('review (rf-m): service people taking forever, said plainly, stay upset', () => {
  it.each([
    "I don't understand why support takes forever to answer a simple question.",
    "Support took forever and the agent wasn't helpful at all.",
    'The service took forever to bring our starters.',
    'Reception took forever to check us in.',
    'Honestly your agents take way too long, I have moved to another bank.',
    'Customer care is taking forever with my complaint about the double charge.',
    'Of course support took forever again, what a joke.',
  ])('%s', (m) => expect(upsetOf(m)).toBe(true));
});

describe('review (rf-m): taken back, accepted, hypothetical, denied, or not a person: not upset', () => {
  it.each([
    'The waiter took ages but was lovely and the pasta was excellent.',
    'The technician took forever, but he was very kind and explained everything.',
    'Customer care took a while but they were really helpful in the end.',
    'Support took forever, though they were super polite about it.',
    'The staff took ages but were so kind to my elderly mum.',
    'I know the clerks are taking so long because of the holiday rush, no rush on my side.',
    "Couriers take ages to reach our island, that's just how it is, happy to wait.",
    "If support takes too long I'll just email again, no big deal.",
    "It's not that the staff took forever, the room just wasn't ready.",
    'Whether the clerks take forever or not, I just need the form stamped.',
    'The service took forever to start after the Windows update.',
    'Mobile reception takes forever to come back after the tunnel.',
    'The cell reception takes forever to pick up again after I leave the lift.',
    'The kitchen took ages to dry after the leak, but the floor is fine now.',
  ])('%s', (m) => expect(upsetOf(m)).toBe(false));
});
