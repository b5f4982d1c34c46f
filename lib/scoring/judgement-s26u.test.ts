// Session 26 (mood2): oaths and asides of exasperation (RULINGS U1: swearing, exasperation). The swear list had
// "omg", "jeez" and "for god's sake" but not the rest of the class: "for the life of me", "how on earth", "Jesus
// Christ", "good grief", "for crying out loud", a masked "s***", a dismayed aside in brackets "(sad)" and a swear
// cut short "WT...?". The same oath in a sentence of praise, a wh-phrase asked in plain confusion, a name and a
// masked config token stay calm. Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;
const upset = (customerMessage: string) => mood(customerMessage).upset;

describe('an oath or an aside of exasperation on a problem is upset', () => {
  it.each([
    ['I have tried for two days and for the life of me I cannot get the export to include the notes.', 'for the life of me'],
    ['The invoice shows the old address again. How on earth does that keep happening?', 'How on earth'],
    ['Why on earth would you move the logout button into the billing page?', 'Why on earth'],
    ['Forty dollars a month for the basic plan, Jesus Christ.', 'Jesus Christ'],
    ['Good grief, the sync wiped my calendar colours again.', 'Good grief'],
    ['For crying out loud, the app signed me out in the middle of a payment.', 'For crying out loud'],
    ['Sheesh, three updates this week and the widget is still blank.', 'Sheesh'],
    ['I must be full of s*** or the setting does nothing at all.', 's***'],
    ['The premium plan is not offered in my country (sad).', '(sad)'],
    ['Paid for the annual plan and now the login page is blank. WT...?', 'WT...?'],
  ])('%s', (m, evidence) => {
    const r = mood(m);
    expect(r.upset).toBe(true);
    expect(r.evidence.join(' | ')).toContain(evidence);
  });
});

describe('the same words in praise, in plain confusion, as a name or in a config stay calm', () => {
  it.each([
    'Good lord, this app is amazing, the new timer is perfect.',
    'Jesus Christ, I love the new dark mode, thank you!',
    'Best meditation app on earth.',
    'What in the world is a pincode? Sorry, I am new here.',
    'Jesus from our accounts team asked me to send you the invoice number.',
    'The s** placeholder in the config file is where the secret goes.',
    'Where on the settings page do I change the language?',
  ])('%s', (m) => expect(upset(m)).toBe(false));
});
