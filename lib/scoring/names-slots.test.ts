// nameAcceptor answers one word at one place for every name slot at once (speed session, 2026-12-03): the
// answer kept for a place must still differ by slot, and must not outlive the text it was worked out for.
import { describe, expect, it } from 'vitest';
import { englishWords, isGivenName, nameAcceptor, NameSlot } from './names';

const common = englishWords(new Set(['thanks', 'order']));

describe('nameAcceptor, one word asked for several slots', () => {
  it('a capitalised word that is no given name fills {name} but not {given}, whichever slot asks first', () => {
    const text = 'Hi Zorvath, your order is on its way.';
    const at = text.indexOf('Zorvath');
    expect(isGivenName('Zorvath')).toBe(false);
    const givenFirst = nameAcceptor(undefined, common);
    expect(givenFirst('Zorvath', NameSlot.Given, text, at)).toBe(false);
    expect(givenFirst('Zorvath', NameSlot.Loose, text, at)).toBe(true);
    const looseFirst = nameAcceptor(undefined, common);
    expect(looseFirst('Zorvath', NameSlot.Loose, text, at)).toBe(true);
    expect(looseFirst('Zorvath', NameSlot.Given, text, at)).toBe(false);
  });

  it('a given name fills both, and {customer} (strict) takes nothing without the page name', () => {
    const text = 'Hi Maria, your order is on its way.';
    const at = text.indexOf('Maria');
    const accept = nameAcceptor(undefined, common);
    expect(accept('Maria', NameSlot.Loose, text, at)).toBe(true);
    expect(accept('Maria', NameSlot.Given, text, at)).toBe(true);
    expect(accept('Maria', NameSlot.Strict, text, at)).toBe(false);
  });

  it('the next draft is read afresh: another word at the same place gets its own answer', () => {
    const accept = nameAcceptor(undefined, common);
    const first = 'Hi Maria, thanks for writing.';
    const second = 'Hi Order, thanks for writing.';
    expect(accept('Maria', NameSlot.Given, first, 3)).toBe(true);
    expect(accept('Order', NameSlot.Given, second, 3)).toBe(false);
    expect(accept('Order', NameSlot.Loose, second, 3)).toBe(false);
    expect(accept('Maria', NameSlot.Given, first, 3)).toBe(true);
  });
});
