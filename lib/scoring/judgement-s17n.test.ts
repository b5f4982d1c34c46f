// Session 17 ("names"): gaps in how a reply is read as addressing the customer by name, found by review
// rather than by the corpus (which barely has them):
// - after a greeting's comma, a given name that is also a word and runs straight on into a clause is the
//   first word of a sentence ("Hi, Hope you're well", "Sure, Will do"), not a name;
// - the German pack knew "Hallo Jürgen" but not "Hallo, Jürgen" (the greeting's comma form).
// Every example here was written for this file.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { loadGermanPack } from './test/german';

const scorer = createScorer();
const said = (text: string) => scorer.score(text).signals;

describe('a name-word after the greeting comma that runs on into a sentence is not a name', () => {
  it.each([
    "Hi, Hope you're well. The refund went out this morning.",
    'Hi, Hope you’re well. The refund went out this morning.',
    'Hi, Hope this helps with the export.',
    'Sure, Will do. The refund goes out today.',
    'Sure, Will check the invoice and come back to you.',
    'Hi, Bill is due on the 5th, so the late fee is waived.',
  ])('%s', (text) => {
    expect(said(text).personalization).toBe(false);
  });

  it.each([
    // The same names, closed by punctuation or with no comma after the greeting, are the customer's.
    'Hi, Hope! The refund went out this morning.',
    'Hi, Will, the refund went out this morning.',
    'Hi Hope, the refund went out this morning.',
    'Hello, Will\n\nYour refund went out this morning.',
    // A dash closes the address like a comma.
    'Hello, Grace - we sent the refund this morning.',
    'Hi, Sam, your refund went out this morning.',
    // With no comma after the name, a name that is not a word still reads as one.
    'Hey, Marcus the refund went out this morning.',
    'Hi, Sam we refunded the order this morning.',
  ])('the customer addressed: %s', (text) => {
    expect(said(text).personalization).toBe(true);
  });
});

describe('German: the greeting with a comma before the name, and formal address', () => {
  const de = createScorer(loadGermanPack());
  const sagt = (text: string) => de.score(text).signals;

  it.each([
    'Hallo, Jürgen, danke für Ihre Nachricht.',
    'Hallo, Jürgen!\n\nDie Rechnung ist korrigiert.',
    'Hallo, Jürgen\n\ndie Rechnung ist korrigiert.',
    'Guten Tag Frau Müller,\n\ndie Rechnung ist korrigiert.',
    'Guten Tag, Frau Müller, die Rechnung ist korrigiert.',
    'Sehr geehrter Herr Okafor,\n\ndie Rechnung ist korrigiert.',
    'Sehr geehrte Frau Dr. Weber,\n\ndie Rechnung ist korrigiert.',
    'Vielen Dank, Frau Öztürk! Die Rechnung ist korrigiert.',
  ])('angesprochen: %s', (text) => {
    expect(sagt(text).personalization).toBe(true);
  });

  it.each([
    'Hallo, Ihre Bestellung ist unterwegs.',
    'Hallo zusammen, die Rechnung ist korrigiert.',
    'Sehr geehrte Damen und Herren,\n\ndie Rechnung ist korrigiert.',
    'Liebe Kundin, die Rechnung ist korrigiert.',
  ])('ohne Namen: %s', (text) => {
    expect(sagt(text).personalization).toBe(false);
  });
});

describe('a signature is only at the end: a reply that goes on after the name line is scored', () => {
  it.each([
    ["The export is fixed.\n\nThanks,\nSam\n\nI'll refund the second charge today.", 'ownership'],
    ['The export is fixed.\n\nThanks for your patience,\nSam\n\nWe will call you tomorrow morning.', 'ownership'],
    ['The export is fixed.\n\nCheers,\nSam\nAcme Inc.\n\nLet me know if it works.', 'confirm-resolution'],
  ] as const)('%s → %s', (text, signal) => {
    expect(said(text)[signal]).toBe(true);
    // The name line is still the agent's signature, not the customer addressed.
    expect(said(text).personalization).toBe(false);
  });

  it.each([
    'The export is fixed.\n\nThanks,\nSam\nHead of Customer Success\nAcme Inc.',
    'The export is fixed.\n\nBest regards,\nSam\nSupport Team\nSent from my iPhone',
  ])('a signature block stays a signature: %s', (text) => {
    expect(said(text).personalization).toBe(false);
    expect(said(text).ownership).toBe(false);
  });
});

describe('given names written with accents', () => {
  it.each([
    // Accents are read as the plain letters of the list's names ("Siobhán" as "Siobhan", "Zoë" as "Zoe").
    'Good catch Siobhán, the export is fixed now.',
    'Good catch Zoë, the export is fixed now.',
  ])('%s', (text) => {
    expect(said(text).personalization).toBe(true);
  });
});
