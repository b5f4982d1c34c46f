// Session 36 (judge-b), ownership. Sentences written for these tests (never corpus rows).
//   1. (R-C1's sentence-final "We will be happy to assist you." after the same team's address was tried and dropped: it
//      needs R-C1a, praise answered, read first; see the ownership-offer except.)
//   2. The team aware of this issue and working on it (O1, R-U5), with a noun after "this" / "the".
//   3. A colleague asked or consulted on the case ("I asked my colleague about your question", "After talking with another
//      engineer, I found …"): LABELING's "I have asked colleagues to…" (O3, R-R2).
//   4. Work on the very fault "as fast as we can" ("we're working as hard as we can to fix these crashes"): R-U5.
//   5. An adverb before "be" in the future progressive ("we will certainly be fixing the export"), and a patch promised
//      with its article dropped, as list engineers write ("I will post fixup patch"): O1, R-R1.
//   6. Authorship of the product ("I designed the game this way", "we wrote the plugin in 2015") is no action on this
//      customer's case (O3); a step on the case in the same reply still counts.
import { describe, expect, it } from 'vitest';
import { shows } from './test/signal-cases';

const CUSTOMER = 'The export wiped my saved maps and support never replied.';
const ownership = (text: string) => shows('ownership', text, CUSTOMER);

describe('aware of this issue and working on it (O1, R-U5)', () => {
  it('is ownership', () => {
    expect(ownership('We are aware of this export problem and are actively working on it.')).toBe(true);
  });
});

describe('a colleague asked on the case (LABELING, O3, R-R2)', () => {
  it.each([
    'I asked my colleague in the sync team about your maps.',
    'I consulted one of our engineers on the export log.',
    'After talking with another specialist, I found the export skips maps over 2 GB.',
  ])('is ownership: %j', (text) => {
    expect(ownership(text)).toBe(true);
  });

  it('asking the customer is not', () => {
    expect(ownership('You could ask a colleague in your IT team about the export.')).toBe(false);
  });
});

describe('working as hard as we can on the fault (R-U5)', () => {
  it.each([
    "We're working as hard as we can to fix these export crashes.",
    'We are a small studio and working as fast as we can to restore the maps.',
  ])('is ownership: %j', (text) => {
    expect(ownership(text)).toBe(true);
  });
});

describe('adverb before "be", a patch with no article (O1, R-R1)', () => {
  it.each([
    'We will certainly be fixing the export of large maps.',
    'Thanks for the trace. I will post fixup patch for the exporter.',
  ])('is ownership: %j', (text) => {
    expect(ownership(text)).toBe(true);
  });
});

describe('authorship of the product is no act on the case (O3)', () => {
  it.each([
    'The dark ending is on purpose: I designed the game this way.',
    'We wrote the plugin long before the new export API existed.',
  ])('is not ownership: %j', (text) => {
    expect(ownership(text)).toBe(false);
  });

  it('a step on the case beside it still counts', () => {
    expect(ownership("I designed the game this way, but I'll look into the export crash.")).toBe(true);
  });
});
