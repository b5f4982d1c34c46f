import { describe, expect, it } from 'vitest';
import { keystrokes } from './typing';

describe('the typing bench', () => {
  it('types a reply one character a keystroke: every prefix, in order, ending with the whole reply', () => {
    expect(keystrokes('Hi Ana')).toEqual(['H', 'Hi', 'Hi ', 'Hi A', 'Hi An', 'Hi Ana']);
    expect(keystrokes('')).toEqual([]);
  });
});
