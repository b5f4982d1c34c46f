// Passed-on text in a customer's message (mood-voice.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
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
