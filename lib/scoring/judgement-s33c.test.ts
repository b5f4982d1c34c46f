// Session 33 (judge-c). The sentences are made up for these tests.
// 1. One place inflects verbs: inflect.ts `formsOf` gives the forms of one-word and phrasal verbs (the clause reading's
//    usage and product-work verbs, a pack's word classes).
import { describe, expect, it } from 'vitest';
import { formsOf } from './inflect';

describe('formsOf: verbs and phrasal verbs inflected in one place', () => {
  it('inflects the first word of a phrasal verb and keeps the rest as written', () => {
    expect(formsOf(['top up'], ['base', 's'])).toEqual(['top up', 'tops up']);
    expect(formsOf(['look into'])).toEqual(['look into', 'looks into', 'looked into', 'looking into']);
  });

  it('goes verb by verb, in the order of the kinds asked for', () => {
    expect(formsOf(['cancel', 'ship'], ['ing', 'base'])).toEqual(['canceling', 'cancel', 'shipping', 'ship']);
    expect(formsOf(['bring'], ['past'])).toEqual(['brought']);
  });
});
