// The customer's mood as the report carries it: independent flags, the one the coach leads with, the words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../rule-pack/load';
import { createScorer } from './index';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks, I am on it.', { customerMessage }).mood;

describe('report.mood', () => {
  it('has the contract shape on every report, calm without a message', () => {
    expect(scorer.score('Thanks, I am on it.').mood).toEqual({ kind: 'calm', hurry: false, upset: false, confused: false, evidence: [] });
    expect(scorer.score('   ', { customerMessage: 'ASAP please!' }).mood).toMatchObject({ hurry: true });
  });

  it('a customer can be upset and in a hurry at once; the coach leads with upset', () => {
    const m = mood("I'm furious. This is urgent, I need it fixed today!");
    expect(m).toMatchObject({ kind: 'upset', hurry: true, upset: true });
    expect(m.evidence).toEqual(expect.arrayContaining(['furious', 'urgent']));
  });

  it('evidence comes in the order the customer wrote it', () => {
    const m = mood('URGENT: the printer is down and this is ridiculous');
    expect(m.evidence.indexOf('URGENT')).toBeLessThan(m.evidence.indexOf('ridiculous'));
  });
});

// Examples written for these structures (not corpus rows).
describe('blame aimed at the company (RULINGS U1)', () => {
  it('a complaint that names them and ends in "!" is upset; the same facts told calmly are not', () => {
    expect(mood('You charged my card twice and nobody told me!')).toMatchObject({ upset: true });
    expect(mood('You charged my card twice and nobody told me.')).toMatchObject({ upset: false });
    // "!" on a request or on good news is not blame.
    expect(mood('Could you reset my password please!')).toMatchObject({ upset: false });
    expect(mood('You fixed it, no more errors!')).toMatchObject({ upset: false });
  });

  it('reads their evaluative words with the sentiment lexicon, with negation and "but"', () => {
    const m = mood('Your people are greedy and dishonest.');
    expect(m).toMatchObject({ upset: true });
    expect(m.evidence).toEqual(['greedy', 'dishonest']);
    expect(mood('They were not helpful at all and rather hostile on the phone.')).toMatchObject({ upset: true });
    expect(mood('Your agent was great, but the app keeps logging me out.')).toMatchObject({ upset: false });
  });

  it('a calm fault report stays calm however many failure words it holds', () => {
    expect(mood('Your installer failed with a fatal error, the sync is broken and the backup job crashed.')).toMatchObject({ upset: false });
    expect(mood('Sorry to bother you, could you help? Your form rejects my postcode.')).toMatchObject({ upset: false });
  });

  it('a German pack keeps its own cues: no English lexicon, but "!" on blame still counts', () => {
    const loaded = loadPack(readFileSync(resolve(__dirname, '../../packs/de-method.yaml'), 'utf8'), { format: 'yaml' });
    if (!loaded.ok) throw new Error('de-method.yaml does not load');
    const de = createScorer(loaded.pack);
    const moodDe = (customerMessage: string) => de.score('Danke, ich kümmere mich darum.', { customerMessage }).mood;
    expect(moodDe('Sie haben mir zweimal die Gebühr abgebucht und keiner meldet sich!')).toMatchObject({ upset: true });
    expect(moodDe('Sie haben mir zweimal die Gebühr abgebucht und keiner meldet sich.')).toMatchObject({ upset: false });
  });
});

describe('hurry: a near time that can only lie ahead needs no tense check', () => {
  it('"tomorrow" counts beside a past-tense word; "today" does not', () => {
    expect(mood('I ordered the adapter last week and need it for my talk tomorrow.')).toMatchObject({ hurry: true });
    expect(mood('I ordered the adapter and it arrived today, thanks.')).toMatchObject({ hurry: false });
  });

  it('an event the customer must be ready for', () => {
    expect(mood('Can you unlock my account before my flight? I leave on Thursday.')).toMatchObject({ hurry: true });
    expect(mood('No rush at all, whenever you have a moment before the flight season.')).toMatchObject({ hurry: false });
  });
});

describe('lost data is distress when it is the customer\'s own', () => {
  it('"wiped all my photos" is upset; a bug report about corrupted cache files is not', () => {
    expect(mood('The update wiped all my photos from the tablet.')).toMatchObject({ upset: true });
    expect(mood('Version 3 corrupted the cache files on start; clearing them fixed it.')).toMatchObject({ upset: false });
  });
});

describe('faces', () => {
  it('an angry or crying face on a message is upset; the skeptical ":/" is a shrug', () => {
    expect(mood('The parcel went to the wrong depot again 😠')).toMatchObject({ upset: true });
    expect(mood('Battery shows 40% after a full charge :/')).toMatchObject({ upset: false });
  });
});

describe('hurry: overdue and blocked (RULINGS H1)', () => {
  it('"still" with what has not come is overdue; "still" alone is not', () => {
    expect(mood('The replacement router still has not arrived.')).toMatchObject({ hurry: true });
    expect(mood('I still use the old router at home, how do I update it?')).toMatchObject({ hurry: false });
  });

  it('a need the fault blocks is hurry; the same need without a block is not', () => {
    expect(mood('I am locked out and have to submit the payroll file.')).toMatchObject({ hurry: true });
    expect(mood('Where do I go when I have to submit the payroll file?')).toMatchObject({ hurry: false });
  });
});
