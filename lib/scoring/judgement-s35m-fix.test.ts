// Session 35 fix round (mood). corpus-extra README R-G1: an unhedged judgement of the product in a review is upset; a
// hedged one ("a bit slow", "a little too expensive") is not, and RULINGS U1: a calm report of a fault, a request or a
// question about one thing is not upset. So a quality word reads as a verdict only in a review-like message (no
// request, question or steps) unless the product is both named and stressed, and a lamenting question ("what
// happened to you?") must end on the company or the app itself. The reviewer's sentences and our own; none is a row.
import { describe, it } from 'vitest';
import { calm, upset } from './test/mood-cases';

describe('calm reports and hedged judgements with a quality word stay calm (R-G1, RULINGS U1)', () => {
  it.each([
    'Since the 5.2 update the editor is very slow on large files. Steps below.',
    'Hi team, the export is really slow for big projects. Any tips to speed it up',
    'The yearly plan is a little too expensive for us. Do you offer a monthly one',
    'The pro plan is a bit too expensive for our small team. Is there a discount for nonprofits',
    'Search has been very slow, could you check the index.',
  ])('%s', (m) => calm(m));
});

describe('an unhedged review verdict stays upset (R-G1)', () => {
  it.each([
    'Way too expensive and so laggy. Deleted.',
    'Extremely slow app, can you fix it or refund me',
    'Totally unplayable game. Refunded.',
  ])('%s', (m) => upset(m));
});

describe('a question about one thing is calm; a lament about the company or app is upset (RULINGS U1)', () => {
  it.each([
    "What did you do with the old invoices page? I need last year's PDF for my accountant.",
    'What happened to your support page? The link in my email gives a 404.',
    'What have you done with the export settings? I cannot find the CSV option.',
  ])('%s', (m) => calm(m));
  it.each([
    'What happened to your app?! It used to be good.',
    'What have they done to the app? Nothing works anymore.',
    'What happened to you guys? Used to be the best.',
  ])('%s', (m) => upset(m));
});

describe('a demand ends a review; "you" and a name end a lament (R-G1, RULINGS U1)', () => {
  it.each([
    'Version 3 is too slow and clunky. Please fix.',
    'Nobody picks up my order. What happened to you Speedo???',
  ])('%s', (m) => upset(m));
});
