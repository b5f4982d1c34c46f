// Passed-on text in a customer's message (mood-voice.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { customerVoice, passedOnSpans } from './mood-voice';

const kept = (text: string) => customerVoice(text).replace(/\s+/g, ' ').trim();

describe('customerVoice', () => {
  it('keeps offsets: same length, line breaks kept', () => {
    const text = 'The log shows: ERROR: lost!\nWhat now?';
    expect(customerVoice(text)).toHaveLength(text.length);
    expect(customerVoice(text).split('\n')).toHaveLength(2);
  });

  it('blanks what a colon after a word of saying or of system output introduces, to the end of the line', () => {
    expect(kept('The log shows: ERROR: broker lost!\nAny idea?')).toBe('The log shows: Any idea?');
    expect(kept('I get this error: Payment FAILED. Why?')).toBe('I get this error:');
  });

  it('a colon that ends its line introduces the next line, or the paragraph after a blank line', () => {
    expect(kept('It says:\nDo NOT unplug\nShould I wait?')).toBe('It says: Should I wait?');
    expect(kept('Point 3 says:\n\nDo NOT deploy. Never.\nNot ever.\n\nIs that right?')).toBe('Point 3 says: Is that right?');
  });

  it('blanks log lines and identifiers, not the customer’s own words or an "URGENT:" of theirs', () => {
    expect(kept('12:03:44 overflow detected\n[ 3.2] usb reset\nIt fails.')).toBe('It fails.');
    expect(kept('Traceback (most recent call last):\nValueError: bad\nHelp?')).toBe('Help?');
    expect(kept('We call send_asap and sendNow() then ERROR_CODE_X.')).toBe('We call and then .');
    expect(kept('URGENT: the printer is down')).toBe('URGENT: the printer is down');
    expect(kept('My problem: it STILL crashes!!')).toBe('My problem: it STILL crashes!!');
  });

  it('finds nothing in plain prose', () => {
    expect(passedOnSpans('Hi, my order has not arrived yet. Can you check?')).toEqual([]);
  });
});

// Linear in the message, checked by size, not by a clock: each text below is 400,000 characters. Read
// in one pass it takes a fraction of a second; the quadratic forms this module had (an identifier
// pattern tried at every letter of a long word; the rest of a line sliced and blanked again for every
// introducer on it: 33 s at 200,000 characters, 17:38 UTC load 4) would take minutes here. The test's
// own timeout (LONG_TEXT_TIMEOUT, far above the linear time on a busy machine, far below the
// quadratic one) is the only clock; vitest fails a synchronous test that runs past it.
const LONG_TEXT_TIMEOUT = 20_000;
describe('customerVoice on long text', { timeout: LONG_TEXT_TIMEOUT }, () => {
  const N = 400_000;
  const repeatTo = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

  it('reads one 400,000-letter word, in lower case and in capitals, once', () => {
    for (const word of [repeatTo('a'), repeatTo('A'), repeatTo('ab1')]) expect(customerVoice(word)).toBe(word);
    expect(passedOnSpans(`x ${repeatTo('a')}_b`)).toHaveLength(1);
  });

  it('passes on the rest of a 400,000-character line once, however many introducers it holds', () => {
    const line = repeatTo('The log shows: ERROR: lost ');
    const voice = customerVoice(line);
    expect(voice.slice(0, 'The log shows:'.length)).toBe('The log shows:');
    expect(voice.slice('The log shows:'.length).trim()).toBe('');
    expect(customerVoice(repeatTo('says:')).trim()).toBe('says:');
  });

  it('reads many lines that end in an introducing colon, and long runs of spaces after one', () => {
    const lines = repeatTo('It says:\n');
    expect(customerVoice(lines).split('\n')).toHaveLength(lines.split('\n').length);
    expect(customerVoice(repeatTo('error:\n\n'))).toHaveLength(N);
    expect(customerVoice(`says:${' '.repeat(N)}x`).trim()).toBe('says:');
  });

  it('a 400,000-letter customer message is scored, its mood calm', () => {
    const m = createScorer().score('Thanks, I am on it.', { customerMessage: repeatTo('a') }).mood;
    expect(m).toMatchObject({ hurry: false, upset: false });
  }, 60_000); // the whole scorer (not only this module) on a busy shared machine; the quadratic identifier pattern took minutes
});
